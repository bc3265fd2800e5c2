/** Greedy line breaking with measureText, so a label wraps the same wherever it is drawn. */
import { isCjk, measureText } from './measureText.ts';

const HYPHENS = new Set(['-', '\u2010', '\u2013', '/']);
const MIN_PART = 2;

/** Splits a paragraph into pieces after which a line may break (after hyphens too, if asked). */
function breakPieces(text: string, atHyphens: boolean): string[] {
	const chars = [...text];
	const pieces: string[] = [];
	let piece = '';
	let partStart = 0; // since the last space or hyphen
	chars.forEach((ch, i) => {
		piece += ch;
		const next = chars[i + 1];
		if (next === undefined) return;
		const cjk = isCjk(ch.codePointAt(0)!) || isCjk(next.codePointAt(0)!);
		const afterSpace = ch === ' ' && next !== ' ';
		const wordEnd = chars.indexOf(' ', i + 1);
		const rest = (wordEnd === -1 ? chars.length : wordEnd) - (i + 1);
		const afterHyphen =
			atHyphens && HYPHENS.has(ch) && i - partStart >= MIN_PART && rest >= MIN_PART;
		if (ch === ' ' || HYPHENS.has(ch)) partStart = i + 1;
		if (cjk || afterSpace || afterHyphen) {
			pieces.push(piece);
			piece = '';
		}
	});
	if (piece) pieces.push(piece);
	return pieces;
}

const widthOf = (text: string, fontSize: number) => measureText(text, fontSize).width;

/**
 * Lines of at most maxWidth where the text allows; a single over-long word keeps its own line.
 * `atHyphens: false` breaks at spaces only, so a DOI or an identifier is never cut in two.
 */
export function wrapLabel(
	text: string,
	maxWidth: number,
	fontSize: number,
	{ atHyphens = true } = {}
): string[] {
	return text.split('\n').flatMap((paragraph) => {
		const lines: string[] = [];
		let line = '';
		for (const piece of breakPieces(paragraph.trim(), atHyphens)) {
			const candidate = line + piece;
			if (line && widthOf(candidate.trimEnd(), fontSize) > maxWidth) {
				lines.push(line.trimEnd());
				line = piece.trimStart();
			} else line = candidate;
		}
		lines.push(line.trimEnd());
		return lines;
	});
}
