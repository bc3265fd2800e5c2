import { defineRule, type Diagnostic, type Locator } from './rule.ts';
import { untranslated, type Untranslated } from './untranslated.ts';

export const incompleteTranslation = defineRule({
	id: 'incomplete-translation',
	severity: 'error',
	description: 'a text without Chinese in a pathway declared complete in it',
	check: (file: Locator, missing: Untranslated[]): Diagnostic[] =>
		untranslated(
			incompleteTranslation,
			file,
			missing,
			'the pathway declares itself complete in Chinese; '
		)
});
