import { describe, expect, it } from 'vitest';
import { coveredBelow } from '../../src/lib/view/covered.ts';

const diagram = { left: 0, top: 100, right: 390, bottom: 500 };

describe('what a sheet over the diagram hides', () => {
	it('is the height of a sheet across the diagram’s bottom edge', () => {
		expect(coveredBelow(diagram, { left: 0, top: 422, right: 390, bottom: 844 })).toBe(78);
	});

	it('is the whole diagram when the sheet reaches above it', () => {
		expect(coveredBelow(diagram, { left: 0, top: 50, right: 390, bottom: 844 })).toBe(400);
	});

	it('is nothing for a panel beside the diagram, below it, or none at all', () => {
		expect(coveredBelow(diagram, { left: 400, top: 100, right: 700, bottom: 600 })).toBe(0);
		expect(coveredBelow(diagram, { left: 0, top: 520, right: 390, bottom: 844 })).toBe(0);
		expect(coveredBelow(diagram, undefined)).toBe(0);
	});

	it('is nothing for a box over the middle that ends above the bottom edge', () => {
		expect(coveredBelow(diagram, { left: 0, top: 200, right: 390, bottom: 300 })).toBe(0);
	});
});
