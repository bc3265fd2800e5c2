import { defineRule, diagnostic, type Diagnostic, type Place } from './rule.ts';

/** The first of a kind of syntax error the YAML parser found, and how often it repeats. */
export interface SyntaxError {
	code: string;
	message: string;
	repeats: number;
}

function syntaxHint(code: string): string {
	switch (code) {
		case 'MULTIPLE_DOCS':
			return 'a curated file is one document: remove the "---" line (and what follows it, if it belongs elsewhere)';
		case 'DUPLICATE_KEY':
			return 'each key may appear once in a mapping; remove or rename the repeated one';
		case 'BAD_INDENT':
		case 'MISSING_CHAR':
			return 'check the indentation and that every "key: value" pair has its colon';
		case 'BLOCK_AS_IMPLICIT_KEY':
		case 'MULTILINE_IMPLICIT_KEY':
			return 'a value that contains ": " or starts with a special character must be quoted';
		default:
			return 'quote text that contains ":", "#", "[" or "{", and indent with spaces, not tabs';
	}
}

export const yamlSyntax = defineRule({
	id: 'yaml-syntax',
	severity: 'error',
	description: 'the file is not valid YAML',
	/** `further`: said after the count of repeats (where they were counted). */
	check: (where: Place, e: SyntaxError, further = ''): Diagnostic => {
		const repeats = e.repeats ? ` (and ${e.repeats} more like it${further})` : '';
		// The library's own advice ("use YAML.parseAllDocuments()") is for programmers.
		const said =
			e.code === 'MULTIPLE_DOCS'
				? 'the file holds more than one YAML document (a line "---" starts another)'
				: e.message.split('\n')[0];
		return diagnostic(
			yamlSyntax,
			where,
			`YAML syntax error: ${said}${repeats}`,
			syntaxHint(e.code)
		);
	}
});
