/**
 * Asserting WHICH problem the validator found, and where, by its rule id rather than its wording.
 * A test names the hint only where the hint is the behaviour (a "did you mean", a pointer back
 * to the first definition, where a quote stops matching).
 */
import { expect } from 'vitest';
import type { Diagnostic } from '../../../src/lib/diagnostics.ts';
import { RULE_IDS, type RuleId } from '../../../src/lib/rules/index.ts';
import { fixturePath, validateOverlay } from './fixtures.ts';

export interface Expected {
	rule: RuleId;
	path: string;
	line: number;
	column: number;
	hint?: string;
}

/** A problem expected in a fixture file (path relative to tests/fixtures). */
export const problem = (
	rule: RuleId,
	file: string,
	line: number,
	column: number,
	hint?: string
): Expected => ({ rule, path: fixturePath(file), line, column, ...(hint ? { hint } : {}) });

/** The rule ids of some diagnostics, in order; each must be in the registry. */
export function rulesOf(found: Diagnostic[] | { errors: Diagnostic[] }): RuleId[] {
	const list = Array.isArray(found) ? found : found.errors;
	for (const d of list) expect(RULE_IDS, `${d.message}`).toContain(d.rule);
	return list.map((d) => d.rule);
}

/** Rule and place of each diagnostic, with its hint where the expectation names one. */
export function located(found: Diagnostic[], expected: Expected[] = []): Expected[] {
	return found.map((d, i) => ({
		rule: d.rule,
		path: d.path,
		line: d.line,
		column: d.column,
		...(expected[i]?.hint !== undefined ? { hint: d.hint ?? '' } : {})
	}));
}

/** Validates valid/ with one overlay and expects exactly these errors (and so nothing else). */
export function expectErrors(overlay: string, expected: Expected[]): void {
	expectProblems(validateOverlay(overlay).errors, expected);
}

export function expectWarnings(overlay: string, expected: Expected[]): void {
	const { errors, warnings } = validateOverlay(overlay);
	expect(errors).toEqual([]);
	expectProblems(warnings, expected);
}

/** Exactly these problems, in this order. */
export function expectProblems(found: Diagnostic[], expected: Expected[]): void {
	expect(located(found, expected)).toEqual(expected);
}
