import { nearest } from '../text/similarity.ts';
import { defineRule, type DataPath, type Diagnostic, type Locator } from './rule.ts';

export const valueNotAllowed = defineRule({
	id: 'value-not-allowed',
	severity: 'error',
	description: 'a value outside the fixed list this field takes',
	check: (file: Locator, at: DataPath, input: unknown, allowed: string[]): Diagnostic => {
		const guess = typeof input === 'string' ? nearest(input, allowed) : undefined;
		const choices = `one of: ${allowed.join(', ')}`;
		return file.diagnostic(
			valueNotAllowed,
			at,
			`${JSON.stringify(input)} is not allowed here`,
			guess ? `did you mean "${guess}"? (${choices})` : choices
		);
	}
});
