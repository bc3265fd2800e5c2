/**
 * GIFT, Moodle's plain-text question format: one multiple-choice question per block, its text in
 * HTML, the right answer `=`, the wrong ones `~`, the feedback after `####`. Every special
 * character of GIFT (~ = # { } : and the backslash) in a text is escaped with a backslash.
 */
import type { Language } from '../i18n/languages.ts';
import { pick } from '../i18n/localized.ts';
import type { ExportSubject } from './exportText.ts';
import { asHtml, feedbackHtml, lmsQuestions, questionName } from './practiceQuestions.ts';

export const giftEscape = (text: string): string =>
	text.replace(/[\\~=#{}:]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');

const htmlGift = (text: string) => giftEscape(asHtml(text));

export function giftText(subject: ExportSubject, lang: Language): string {
	const p = subject.pathway;
	const title = pick(p.title, lang);
	const blocks = lmsQuestions(subject, lang).map((q, i) => {
		const answers = q.options.map((o, j) => `\t${j === q.correct ? '=' : '~'}${htmlGift(o.text)}`);
		return [
			`// ${giftEscape(title)} · ${q.id}`,
			`::${giftEscape(questionName(q, i + 1, lang))}::[html]${htmlGift(q.prompt)} {`,
			...answers,
			`\t####${giftEscape(feedbackHtml(q, lang))}`,
			'}'
		].join('\n');
	});
	return `${[`$CATEGORY: ${giftEscape(title)}`, ...blocks].join('\n\n')}\n`;
}
