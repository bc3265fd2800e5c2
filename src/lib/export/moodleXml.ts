/**
 * Moodle XML: a category named after the pathway, then one `<question type="multichoice">` per
 * question (one answer right, `fraction="100"`; the others `0`), with its feedback as general
 * feedback and on the right answer. Texts are HTML, escaped as XML character data.
 */
import type { Language } from '../i18n/languages.ts';
import { pick } from '../i18n/localized.ts';
import { PRACTICE_TEXT } from '../i18n/practiceText.ts';
import type { Question } from '../practice/types.ts';
import { escapeText } from '../render/svg/escape.ts';
import type { ExportSubject } from './exportText.ts';
import { asHtml, feedbackHtml, lmsQuestions, questionName } from './practiceQuestions.ts';

const text = (content: string) => `<text>${escapeText(content)}</text>`;
const htmlText = (content: string) => text(asHtml(content));

function questionXml(q: Question, n: number, lang: Language): string {
	const feedback = feedbackHtml(q, lang);
	const words = PRACTICE_TEXT[lang];
	const answers = q.options.map((o, i) => {
		const right = i === q.correct;
		return [
			`    <answer fraction="${right ? 100 : 0}" format="html">`,
			`      ${htmlText(o.text)}`,
			`      <feedback format="html">${right ? text(feedback) : '<text></text>'}</feedback>`,
			'    </answer>'
		].join('\n');
	});
	return [
		'  <question type="multichoice">',
		`    <name>${text(questionName(q, n, lang))}</name>`,
		`    <questiontext format="html">${htmlText(q.prompt)}</questiontext>`,
		`    <generalfeedback format="html">${text(feedback)}</generalfeedback>`,
		'    <defaultgrade>1</defaultgrade>',
		'    <single>true</single>',
		'    <shuffleanswers>true</shuffleanswers>',
		'    <answernumbering>ABCD</answernumbering>',
		`    <correctfeedback format="html">${htmlText(words.correct)}</correctfeedback>`,
		`    <incorrectfeedback format="html">${htmlText(words.incorrect)}</incorrectfeedback>`,
		...answers,
		'  </question>'
	].join('\n');
}

export function moodleXmlText(subject: ExportSubject, lang: Language): string {
	const questions = lmsQuestions(subject, lang).map((q, i) => questionXml(q, i + 1, lang));
	const category = [
		'  <question type="category">',
		`    <category>${text(`$course$/Mechanism Atlas/${pick(subject.pathway.title, lang)}`)}</category>`,
		'  </question>'
	].join('\n');
	return `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${[category, ...questions].join('\n')}\n</quiz>\n`;
}
