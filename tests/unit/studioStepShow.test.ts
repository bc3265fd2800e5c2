import { describe, expect, it } from 'vitest';
import { addedToStep } from '../../src/lib/studio/stepShow.ts';

const blocks = {
	id: 'ketamine-blocks-nmda',
	kind: 'edge' as const,
	source: 'ketamine',
	target: 'nmda'
};

describe('what "Add to step" adds', () => {
	it('adds an arrow with its two ends, the ends first', () => {
		expect(addedToStep(blocks, [], [])).toEqual(['ketamine', 'nmda', 'ketamine-blocks-nmda']);
	});

	it('leaves out an end an earlier step or this one reveals already', () => {
		expect(addedToStep(blocks, ['nmda'], [{ show: ['ketamine'] }])).toEqual([
			'ketamine-blocks-nmda'
		]);
	});

	it('adds a node alone, again after an earlier step, but not twice to one step', () => {
		expect(addedToStep({ id: 'nmda', kind: 'node' }, [], [{ show: ['nmda'] }])).toEqual(['nmda']);
		expect(addedToStep({ id: 'nmda', kind: 'node' }, ['nmda'], [])).toEqual([]);
		expect(addedToStep(blocks, ['ketamine-blocks-nmda'], [])).toEqual(['ketamine', 'nmda']);
	});
});
