/** Building SVG elements as strings: attributes escaped, numbers rounded, no empty attributes. */
import { escapeAttr, escapeText } from './escape.ts';

export type AttrValue = string | number | undefined;

/** A coordinate or length with at most one decimal, never "-0". */
export function num(n: number): string {
	const r = Math.round(n * 10) / 10;
	return String(r === 0 ? 0 : r);
}

export type Attrs = Record<string, AttrValue>;

/** A value as the markup writes it. */
const written = (v: string | number) => (typeof v === 'number' ? num(v) : v);

function attributes(attrs: Attrs): string {
	return Object.entries(attrs)
		.filter((entry): entry is [string, string | number] => entry[1] !== undefined)
		.map(([k, v]) => ` ${k}="${escapeAttr(written(v))}"`)
		.join('');
}

/** SVG's initial values of the inherited properties the figure sets: what no ancestor changed. */
export const INITIAL: Attrs = {
	'stroke-dasharray': 'none',
	'stroke-linecap': 'butt',
	'marker-end': 'none',
	'text-anchor': 'start'
};

/**
 * The presentation attributes an element must write itself: those whose value differs from what
 * it inherits. Every attribute passed here must be an inherited property.
 */
export function own(attrs: Attrs, inherited: Attrs): Attrs {
	const same = (k: string, v: AttrValue) =>
		v !== undefined && inherited[k] !== undefined && written(v) === written(inherited[k]);
	return Object.fromEntries(Object.entries(attrs).filter(([k, v]) => !same(k, v)));
}

/** The value most elements have (the first of equally common ones), for their group to give. */
export function mostCommon<T extends string | number>(values: T[]): T | undefined {
	const counts = new Map<string, { value: T; n: number }>();
	for (const value of values) {
		const key = written(value);
		counts.set(key, { value, n: (counts.get(key)?.n ?? 0) + 1 });
	}
	let best: { value: T; n: number } | undefined;
	for (const c of counts.values()) if (!best || c.n > best.n) best = c;
	return best?.value;
}

/** Containers whose children go on lines of their own, so a figure's diff reads line by line. */
const BLOCKS = new Set(['svg', 'g', 'defs', 'marker', 'clipPath']);

/** `<tag attrs>children</tag>`, or `<tag attrs/>` without children. Children are markup. */
export function el(tag: string, attrs: Attrs, ...children: string[]): string {
	const present = children.filter(Boolean);
	if (!present.length) return `<${tag}${attributes(attrs)}/>`;
	// never inside <text>: white space between its tspans would be drawn
	const inner = BLOCKS.has(tag) ? `\n${present.join('\n')}\n` : present.join('');
	return `<${tag}${attributes(attrs)}>${inner}</${tag}>`;
}

/** A `<title>` (tooltip and accessible name) with escaped text. */
export const title = (text: string): string => `<title>${escapeText(text)}</title>`;

/** What names a pathway element in a figure: its id, its classes and its tooltip. */
export interface Marks {
	id: string;
	class: string;
	tooltip: string;
}

/** The element's attributes and `<title>`; a picture (SvgOptions.picture) keeps the id alone. */
export const marked = (marks: Marks, picture = false): [Attrs, string] =>
	picture ? [{ id: marks.id }, ''] : [{ id: marks.id, class: marks.class }, title(marks.tooltip)];
