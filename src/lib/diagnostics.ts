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

/** A diagnostic with the severity of its rule. */
export function diagnostic(
	rule: RuleId,
	where: { path: string; line: number; column: number },
	message: string,
	hint?: string
): Diagnostic {
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

export function formatDiagnostic(d: Diagnostic): string {
	const where = `${d.path}:${d.line}:${d.column}`;
	const label = d.severity === 'warning' ? 'warning: ' : '';
	const hint = d.hint ? `\n    hint: ${d.hint}` : '';
	return `${where}: ${label}${d.message} [${d.rule}]${hint}`;
}

export function byLocation(a: Diagnostic, b: Diagnostic): number {
	return a.path.localeCompare(b.path) || a.line - b.line || a.column - b.column;
}
