import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyAction, type StudioAction } from '../../src/lib/studio/actions.ts';

const KETAMINE = `# A pathway
title: Ketamine
summary: It blocks.
languages: [en, zh]
direction: LR
nodes:
  - entity: ketamine
    evidence: []
  - entity: nmda-receptor
    compartment: synapse
edges:
  - source: ketamine
    target: nmda-receptor
    relation: blocks
    evidence:
      - reference: r
        note: Assumed.
        support: background
steps:
  - show: [ketamine]
    narration: First.
`;

const ctx = { sourceText: () => undefined };
const edit = (a: StudioAction, text = KETAMINE): string =>
	applyAction({ 'k.yaml': text }, a, ctx)['k.yaml'] as string;
const pathway = { pathway: 'k' };

describe('studio field edits', () => {
	it('writes a new text beside its English, in the order of the format', () => {
		const out = edit({
			kind: 'set-field',
			...pathway,
			target: { in: 'pathway' },
			field: 'titleZh',
			value: '氯胺酮'
		});
		expect(out).toBe(KETAMINE.replace('title: Ketamine\n', 'title: Ketamine\ntitleZh: 氯胺酮\n'));
	});

	it('edits a title after creation, and removes a Chinese text left blank', () => {
		const retitled = edit({
			kind: 'set-field',
			...pathway,
			target: { in: 'pathway' },
			field: 'title',
			value: 'Ketamine at the synapse'
		});
		expect(parse(retitled).title).toBe('Ketamine at the synapse');
		const zh = edit({
			kind: 'set-field',
			...pathway,
			target: { in: 'step', index: 0 },
			field: 'narrationZh',
			value: '第一步。'
		});
		expect(zh).toContain('    narration: First.\n    narrationZh: 第一步。\n');
		const cleared = edit(
			{
				kind: 'set-field',
				...pathway,
				target: { in: 'step', index: 0 },
				field: 'narrationZh',
				value: ''
			},
			zh
		);
		expect(cleared).toBe(KETAMINE);
	});

	it('labels a node and notes evidence, keys before the evidence', () => {
		const out = edit({
			kind: 'set-field',
			...pathway,
			target: { in: 'element', id: 'ketamine' },
			field: 'zh',
			value: '氯胺酮'
		});
		expect(out).toContain('  - entity: ketamine\n    zh: 氯胺酮\n    evidence: []\n');
		const note = edit({
			kind: 'set-field',
			...pathway,
			target: { in: 'evidence', element: 'ketamine-blocks-nmda-receptor', index: 0 },
			field: 'noteZh',
			value: '假定。'
		});
		expect(parse(note).edges[0].evidence[0].noteZh).toBe('假定。');
	});

	it('refuses a field that is not a text of that place', () => {
		const bad: StudioAction = {
			kind: 'set-field',
			...pathway,
			target: { in: 'element', id: 'ketamine' },
			field: 'evidence',
			value: 'x'
		};
		expect(() => edit(bad)).toThrow('"evidence" cannot be set on a element');
	});

	it("writes an arrow's new fields in an arrow's order: before its evidence", () => {
		const arrow = { in: 'element' as const, id: 'ketamine-blocks-nmda-receptor' };
		let out = edit({ kind: 'set-field', ...pathway, target: arrow, field: 'note', value: 'Why.' });
		expect(out).toContain('    relation: blocks\n    note: Why.\n    evidence:');
		out = edit(
			{ kind: 'set-ids', ...pathway, target: arrow, field: 'hypotheses', ids: ['block'] },
			out
		);
		expect(out).toContain('    note: Why.\n    hypotheses: [block]\n    evidence:');
	});

	it('declares a hypothesis before the nodes, and assigns elements and a step to it', () => {
		let out = edit({
			kind: 'add-hypothesis',
			...pathway,
			id: 'block',
			label: 'Block',
			summary: 'The block alone.'
		});
		expect(out).toContain(
			'direction: LR\nhypotheses:\n  - id: block\n    label: Block\n    summary: The block alone.\nnodes:'
		);
		out = edit(
			{
				kind: 'set-ids',
				...pathway,
				target: { in: 'element', id: 'nmda-receptor' },
				field: 'hypotheses',
				ids: ['block']
			},
			out
		);
		expect(out).toContain('    compartment: synapse\n    hypotheses: [block]\nedges:');
		out = edit(
			{
				kind: 'set-field',
				...pathway,
				target: { in: 'step', index: 0 },
				field: 'hypothesis',
				value: 'block'
			},
			out
		);
		expect(parse(out).steps[0]).toEqual({
			show: ['ketamine'],
			narration: 'First.',
			hypothesis: 'block'
		});
	});

	it("changes a step's elements in place", () => {
		const out = edit({
			kind: 'set-ids',
			...pathway,
			target: { in: 'step', index: 0 },
			field: 'show',
			ids: ['ketamine', 'nmda-receptor']
		});
		expect(out).toContain('  - show: [ketamine, nmda-receptor]\n');
	});

	it('creates compartments before the nodes, nests, renames and deletes them', () => {
		let out = edit({
			kind: 'add-compartment',
			...pathway,
			id: 'synapse',
			label: 'Synapse',
			compartmentKind: 'synapse'
		});
		expect(out).toContain('direction: LR\ncompartments:\n  - id: synapse\n');
		out = edit(
			{
				kind: 'add-compartment',
				...pathway,
				id: 'cleft',
				label: 'Cleft',
				compartmentKind: 'cell',
				parent: 'synapse'
			},
			out
		);
		out = edit(
			{
				kind: 'set-field',
				...pathway,
				target: { in: 'compartment', id: 'synapse' },
				field: 'label',
				value: 'Glutamatergic synapse'
			},
			out
		);
		expect(parse(out).compartments[0].label).toBe('Glutamatergic synapse');
		out = edit({ kind: 'delete-compartment', ...pathway, id: 'synapse' }, out);
		const p = parse(out);
		expect(p.compartments).toEqual([{ id: 'cleft', label: 'Cleft', kind: 'cell' }]);
		expect(p.nodes[1]).toEqual({ entity: 'nmda-receptor' });
	});

	it('renames a compartment, gives its Chinese and nests it, each a one-line change', () => {
		const start = `${KETAMINE.replace(
			'direction: LR\n',
			'direction: LR\ncompartments:\n  - id: synapse\n    label: Synapse # kept\n    kind: synapse\n  - id: cleft\n    label: Cleft\n    kind: cell\n'
		)}`;
		const set = (id: string, field: string, value: string | null, text: string) =>
			edit(
				{ kind: 'set-field', ...pathway, target: { in: 'compartment', id }, field, value },
				text
			);
		let out = set('synapse', 'label', 'Glutamatergic synapse', start);
		expect(out).toBe(start.replace('label: Synapse # kept', 'label: Glutamatergic synapse # kept'));
		out = set('synapse', 'zh', '突触', out);
		expect(out).toBe(
			start.replace(
				'label: Synapse # kept\n',
				'label: Glutamatergic synapse # kept\n    zh: 突触\n'
			)
		);
		const nested = set('cleft', 'parent', 'synapse', out);
		expect(nested).toBe(out.replace('    kind: cell\n', '    kind: cell\n    parent: synapse\n'));
		// Out again: the parent key goes, nothing else changes.
		expect(set('cleft', 'parent', null, nested)).toBe(out);
	});

	it("adds the selected element to a step and removes one, the step's other lines untouched", () => {
		const add = (element: string, text = KETAMINE) =>
			edit({ kind: 'add-to-step', ...pathway, index: 0, element }, text);
		const added = add('nmda-receptor');
		expect(added).toBe(
			KETAMINE.replace('  - show: [ketamine]\n', '  - show: [ketamine, nmda-receptor]\n')
		);
		expect(() => add('ketamine')).toThrow('step 1 shows "ketamine" already');
		const removed = edit(
			{ kind: 'remove-from-step', ...pathway, index: 0, element: 'ketamine' },
			added
		);
		expect(removed).toBe(KETAMINE.replace('  - show: [ketamine]\n', '  - show: [nmda-receptor]\n'));
		expect(() => edit({ kind: 'remove-from-step', ...pathway, index: 0, element: 'mtor' })).toThrow(
			'step 1 does not show "mtor"'
		);
		expect(() => edit({ kind: 'add-to-step', ...pathway, index: 4, element: 'mtor' })).toThrow(
			'there is no step 5'
		);
		// A step written as a block list keeps its form.
		const block = KETAMINE.replace('  - show: [ketamine]\n', '  - show:\n      - ketamine\n');
		expect(add('nmda-receptor', block)).toBe(
			block.replace('      - ketamine\n', '      - ketamine\n      - nmda-receptor\n')
		);
	});

	it('gives a piece of evidence its study kind, and removes it again', () => {
		const target = { in: 'evidence' as const, element: 'ketamine-blocks-nmda-receptor', index: 0 };
		const out = edit({ kind: 'set-field', ...pathway, target, field: 'study', value: 'review' });
		expect(out).toBe(
			KETAMINE.replace(
				'        support: background\n',
				'        support: background\n        study: review\n'
			)
		);
		expect(edit({ kind: 'set-field', ...pathway, target, field: 'study', value: '' }, out)).toBe(
			KETAMINE
		);
	});

	it('marks an arrow contested before its evidence, changes it in place and unmarks it', () => {
		const target = { in: 'element' as const, id: 'ketamine-blocks-nmda-receptor' };
		const contested = { reference: 'r', note: 'Another study found no block.' };
		const out = edit({ kind: 'set-contested', ...pathway, target, contested });
		expect(out).toBe(
			KETAMINE.replace(
				'    relation: blocks\n',
				'    relation: blocks\n    contested:\n      reference: r\n      note: Another study found no block.\n'
			)
		);
		const changed = edit(
			{
				kind: 'set-contested',
				...pathway,
				target,
				contested: { ...contested, noteZh: '另一项研究未见阻断。' }
			},
			out
		);
		expect(parse(changed).edges[0].contested).toEqual({
			...contested,
			noteZh: '另一项研究未见阻断。'
		});
		expect(changed.replace('      noteZh: 另一项研究未见阻断。\n', '')).toBe(out);
		expect(edit({ kind: 'set-contested', ...pathway, target, contested: null }, changed)).toBe(
			KETAMINE
		);
		expect(() =>
			edit({ kind: 'set-contested', ...pathway, target: { in: 'step', index: 0 }, contested })
		).toThrow('a step cannot be contested');
	});
});

