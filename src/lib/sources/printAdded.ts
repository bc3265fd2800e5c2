/** What the add-source command prints: the record it read, the sentences, the validator's verdict. */
import { formatDiagnostic } from '../diagnostics.ts';
import type { ValidationResult } from '../validate/validateAtlas.ts';
import type { AddedSource } from './addSource.ts';
import { RECORD_FIELDS } from '../schema/files.ts';
import type { SourceRecord } from './record.ts';

export function recordLines(record: SourceRecord): string[] {
	return RECORD_FIELDS.filter((k) => record[k] !== undefined).map((k) => {
		const v = record[k];
		return `  ${k.padEnd(8)} ${Array.isArray(v) ? v.join(', ') : String(v)}`;
	});
}

export function sentenceLines(added: AddedSource): string[] {
	const flagged = added.sentences.filter((s) => s.checks.length).length;
	const lines = [
		`Sentences (${added.sentences.length}, as the atlas splits them${flagged ? `; check the ${flagged} marked !` : ''}):`
	];
	for (const s of added.sentences) {
		lines.push(`${s.checks.length ? '!' : ' '} s${s.n}`.padEnd(6) + s.text);
		for (const check of s.checks) lines.push(`        check: ${check}`);
	}
	return lines;
}

export function addedLines(added: AddedSource): string[] {
	return [
		`${added.replaced ? 'Replaced' : 'Wrote'} ${added.path} (from ${added.kind})`,
		'Record:',
		...recordLines(added.record),
		...sentenceLines(added)
	];
}

/** The validator's verdict on the new file, and on the atlas as a whole. */
export function verdictLines(
	added: AddedSource,
	result: ValidationResult
): { lines: string[]; ok: boolean } {
	const mine = (path: string) => path.endsWith(`sources/${added.id}.yaml`);
	const errors = result.errors.filter((d) => mine(d.path));
	const warnings = result.warnings.filter((d) => mine(d.path));
	const lines = [
		errors.length
			? `Validator: ${added.path} has ${errors.length} error(s):`
			: `Validator: ${added.path} is valid (${added.sentences.length} sentences)`,
		...errors.map(formatDiagnostic),
		...warnings.map((w) => `  note: ${w.message} (expected until a pathway cites them)`),
		`  the atlas: ${result.errors.length} error(s), ${result.warnings.length} warning(s)`
	];
	return { lines, ok: errors.length === 0 };
}
