/** Splits a sentence into plain and quoted parts, so the quoted span can be highlighted as text. */
import type { Sentence } from '../text/sentences.ts';

export interface TextPart {
	text: string;
	quoted: boolean;
}

export function highlightSentence(
	sentence: Sentence,
	span: { start: number; end: number }
): TextPart[] {
	const from = Math.max(span.start, sentence.start) - sentence.start;
	const to = Math.min(span.end, sentence.end) - sentence.start;
	if (to <= from) return [{ text: sentence.text, quoted: false }];
	const parts: TextPart[] = [
		{ text: sentence.text.slice(0, from), quoted: false },
		{ text: sentence.text.slice(from, to), quoted: true },
		{ text: sentence.text.slice(to), quoted: false }
	];
	return parts.filter((p) => p.text !== '');
}
