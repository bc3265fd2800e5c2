/** The pathway page's hypothesis switcher, as pure logic: fading, labels, membership, address. */
import { describe, expect, it } from 'vitest';
import type { Pathway } from '../../src/lib/model/atlas.ts';
import {
	chosenHypothesis,
	hypothesesOf,
	hypothesisLabel,
	outsideHypothesis,
	pathwayQuery
} from '../../src/lib/view/hypothesisView.ts';
import { validateOverlay } from './helpers/fixtures.ts';

const { atlas } = validateOverlay('hypotheses');
const p = atlas.pathways.find((x) => x.id === 'competing') as Pathway;

describe('the hypothesis switcher', () => {
	it('fades the elements of the other hypotheses, and nothing when all are shown', () => {
		expect([...outsideHypothesis(p, 'no-block')].sort()).toEqual([
			'ketamine-blocks-nmda-receptor',
			'nmda-receptor',
			'nmda-receptor-modulates-mtor'
		]);
		expect([...outsideHypothesis(p, 'nmda-block')]).toEqual(['ketamine-activates-mtor']);
		expect(outsideHypothesis(p, undefined).size).toBe(0);
	});

	it('takes a hypothesis from the address only when the pathway declares it', () => {
		expect(chosenHypothesis(p, 'no-block')?.label.en).toBe('No block needed');
		expect(chosenHypothesis(p, 'no-such')).toBeUndefined();
		expect(chosenHypothesis(p, null)).toBeUndefined();
	});

	it('names hypotheses in the reader’s language, falling back to English', () => {
		const [block, noBlock] = p.hypotheses!;
		expect(hypothesisLabel(block!, 'zh')).toBe('NMDA受体阻断');
		expect(hypothesisLabel(block!, 'en')).toBe('NMDA receptor block');
		expect(hypothesisLabel(noBlock!, 'zh')).toBe('No block needed');
	});

	it('lists the hypotheses an element belongs to, none for a shared one', () => {
		expect(hypothesesOf(p, 'nmda-receptor').map((h) => h.id)).toEqual(['nmda-block']);
		expect(hypothesesOf(p, 'ketamine')).toEqual([]);
	});

	it('keeps selection and hypothesis together in the address', () => {
		expect(pathwayQuery({ select: 'a b', hypothesis: 'h' })).toBe('?select=a+b&hypothesis=h');
		expect(pathwayQuery({ hypothesis: 'h' })).toBe('?hypothesis=h');
		expect(pathwayQuery({})).toBe('');
	});
});
