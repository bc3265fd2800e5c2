/**
 * Edits of a source file (sources/<id>.yaml): the sentences left uncited on purpose, each with its
 * reason. Each is one small edit of the text (see yamlText.ts).
 */
import { sourceFileSchema } from '../schema/files.ts';
import { ActionError, list } from './pathwayPlaces.ts';
import { appendItem, removeItem, setScalar } from './yamlText.ts';

export type SourceEdit =
	| { kind: 'add-uncited'; source: string; start: number; end: number; reason: string }
	| { kind: 'set-uncited-reason'; source: string; index: number; reason: string }
	| { kind: 'remove-uncited'; source: string; index: number };

export const SOURCE_EDITS: ReadonlySet<string> = new Set<SourceEdit['kind']>([
	'add-uncited',
	'set-uncited-reason',
	'remove-uncited'
]);

export const isSourceEdit = (a: { kind: string }): a is SourceEdit => SOURCE_EDITS.has(a.kind);

export const sourceFile = (id: string): string => `sources/${id}.yaml`;

const ORDER = Object.keys(sourceFileSchema.shape);

/** The source's own characters for a span, on one line, without the selection's edges. */
export function quotedSpan(sourceText: string | undefined, start: number, end: number): string {
	if (sourceText === undefined) throw new ActionError('there is no such source');
	if (!(0 <= start && start < end && end <= sourceText.length))
		throw new ActionError('the selection is not inside the source text');
	return sourceText.slice(start, end).replace(/\s+/g, ' ').trim();
}

function reasonOf(reason: string): string {
	const said = reason.trim();
	if (!said) throw new ActionError('say why the sentence is left uncited');
	return said;
}

function checkIndex(text: string, index: number): void {
	if (!list(text, 'uncited')[index])
		throw new ActionError(`the source lists no uncited sentence ${index + 1}`);
}

/** `sourceText`: the source's text as the validator reads it (the quote is taken from it). */
export function editSource(text: string, a: SourceEdit, sourceText: string | undefined): string {
	switch (a.kind) {
		case 'add-uncited': {
			const quote = quotedSpan(sourceText, a.start, a.end);
			return appendItem(text, ['uncited'], { quote, reason: reasonOf(a.reason) }, ORDER);
		}
		case 'set-uncited-reason':
			checkIndex(text, a.index);
			return setScalar(text, ['uncited', a.index, 'reason'], reasonOf(a.reason));
		case 'remove-uncited':
			checkIndex(text, a.index);
			return removeItem(text, ['uncited'], a.index);
	}
}
