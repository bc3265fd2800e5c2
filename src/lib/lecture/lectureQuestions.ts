/** A presentation's questions, drawn at build time from the whole atlas (for the distractors). */
import type { Language } from '../i18n/languages.ts';
import { stepQuestions } from './stepQuestions.ts';
import type { Atlas, Pathway } from '../model/atlas.ts';
import { elsewhere, kindsOf, practiceSubject } from '../practice/subject.ts';
import type { CaptionRecords } from '../view/evidenceCaption.ts';

export function lectureQuestions(
	atlas: Atlas,
	pathway: Pathway,
	records: CaptionRecords,
	lang: Language
) {
	const kinds = kindsOf(pathway, atlas.entities);
	const subject = practiceSubject(pathway, records, kinds, elsewhere(atlas, pathway));
	return stepQuestions(subject, lang);
}
