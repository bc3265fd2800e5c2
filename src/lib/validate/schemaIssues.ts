/** Turns schema issues into located diagnostics with hints. */
import type { z } from 'zod';
import type { Diagnostic } from '../diagnostics.ts';
import type { DataPath, LocatedFile } from '../yaml/parseLocated.ts';
import { invalidFormat } from '../rules/invalid-format.ts';
import { missingField } from '../rules/missing-field.ts';
import { unknownField } from '../rules/unknown-field.ts';
import { valueNotAllowed } from '../rules/value-not-allowed.ts';
import { wrongType } from '../rules/wrong-type.ts';

function issueToDiagnostics(
	file: LocatedFile,
	issue: z.core.$ZodIssue,
	base: DataPath
): Diagnostic[] {
	const at = [...base, ...(issue.path as (string | number)[])];
	switch (issue.code) {
		case 'unrecognized_keys':
			return issue.keys.map((key) => unknownField.check(file, at, key));
		case 'invalid_type': {
			const field = at[at.length - 1];
			if (issue.input === undefined && typeof field === 'string')
				return [missingField.check(file, at.slice(0, -1), field)];
			return [wrongType.check(file, at, { expected: issue.expected, input: issue.input })];
		}
		case 'invalid_value':
			return [valueNotAllowed.check(file, at, issue.input, issue.values.map(String))];
		default:
			return [invalidFormat.check(file, at, issue.message)];
	}
}

/** Checks `data` against `schema`; returns the parsed value or undefined, adding diagnostics. */
export function checkSchema<T extends z.ZodType>(
	schema: T,
	file: LocatedFile,
	data: unknown,
	base: DataPath,
	out: Diagnostic[]
): z.output<T> | undefined {
	const result = schema.safeParse(data, { reportInput: true });
	if (result.success) return result.data;
	for (const issue of result.error.issues) out.push(...issueToDiagnostics(file, issue, base));
	return undefined;
}

/** Checks each item of a list on its own, so one bad item does not hide the others. */
export function checkItems<T extends z.ZodType>(
	schema: T,
	file: LocatedFile,
	list: unknown,
	base: DataPath,
	out: Diagnostic[]
): { index: number; value: z.output<T> }[] {
	if (list === undefined) return [];
	if (!Array.isArray(list)) {
		out.push(wrongType.check(file, base, { notAList: list }));
		return [];
	}
	const kept: { index: number; value: z.output<T> }[] = [];
	list.forEach((item, index) => {
		const value = checkSchema(schema, file, item, [...base, index], out);
		if (value !== undefined) kept.push({ index, value });
	});
	return kept;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
