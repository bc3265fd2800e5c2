/** Resolves a piece of evidence: a quote to its sentences, or a background reference. */
import type { Diagnostic } from '../diagnostics.ts';
import type { Evidence, Reference, Source } from '../model/atlas.ts';
import { localizedField, optionalLocalized } from '../i18n/localized.ts';
import type { EvidenceFile } from '../schema/files.ts';
import { backgroundQuotesSource } from '../rules/background-quotes-source.ts';
import { backgroundWithoutNote } from '../rules/background-without-note.ts';
import { backgroundWithoutReference } from '../rules/background-without-reference.ts';
import { quoteCitesReference } from '../rules/quote-cites-reference.ts';
import { quoteNotInSource } from '../rules/quote-not-in-source.ts';
import { quoteTooShort } from '../rules/quote-too-short.ts';
import { quoteWithoutSource } from '../rules/quote-without-source.ts';
import { unknownReference } from '../rules/unknown-reference.ts';
import { unknownSource } from '../rules/unknown-source.ts';
import { findQuote } from '../text/findQuote.ts';
import type { DataPath, LocatedFile } from '../yaml/parseLocated.ts';
import { sentencesInSpan } from './sources.ts';
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

function background(
	e: EvidenceFile,
	at: DataPath,
	file: LocatedFile,
	ctx: EvidenceContext,
	out: Diagnostic[]
): Evidence | undefined {
	const problems: Diagnostic[] = [];
	if (e.quote !== undefined || e.source !== undefined) {
		problems.push(backgroundQuotesSource.check(file, [...at, 'support']));
	}
	if (e.reference === undefined) {
		problems.push(backgroundWithoutReference.check(file, at));
	} else if (ctx.referencesBroken) {
		ctx.followOn('reference');
	} else if (!ctx.references.has(e.reference) && !ctx.invalidReferences.has(e.reference)) {
		const known = [...ctx.references.keys()];
		problems.push(unknownReference.check(file, [...at, 'reference'], e.reference, known));
	}
	if (e.note === undefined) {
		problems.push(backgroundWithoutNote.check(file, at));
	}
	out.push(...problems);
	if (problems.length || !e.reference || !e.note) return undefined;
	const note = localizedField({ ...e, note: e.note }, 'note');
	return { support: 'background', reference: e.reference, note };
}

function quoted(
	e: EvidenceFile,
	at: DataPath,
	file: LocatedFile,
	ctx: EvidenceContext,
	out: Diagnostic[]
): Evidence | undefined {
	if (e.reference !== undefined) {
		out.push(quoteCitesReference.check(file, [...at, 'reference'], e.support));
		return undefined;
	}
	if (e.source === undefined || e.quote === undefined) {
		out.push(quoteWithoutSource.check(file, at, e.support));
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
		const known = [...ctx.sources.keys()];
		out.push(unknownSource.check(file, [...at, 'source'], e.source, known));
		return undefined;
	}
	const span = findQuote(source.text, e.quote);
	if (!span) {
		out.push(quoteNotInSource.check(file, [...at, 'quote'], e.quote, source));
		return undefined;
	}
	const short = quoteTooShort.check(file, [...at, 'quote'], e.quote, source.sentences);
	if (short.length) {
		out.push(...short);
		return undefined;
	}
	const sentences = sentencesInSpan(source.sentences, span);
	return {
		support: e.support as 'stated' | 'listed',
		source: source.id,
		quote: e.quote,
		sentences,
		...span,
		...optionalLocalized(e, 'note')
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
