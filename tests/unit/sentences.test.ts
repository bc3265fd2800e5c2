import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { splitSentences, type Sentence } from '../../src/lib/text/sentences.ts';
import { REAL_PATHWAYS } from './helpers/fixtures.ts';

interface SourceYaml {
	text: string;
	translations?: { zh?: string };
}

function realSource(id: string): SourceYaml {
	return parse(readFileSync(join(REAL_PATHWAYS, 'sources', `${id}.yaml`), 'utf8')) as SourceYaml;
}

const texts = (sentences: Sentence[]) => sentences.map((s) => s.text);

/** Every structural promise of the splitter, checked on any text. */
function expectWellFormed(text: string, sentences: Sentence[]) {
	sentences.forEach((s, i) => {
		expect(s.n).toBe(i + 1);
		expect(text.slice(s.start, s.end)).toBe(s.text);
		expect(s.text).toBe(s.text.trim());
		expect(s.text).not.toBe('');
		if (i > 0) expect(s.start).toBeGreaterThanOrEqual((sentences[i - 1] as Sentence).end);
	});
}

describe('splitSentences on the real abstracts', () => {
	const hayashi = realSource('hayashi-2004');
	const jelen = realSource('jelen-2021');
	const niciu = realSource('niciu-2014');

	it('splits hayashi-2004 into 19 sentences', () => {
		const s = splitSentences(hayashi.text);
		expect(s).toHaveLength(19);
		expectWellFormed(hayashi.text, s);
		expect(s[0]?.text).toBe(
			'The sigma receptor was originally proposed to be a subtype of the opioid receptor.'
		);
		expect(s[18]?.text).toMatch(
			/^This would allow clinical trials .* neuropsychiatric disorders\.$/
		);
	});

	it('keeps sentences that start with a lower-case letter whole (hayashi-2004)', () => {
		const s = texts(splitSentences(hayashi.text));
		expect(s[5]).toBe(
			'sigma-1 receptors regulate glutamate NMDA receptor function and the release of neurotransmitters such as dopamine.'
		);
		expect(s[3]).toMatch(/^sigma-1 receptors have been cloned .* recently characterised\.$/);
		expect(s[11]).toMatch(/^sigma-1 receptor ligands have failed .* in schizophrenic patients\.$/);
		// The sentence before a lower-case start still ends at its own full stop.
		expect(s[4]).toBe(
			'Certain sex hormones in the brain (neurosteroids) are known to interact with sigma-1 receptors.'
		);
		expect(s[15]).toBe(
			'The most distinctive feature of the action of sigma-1 receptor ligands is their "modulatory" role.'
		);
	});

	it('splits jelen-2021 into 8 sentences, keeping (S)-/(R)-ketamine and N-Methyl-D-Aspartate inside them', () => {
		const s = splitSentences(jelen.text);
		expect(s).toHaveLength(8);
		expectWellFormed(jelen.text, s);
		expect(s[0]?.text).toBe(
			'The discovery of the rapid antidepressant effects of the dissociative anaesthetic ketamine, an uncompetitive N-Methyl-D-Aspartate receptor antagonist, is arguably the most important breakthrough in depression research in the last 50 years.'
		);
		expect(s[2]?.text).toBe(
			'Ketamine is a racemic mixture, composed of equal amounts of (S)-ketamine and (R)-ketamine.'
		);
		expect(s[3]?.text).toBe(
			'An (S)-ketamine nasal spray has been developed and approved for use in treatment-resistant depression in the United States and Europe; however, some concerns regarding efficacy and side effects remain.'
		);
		expect(s[4]?.text).toMatch(
			/^Although \(R\)-ketamine is a less potent N-Methyl-D-Aspartate receptor antagonist than \(S\)-ketamine, .* fewer side effects\.$/
		);
		expect(s[7]?.text).toMatch(/^Here, we briefly review .* opioid receptor systems\.$/);
	});

	it('splits the zh translation of jelen-2021 into 8 sentences, aligned with the English', () => {
		const zh = jelen.translations?.zh as string;
		const s = splitSentences(zh);
		expect(s).toHaveLength(8);
		expectWellFormed(zh, s);
		for (const sentence of s) expect(sentence.text.endsWith('。')).toBe(true);
		expect(s[2]?.text).toBe('氯胺酮是一种外消旋混合物,由等量的(S)-氯胺酮和(R)-氯胺酮组成。');
		expect(s[0]?.text.startsWith('氯胺酮作为一种非竞争性 N-甲基-D-天冬氨酸受体拮抗剂')).toBe(true);
	});

	it('splits niciu-2014 into 5 sentences, keeping "(a) prolonging/maintaining" and the target list whole', () => {
		const s = splitSentences(niciu.text);
		expect(s).toHaveLength(5);
		expectWellFormed(niciu.text, s);
		expect(s[0]?.text).toBe(
			'The N-methyl-D-aspartate (NMDA) receptor antagonist ketamine has rapid and potent antidepressant effects in treatment-resistant major depressive disorder and bipolar depression.'
		);
		expect(s[3]?.text).toMatch(
			/^These clinical findings .* three important targets have been identified: mammalian target of rapamycin \(mTOR\), eukaryotic elongation factor 2 \(eEF2\), and glycogen synthase kinase-3 \(GSK-3\)\.$/
		);
		expect(s[4]?.text).toBe(
			"Current clinical and preclinical research is focused on (a) prolonging/maintaining ketamine's antidepressant effects, (b) developing more selective NMDA receptor antagonists free of ketamine's adverse effects, and (c) identifying predictor, mediator/moderator, and treatment response biomarkers of ketamine's antidepressant effects."
		);
	});

	it('is deterministic: the same text always gives the same sentences', () => {
		for (const text of [hayashi.text, jelen.text, jelen.translations?.zh as string, niciu.text]) {
			expect(splitSentences(text)).toEqual(splitSentences(text));
			expect(splitSentences(String(text))).toStrictEqual(splitSentences(text));
		}
	});
});

