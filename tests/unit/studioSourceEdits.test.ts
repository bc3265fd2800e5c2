import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyAction, type StudioAction } from '../../src/lib/studio/actions.ts';
import { describeAction } from '../../src/lib/studio/actionLabels.ts';

const TEXT = 'Ketamine blocks NMDA receptors. The trial was funded by a charity.';
const SOURCE = `# A source
title: A review
text: ${TEXT}
imported: { format: text, from: pasted, date: 2026-01-01 }
`;
const PATH = 'sources/review.yaml';
const ctx = { sourceText: (id: string) => (id === 'review' ? TEXT : undefined) };
const edit = (a: StudioAction, text = SOURCE): string =>
	applyAction({ [PATH]: text }, a, ctx)[PATH] as string;
const funded = { start: TEXT.indexOf('The trial'), end: TEXT.length };

describe('studio edits of the uncited sentences of a source', () => {
	it('lists the selected words with their reason, before the import record', () => {
		const out = edit({ kind: 'add-uncited', source: 'review', ...funded, reason: ' Funding. ' });
		expect(out).toBe(
			SOURCE.replace(
				'imported:',
				'uncited:\n  - quote: The trial was funded by a charity.\n    reason: Funding.\nimported:'
			)
		);
	});

	it('edits a reason and removes an entry, leaving the rest of the file as it was', () => {
		const listed = edit({ kind: 'add-uncited', source: 'review', ...funded, reason: 'Funding.' });
		const reasoned = edit(
			{ kind: 'set-uncited-reason', source: 'review', index: 0, reason: 'Who paid.' },
			listed
		);
		expect(parse(reasoned).uncited).toEqual([
			{ quote: 'The trial was funded by a charity.', reason: 'Who paid.' }
		]);
		const removed = edit({ kind: 'remove-uncited', source: 'review', index: 0 }, reasoned);
		expect(parse(removed).uncited).toEqual([]);
		expect(removed.startsWith('# A source\n')).toBe(true);
	});

	it('refuses an empty reason, an entry that is not there, and words outside the text', () => {
		expect(() => edit({ kind: 'add-uncited', source: 'review', ...funded, reason: '  ' })).toThrow(
			'say why the sentence is left uncited'
		);
		expect(() => edit({ kind: 'remove-uncited', source: 'review', index: 0 })).toThrow(
			'the source lists no uncited sentence 1'
		);
		expect(() =>
			edit({ kind: 'add-uncited', source: 'review', start: 5, end: 500, reason: 'x' })
		).toThrow('the selection is not inside the source text');
	});

	it('names what undo takes back', () => {
		const names = new Map<string, string>();
		expect(describeAction({ kind: 'remove-uncited', source: 'review', index: 1 }, names)).toBe(
			'remove uncited 2 of review'
		);
		expect(
			describeAction(
				{ kind: 'add-uncited', source: 'review', start: 0, end: 3, reason: 'x' },
				names
			)
		).toBe('leave words of review uncited');
	});
});
