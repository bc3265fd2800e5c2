import { formatHint } from './formatHints.ts';
import { defineRule, type DataPath, type Diagnostic, type Locator } from './rule.ts';

/** What the schema expected and found, or a value that should have been a list of items. */
export type WrongType = { expected: string; input: unknown } | { notAList: unknown };

function describe(value: unknown): string {
	if (value === null || value === undefined) return 'nothing';
	if (Array.isArray(value)) return 'a list';
	return typeof value === 'object' ? 'a mapping' : `${typeof value} ${JSON.stringify(value)}`;
}

function typeHint(expected: string, at: DataPath): string {
	if (expected === 'string') return 'put the value in quotes, e.g. volume: "35"';
	if (expected === 'array') return 'write a list: one "- item" per line, or [a, b]';
	if (expected === 'object')
		return 'write a mapping of "key: value" lines, indented under this key';
	return formatHint(at);
}

export const wrongType = defineRule({
	id: 'wrong-type',
	severity: 'error',
	description: 'a value of the wrong type (text, number, list, mapping)',
	check: (file: Locator, at: DataPath, found: WrongType): Diagnostic =>
		'notAList' in found
			? file.diagnostic(
					wrongType,
					at,
					`expected a list, found ${describe(found.notAList)}`,
					'write each item on its own line, starting with "- "'
				)
			: file.diagnostic(
					wrongType,
					at,
					`expected ${found.expected}, found ${describe(found.input)}`,
					typeHint(found.expected, at)
				)
});
