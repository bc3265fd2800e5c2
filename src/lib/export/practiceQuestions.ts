/**
 * The practice questions as an LMS takes them: the whole bank of a pathway (the course site
 * draws its own rounds), each question's feedback as one line of HTML (the answer, the
 * narration, the supporting sentence with the quoted words marked, its support level and
 * citation). GIFT and Moodle XML write the same questions, each escaping as its format requires.
 */
import type { Language } from '../i18n/languages.ts';
import { languageTag } from '../i18n/address.ts';
import { PRACTICE_TEXT } from '../i18n/practiceText.ts';
import { questionBank } from '../practice/round.ts';
import { practiceSubject } from '../practice/subject.ts';
import type { Question } from '../practice/types.ts';
import { escapeText } from '../render/svg/escape.ts';
import type { ExportSubject } from './exportText.ts';

/** The bank of a subject: the same questions whichever format writes them. */
export function lmsQuestions(subject: ExportSubject, lang: Language): Question[] {
	const kinds = subject.laidOut.nodes.map((n) => [n.id, n.kind] as const);
	const records = { sources: subject.records.sources, references: subject.records.references };
	const s = practiceSubject(
		subject.pathway,
		records,
		kinds,
		subject.elsewhere ?? { nodes: [], links: [] }
	);
	return questionBank(s, lang, subject.pathway.id);
}

/** A curated text as HTML: escaped, on one line. */
export const asHtml = (text: string) =>
	escapeText(text).replaceAll('"', '&quot;').replace(/\s+/g, ' ');

/** The answer and its evidence, as one line of HTML (curated text escaped). */
export function feedbackHtml(q: Question, lang: Language): string {
	const text = PRACTICE_TEXT[lang];
	const f = q.feedback;
	const e = f.evidence;
	const sentence = e?.parts
		.map((part) => (part.quoted ? `<mark>${asHtml(part.text)}</mark>` : asHtml(part.text)))
		.join('');
	return [
		`<p><strong>${asHtml(text.theAnswer + text.colon)}</strong>${asHtml(q.options[q.correct]?.text ?? '')}</p>`,
		f.narration ? `<p>${asHtml(f.narration)}</p>` : '',
		f.proposes ? `<p>${asHtml(f.proposes)}</p>` : '',
		f.supportMeaning ? `<p><em>${asHtml(f.supportMeaning)}</em></p>` : '',
		sentence ? `<blockquote>${sentence}</blockquote>` : '',
		e?.translation ? `<p lang="${languageTag(lang)}">${asHtml(e.translation)}</p>` : '',
		e ? `<p>— ${asHtml(e.citation)}</p>` : ''
	].join('');
}

/** "Which way does it push? 3", a question's name in the LMS's bank. */
export const questionName = (q: Question, n: number, lang: Language): string =>
	`${PRACTICE_TEXT[lang].kinds[q.kind]} ${n}`;
