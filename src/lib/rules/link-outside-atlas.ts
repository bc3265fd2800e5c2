import { atFileStart, defineRule, type Diagnostic } from './rule.ts';

export const linkOutsideAtlas = defineRule({
	id: 'link-outside-atlas',
	severity: 'error',
	description: 'a symbolic link leads outside the atlas folder',
	check: (path: string, target: string): Diagnostic =>
		atFileStart(
			linkOutsideAtlas,
			path,
			`a link to ${target}, outside the atlas folder`,
			'links are followed only inside the atlas folder, so that it holds the whole atlas: copy the file in instead'
		)
});
