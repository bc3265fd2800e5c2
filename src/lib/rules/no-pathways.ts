import { atFileStart, defineRule, type Diagnostic } from './rule.ts';

/** An atlas folder with no pathway file: valid, and the site says there is nothing yet. */
export const noPathways = defineRule({
	id: 'no-pathways',
	severity: 'warning',
	description: 'the atlas folder has no pathway file yet',
	check: (root: string): Diagnostic =>
		atFileStart(
			noPathways,
			root,
			'no pathway files yet: the site will be an index that says so',
			'add <id>.yaml beside entities.yaml (see "Adding a pathway" in the README)'
		)
});