describe('splitSentences on synthetic text', () => {
	const cases: [string, string, string[]][] = [
		['"et al."', 'Smith et al. showed this. Next one.', ['Smith et al. showed this.', 'Next one.']],
		[
			'"e.g."',
			'Some drugs, e.g. ketamine, act fast. Others do not.',
			['Some drugs, e.g. ketamine, act fast.', 'Others do not.']
		],
		[
			'"i.e."',
			'One receptor, i.e. the NMDA receptor, is blocked. Two.',
			['One receptor, i.e. the NMDA receptor, is blocked.', 'Two.']
		],
		[
			'"Am. J. Psychiatry"',
			'Rush et al. reported it in Am. J. Psychiatry in 2006. The trial was large.',
			['Rush et al. reported it in Am. J. Psychiatry in 2006.', 'The trial was large.']
		],
		[
			'a decimal followed by a full stop',
			'Ketamine was given at 0.5 mg/kg. Next sentence.',
			['Ketamine was given at 0.5 mg/kg.', 'Next sentence.']
		],
		[
			'decimals inside a sentence',
			'Effects at 0.5 and 1.25 mg/kg differed by 3.7 points. Then more.',
			['Effects at 0.5 and 1.25 mg/kg differed by 3.7 points.', 'Then more.']
		],
		[
			'initials',
			'Written by J. R. Smith and A. Jones. Next.',
			['Written by J. R. Smith and A. Jones.', 'Next.']
		],
		[
			'question and exclamation marks',
			'Is it fast? Yes! It is. Really?! Indeed.',
			['Is it fast?', 'Yes!', 'It is.', 'Really?!', 'Indeed.']
		],
		[
			'a closing quote after the full stop',
			'They called it "modulatory." Then they tested it.',
			['They called it "modulatory."', 'Then they tested it.']
		],
		[
			'curly closing quotes',
			'They called it “modulatory.” Then ‘a role.’ Done.',
			['They called it “modulatory.”', 'Then ‘a role.’', 'Done.']
		],
		[
			'a closing parenthesis after the full stop',
			'It binds sigma-1 receptors (see above.) Then it acts.',
			['It binds sigma-1 receptors (see above.)', 'Then it acts.']
		],
		[
			'a closing bracket after the full stop',
			'It binds [as shown.] Then it acts.',
			['It binds [as shown.]', 'Then it acts.']
		],
		[
			'CJK 。！？',
			'氯胺酮很好。真的吗？是的！最后一句',
			['氯胺酮很好。', '真的吗？', '是的！', '最后一句']
		],
		[
			'CJK full stop followed by a closing bracket',
			'它起作用（见上。）然后结束。',
			['它起作用（见上。）', '然后结束。']
		],
		[
			'a lower-case start after a full stop',
			'Two receptors exist. sigma-1 receptors regulate NMDA receptors.',
			['Two receptors exist.', 'sigma-1 receptors regulate NMDA receptors.']
		],
		[
			'a number at the end of a sentence',
			'The effect lasted 7 days. It then faded.',
			['The effect lasted 7 days.', 'It then faded.']
		],
		[
			'a full stop with no white space after it',
			'See www.example.org.Next is not a new sentence',
			['See www.example.org.Next is not a new sentence']
		],
		['no final full stop', 'A sentence. An unfinished one', ['A sentence.', 'An unfinished one']],
		[
			'line breaks and runs of white space',
			'  First one.\n\n   Second   one.\tThird.  ',
			['First one.', 'Second   one.', 'Third.']
		]
	];

	it.each(cases)('handles %s', (_name, text, expected) => {
		const sentences = splitSentences(text);
		expect(texts(sentences)).toEqual(expected);
		expectWellFormed(text, sentences);
	});

	it('gives no sentences for empty or blank text', () => {
		expect(splitSentences('')).toEqual([]);
		expect(splitSentences(' \n\t ')).toEqual([]);
	});

	it('reports each sentence with its 1-based number and exact character range', () => {
		const text = '  Alpha beta. Gamma?\nDelta!  ';
		expect(splitSentences(text)).toEqual([
			{ n: 1, text: 'Alpha beta.', start: 2, end: 13 },
			{ n: 2, text: 'Gamma?', start: 14, end: 20 },
			{ n: 3, text: 'Delta!', start: 21, end: 27 }
		]);
	});

	it('gives character ranges into mixed English and Chinese text', () => {
		const text = 'Ketamine is fast. 氯胺酮起效快。It blocks NMDA receptors.';
		const sentences = splitSentences(text);
		expect(texts(sentences)).toEqual([
			'Ketamine is fast.',
			'氯胺酮起效快。',
			'It blocks NMDA receptors.'
		]);
		expectWellFormed(text, sentences);
	});
});

describe('splitSentences: lower-case abbreviations and single capitals', () => {
	it.each([
		[
			'"no." and "am." in lower case end a sentence',
			'The answer is no. Next one. At 10 am. Patients left.',
			['The answer is no.', 'Next one.', 'At 10 am.', 'Patients left.']
		],
		[
			'a capital after a lower-case word ends a sentence',
			'It needs protein kinase A. Then vitamin D. Next.',
			['It needs protein kinase A.', 'Then vitamin D.', 'Next.']
		],
		[
			'capitalised abbreviations do not',
			'See No. 5 in Am. J. Psychiatry by Smith A. B. Jones.',
			['See No. 5 in Am. J. Psychiatry by Smith A. B. Jones.']
		]
	])('%s', (_name, text, expected) => {
		expect(splitSentences(text).map((s) => s.text)).toEqual(expected);
	});
});
