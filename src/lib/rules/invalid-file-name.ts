import { atFileStart, defineRule, type Diagnostic } from './rule.ts';

function extensionOf(path: string): string {
	return /\.ya?ml$/i.exec(path)?.[0].toLowerCase() ?? '.yaml';
}

export const invalidFileName = defineRule({
	id: 'invalid-file-name',
	severity: 'error',
	description: 'a pathway or source file name is not a valid id',
	/** `id`: the file's name without folder and extension; `suggestion`: the nearest valid id. */
	check: (path: string, id: string, kind: string, suggestion: string): Diagnostic => {
		const rename = suggestion
			? `rename the file "${suggestion}${extensionOf(path)}"`
			: `rename the file with Latin letters, digits and hyphens, e.g. "my-${kind}.yaml"`;
		return atFileStart(
			invalidFileName,
			path,
			`the file name "${id}" is not a valid ${kind} id`,
			`${rename}: a ${kind}'s id is its file name and becomes its address; ids are lower-case letters, digits and single hyphens`
		);
	}
});
