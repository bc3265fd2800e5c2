import { defineRule, diagnostic, type Diagnostic, type Place } from './rule.ts';

export const tooDeeplyNested = defineRule({
	id: 'too-deeply-nested',
	severity: 'error',
	description: 'brackets or indentation nested too deeply to read',
	/** `maxDepth`: the bracket depth passed there, when it was counted before parsing. */
	check: (where: Place, maxDepth?: number): Diagnostic =>
		diagnostic(
			tooDeeplyNested,
			where,
			maxDepth ? `brackets nested more than ${maxDepth} levels deep` : 'nested too deeply to read',
			'a curated file needs only a few levels of nesting: look here for a run of "[", "{", "- " or ever deeper indentation'
		)
});
