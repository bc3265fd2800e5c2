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

/** Containers whose children go on lines of their own, so a figure's diff reads line by line. */
const BLOCKS = new Set(['svg', 'g', 'defs', 'marker', 'clipPath']);

/** `<tag attrs>children</tag>`, or `<tag attrs/>` without children. Children are markup. */
export function el(tag: string, attrs: Record<string, AttrValue>, ...children: string[]): string {
	const present = children.filter(Boolean);
	if (!present.length) return `<${tag}${attributes(attrs)}/>`;
	// never inside <text>: white space between its tspans would be drawn
	const inner = BLOCKS.has(tag) ? `\n${present.join('\n')}\n` : present.join('');
	return `<${tag}${attributes(attrs)}>${inner}</${tag}>`;
}

/** A `<title>` (tooltip and accessible name) with escaped text. */
export const title = (text: string): string => `<title>${escapeText(text)}</title>`;
