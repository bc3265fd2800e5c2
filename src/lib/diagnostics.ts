/** A located problem in a curated file: what is wrong, where, and how to fix it. */

export type Severity = 'error' | 'warning';

export interface Diagnostic {
	severity: Severity;
	path: string;
	line: number;
	column: number;
	message: string;
	hint?: string;
}

export function formatDiagnostic(d: Diagnostic): string {
	const where = `${d.path}:${d.line}:${d.column}`;
	const label = d.severity === 'warning' ? 'warning: ' : '';
	const hint = d.hint ? `\n    hint: ${d.hint}` : '';
	return `${where}: ${label}${d.message}${hint}`;
}

export function byLocation(a: Diagnostic, b: Diagnostic): number {
	return a.path.localeCompare(b.path) || a.line - b.line || a.column - b.column;
}
