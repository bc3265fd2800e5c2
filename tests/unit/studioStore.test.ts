import {
	existsSync,
	lstatSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	renameSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { StudioAction } from '../../src/lib/studio/actions.ts';
import { AtlasStore, StudioRefusal } from '../../src/lib/studio/node/atlasStore.ts';
import { studioState } from '../../src/lib/studio/node/studioState.ts';
import { studioAtlas, type StudioAtlas } from './helpers/studioAtlas.ts';

let atlas: StudioAtlas;
let store: AtlasStore;

beforeEach(() => {
	atlas = studioAtlas();
	store = new AtlasStore(atlas.dir);
});
afterEach(() => atlas.remove());

const apply = (action: StudioAction) => store.apply(action, store.hashes());

function refusal(run: () => unknown): StudioRefusal {
	try {
		run();
	} catch (e) {
		if (e instanceof StudioRefusal) return e;
		throw e;
	}
	throw new Error('the edit was not refused');
}

const pathway = () => parse(atlas.read('ketamine.yaml'));
const NICIU = 'The N-methyl-D-aspartate (NMDA) receptor antagonist ketamine has rapid';

describe('studio write-back', () => {
	it('creates an entity; the comments of entities.yaml stay byte-identical', () => {
		const before = atlas.read('entities.yaml');
		apply({
			kind: 'create-entity',
			id: 'bdnf',
			label: 'BDNF',
			zh: '脑源性神经营养因子',
			entityKind: 'growth-factor',
			description: 'Brain-derived neurotrophic factor.',
			xrefs: { hgnc: 'HGNC:1033' }
		});
		const after = atlas.read('entities.yaml');
		expect(after.startsWith(before)).toBe(true);
		expect(after.slice(before.length)).toBe(
			'  - id: bdnf\n    label: BDNF\n    zh: 脑源性神经营养因子\n    kind: growth-factor\n' +
				'    description: Brain-derived neurotrophic factor.\n    xrefs:\n      hgnc: HGNC:1033\n'
		);
		expect(store.validate().errors).toEqual([]);
	});

	it("writes a new entity into its kind's part of the catalogue", () => {
		const before = atlas.read('entities.yaml');
		apply({
			kind: 'create-entity',
			id: 'ampa-receptor',
			label: 'AMPA receptor',
			entityKind: 'receptor',
			description: 'Ionotropic glutamate receptor of fast transmission.'
		});
		const added =
			'  - id: ampa-receptor\n    label: AMPA receptor\n    kind: receptor\n' +
			'    description: Ionotropic glutamate receptor of fast transmission.\n';
		expect(atlas.read('entities.yaml')).toBe(
			before.replace('  - id: mtor\n', `${added}  - id: mtor\n`)
		);
	});

	it('adds a reference record, confirmed detail by detail, that background evidence can cite', () => {
		apply({
			kind: 'create-reference',
			id: 'duman-2016',
			title: 'Synaptic plasticity and depression',
			journal: 'Nat Med',
			year: 2016,
			pmid: '123456',
			page: 'https://pubmed.ncbi.nlm.nih.gov/123456/',
			confirmed: ['title', 'year', 'pmid']
		});
		const record = parse(atlas.read('references.yaml')).references.at(-1);
		expect(record).toEqual({
			id: 'duman-2016',
			title: 'Synaptic plasticity and depression',
			journal: 'Nat Med',
			year: 2016,
			pmid: '123456',
			url: 'https://pubmed.ncbi.nlm.nih.gov/123456/',
			unverified: ['journal'],
			provenance: {
				page: 'https://pubmed.ncbi.nlm.nih.gov/123456/',
				confirmed: ['title', 'year', 'pmid']
			}
		});
		apply({
			kind: 'add-background',
			pathway: 'ketamine',
			element: 'ketamine',
			reference: 'duman-2016',
			note: 'Assumed by the curator.'
		});
		expect(store.validate().errors).toEqual([]);
		const again = refusal(() =>
			apply({
				kind: 'create-reference',
				id: 'duman-2016',
				title: 'x',
				page: 'https://a.b/',
				confirmed: []
			})
		);
		expect(again.message).toMatch(/exists already/);
	});

	it('creates a pathway, adds nodes and an edge, and every file stays valid', () => {
		apply({
			kind: 'create-pathway',
			id: 'new-one',
			title: 'A new pathway',
			summary: 'Made in the studio.',
			direction: 'TB',
			entity: 'ketamine'
		});
		apply({ kind: 'add-node', pathway: 'new-one', entity: 'nmda-receptor' });
		apply({
			kind: 'add-edge',
			pathway: 'new-one',
			source: 'ketamine',
			target: 'nmda-receptor',
			relation: 'blocks'
		});
		expect(parse(atlas.read('new-one.yaml'))).toEqual({
			title: 'A new pathway',
			summary: 'Made in the studio.',
			direction: 'TB',
			nodes: [{ entity: 'ketamine' }, { entity: 'nmda-receptor' }],
			edges: [{ source: 'ketamine', target: 'nmda-receptor', relation: 'blocks' }]
		});
		expect(store.validate().errors).toEqual([]);
	});

	it('changes a relation and follows the derived id into the steps', () => {
		apply({
			kind: 'set-relation',
			pathway: 'ketamine',
			edge: 'ketamine-blocks-nmda-receptor',
			relation: 'inhibits'
		});
		const p = pathway();
		expect(p.edges[0].relation).toBe('inhibits');
		expect(p.steps[1].show).toEqual([
			'synapse',
			'nmda-receptor',
			'ketamine-inhibits-nmda-receptor'
		]);
	});

	it('reverses an edge', () => {
		apply({ kind: 'reverse-edge', pathway: 'ketamine', edge: 'mtor-to-effect' });
		expect(pathway().edges[2]).toMatchObject({ source: 'rapid-effect', target: 'mtor' });
	});

	it('deletes a node with its edges and its places in the steps', () => {
		apply({ kind: 'delete-node', pathway: 'ketamine', node: 'mtor' });
		const p = pathway();
		expect(p.nodes.map((n: { entity: string }) => n.entity)).not.toContain('mtor');
		expect(p.edges).toHaveLength(1);
		expect(p.steps.map((s: { show: string[] }) => s.show)).toEqual([
			['ketamine'],
			['synapse', 'nmda-receptor', 'ketamine-blocks-nmda-receptor'],
			['rapid-effect']
		]);
	});

	it('deletes the last arrow, the last step and a node whose only arrow goes with it', () => {
		const one = 'new-one';
		apply({
			kind: 'create-pathway',
			id: one,
			title: 'T',
			summary: 'S.',
			direction: 'LR',
			entity: 'ketamine'
		});
		apply({ kind: 'add-node', pathway: one, entity: 'nmda-receptor' });
		const edge = { source: 'ketamine', target: 'nmda-receptor', relation: 'blocks' } as const;
		apply({ kind: 'add-edge', pathway: one, ...edge });
		apply({
			kind: 'add-step',
			pathway: one,
			show: ['ketamine-blocks-nmda-receptor'],
			narration: 'N.'
		});
		apply({ kind: 'delete-edge', pathway: one, edge: 'ketamine-blocks-nmda-receptor' });
		expect(parse(atlas.read('new-one.yaml'))).toMatchObject({ edges: [], steps: [] });
		apply({ kind: 'add-edge', pathway: one, ...edge });
		apply({ kind: 'add-step', pathway: one, show: ['nmda-receptor'], narration: 'N.' });
		apply({ kind: 'delete-step', pathway: one, index: 0 });
		apply({ kind: 'delete-node', pathway: one, node: 'nmda-receptor' });
		expect(parse(atlas.read('new-one.yaml'))).toMatchObject({
			nodes: [{ entity: 'ketamine' }],
			edges: [],
			steps: []
		});
	});

	it('removes the only evidence of an element', () => {
		apply({ kind: 'remove-evidence', pathway: 'ketamine', element: 'mtor', index: 0 });
		expect(pathway().nodes[2].evidence).toEqual([]);
	});

	it('deletes an edge', () => {
		apply({ kind: 'delete-edge', pathway: 'ketamine', edge: 'nmda-receptor-modulates-mtor' });
		expect(pathway().edges).toHaveLength(2);
	});

	it('puts a node in a compartment and takes it out again', () => {
		apply({ kind: 'set-compartment', pathway: 'ketamine', node: 'mtor', compartment: 'synapse' });
		expect(pathway().nodes[2].compartment).toBe('synapse');
		apply({ kind: 'set-compartment', pathway: 'ketamine', node: 'mtor', compartment: null });
		expect(pathway().nodes[2].compartment).toBeUndefined();
	});

	it("writes the source's own text for a selected span as the quote", () => {
		const text = store.validate().atlas.sources.get('niciu-2014')?.text ?? '';
		const start = text.indexOf(NICIU);
		apply({
			kind: 'add-quote',
			pathway: 'ketamine',
			element: 'ketamine-blocks-nmda-receptor',
			source: 'niciu-2014',
			start,
			end: start + NICIU.length,
			support: 'stated'
		});
		expect(pathway().edges[0].evidence[1]).toEqual({
			source: 'niciu-2014',
			quote: NICIU,
			support: 'stated'
		});
		expect(store.validate().errors).toEqual([]);
	});

	it('adds background evidence and removes evidence', () => {
		apply({
			kind: 'add-background',
			pathway: 'ketamine',
			element: 'mtor',
			reference: 'pmid-29532791',
			note: 'Assumed here.'
		});
		expect(pathway().nodes[2].evidence).toHaveLength(2);
		apply({ kind: 'remove-evidence', pathway: 'ketamine', element: 'mtor', index: 0 });
		expect(pathway().nodes[2].evidence).toEqual([
			{ reference: 'pmid-29532791', note: 'Assumed here.', support: 'background' }
		]);
	});

	it('adds, narrates, moves and deletes steps', () => {
		apply({ kind: 'add-step', pathway: 'ketamine', show: ['mtor'], narration: 'Fourth.' });
		apply({ kind: 'set-narration', pathway: 'ketamine', index: 3, narration: 'mTOR again.' });
		apply({ kind: 'move-step', pathway: 'ketamine', from: 3, to: 0 });
		expect(pathway().steps[0]).toEqual({ show: ['mtor'], narration: 'mTOR again.' });
		apply({ kind: 'delete-step', pathway: 'ketamine', index: 0 });
		expect(pathway().steps).toHaveLength(3);
	});

	it('refuses an invalid edit with the located message and writes nothing', () => {
		const before = atlas.read('ketamine.yaml');
		const e = refusal(() =>
			apply({ kind: 'add-node', pathway: 'ketamine', entity: 'no-such-thing' })
		);
		expect(e.reason).toBe('invalid');
		expect(e.message).toMatch(/ketamine\.yaml:\d+:\d+: .*no-such-thing/);
		expect(atlas.read('ketamine.yaml')).toBe(before);
		expect(readdirSync(atlas.dir).filter((f) => f.startsWith('.'))).toEqual([]);
	});

	it('refuses to nest a compartment inside one inside it, located, writing nothing', () => {
		apply({
			kind: 'add-compartment',
			pathway: 'ketamine',
			id: 'cleft',
			label: 'Cleft',
			compartmentKind: 'cell',
			parent: 'synapse'
		});
		const before = atlas.read('ketamine.yaml');
		const refused = refusal(() =>
			apply({
				kind: 'set-field',
				pathway: 'ketamine',
				target: { in: 'compartment', id: 'synapse' },
				field: 'parent',
				value: 'cleft'
			})
		);
		expect(refused.reason).toBe('invalid');
		expect(refused.message).toMatch(/ketamine\.yaml:\d+:\d+: .*cycle/);
		expect(atlas.read('ketamine.yaml')).toBe(before);
	});

	it("refuses to take a step's only element away, located, writing nothing", () => {
		const before = atlas.read('ketamine.yaml');
		const refused = refusal(() =>
			apply({ kind: 'remove-from-step', pathway: 'ketamine', index: 0, element: 'ketamine' })
		);
		expect(refused.reason).toBe('invalid');
		expect(refused.message).toMatch(/ketamine\.yaml:\d+:\d+: /);
		expect(atlas.read('ketamine.yaml')).toBe(before);
		apply({ kind: 'add-to-step', pathway: 'ketamine', index: 0, element: 'mtor' });
		expect(pathway().steps[0].show).toEqual(['ketamine', 'mtor']);
		expect(store.nextUndo('ketamine')).toBe('show mTOR in step 1');
	});

	it('refuses a quote that is too short, as the validator says', () => {
		const text = store.validate().atlas.sources.get('niciu-2014')?.text ?? '';
		const start = text.indexOf('ketamine has');
		const e = refusal(() =>
			apply({
				kind: 'add-quote',
				pathway: 'ketamine',
				element: 'ketamine',
				source: 'niciu-2014',
				start,
				end: start + 'ketamine'.length,
				support: 'stated'
			})
		);
		expect(e.reason).toBe('invalid');
	});

	it('refuses an edit of a file changed on disk since the studio read it', () => {
		const known = store.hashes();
		const handEdited = atlas.read('ketamine.yaml').replace('Ketamine.', 'Ketamine, by hand.');
		writeFileSync(join(atlas.dir, 'ketamine.yaml'), handEdited);
		const e = refusal(() =>
			store.apply({ kind: 'add-node', pathway: 'ketamine', entity: 'mtor' }, known)
		);
		expect(e.reason).toBe('conflict');
		expect(e.message).toMatch(/ketamine\.yaml changed on disk/);
		expect(atlas.read('ketamine.yaml')).toBe(handEdited);
	});

	it('refuses ids that would leave the atlas folder', () => {
		for (const id of ['../escape', '..', 'a/b', 'Upper']) {
			const e = refusal(() => apply({ kind: 'add-node', pathway: id, entity: 'mtor' }));
			expect(e.reason).toBe('bad-request');
		}
		expect(() => store.absolute('../entities.yaml')).toThrow(StudioRefusal);
		expect(() => store.absolute('sources/../../x.yaml')).toThrow(StudioRefusal);
	});

	it('refuses to write through a link that leads out of the atlas folder', () => {
		const elsewhere = mkdtempSync(join(tmpdir(), 'atlas-studio-elsewhere-'));
		try {
			rmSync(join(atlas.dir, 'sources'), { recursive: true });
			symlinkSync(elsewhere, join(atlas.dir, 'sources'));
			expect(() => store.create('sources/new-source.yaml', 'title: x\n')).toThrow(StudioRefusal);
			expect(readdirSync(elsewhere)).toEqual([]);
			writeFileSync(join(elsewhere, 'x.yaml'), 'title: x\n');
			symlinkSync(join(elsewhere, 'x.yaml'), join(atlas.dir, 'linked.yaml'));
			expect(() => store.absolute('linked.yaml')).toThrow(StudioRefusal);
		} finally {
			rmSync(elsewhere, { recursive: true, force: true });
		}
	});

	it('undoes and redoes one action at a time, byte for byte', () => {
		const original = atlas.read('ketamine.yaml');
		apply({ kind: 'add-step', pathway: 'ketamine', show: ['mtor'], narration: 'Fourth.' });
		const afterStep = atlas.read('ketamine.yaml');
		apply({ kind: 'reverse-edge', pathway: 'ketamine', edge: 'mtor-to-effect' });
		const afterReverse = atlas.read('ketamine.yaml');
		store.undo('ketamine');
		expect(atlas.read('ketamine.yaml')).toBe(afterStep);
		store.undo('ketamine');
		expect(atlas.read('ketamine.yaml')).toBe(original);
		expect(refusal(() => store.undo('ketamine')).reason).toBe('nothing-to-undo');
		store.redo('ketamine');
		store.redo('ketamine');
		expect(atlas.read('ketamine.yaml')).toBe(afterReverse);
	});

	it('undoes the creation of a pathway by removing its file', () => {
		apply({
			kind: 'create-pathway',
			id: 'short-lived',
			title: 'Short-lived',
			summary: 'Undone at once.',
			direction: 'LR',
			entity: 'mtor'
		});
		store.undo('short-lived');
		expect(readdirSync(atlas.dir)).not.toContain('short-lived.yaml');
	});

	it('refuses to undo over a hand edit', () => {
		apply({ kind: 'add-step', pathway: 'ketamine', show: ['mtor'], narration: 'Fourth.' });
		const handEdited = atlas.read('ketamine.yaml').replace('Fourth.', 'Fourth, by hand.');
		writeFileSync(join(atlas.dir, 'ketamine.yaml'), handEdited);
		expect(refusal(() => store.undo('ketamine')).reason).toBe('conflict');
		expect(atlas.read('ketamine.yaml')).toBe(handEdited);
	});
});

describe('undo and redo per pathway', () => {
	const second = () => atlas.read('second.yaml');
	const createSecond = () =>
		apply({
			kind: 'create-pathway',
			id: 'second',
			title: 'Second',
			summary: 'Another pathway.',
			direction: 'LR',
			entity: 'mtor'
		});

	it("undoes and redoes in one pathway's history only, never another's file", () => {
		createSecond();
		const ketamineBefore = atlas.read('ketamine.yaml');
		apply({ kind: 'add-node', pathway: 'second', entity: 'ketamine' });
		apply({ kind: 'add-step', pathway: 'ketamine', show: ['mtor'], narration: 'Fourth.' });
		const ketamineAfter = atlas.read('ketamine.yaml');
		const secondAfter = second();

		// Undo in the second pathway takes back its own last edit, not the later one in ketamine.
		expect(store.undo('second').changed).toEqual(['second.yaml']);
		expect(atlas.read('ketamine.yaml')).toBe(ketamineAfter);
		expect(parse(second()).nodes).toHaveLength(1);
		// Undo in ketamine, then its redo, leave the second pathway as it is.
		const secondNow = second();
		store.undo('ketamine');
		expect(atlas.read('ketamine.yaml')).toBe(ketamineBefore);
		store.redo('ketamine');
		expect(atlas.read('ketamine.yaml')).toBe(ketamineAfter);
		expect(second()).toBe(secondNow);
		// Undoing the creation removes the file; a redo in ketamine never brings it back.
		store.undo('second');
		expect(existsSync(join(atlas.dir, 'second.yaml'))).toBe(false);
		expect(refusal(() => store.redo('ketamine')).reason).toBe('nothing-to-undo');
		expect(existsSync(join(atlas.dir, 'second.yaml'))).toBe(false);
		store.redo('second');
		store.redo('second');
		expect(second()).toBe(secondAfter);
		expect(store.nextUndo('other')).toBeUndefined();
	});

	it('names the action undo and redo take back, by the labels of what it touched', () => {
		apply({ kind: 'delete-edge', pathway: 'ketamine', edge: 'ketamine-blocks-nmda-receptor' });
		expect(store.nextUndo('ketamine')).toBe('delete arrow Ketamine blocks NMDA receptor');
		const undone = store.undo('ketamine');
		expect(undone.label).toBe('delete arrow Ketamine blocks NMDA receptor');
		expect(store.nextUndo('ketamine')).toBeUndefined();
		expect(store.nextRedo('ketamine')).toBe('delete arrow Ketamine blocks NMDA receptor');
		apply({
			kind: 'set-field',
			pathway: 'ketamine',
			target: { in: 'compartment', id: 'synapse' },
			field: 'zh',
			value: '突触'
		});
		expect(store.nextUndo('ketamine')).toBe(
			'set the Chinese label of compartment Glutamatergic synapse'
		);
		// A new edit ends what could be redone.
		expect(store.nextRedo('ketamine')).toBeUndefined();
		expect(studioState(store, 'ketamine')).toMatchObject({
			undo: 'set the Chinese label of compartment Glutamatergic synapse'
		});
		expect(studioState(store, 'ketamine').redo).toBeUndefined();
	});

	it('keeps an edit of the shared files in the history of the pathway open', () => {
		store.apply(
			{
				kind: 'create-entity',
				id: 'bdnf',
				label: 'BDNF',
				entityKind: 'growth-factor',
				description: 'Brain-derived neurotrophic factor.'
			},
			store.hashes(),
			'ketamine'
		);
		expect(store.nextUndo('ketamine')).toBe('create entity BDNF');
		expect(store.nextUndo()).toBeUndefined();
		store.undo('ketamine');
		expect(atlas.read('entities.yaml')).not.toContain('bdnf');
	});
});

describe("a source's uncited sentences edited from a pathway", () => {
	it('writes the source file, shows the entry, and undoes it from the pathway open', () => {
		const file = 'sources/niciu-2014.yaml';
		const before = atlas.read(file);
		const text = studioState(store, 'ketamine').sources.find((s) => s.id === 'niciu-2014')!.text;
		const start = text.indexOf('These effects');
		store.apply(
			{ kind: 'add-uncited', source: 'niciu-2014', start, end: start + 27, reason: 'A contrast.' },
			store.hashes(),
			'ketamine'
		);
		const listed = { quote: 'These effects are in direct', reason: 'A contrast.' };
		expect(parse(atlas.read(file)).uncited.at(-1)).toEqual(listed);
		const state = studioState(store, 'ketamine');
		expect(state.sources.find((s) => s.id === 'niciu-2014')?.uncited.at(-1)).toEqual(listed);
		expect(state.undo).toBe('leave words of niciu-2014 uncited');
		store.undo('ketamine');
		expect(atlas.read(file)).toBe(before);
	});

	it('refuses a reason left empty, writing nothing', () => {
		const file = 'sources/niciu-2014.yaml';
		const before = atlas.read(file);
		const refused = refusal(() =>
			apply({ kind: 'set-uncited-reason', source: 'niciu-2014', index: 0, reason: '' })
		);
		expect(refused.reason).toBe('bad-request');
		expect(refused.message).toBe('say why the sentence is left uncited');
		expect(atlas.read(file)).toBe(before);
	});
});

describe('entities edited from a pathway', () => {
	it('sets a description in the catalogue, undone from the pathway open', () => {
		const before = atlas.read('entities.yaml');
		store.apply(
			{
				kind: 'set-entity-field',
				entity: 'mtor',
				field: 'description',
				value: 'Kinase at the centre of protein synthesis.'
			},
			store.hashes(),
			'ketamine'
		);
		expect(parse(atlas.read('entities.yaml')).entities[2].description).toBe(
			'Kinase at the centre of protein synthesis.'
		);
		expect(store.nextUndo('ketamine')).toBe('set the description of entity mTOR');
		store.undo('ketamine');
		expect(atlas.read('entities.yaml')).toBe(before);
	});

	it('refuses an entity without its label, located, writing nothing', () => {
		const before = atlas.read('entities.yaml');
		const refused = refusal(() =>
			apply({ kind: 'set-entity-field', entity: 'mtor', field: 'label', value: '' })
		);
		expect(refused.reason).toBe('invalid');
		expect(refused.message).toMatch(/entities\.yaml:\d+:\d+: /);
		expect(atlas.read('entities.yaml')).toBe(before);
	});
});

describe('the studio reads what the validator reads', () => {
	const stateOf = (dir: string) => studioState(new AtlasStore(dir), 'ketamine');

	it('a .yml pathway, a catalogue named entities.yml, an upper-case extension', () => {
		renameSync(join(atlas.dir, 'ketamine.yaml'), join(atlas.dir, 'ketamine.yml'));
		renameSync(join(atlas.dir, 'entities.yaml'), join(atlas.dir, 'entities.yml'));
		renameSync(
			join(atlas.dir, 'sources', 'niciu-2014.yaml'),
			join(atlas.dir, 'sources', 'niciu-2014.YAML')
		);
		const state = stateOf(atlas.dir);
		expect(state.errors).toEqual([]);
		expect(state.pathway?.id).toBe('ketamine');
		expect(Object.keys(state.hashes).sort()).toEqual([
			'entities.yaml',
			'ketamine.yaml',
			'references.yaml',
			'sources/jelen-2021.yaml',
			'sources/niciu-2014.yaml'
		]);
		// An edit goes to the file as it is named, and makes no second one.
		const store = new AtlasStore(atlas.dir);
		store.apply(
			{ kind: 'add-step', pathway: 'ketamine', show: ['mtor'], narration: 'In a .yml file.' },
			store.hashes()
		);
		expect(atlas.read('ketamine.yml')).toMatch(/narration: In a \.yml file\./);
		expect(existsSync(join(atlas.dir, 'ketamine.yaml'))).toBe(false);
		store.apply(
			{
				kind: 'create-entity',
				id: 'bdnf',
				label: 'BDNF',
				entityKind: 'growth-factor',
				description: 'x.'
			},
			store.hashes()
		);
		expect(atlas.read('entities.yml')).toMatch(/id: bdnf/);
		expect(existsSync(join(atlas.dir, 'entities.yaml'))).toBe(false);
	});

	it('a pathway linked from inside the atlas folder: read, and edited in the file it leads to', () => {
		mkdirSync(join(atlas.dir, 'drafts'));
		renameSync(join(atlas.dir, 'ketamine.yaml'), join(atlas.dir, 'drafts', 'ketamine.txt'));
		symlinkSync(join('drafts', 'ketamine.txt'), join(atlas.dir, 'ketamine.yaml'));
		expect(stateOf(atlas.dir).pathway?.id).toBe('ketamine');
		const store = new AtlasStore(atlas.dir);
		store.apply(
			{ kind: 'add-step', pathway: 'ketamine', show: ['mtor'], narration: 'Through a link.' },
			store.hashes()
		);
		expect(lstatSync(join(atlas.dir, 'ketamine.yaml')).isSymbolicLink()).toBe(true);
		expect(atlas.read('drafts/ketamine.txt')).toMatch(/narration: Through a link\./);
	});
});
