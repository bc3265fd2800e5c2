import { describe, expect, it } from 'vitest';
import { byPathway, citersBySentence } from '../../src/lib/view/sourcePage.ts';
import { galleryAtlas } from './helpers/figures.ts';

const atlas = galleryAtlas();
/** Where the two-hypotheses pathway cites niciu-2014's first sentence, in one language. */
const citers = (lang: 'en' | 'zh') =>
	citersBySentence(atlas, 'niciu-2014', lang)[1]!.filter((c) => c.pathway === 'hypotheses');

describe('a source page names what cites each sentence in the reader language', () => {
	it('in Chinese: the pathway by its Chinese title, nodes and arrows in Chinese words', () => {
		const zh = citers('zh');
		expect(new Set(zh.map((c) => c.pathwayTitle))).toEqual(new Set(['两个相互竞争的假说']));
		expect(zh.map((c) => c.label)).toEqual(
			expect.arrayContaining(['氯胺酮', '氯胺酮阻断NMDA受体'])
		);
	});

	it('in English: the English title and words, for the same elements', () => {
		const en = citers('en');
		expect(en.map((c) => c.element)).toEqual(citers('zh').map((c) => c.element));
		expect(en[0]!.pathwayTitle).toBe('Two competing hypotheses');
		expect(en.map((c) => c.label)).toEqual(
			expect.arrayContaining(['Ketamine', 'Ketamine blocks NMDA receptor'])
		);
	});
});

describe('"Cited by" names each pathway once', () => {
	it('groups a sentence’s citers by pathway, in their order, every citer kept', () => {
		const all = citersBySentence(atlas, 'niciu-2014', 'en')[1]!;
		const groups = byPathway(all);
		expect(groups.map((g) => g.pathway)).toEqual([...new Set(all.map((c) => c.pathway))]);
		expect(groups.flatMap((g) => g.elements.map((e) => e.element))).toEqual(
			[...groups].flatMap((g) => all.filter((c) => c.pathway === g.pathway).map((c) => c.element))
		);
		expect(groups.reduce((n, g) => n + g.elements.length, 0)).toBe(all.length);
	});
});
