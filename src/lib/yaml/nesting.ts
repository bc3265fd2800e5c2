/**
 * Flow brackets nested deeper than any curated file needs. The YAML parser recurses once per
 * level, so thousands of "[" would exhaust the stack (or memory) before it could say anything
 * useful: such a file is refused up front, with the place where the nesting became too deep.
 */

export const MAX_FLOW_DEPTH = 64;

function skipQuoted(text: string, i: number): number {
	const q = text[i];
	for (let j = i + 1; j < text.length; j++) {
		const c = text[j];
		if (q === '"' && c === '\\') j++;
		else if (c === q) {
			if (q === "'" && text[j + 1] === "'") j++;
			else return j;
		}
	}
	return text.length;
}

/** A quote opens a quoted scalar only where a value starts (after "[{,:-", space, or a line start). */
function startsValue(text: string, i: number): boolean {
	const before = text[i - 1];
	return before === undefined || /[\s[{,:-]/.test(before);
}

/** Offset of the bracket that opens level MAX_FLOW_DEPTH + 1, or -1. */
export function tooDeepAt(text: string): number {
	let depth = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '#' && (i === 0 || /\s/.test(text[i - 1] as string))) {
			const end = text.indexOf('\n', i);
			if (end < 0) break;
			i = end;
		} else if ((c === '"' || c === "'") && startsValue(text, i)) {
			i = skipQuoted(text, i);
		} else if (c === '[' || c === '{') {
			if (++depth > MAX_FLOW_DEPTH) return i;
		} else if ((c === ']' || c === '}') && depth > 0) {
			depth--;
		}
	}
	return -1;
}
