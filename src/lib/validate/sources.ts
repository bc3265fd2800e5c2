/** Builds sources from their files: sentences, aligned translation, deliberate gaps. */
import type { Diagnostic } from '../diagnostics.ts';
import type { Bibliographic, Source } from '../model/atlas.ts';
import { sourceFileSchema, type SourceFile } from '../schema/files.ts';
import { splitSentences, type Sentence } from '../text/sentences.ts';
import { findQuote, type Span } from '../text/findQuote.ts';
import { describeDifference, firstDifference } from '../text/quoteDiff.ts';
import { mostSimilar } from '../text/similarity.ts';
import type { LocatedFile } from '../yaml/parseLocated.ts';
import { checkSchema } from './schemaIssues.ts';

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

/** A difference this far into the quote shows where it went wrong; an earlier one may not. */
const TELLING_PREFIX = 12;

/**
 * Why a quote was not found: the first character that differs when the quote starts like the
 * source, else the sentence it is most like.
 */
export function quoteMiss(
	text: string,
	sentences: Sentence[],
	quote: string
): { message: string; hint: string } {
	const message = `quote not found in the source: "${quote}"`;
	const diff = firstDifference(text, quote);
	if (diff && (diff.index >= TELLING_PREFIX || (diff.index > 0 && diff.resumes)))
		return { message, hint: describeDifference(diff) };
	const i = mostSimilar(
		quote,
		sentences.map((s) => s.text)
	);
	const closest = sentences[i];
	const hint = closest
		? `closest sentence s${closest.n}: "${closest.text.length > 160 ? closest.text.slice(0, 157) + '…' : closest.text}"`
		: 'copy the words exactly from the source text';
	return { message, hint };
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
	if (zhSentences.length !== sentences.length) {
		out.push(
			file.diagnostic(
				'translation-misaligned',
				['translations', 'zh'],
				`the zh translation has ${zhSentences.length} sentences but the text has ${sentences.length}`,
				'translations are aligned sentence by sentence; end each translated sentence with 。'
			)
		);
		return undefined;
	}
	return zhSentences;
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
			out.push(
				file.diagnostic(
					'quote-not-in-source',
					['terms', i, 'zh'],
					`"${wording}" is not in the zh translation`,
					'copy the wording exactly from the translation'
				)
			);
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
	return (f.uncited ?? []).flatMap(({ quote, reason }, i) => {
		const span = findQuote(f.text, quote);
		if (!span) {
			const miss = quoteMiss(f.text, sentences, quote);
			out.push(
				file.diagnostic('quote-not-in-source', ['uncited', i, 'quote'], miss.message, miss.hint)
			);
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
