import { atFileStart, defineRule, type Diagnostic } from './rule.ts';

export const atlasUnreadable = defineRule({
	id: 'atlas-unreadable',
	severity: 'error',
	description: 'the atlas folder itself cannot be read',
	check: (folder: string, reason: string): Diagnostic =>
		atFileStart(
			atlasUnreadable,
			folder,
			reason,
			'point ATLAS_DIR at a readable atlas folder (pathways/ by default)'
		)
});
