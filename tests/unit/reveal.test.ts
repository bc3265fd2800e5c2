import { describe, expect, it } from 'vitest';
import { revealPan } from '../../src/lib/view/reveal.ts';

const view = { zoom: 2, pan: { x: 0, y: 0 } };

describe('revealPan', () => {
	it('leaves the view as it is when the element is in it', () => {
		expect(revealPan(view, { x1: 10, y1: 10, x2: 40, y2: 40 }, 200, 200, 10)).toBeUndefined();
	});

	it('pans just enough to bring an element on the right or below inside the margin', () => {
		// Drawn from 180 to 240 across a 200-pixel box: moved left by 50, to end at 190.
		expect(revealPan(view, { x1: 90, y1: 10, x2: 120, y2: 20 }, 200, 200, 10)).toEqual({
			x: -50,
			y: 0
		});
		expect(revealPan(view, { x1: 10, y1: 95, x2: 20, y2: 100 }, 200, 200, 10)).toEqual({
			x: 0,
			y: -10
		});
	});

	it('pans just enough for an element on the left or above, keeping the zoom', () => {
		// Drawn from -60 to -40: moved right by 70, to start at the margin; in view vertically.
		const panned = { zoom: 2, pan: { x: -100, y: -100 } };
		expect(revealPan(panned, { x1: 20, y1: 60, x2: 30, y2: 70 }, 200, 200, 10)).toEqual({
			x: -30,
			y: -100
		});
	});

	it('centres an element larger than the box', () => {
		expect(revealPan(view, { x1: 0, y1: 0, x2: 200, y2: 20 }, 200, 200, 10)).toEqual({
			x: -100,
			y: 10
		});
	});
});
