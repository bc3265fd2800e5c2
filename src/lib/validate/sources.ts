/** Builds sources from their files: sentences, aligned translation, deliberate gaps. */
import type { Diagnostic } from '../diagnostics.ts';
import type { Bibliographic, Source } from '../model/atlas.ts';
import { sourceFileSchema, type SourceFile } from '../schema/files.ts';
import { splitSentences, type Sentence } from '../text/sentences.ts';
import { findQuote, type Span } from '../text/findQuote.ts';
import { quoteNotInSource } from '../rules/quote-not-in-source.ts';
import { translationMisaligned } from '../rules/translation-misaligned.ts';
import type { LocatedFile } from '../yaml/parseLocated.ts';
import { checkSchema } from './schemaIssues.ts';
import { localizedField } from '../i18n/localized.ts';

export function sentencesInSpan(sentences: Sentence[], span: Span): number[] {
	return sentences.filter((s) => s.start < span.end && s.end > span.start).map((s) => s.n);
}

export function bibliographic(
	f: Omit<Bibliographic, 'unverified' | 'provenance'> & {
		unverified?: string[];
		provenance?: Bibliographic['provenance'];
	}
): Bibliographic {
	const { title, authors, journal, year, volume, issue, pages, pmid, pmcid, doi, url } = f;
	const record = { title, authors, journal, year, volume, issue, pages, pmid, pmcid, doi, url };
	const defined = Object.entries(record).filter(([, v]) => v !== undefined);
	return {
		...(Object.fromEntries(defined) as Omit<Bibliographic, 'unverified' | 'provenance'>),
		unverified: f.unverified ?? [],
		...(f.provenance ? { provenance: f.provenance } : {})
	};
}

function alignTranslation(
	file: LocatedFile,
	f: SourceFile,
	sentences: Sentence[],
	out: Diagnostic[]
): string[] | undefined {
	const zh = f.translations?.zh;
	if (zh === undefined) return undefined;
	const zhSentences = splitSentences(zh).map((s) => s.text);
	const misaligned = translationMisaligned.check(file, zhSentences.length, sentences.length);
	out.push(...misaligned);
	return misaligned.length ? undefined : zhSentences;
}

/** The curators' term beside the translation's own wording, as plain text. */
export const correctedTermNote = (corrected: string) => `（编者更正：${corrected}）`;

function withCorrectedTerms(
	file: LocatedFile,
	f: SourceFile,
	zh: string[],
	out: Diagnostic[]
): string[] {
	let lines = zh;
	(f.terms ?? []).forEach(({ zh: wording, corrected }, i) => {
		if (!lines.some((line) => line.includes(wording))) {
			out.push(quoteNotInSource.check(file, ['terms', i, 'zh'], wording, 'translation'));
			return;
		}
		lines = lines.map((line) => line.split(wording).join(wording + correctedTermNote(corrected)));
	});
	return lines;
}

function resolveUncited(
	file: LocatedFile,
	f: SourceFile,
	sentences: Sentence[],
	out: Diagnostic[]
) {
	return (f.uncited ?? []).flatMap((u, i) => {
		const { quote } = u;
		const reason = localizedField(u, 'reason');
		const span = findQuote(f.text, quote);
		if (!span) {
			const at = ['uncited', i, 'quote'];
			out.push(quoteNotInSource.check(file, at, quote, { text: f.text, sentences }));
			return [];
		}
		return sentencesInSpan(sentences, span).map((sentence) => ({ sentence, reason }));
	});
}

export function buildSource(id: string, file: LocatedFile, out: Diagnostic[]): Source | undefined {
	const f = checkSchema(sourceFileSchema, file, file.data, [], out);
	if (!f) return undefined;
	const sentences = splitSentences(f.text);
	const aligned = alignTranslation(file, f, sentences, out);
	const zh = aligned && withCorrectedTerms(file, f, aligned, out);
	const uncited = resolveUncited(file, f, sentences, out);
	return {
		id,
		...bibliographic(f),
		text: f.text,
		sentences,
		...(zh ? { zh } : {}),
		...(f.terms ? { terms: f.terms } : {}),
		uncited
	};
}
