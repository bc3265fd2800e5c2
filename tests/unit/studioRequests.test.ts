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
	{ kind: 'delete-compartment', pathway: 'p', id: 'c' },
	// What the forms send with the English: each text's Chinese.
	{
		kind: 'create-pathway',
		id: 'p',
		title: 'T',
		titleZh: '标题',
		summary: 'S',
		summaryZh: '摘要',
		direction: 'LR',
		entity: 'e'
	},
	{
		kind: 'create-entity',
		id: 'e',
		label: 'E',
		zh: '实体',
		entityKind: 'protein',
		description: 'D',
		descriptionZh: '描述'
	},
	{
		kind: 'add-compartment',
		pathway: 'p',
		id: 'c',
		label: 'C',
		zh: '细胞',
		compartmentKind: 'cell'
	},
	{
		kind: 'add-hypothesis',
		pathway: 'p',
		id: 'h',
		label: 'H',
		zh: '假说',
		summary: 'S',
		summaryZh: '摘要'
	},
	{ kind: 'add-step', pathway: 'p', show: ['n'], narration: 'N', narrationZh: '旁白' },
	// A source's uncited sentences.
	{ kind: 'add-uncited', source: 's', start: 0, end: 5, reason: 'R' },
	{ kind: 'set-uncited-reason', source: 's', index: 0, reason: 'R' },
	{ kind: 'remove-uncited', source: 's', index: 0 }
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
