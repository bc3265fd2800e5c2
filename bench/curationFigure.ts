/**
 * The curation figure: the inputs and seconds the studio's scripted curator needs for its pathway,
 * against the characters of the same YAML typed by hand. Plain logic, no browser.
 */
import type { Inputs } from '../tests/browser/studioCurator.ts';

export interface CurationResult {
	seconds: number;
	/**
	 * `prose`: of the characters typed, those of texts the files hold as typed (titles, notes…);
	 * `taken`: characters of texts the files hold that were taken from selected words, not typed.
	 */
	inputs: Inputs & { prose: number; taken: number };
	/** Clicks, keys and characters typed, together. */
	totalInputs: number;
	/** The characters a curator would type to write the same files by hand (handCharacters). */
	handCharacters: number;
}

/**
 * What typing the YAML by hand takes: every character of the text, newlines included, except
 * each line's leading indentation (an editor keeps it). Quotes are in the text, so they count.
 */
export function handCharacters(yaml: string): number {
	return yaml.split('\n').reduce((sum, line, i) => sum + line.trimStart().length + (i ? 1 : 0), 0);
}

export function curationResult(
	seconds: number,
	inputs: Inputs,
	writtenYaml: string[]
): CurationResult {
	return {
		seconds,
		inputs: {
			clicks: inputs.clicks,
			keys: inputs.keys,
			characters: inputs.characters,
			prose: inputs.prose ?? 0,
			taken: inputs.taken ?? 0
		},
		totalInputs: inputs.clicks + inputs.keys + inputs.characters,
		handCharacters: writtenYaml.reduce((sum, text) => sum + handCharacters(text), 0)
	};
}

/**
 * How many times fewer inputs the structure and the citations take than typing them: the prose
 * left out on both sides. By hand all of it is typed; in the studio the prose typed is left out,
 * and the drags and clicks that took prose from the source's words stay in.
 */
export const structureRatio = (c: CurationResult): number =>
	(c.handCharacters - c.inputs.prose - c.inputs.taken) / (c.totalInputs - c.inputs.prose);
