import { defineRule, type Diagnostic, type Locator } from './rule.ts';

export const translationMisaligned = defineRule({
	id: 'translation-misaligned',
	severity: 'error',
	description: 'a source translation without one sentence per sentence',
	check: (file: Locator, translated: number, original: number): Diagnostic[] =>
		translated === original
			? []
			: [
					file.diagnostic(
						translationMisaligned,
						['translations', 'zh'],
						`the zh translation has ${translated} sentences but the text has ${original}`,
						'translations are aligned sentence by sentence; end each translated sentence with 。'
					)
				]
});
