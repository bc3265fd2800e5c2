/**
 * The one rule that turns marked-up abstract text into the plain text a source stores,
 * so that a quote selected later (in the studio, from PubMed's page) matches it:
 *
 * - inline tags (<i>, <b>, <u>, <em>, <strong>, <sup>, <sub>, <sc>, <span>, and JATS's
 *   <jats:italic>, <jats:bold> …) are removed and their text kept, with nothing added:
 *   "Ca<sup>2+</sup>" reads "Ca2+";
 * - block tags (<p>, <sec>, <div>, JATS's <jats:p>) separate their text by a space;
 * - MathML keeps the text of its tokens in document order ("<mml:mi>x</mml:mi>" reads "x");
 *   an <annotation> inside it (TeX source of the formula) is dropped;
 * - character references (&amp;, &#x3B1;, &nbsp;) become their characters;
 * - runs of spaces, tabs and line breaks become one space and the ends are trimmed; every
 *   other character, including non-breaking spaces, Greek letters and dashes, is kept as is.
 *
 * Anything that only looks like a tag ("p<0.05", "a <b and c> d") is text and is kept.
 */

const INLINE = 'i|b|u|em|strong|sup|sub|sc|span|a|tt|italic|bold|underline|monospace|smallcaps';
const BLOCK = 'br|p|sec|div';
const PREFIX = '(?:[A-Za-z]+:)?';
const ATTRIBUTES = `(?:\\s+[\\w:.-]+\\s*=\\s*(?:"[^"]*"|'[^']*'))*\\s*`;
const INLINE_TAG = new RegExp(`<\\/?${PREFIX}(?:${INLINE})${ATTRIBUTES}\\/?>`, 'gi');
const BLOCK_TAG = new RegExp(`<\\/?${PREFIX}(?:${BLOCK})${ATTRIBUTES}\\/?>`, 'gi');
/** MathML elements, with or without a namespace prefix (mml:, m:). */
const MATH_TAG = new RegExp(`<\\/?(?:[A-Za-z]+:)?m(?:ath|[a-z]+)?${ATTRIBUTES}\\/?>`, 'g');
const SEMANTICS = new RegExp(`<\\/?(?:[A-Za-z]+:)?semantics${ATTRIBUTES}>`, 'g');
const ANNOTATION =
	/<((?:[A-Za-z]+:)?annotation(?:-xml)?)(?:\s[^>]*)?>[\s\S]*?<\/\1>|<(?:[A-Za-z]+:)?annotation(?:-xml)?(?:\s[^>]*)?\/>/g;
const COMMENT = /<!--[\s\S]*?-->/g;
const CDATA = /<!\[CDATA\[([\s\S]*?)\]\]>/g;

const NAMED: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0',
	ndash: '\u2013',
	mdash: '\u2014',
	hellip: '\u2026',
	plusmn: '\u00b1',
	times: '\u00d7',
	micro: '\u00b5',
	deg: '\u00b0'
};

function decodeReferences(text: string): string {
	return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (whole, ref: string) => {
		if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
		if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
		return NAMED[ref] ?? whole;
	});
}

/** Line breaks, tabs and spaces (not non-breaking spaces) collapse to one space. */
export function collapseSpaces(text: string): string {
	return text.replace(/[ \t\r\n]+/g, ' ').trim();
}

function flattenOutsideCdata(marked: string): string {
	const plain = marked
		.replace(COMMENT, '')
		.replace(ANNOTATION, '')
		.replace(BLOCK_TAG, ' ')
		.replace(INLINE_TAG, '')
		.replace(SEMANTICS, '')
		.replace(MATH_TAG, '');
	return decodeReferences(plain);
}

/** Applies the rule above to a marked-up text (an XML or HTML fragment, or plain text). */
export function flattenMarkup(marked: string): string {
	// Splitting on a capturing pattern alternates outside / CDATA content; CDATA is literal text.
	const parts = marked.split(CDATA);
	return collapseSpaces(parts.map((p, i) => (i % 2 ? p : flattenOutsideCdata(p))).join(''));
}
