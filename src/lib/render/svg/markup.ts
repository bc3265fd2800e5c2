/** Building SVG elements as strings: attributes escaped, numbers rounded, no empty attributes. */
import { escapeAttr, escapeText } from './escape.ts';

export type AttrValue = string | number | undefined;

/** A coordinate or length with at most one decimal, never "-0". */
export function num(n: number): string {
	const r = Math.round(n * 10) / 10;
	return String(r === 0 ? 0 : r);
}

/** Every number in an SVG path rounded to one decimal. */
export const roundPath = (d: string): string =>
	d.replace(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g, (n) => num(Number(n)));

function attributes(attrs: Record<string, AttrValue>): string {
	return Object.entries(attrs)
		.filter((entry): entry is [string, string | number] => entry[1] !== undefined)
		.map(([k, v]) => ` ${k}="${escapeAttr(typeof v === 'number' ? num(v) : v)}"`)
		.join('');
}

/** `<tag attrs>children</tag>`, or `<tag attrs/>` without children. Children are markup. */
export function el(tag: string, attrs: Record<string, AttrValue>, ...children: string[]): string {
	const inner = children.join('');
	return inner ? `<${tag}${attributes(attrs)}>${inner}</${tag}>` : `<${tag}${attributes(attrs)}/>`;
}

/** A `<title>` (tooltip and accessible name) with escaped text. */
export const title = (text: string): string => `<title>${escapeText(text)}</title>`;
