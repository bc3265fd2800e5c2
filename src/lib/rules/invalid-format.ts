import { formatHint } from './formatHints.ts';
import { defineRule, type DataPath, type Diagnostic, type Locator } from './rule.ts';

function fieldName(at: DataPath): string {
	const last = at[at.length - 1];
	return typeof last === 'string' ? `"${last}" ` : '';
}

export const invalidFormat = defineRule({
	id: 'invalid-format',
	severity: 'error',
	description: 'a value that breaks its field’s format (id, PMID, DOI, year …)',
	/** `said`: what the schema says is wrong with the value. */
	check: (file: Locator, at: DataPath, said: string): Diagnostic =>
		file.diagnostic(invalidFormat, at, `${fieldName(at)}${said}`, formatHint(at))
});
