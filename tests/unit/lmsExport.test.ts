/**
 * The practice questions for an LMS: the GIFT file, read back by an independent GIFT parser
 * (gift-pegjs), holds the same questions, options and right answers; the Moodle XML is
 * well-formed with one right answer and feedback per multichoice question. A pathway whose
 * labels hold every character GIFT and HTML treat specially comes back intact.
 */
import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import { parse as parseGift } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { giftText } from '../../src/lib/export/gift.ts';
import type { ExportSubject } from '../../src/lib/export/exportText.ts';
import { moodleXmlText } from '../../src/lib/export/moodleXml.ts';
import { asHtml, feedbackHtml, lmsQuestions } from '../../src/lib/export/practiceQuestions.ts';
import { LANGUAGES } from '../../src/lib/i18n/languages.ts';
import { layoutPathway } from '../../src/lib/layout/layoutPathway.ts';
import type { Pathway } from '../../src/lib/model/atlas.ts';
import { elsewhere } from '../../src/lib/practice/subject.ts';
import { realAtlas } from './helpers/figures.ts';

const atlas = realAtlas();
const subjectOf = (pathway: Pathway): ExportSubject => ({
	pathway,
	laidOut: layoutPathway(pathway, atlas.entities),
	records: atlas,
	elsewhere: elsewhere(atlas, pathway)
});
const byId = (id: string) => atlas.pathways.find((p) => p.id === id) as Pathway;

/** Labels full of what GIFT (~ = # { } : \) and HTML (< & ") would take for syntax. */
const HOSTILE = '{a} = b ~ c #1: d\\e <i>&"';
const hostile = (p: Pathway): Pathway => ({
	...p,
	nodes: p.nodes.map((n, i) => ({ ...n, label: { en: `${HOSTILE} ${i}`, zh: `${HOSTILE}：${i}` } }))
});

const html = asHtml;

const cases = [
	byId('ketamine-hypotheses'),
	byId('sigma-1-modulation'),
	hostile(byId('ketamine-nmda-block'))
];

describe.each(cases.map((p) => [p.id, p] as const))('the LMS questions of %s', (_id, p) => {
	const subject = subjectOf(p);

	it.each(LANGUAGES)('parse back from GIFT into the same questions (%s)', (lang) => {
		const questions = lmsQuestions(subject, lang);
		const parsed = parseGift(giftText(subject, lang));
		expect(parsed[0]).toMatchObject({ type: 'Category' });
		const mc = parsed.slice(1);
		expect(mc).toHaveLength(questions.length);
		mc.forEach((g, i) => {
			const q = questions[i]!;
			expect(g.type).toBe('MC');
			if (g.type !== 'MC') return;
			expect(g.stem).toEqual({ format: 'html', text: html(q.prompt) });
			expect(g.choices.map((c) => c.text.text)).toEqual(q.options.map((o) => html(o.text)));
			expect(g.choices.map((c) => c.isCorrect)).toEqual(q.options.map((_, j) => j === q.correct));
			expect(g.globalFeedback?.text).toBe(feedbackHtml(q, lang));
		});
	});

	it.each(LANGUAGES)(
		'are well-formed Moodle XML, one right answer each, with feedback (%s)',
		(lang) => {
			const questions = lmsQuestions(subject, lang);
			const errors: string[] = [];
			const doc = new DOMParser({
				onError: (_level, message) => void errors.push(message)
			}).parseFromString(moodleXmlText(subject, lang), 'text/xml');
			expect(errors).toEqual([]);
			const all = Array.from(doc.getElementsByTagName('question'));
			const mc = all.filter((q) => q.getAttribute('type') === 'multichoice');
			expect(mc).toHaveLength(questions.length);
			expect(all).toHaveLength(questions.length + 1);
			mc.forEach((node, i) => {
				const q = questions[i]!;
				const answers = Array.from(node.getElementsByTagName('answer'));
				expect(answers.filter((a) => a.getAttribute('fraction') === '100')).toHaveLength(1);
				expect(answers.findIndex((a) => a.getAttribute('fraction') === '100')).toBe(q.correct);
				const text = (a: XmlElement) => a.getElementsByTagName('text')[0]?.textContent;
				expect(answers.map(text)).toEqual(q.options.map((o) => html(o.text)));
				const feedback = node.getElementsByTagName('generalfeedback')[0];
				expect(feedback && text(feedback)).toBe(feedbackHtml(q, lang));
				if (q.feedback.evidence)
					expect(feedbackHtml(q, lang)).toContain(html(q.feedback.evidence.citation));
			});
		}
	);
});
