/**
 * One piece of evidence as a reader sees it: the supporting sentences with the quoted span
 * marked (or the curator's note), the source's translation beside them, and a short citation. The
 * lecture's captions and the practice questions' feedback show it alike.
 */
import type { Language } from '../i18n/languages.ts';
import type { Bibliographic, Evidence, Source, Support } from '../model/atlas.ts';
import { shortCitation } from './citation.ts';
import { highlightSentence, type TextPart } from './highlight.ts';
import { pick } from '../i18n/localized.ts';
import { alignedTranslation } from './localText.ts';

export interface CaptionEvidence {
	support: Support;
	/** The supporting sentences with the quote marked; for background evidence, the curator note. */
	parts: TextPart[];
	/** In a translation: the source's sentences in it, aligned, shown under the English. */
	translation?: string;
	/** "Niciu MJ et al. (2014) Annu Rev Pharmacol Toxicol, s1" */
	citation: string;
	/** The source and sentence numbers, to link to; absent for background evidence. */
	source?: { id: string; sentences: number[] };
}

export interface CaptionRecords {
	sources: ReadonlyMap<string, Source>;
	references: ReadonlyMap<string, Bibliographic>;
}

export function captionEvidence(
	evidence: Evidence,
	records: CaptionRecords,
	lang: Language = 'en'
): CaptionEvidence | undefined {
	if (evidence.support === 'background') {
		const ref = records.references.get(evidence.reference);
		// A background record is cited with its title: the note does not name the work.
		const short = ref && shortCitation(ref);
		const citation = !ref
			? evidence.reference
			: short === ref.title
				? short
				: `${short}. ${ref.title}`;
		const note = pick(evidence.note, lang);
		return { support: 'background', parts: [{ text: note, quoted: false }], citation };
	}
	const source = records.sources.get(evidence.source);
	if (!source) return undefined;
	const parts = evidence.sentences.flatMap((n, i) => {
		const sentence = source.sentences[n - 1];
		if (!sentence) return [];
		const text = highlightSentence(sentence, evidence);
		return i === 0 ? text : [{ text: ' ', quoted: false }, ...text];
	});
	const numbers = evidence.sentences.map((n) => `s${n}`).join(', ');
	const translation = alignedTranslation(source, evidence.sentences, lang);
	return {
		support: evidence.support,
		parts,
		...(translation ? { translation } : {}),
		citation: `${shortCitation(source)}, ${numbers}`,
		source: { id: source.id, sentences: evidence.sentences }
	};
}
