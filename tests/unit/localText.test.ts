import { describe, expect, it } from 'vitest';
import { captionFor } from '../../src/lib/lecture/caption.ts';
import { stepNotes } from '../../src/lib/lecture/notes.ts';
import { pick } from '../../src/lib/i18n/localized.ts';
import { alignedTranslation } from '../../src/lib/view/localText.ts';
import { validateFixture } from './helpers/fixtures.ts';

const { atlas } = validateFixture('valid');
const pathway = atlas.pathways[0]!;
const jelen = atlas.sources.get('jelen-2021')!;

describe('curated text in the reader’s language', () => {
	it('is the Chinese written beside the English when Chinese is shown, else the English', () => {
		expect(pick(pathway.title, 'zh')).toBe('氯胺酮、NMDA受体与mTOR');
		expect(pick(pathway.title, 'en')).toBe('Ketamine, the NMDA receptor and mTOR');
		expect(pick({ en: 'Only English' }, 'zh')).toBe('Only English');
	});

	it('finds the source’s aligned Chinese sentences, only when each one has a translation', () => {
		expect(alignedTranslation(jelen, [2], 'zh')).toBe(jelen.zh![1]);
		expect(alignedTranslation(jelen, [1, 2], 'zh')).toBe(jelen.zh![0]! + jelen.zh![1]!);
		expect(alignedTranslation(jelen, [99], 'zh')).toBeUndefined();
		expect(alignedTranslation({}, [1], 'zh')).toBeUndefined();
		expect(alignedTranslation(jelen, [2], 'en')).toBeUndefined();
	});
});

describe('a lecture step in Chinese', () => {
	it('narrates in Chinese and puts the aligned Chinese sentence under the English quote', () => {
		const zh = captionFor(pathway, 2, atlas, 'zh');
		const en = captionFor(pathway, 2, atlas, 'en');
		expect(zh.narration).toBe('它阻断NMDA受体。');
		expect(en.narration).toBe('It blocks the NMDA receptor.');
		expect(zh.evidence?.parts).toEqual(en.evidence?.parts);
		const n = zh.evidence!.source!.sentences;
		expect(zh.evidence?.translation).toBe(alignedTranslation(jelen, n, 'zh'));
		expect(zh.evidence?.translation).toMatch(/[\u4e00-\u9fff]/);
		expect(en.evidence?.translation).toBeUndefined();
	});

	it('gives the curator note in Chinese', () => {
		const caption = captionFor(pathway, 3, atlas, 'zh');
		expect(caption.evidence?.support).toBe('background');
		expect(caption.evidence?.parts.map((p) => p.text).join('')).toBe(
			'本测试数据假定NMDA受体阻断会影响mTOR。'
		);
	});

	it('speaker notes carry the Chinese narration and the aligned sentence under the English one', () => {
		const notes = stepNotes(captionFor(pathway, 2, atlas, 'zh')).split('\n');
		expect(notes[0]).toBe('它阻断NMDA受体。');
		const english = notes.findIndex((l) => l.includes('“'));
		expect(english).toBeGreaterThan(0);
		expect(notes[english + 1]).toBe(captionFor(pathway, 2, atlas, 'zh').evidence?.translation);
	});

	it('speaker notes end the support line as each language ends a sentence', () => {
		const lastLine = (lang: 'en' | 'zh') =>
			stepNotes(captionFor(pathway, 2, atlas, lang), lang)
				.split('\n')
				.at(-1)!;
		const citation = captionFor(pathway, 2, atlas, 'zh').evidence!.citation;
		expect(lastLine('zh')).toBe(`文献明确陈述。${citation}`);
		expect(lastLine('en')).toMatch(/^Stated by the source\. \S/);
	});
});