describe('studio edits that write the Chinese with the English', () => {
	it('creates a pathway with its Chinese title and summary beside the English', () => {
		const out = applyAction(
			{},
			{
				kind: 'create-pathway',
				id: 'p',
				title: 'T',
				titleZh: '标题',
				summary: 'S',
				summaryZh: ' ',
				direction: 'LR',
				entity: 'ketamine'
			},
			ctx
		)['p.yaml'] as string;
		expect(out.split('\n').slice(0, 4)).toEqual([
			'title: T',
			'titleZh: 标题',
			'summary: S',
			'direction: LR'
		]);
	});

	it('declares a hypothesis and a compartment with their Chinese', () => {
		const declared = edit({
			kind: 'add-hypothesis',
			...pathway,
			id: 'h',
			label: 'H',
			zh: '假说',
			summary: 'It.',
			summaryZh: '它。'
		});
		expect(parse(declared).hypotheses).toEqual([
			{ id: 'h', label: 'H', zh: '假说', summary: 'It.', summaryZh: '它。' }
		]);
		const added = edit({
			kind: 'add-compartment',
			...pathway,
			id: 'c',
			label: 'Cell',
			zh: '细胞',
			compartmentKind: 'cell'
		});
		expect(parse(added).compartments).toEqual([
			{ id: 'c', label: 'Cell', zh: '细胞', kind: 'cell' }
		]);
	});

	it('cites a source for a hypothesis, and removes the citation', () => {
		const withH = edit({ kind: 'add-hypothesis', ...pathway, id: 'h', label: 'H', summary: 'It.' });
		const source = { sourceText: () => 'Ketamine blocks NMDA receptors in cortex.' };
		const cited = applyAction(
			{ 'k.yaml': withH },
			{
				kind: 'add-quote',
				...pathway,
				element: 'h',
				source: 's',
				start: 0,
				end: 30,
				support: 'listed'
			},
			source
		)['k.yaml'] as string;
		expect(parse(cited).hypotheses[0].evidence).toEqual([
			{ source: 's', quote: 'Ketamine blocks NMDA receptors', support: 'listed' }
		]);
		const removed = edit({ kind: 'remove-evidence', ...pathway, element: 'h', index: 0 }, cited);
		expect(parse(removed).hypotheses[0].evidence).toEqual([]);
	});
});
