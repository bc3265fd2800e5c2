/**
 * A problem with the input to add-source (not a curated file, so no validator rule), located in
 * it: reported as one line, and nothing is written.
 */
import { formatLocated } from '../diagnostics.ts';

export class InputError extends Error {
	constructor(
		readonly where: string,
		readonly line: number,
		readonly column: number,
		message: string,
		readonly hint: string
	) {
		super(message);
	}

	format(): string {
		const where = { path: this.where, line: this.line, column: this.column };
		return formatLocated(where, this.message, this.hint);
	}
}

/** A failure to reach or use an online service: one line, what failed and how to go on from a file. */
export class NetworkError extends Error {
	constructor(
		message: string,
		readonly hint: string
	) {
		super(message);
	}

	format(): string {
		return `add-source: ${this.message}; ${this.hint}`;
	}
}

/** 1-based line and column of a character offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
	const before = text.slice(0, Math.max(0, offset)).split('\n');
	return { line: before.length, column: (before.at(-1) ?? '').length + 1 };
}
