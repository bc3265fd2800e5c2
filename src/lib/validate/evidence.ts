/** Resolves a piece of evidence: a quote to its sentences, or a background reference. */
import type { Diagnostic } from '../diagnostics.ts';
import type { Evidence, Reference, Source } from '../model/atlas.ts';
import type { EvidenceFile } from '../schema/files.ts';
import { findQuote, normalizeSpace } from '../text/findQuote.ts';
import type { Sentence } from '../text/sentences.ts';
import { nearest, wordCount } from '../text/similarity.ts';
import type { DataPath, LocatedFile } from '../yaml/parseLocated.ts';
import { quoteMiss, sentencesInSpan } from './sources.ts';
import { studyFields } from './studyKind.ts';

export interface EvidenceContext {
	sources: ReadonlyMap<string, Source>;
	references: ReadonlyMap<string, Reference>;
	/** Source ids whose files failed to load: quotes into them are not checked again. */
	brokenSources: Set<string>;
	/** The sources folder cannot be read (sources is a file): quotes are not checked. */
	sourcesBroken?: boolean;
	/** Reference records that are invalid: already reported where they are defined. */
	invalidReferences: Set<string>;
	/** The references file has no usable list: background references are not checked. */
	referencesBroken: boolean;
	/** Counts a use of a broken file that is not checked (reported once, on that file). */
	followOn: (kind: 'entity' | 'reference' | 'source', id?: string) => void;
}

/** A quote names a claim when it has this many words, or is a whole sentence. */
export const MIN_QUOTE_WORDS = 3;

function tooShort(quote: string, sentences: Sentence[]): boolean {
	if (wordCount(quote) >= MIN_QUOTE_WORDS) return false;
	const q = normalizeSpace(quote);
	return !sentences.some((s) => normalizeSpace(s.text) === q);
}

function unknownId(
	kind: 'reference' | 'source',
	id: string,
	known: ReadonlyMap<string, unknown>
): { rule: 'unknown-reference' | 'unknown-source'; message: string; hint: string } {
	const guess = nearest(id, known.keys());
	return {
		rule: `unknown-${kind}`,
		message: `unknown ${kind} "${id}"`,
		hint: guess
			? `did you mean "${guess}"?`
			: `known ${kind}s: ${[...known.keys()].join(', ') || 'none'}`
	};
}

function background(
	e: EvidenceFile,
	at: DataPath,
	file: LocatedFile,
	ctx: EvidenceContext,
	out: Diagnostic[]
): Evidence | undefined {
	const problems: Diagnostic[] = [];
	if (e.quote !== undefined || e.source !== undefined) {
		problems.push(
			file.diagnostic(
				'background-quotes-source',
				[...at, 'support'],
				'background evidence cites a reference record, not a source quote',
				'if the source states it, use "support: stated" (or "listed"); otherwise drop source and quote'
			)
		);
	}
	if (e.reference === undefined) {
		problems.push(
			file.diagnostic(
				'background-without-reference',
				at,
				'background evidence needs a "reference"',
				'cite a record from pathways/references.yaml'
			)
		);
	} else if (ctx.referencesBroken) {
		ctx.followOn('reference');
	} else if (!ctx.references.has(e.reference) && !ctx.invalidReferences.has(e.reference)) {
		const u = unknownId('reference', e.reference, ctx.references);
		problems.push(file.diagnostic(u.rule, [...at, 'reference'], u.message, u.hint));
	}
	if (e.note === undefined) {
		problems.push(
			file.diagnostic(
				'background-without-note',
				at,
				'background evidence needs a curator "note"',
				'say in one line what is assumed beyond the sources'
			)
		);
	}
	out.push(...problems);
	if (problems.length || !e.reference || !e.note) return undefined;
	const zh = e.noteZh ? { noteZh: e.noteZh } : {};
	return { support: 'background', reference: e.reference, note: e.note, ...zh };
}

function quoted(
	e: EvidenceFile,
	at: DataPath,
	file: LocatedFile,
	ctx: EvidenceContext,
	out: Diagnostic[]
): Evidence | undefined {
	if (e.reference !== undefined) {
		out.push(
			file.diagnostic(
				'quote-cites-reference',
				[...at, 'reference'],
				`${e.support} evidence quotes a source; a reference record is for background evidence`,
				'use "source" and "quote", or "support: background"'
			)
		);
		return undefined;
	}
	if (e.source === undefined || e.quote === undefined) {
		out.push(
			file.diagnostic(
				'quote-without-source',
				at,
				`${e.support} evidence needs a "source" and a "quote"`,
				'quote the source verbatim; if no source says it, use "support: background"'
			)
		);
		return undefined;
	}
	if (ctx.brokenSources.has(e.source)) {
		ctx.followOn('source', e.source);
		return undefined;
	}
	if (ctx.sourcesBroken && !ctx.sources.has(e.source)) {
		ctx.followOn('source', '');
		return undefined;
	}
	const source = ctx.sources.get(e.source);
	if (!source) {
		const u = unknownId('source', e.source, ctx.sources);
		out.push(file.diagnostic(u.rule, [...at, 'source'], u.message, u.hint));
		return undefined;
	}
	const span = findQuote(source.text, e.quote);
	if (!span) {
		const miss = quoteMiss(source.text, source.sentences, e.quote);
		out.push(
			file.diagnostic(
				'quote-not-in-source',
				[...at, 'quote'],
				miss.message.replace('the source', `source "${source.id}"`),
				miss.hint
			)
		);
		return undefined;
	}
	if (tooShort(e.quote, source.sentences)) {
		out.push(
			file.diagnostic(
				'quote-too-short',
				[...at, 'quote'],
				`quote "${e.quote}" is too short to identify a claim`,
				`quote at least ${MIN_QUOTE_WORDS} words of the sentence that says it (or a whole sentence of the source)`
			)
		);
		return undefined;
	}
	const sentences = sentencesInSpan(source.sentences, span);
	return {
		support: e.support as 'stated' | 'listed',
		source: source.id,
		quote: e.quote,
		sentences,
		...span,
		...(e.note ? { note: e.note } : {}),
		...(e.noteZh ? { noteZh: e.noteZh } : {})
	};
}

export function resolveEvidence(
	list: EvidenceFile[] | undefined,
	at: DataPath,
	file: LocatedFile,
	ctx: EvidenceContext,
	out: Diagnostic[]
): Evidence[] {
	return (list ?? []).flatMap((e, i) => {
		const here = [...at, i];
		const resolved =
			e.support === 'background'
				? background(e, here, file, ctx, out)
				: quoted(e, here, file, ctx, out);
		const kind = studyFields(e, here, file, ctx, out);
		return resolved ? [{ ...resolved, ...kind }] : [];
	});
}
