import { defineRule, type Diagnostic, type Locator } from './rule.ts';
import { untranslated, type Untranslated } from './untranslated.ts';

export const missingTranslation = defineRule({
	id: 'missing-translation',
	severity: 'warning',
	description: 'a reader-visible text without its Chinese',
	check: (file: Locator, missing: Untranslated[]): Diagnostic[] =>
		untranslated(missingTranslation, file, missing)
});
