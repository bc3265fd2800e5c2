/** A located problem in a curated file, as the user reads it; the rules that find them live in rules/. */
import type { Diagnostic, Place } from './rules/rule.ts';

export type { RuleId } from './rules/index.ts';
export type { Diagnostic, Place, Severity } from './rules/rule.ts';

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
