/**
 * Finds a quote in a text, ignoring differences in white space, and returns
 * its character range in the original text.
 */

export interface Span {
	start: number;
	end: number;
}

interface Collapsed {
	text: string;
	/** offsets[i] is the original index of collapsed character i. */
	offsets: number[];
}

function collapse(text: string): Collapsed {
	let out = '';
	const offsets: number[] = [];
	let inSpace = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i] as string;
		if (/\s/.test(ch)) {
			if (!inSpace && out !== '') {
				out += ' ';
				offsets.push(i);
			}
			inSpace = true;
		} else {
			out += ch;
			offsets.push(i);
			inSpace = false;
		}
	}
	return { text: out, offsets };
}

export function normalizeSpace(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

// Sources are few and quoted many times: collapse each text once.
const collapsed = new Map<string, Collapsed>();
function collapseCached(text: string): Collapsed {
	let hit = collapsed.get(text);
	if (!hit) {
		if (collapsed.size > 64) collapsed.clear();
		hit = collapse(text);
		collapsed.set(text, hit);
	}
	return hit;
}

export function findQuote(text: string, quote: string): Span | null {
	const needle = normalizeSpace(quote);
	if (needle === '') return null;
	const hay = collapseCached(text);
	const at = hay.text.indexOf(needle);
	if (at < 0) return null;
	const start = hay.offsets[at] as number;
	const end = (hay.offsets[at + needle.length - 1] as number) + 1;
	return { start, end };
}
