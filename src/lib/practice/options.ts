/**
 * The options of a question: the right answer and up to three wrong ones, taken from groups of
 * candidates in order of plausibility (each group in a drawn order), skipping any the pathway
 * also makes true and any that reads like one already chosen.
 */
import type { Option } from './types.ts';
import { shuffled, type Random } from './random.ts';

export const MAX_OPTIONS = 4;

const same = (text: string) => text.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');

export interface Choice {
	options: Option[];
	correct: number;
}

/** Undefined when no fair wrong answer exists: one option is not a question. */
export function chooseOptions(
	answer: Option,
	groups: readonly (readonly Option[])[],
	alsoTrue: (key: string) => boolean,
	random: Random
): Choice | undefined {
	const keys = new Set([answer.key]);
	const texts = new Set([same(answer.text)]);
	const wrong: Option[] = [];
	for (const candidate of groups.flatMap((g) => shuffled(g, random))) {
		if (wrong.length === MAX_OPTIONS - 1) break;
		const text = same(candidate.text);
		if (alsoTrue(candidate.key) || keys.has(candidate.key) || texts.has(text)) continue;
		keys.add(candidate.key);
		texts.add(text);
		wrong.push(candidate);
	}
	if (!wrong.length) return undefined;
	const options = shuffled([answer, ...wrong], random);
	return { options, correct: options.indexOf(answer) };
}
