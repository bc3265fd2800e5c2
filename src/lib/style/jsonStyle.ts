/**
 * A Cytoscape.js stylesheet as JSON: every function-valued property resolved per element into
 * that element's data (functions cannot be written as JSON, sent as page data or saved as .cyjs).
 */
import type { ElementDefinition, StylesheetStyle } from 'cytoscape';

type Data = Record<string, unknown>;
export type StyleValue = string | number;
export interface JsonStyleRule {
	selector: string;
	style: Record<string, StyleValue>;
}

/** `node`, `edge`, `node[field]` and `node[field = "value"]`: the selectors that carry functions. */
function matches(selector: string, el: ElementDefinition): boolean {
	const m = /^(node|edge)(?:\[(\w+)(?:\s*=\s*"([^"]*)")?\])?$/.exec(selector);
	if (!m) return false;
	const [, group, field, value] = m;
	if ((group === 'node') !== (el.group === 'nodes')) return false;
	if (!field) return true;
	const data = el.data as Data;
	return value === undefined ? data[field] !== undefined : String(data[field]) === value;
}

const fieldFor = (property: string) => `style_${property.replaceAll('-', '_')}`;

/** Rules as JSON; each function's value for each element it styles goes into that element's data. */
export function jsonStyle(
	rules: StylesheetStyle[],
	elements: ElementDefinition[]
): JsonStyleRule[] {
	return rules.map((rule) => {
		const style: Record<string, StyleValue> = {};
		for (const [property, value] of Object.entries(rule.style)) {
			if (typeof value !== 'function') {
				style[property] = value as StyleValue;
				continue;
			}
			const targets = elements.filter((el) => matches(rule.selector, el));
			if (!targets.length) continue;
			const field = fieldFor(property);
			for (const el of targets) {
				const data = el.data as Data;
				const element = { data: (key: string) => data[key] };
				data[field] = (value as (e: typeof element) => StyleValue)(element);
			}
			style[property] = `data(${field})`;
		}
		return { selector: rule.selector, style };
	});
}
