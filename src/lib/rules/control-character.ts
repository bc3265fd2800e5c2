import { defineRule, diagnostic, type Diagnostic, type Place } from './rule.ts';

const codePoint = (c: string) =>
	`U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

const HINT =
	'delete it: only tab and line breaks may be in a curated file (such characters come with text pasted from a PDF, and break the slides and figures made from it)';
const ESCAPE_HINT = 'delete the escape: only tab and line breaks may be in a curated text';

export const controlCharacter = defineRule({
	id: 'control-character',
	severity: 'error',
	description: 'an invisible control character other than tab and line break',
	/** `escaped`: written as an escape ("\u0001" in double quotes) rather than as the character. */
	check: (where: Place, char: string, escaped = false): Diagnostic =>
		diagnostic(
			controlCharacter,
			where,
			`an invisible control character (${codePoint(char)}) in the text${escaped ? ', written as an escape' : ''}`,
			escaped ? ESCAPE_HINT : HINT
		)
});
