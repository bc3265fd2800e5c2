/** A located problem in a curated file: which rule it breaks, what is wrong, where, and how to fix it. */
import { severityOf, type RuleId, type Severity } from './diagnosticRules.ts';

export type { RuleId, Severity };

export interface Diagnostic {
	/** The rule broken (see diagnosticRules.ts); it decides the severity. */
	rule: RuleId;
	severity: Severity;
	path: string;
	line: number;
	column: number;
	message: string;
	hint?: string;
}

/** Where a problem is: a file (or folder), line and column, from 1. */
export type Place = Pick<Diagnostic, 'path' | 'line' | 'column'>;

/** A diagnostic with the severity of its rule. */
export function diagnostic(rule: RuleId, where: Place, message: string, hint?: string): Diagnostic {
	const { path, line, column } = where;
	return {
		rule,
		severity: severityOf(rule),
		path,
		line,
		column,
		message,
		...(hint ? { hint } : {})
	};
}

/** `path:line:column: message` and an indented hint line: how every located problem is printed. */
export function formatLocated(at: Place, message: string, hint?: string): string {
	const more = hint ? `\n    hint: ${hint}` : '';
	return `${at.path}:${at.line}:${at.column}: ${message}${more}`;
}

/** A diagnostic as the user reads it, its rule id after the message. */
export function formatDiagnostic(d: Diagnostic): string {
	const label = d.severity === 'warning' ? 'warning: ' : '';
	return formatLocated(d, `${label}${d.message} [${d.rule}]`, d.hint);
}

export function byLocation(a: Diagnostic, b: Diagnostic): number {
	return a.path.localeCompare(b.path) || a.line - b.line || a.column - b.column;
}
