/** HTML built as strings: every text and attribute escaped, so curated text is never markup. */
import { escapeAttr, escapeText } from './svg/escape.ts';

export type Attrs = Record<string, string | undefined>;

const attrText = (attrs: Attrs) =>
	Object.entries(attrs)
		.filter((pair): pair is [string, string] => pair[1] !== undefined)
		.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
		.join('');

/** An element whose children are markup already built by these helpers. */
export const el = (tag: string, attrs: Attrs, ...children: string[]): string =>
	`<${tag}${attrText(attrs)}>${children.join('')}</${tag}>`;

/** Text content, escaped. */
export const txt = (text: string): string => escapeText(text);

/** An element holding one text, escaped. */
export const textEl = (tag: string, attrs: Attrs, text: string): string =>
	el(tag, attrs, txt(text));

/** A fragment link: `#` and the id, percent-encoded as the page's links are. */
export const fragment = (id: string) => `#${encodeURIComponent(id)}`;

/** A void element (meta, input): no children, no end tag. */
export const voidEl = (tag: string, attrs: Attrs): string => `<${tag}${attrText(attrs)}>`;
