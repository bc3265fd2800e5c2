/** The "all hypotheses" view's marks: colour and a second channel, each hypothesis its own. */
import { describe, expect, it } from 'vitest';
import type { Pathway } from '../../src/lib/model/atlas.ts';
import {
	hypothesisMark,
	hypothesisStyles,
	markClass,
	markLetters,
	MARKED,
	SEVERAL
} from '../../src/lib/style/hypothesisMarks.ts';
import { OKABE_ITO } from '../../src/lib/grammar/kinds.ts';
import { hypothesisLegend, hypothesisMarks } from '../../src/lib/view/hypothesisView.ts';
import { validateOverlay } from './helpers/fixtures.ts';

describe('hypothesis marks', () => {
	const marks = [...Array(MARKED).keys()].map(hypothesisMark);

	it('give each hypothesis a distinct colour from the colour-blind-safe palette', () => {
		const colours = marks.map((m) => m.colour);
		expect(new Set(colours).size).toBe(MARKED);
		for (const c of colours) expect(Object.values(OKABE_ITO)).toContain(c);
	});

	it('tell hypotheses apart without colour too: no two share outline style and letter', () => {
		const keys = marks.map((m) => `${m.outline}/${m.letter}`);
		expect(new Set(keys).size).toBe(MARKED);
		expect(new Set(marks.slice(0, 4).map((m) => m.outline)).size).toBe(4);
		expect(marks.map((m) => m.letter).join('')).toBe('ABCDEF');
	});

	it('mark an element of one hypothesis by it, of several as several, and a shared one not at all', () => {
		const order = ['a', 'b', 'c'];
		expect(markClass(order, ['b'])).toBe('hyp-1');
		expect(markClass(order, ['a', 'c'])).toBe('hyp-several');
		expect(markClass(order, undefined)).toBeUndefined();
		expect(markLetters(order, ['a', 'c'])).toBe('A+C');
		expect(SEVERAL.letter).toBe('+');
	});

	it('have stylesheet rules for nodes and edges of every mark', () => {
		const selectors = hypothesisStyles().map((r) => r.selector);
		for (let i = 0; i < MARKED; i++) {
			expect(selectors).toContain(`node.hyp-${i}`);
			expect(selectors).toContain(`edge.hyp-${i}`);
		}
		expect(selectors).toContain('edge.hyp-several');
	});
});

describe('the marks of a pathway', () => {
	const { atlas } = validateOverlay('hypotheses');
	const p = atlas.pathways.find((x) => x.id === 'competing') as Pathway;

	it('mark the elements of each hypothesis and leave the shared ones plain', () => {
		expect(hypothesisMarks(p)).toEqual({
			'nmda-receptor': { class: 'hyp-0' },
			'ketamine-blocks-nmda-receptor': { class: 'hyp-0', letters: 'A' },
			'nmda-receptor-modulates-mtor': { class: 'hyp-0', letters: 'A' },
			'ketamine-activates-mtor': { class: 'hyp-1', letters: 'B' }
		});
	});

	it('give the legend one entry per hypothesis with its mark', () => {
		expect(hypothesisLegend(p).map((m) => [m.id, m.letter, m.outline])).toEqual([
			['nmda-block', 'A', 'solid'],
			['no-block', 'B', 'dashed']
		]);
	});
});
