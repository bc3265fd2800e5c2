import { defineRule, type Diagnostic, type Locator } from './rule.ts';

export const uncitedSentence = defineRule({
	id: 'uncited-sentence',
	severity: 'warning',
	description: 'source sentences that no element cites nor lists as uncited',
	/** `file`: the source's; `uncited`: the numbers of its sentences that nothing cites. */
	check: (file: Locator, uncited: number[]): Diagnostic[] =>
		uncited.length
			? [
					file.diagnostic(
						uncitedSentence,
						['text'],
						`${uncited.length} sentence(s) cited by no element: ${uncited.map((n) => `s${n}`).join(', ')}`,
						'cite them from a pathway, or list them under "uncited" with a reason'
					)
				]
			: []
});
