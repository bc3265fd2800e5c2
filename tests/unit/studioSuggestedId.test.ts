import { describe, expect, it } from 'vitest';
import { ID_PATTERN } from '../../src/lib/schema/files.ts';
import { suggestedId } from '../../src/lib/studio/suggestedId.ts';

describe('the id the studio offers for a title or label', () => {
	it('is the words as a slug, filler words left out, at most four', () => {
		expect(suggestedId('Ketamine and cortical calcium')).toBe('ketamine-cortical-calcium');
		expect(suggestedId('Cortical Ca2+ signalling')).toBe('cortical-ca2-signalling');
		expect(suggestedId('The role of the sigma-1 receptor in mood and memory')).toBe(
			'role-sigma-1-receptor'
		);
	});

	it('drops accents and signs, and is always a valid id or empty', () => {
		expect(suggestedId('Neurostéroïdes: σ1 & NMDA')).toBe('neurosteroides-1-nmda');
		expect(suggestedId('')).toBe('');
		expect(suggestedId('氯胺酮')).toBe('');
		for (const text of ['A B', 'x--y', ' -Ketamine- ', 'GluN2B (extrasynaptic)'])
			expect(suggestedId(text)).toMatch(ID_PATTERN);
	});

	it('is made unique against the ids already taken', () => {
		const taken = new Set(['ketamine', 'ketamine-2']);
		expect(suggestedId('Ketamine', (id) => taken.has(id))).toBe('ketamine-3');
		expect(suggestedId('Esketamine', (id) => taken.has(id))).toBe('esketamine');
	});
});
