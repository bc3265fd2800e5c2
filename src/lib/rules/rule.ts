/**
 * What a validator rule is, as in mdn/browser-compat-data's linter: a module with a stable id, a
 * severity, a description (docs/validator.md lists it) and its check, the code that finds the
 * problem where it can and always words it. The validator calls a rule's check at the stage that
 * sees what it needs (a file on disk, its text, its YAML, a built pathway, the whole atlas), so a
 * check takes what that stage has. Every rule is registered in ./index.ts.
 */
import type { RuleId } from './index.ts';

export type Severity = 'error' | 'warning';

/** A path into a file's data, e.g. ['nodes', 3, 'entity']. */
export type DataPath = readonly (string | number)[];

export interface Position {
	line: number;
	column: number;
}

/** Where a problem is: a file (or folder), line and column, from 1. */
export interface Place extends Position {
	path: string;
}

/** A located problem in a curated file: which rule it breaks, what is wrong, where, and how to fix it. */
export interface Diagnostic extends Place {
	/** The rule broken (see ./index.ts); it decides the severity. */
	rule: RuleId;
	severity: Severity;
	message: string;
	hint?: string;
}

/** A problem found in a record, located relative to it before it is placed in its file. */
export interface Finding {
	at: DataPath;
	rule: RuleId;
	message: string;
	hint: string;
}

/** What a rule reports as: its id and severity. */
export interface RuleHead {
	id: RuleId;
	severity: Severity;
}

/** A parsed file that places a problem at the line and column of a value (or its key). */
export interface Locator {
	path: string;
	/** Position of the value at `at`, or of its key with `part: 'key'`; the nearest ancestor if absent. */
	locate(at: DataPath, part?: 'key' | 'value'): Position;
	diagnostic(
		rule: RuleHead,
		at: DataPath,
		message: string,
		hint?: string,
		part?: 'key' | 'value'
	): Diagnostic;
}

/** A rule as its module defines it; the id is a literal, so that grep finds the module. */
export interface RuleModule {
	id: string;
	severity: Severity;
	description: string;
	check: (...args: never[]) => unknown;
}

export const defineRule = <const R extends RuleModule>(rule: R): R => rule;

/** A diagnostic of `rule` at `where`. */
export function diagnostic(
	rule: RuleHead,
	where: Place,
	message: string,
	hint?: string
): Diagnostic {
	const { path, line, column } = where;
	return {
		rule: rule.id,
		severity: rule.severity,
		path,
		line,
		column,
		message,
		...(hint ? { hint } : {})
	};
}

/** A problem with a file (or folder) as a whole, reported at its first line. */
export const atFileStart = (rule: RuleHead, path: string, message: string, hint: string) =>
	diagnostic(rule, { path, line: 1, column: 1 }, message, hint);
