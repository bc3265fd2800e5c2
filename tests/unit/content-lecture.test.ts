/** Content tests: every curated lecture reveals all of its pathway and has a caption for each step. */
import { describe, expect, it } from 'vitest';
import { captionFor } from '../../src/lib/lecture/caption.ts';
import { firstSteps, revealStates } from '../../src/lib/lecture/reveal.ts';
import { realAtlas } from './helpers/figures.ts';

const atlas = realAtlas();

describe('curated lectures', () => {
	it('reveals every element of every curated pathway by its last step', () => {
		for (const p of atlas.pathways) {
			const states = revealStates(p, firstSteps(p, p.steps), p.steps.length);
			expect(
				[...states.values()].filter((s) => s === 'later'),
				p.id
			).toEqual([]);
		}
	});
	it('has a caption with evidence for every step of every curated pathway', () => {
		for (const p of atlas.pathways)
			p.steps.forEach((s, i) => {
				const c = captionFor(p, i + 1, atlas);
				expect(c.narration).toBe(s.narration);
				expect(c.evidence, `${p.id} step ${i + 1}`).toBeDefined();
			});
	});
});
