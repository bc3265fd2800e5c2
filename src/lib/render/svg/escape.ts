/** XML escaping for every piece of curated text that reaches an SVG. */

/** Characters XML 1.0 does not allow at all (C0 controls but tab, CR, LF; lone surrogates; U+FFFE/F). */
const NOT_XML =
	// eslint-disable-next-line no-control-regex -- control characters are what it finds
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTR: Record<string, string> = {
	...TEXT,
	'"': '&quot;',
	"'": '&apos;',
	'\t': '&#9;',
	'\n': '&#10;',
	'\r': '&#13;'
};

/** Character data: markup characters escaped, characters XML forbids dropped. */
export const escapeText = (text: string): string =>
	text.replace(NOT_XML, '').replace(/[&<>]/g, (c) => TEXT[c]!);

/** An attribute value (always written in double quotes). */
export const escapeAttr = (value: string): string =>
	value.replace(NOT_XML, '').replace(/[&<>"'\t\n\r]/g, (c) => ATTR[c]!);
