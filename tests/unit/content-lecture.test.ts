/**
 * Content tests: every curated lecture reveals all of its pathway, has a caption for each step,
 * and keeps each step's current elements in view with labels readable from the back of a room.
 */
import { describe, expect, it } from 'vitest';
import { TYPE } from '../../src/lib/layout/font.ts';
import { layoutPathway } from '../../src/lib/layout/layoutPathway.ts';
import { boxOf, figureBox } from '../../src/lib/lecture/bounds.ts';
import { camera } from '../../src/lib/lecture/camera.ts';
import { captionFor } from '../../src/lib/lecture/caption.ts';
import { firstSteps, revealStates } from '../../src/lib/lecture/reveal.ts';
import { box, inside, shown } from './helpers/camera.ts';
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
				expect(c.narration).toBe(s.narration.en);
				expect(c.evidence, `${p.id} step ${i + 1}`).toBeDefined();
			});
	});
	it('shows every step of every curated pathway at 1920 x 1080 with its current elements in view', () => {
		for (const p of atlas.pathways) {
			const l = layoutPathway(p, atlas.entities);
			const first = firstSteps(p, p.steps);
			p.steps.forEach((_, i) => {
				const states = revealStates(p, first, i + 1);
				const ids = (want: string[]) =>
					[...states].filter(([, s]) => want.includes(s)).map(([id]) => id);
				const current = boxOf(l, ids(['current']));
				const v = camera({
					figure: figureBox(l),
					revealed: boxOf(l, ids(['current', 'earlier'])),
					current,
					width: 1280,
					height: 780
				});
				const smallest = Math.min(TYPE.nodeSize, TYPE.compartmentSize);
				expect(v.zoom * smallest, `${p.id} step ${i + 1}`).toBeGreaterThanOrEqual(24 - 1e-9);
				const view = shown(v, 1280, 780);
				// the current step is in view, or at least its middle when it is larger than the view
				const middle = { x: current!.x + current!.width / 2, y: current!.y + current!.height / 2 };
				const mid = box(middle.x, middle.y, middle.x, middle.y);
				expect(inside(mid, view), `${p.id} step ${i + 1}`).toBe(true);
			});
		}
	});
});
