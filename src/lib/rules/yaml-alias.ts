import { defineRule, diagnostic, type Diagnostic, type Place } from './rule.ts';

export const yamlAlias = defineRule({
	id: 'yaml-alias',
	severity: 'error',
	description: 'a value starting with * is read as an unknown YAML alias',
	check: (where: Place, reason: string): Diagnostic =>
		diagnostic(
			yamlAlias,
			where,
			`YAML alias error: ${reason.split('\n')[0]}`,
			'a value starting with * is read as a YAML alias (and & as an anchor): put such text in quotes, e.g. "*R*-ketamine"'
		)
});
