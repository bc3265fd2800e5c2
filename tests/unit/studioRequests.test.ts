/**
 * The studio's request check lets through every edit the studio's own page sends, whole: a field
 * the check did not know would be dropped before the edit was made (a new compartment's parent
 * was, and the compartment landed outside it).
 */
import { describe, expect, it } from 'vitest';
import type { StudioAction } from '../../src/lib/studio/actions.ts';
import { checkedBody, MalformedRequest } from '../../src/lib/studio/node/requests.ts';

const EDITS: StudioAction[] = [
	{
		kind: 'add-compartment',
		pathway: 'p',
		id: 'c',
		label: 'C',
		compartmentKind: 'cell',
		parent: 'outer'
	},
	{ kind: 'set-field', pathway: 'p', target: { in: 'pathway' }, field: 'titleZh', value: '标题' },
	{
		kind: 'set-field',
		pathway: 'p',
		target: { in: 'step', index: 0 },
		field: 'narrationZh',
		value: null
	},
	{
		kind: 'set-ids',
		pathway: 'p',
		target: { in: 'element', id: 'n' },
		field: 'hypotheses',
		ids: ['h']
	},
	{
		kind: 'set-field',
		pathway: 'p',
		target: { in: 'evidence', element: 'n', index: 1 },
		field: 'noteZh',
		value: '注'
	},
	{ kind: 'add-hypothesis', pathway: 'p', id: 'h', label: 'H', summary: 'S' },
	{ kind: 'delete-compartment', pathway: 'p', id: 'c' }
];

describe("the studio's request check", () => {
	it.each(EDITS.map((a) => [a.kind, a] as const))('keeps a %s edit whole', (_kind, action) => {
		expect(checkedBody('action', { action }).action).toEqual(action);
	});

	it('refuses a field edit that names no place', () => {
		const action = {
			kind: 'set-field',
			pathway: 'p',
			target: { in: 'nowhere' },
			field: 'x',
			value: 'y'
		};
		expect(() => checkedBody('action', { action })).toThrow(MalformedRequest);
	});
});
