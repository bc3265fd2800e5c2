/**
 * A laid-out pathway as a .cyjs document, the JSON Cytoscape desktop opens and Cytoscape.js
 * reads: elements with their positions, and the stylesheet with every function-valued property
 * resolved per element into its data (functions cannot be written as JSON).
 */
import type { ElementDefinition, StylesheetStyle } from 'cytoscape';
import type { LaidOutPathway } from '../layout/types.ts';
import { toCytoscapeElements } from '../style/cytoscapeElements.ts';
import { cytoscapeStyle } from '../style/cytoscapeStyle.ts';
import type { Theme } from '../style/themes.ts';

type Data = Record<string, unknown>;
type StyleValue = string | number;

export interface CyjsElement {
	data: Data & { id: string };
	position?: { x: number; y: number };
}

export interface CyjsDocument {
	format_version: '1.0';
	generated_by: string;
	target_cytoscapejs_version: string;
	data: { name: string; shared_name: string; pathway: string };
	elements: { nodes: CyjsElement[]; edges: CyjsElement[] };
	style: { selector: string; style: Record<string, StyleValue> }[];
}

export const GENERATED_BY = 'Mechanism Atlas';
export const TARGET_CYTOSCAPEJS = '~3.34';

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
function jsonStyle(rules: StylesheetStyle[], elements: ElementDefinition[]) {
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

export function cyjsDocument(laid: LaidOutPathway, theme: Theme): CyjsDocument {
	const elements = toCytoscapeElements(laid);
	const names = new Map(
		[...laid.nodes, ...laid.compartments].map((n): [string, string] => [n.id, n.label])
	);
	const style = jsonStyle(cytoscapeStyle(theme), elements);
	const plain = (el: ElementDefinition): CyjsElement => {
		const data = el.data as Data & { id: string };
		const name = names.get(data.id);
		return {
			data: { ...data, ...(name === undefined ? {} : { name, shared_name: name }) },
			...(el.position ? { position: { ...el.position } } : {})
		};
	};
	return {
		format_version: '1.0',
		generated_by: GENERATED_BY,
		target_cytoscapejs_version: TARGET_CYTOSCAPEJS,
		data: { name: laid.title, shared_name: laid.title, pathway: laid.id },
		elements: {
			nodes: elements.filter((el) => el.group === 'nodes').map(plain),
			edges: elements.filter((el) => el.group === 'edges').map(plain)
		},
		style
	};
}

export const cyjsText = (laid: LaidOutPathway, theme: Theme): string =>
	JSON.stringify(cyjsDocument(laid, theme), null, 2) + '\n';
