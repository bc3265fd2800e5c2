import { atFileStart, defineRule, type Diagnostic } from './rule.ts';

export const missingCatalogue = defineRule({
	id: 'missing-catalogue',
	severity: 'error',
	description: 'the atlas folder has no entities.yaml',
	/** `path`: where entities.yaml should be. */
	check: (path: string): Diagnostic =>
		atFileStart(
			missingCatalogue,
			path,
			'the entity catalogue is missing',
			'create entities.yaml with an "entities:" list beside the pathway files'
		)
});
