/**
 * Edits of what already exists in a pathway file: any of its texts (and their Chinese), its id
 * lists, its hypotheses and compartments. Each is one small edit of the text (see yamlText.ts).
 */
import {
	compartmentSchema,
	edgeSchema,
	evidenceSchema,
	hypothesisSchema,
	nodeSchema,
	pathwayFileSchema,
	stepSchema
} from '../schema/files.ts';
import { evidenceOf, given, list, locate, ActionError } from './pathwayPlaces.ts';
import {
	appendItem,
	deleteKey,
	removeItem,
	setFlowList,
	setMap,
	setScalar,
	type KeyOrder,
	type YamlPath
} from './yamlText.ts';

/** What in a pathway file a field belongs to. */
export type Target =
	| { in: 'pathway' }
	| { in: 'element'; id: string }
	| { in: 'step'; index: number }
	| { in: 'compartment'; id: string }
	| { in: 'hypothesis'; id: string }
	| { in: 'evidence'; element: string; index: number };

export type FieldEdit =
	| { kind: 'set-field'; pathway: string; target: Target; field: string; value: string | null }
	| { kind: 'set-ids'; pathway: string; target: Target; field: string; ids: string[] }
	| {
			kind: 'add-hypothesis';
			pathway: string;
			id: string;
			label: string;
			zh?: string;
			summary: string;
			summaryZh?: string;
	  }
	| { kind: 'delete-compartment'; pathway: string; id: string }
	| {
			kind: 'set-contested';
			pathway: string;
			target: Target;
			/** null: no longer contested. */
			contested: { reference: string; note: string; noteZh?: string } | null;
	  };

interface Place {
	/** The texts a curator may set there, one per line of the form. */
	texts: readonly string[];
	/** The lists of ids a curator may set there. */
	ids: readonly string[];
	order: KeyOrder;
}

const keys = (schema: { shape: object }): KeyOrder => Object.keys(schema.shape);
const NODE_EDGE: KeyOrder = [...new Set([...keys(nodeSchema), ...keys(edgeSchema)])];

/** Where each field may be set: the one list the form and the edit both go by. */
export const PLACES = new Map<Target['in'], Place>([
	[
		'pathway',
		{
			texts: ['title', 'titleZh', 'summary', 'summaryZh', 'direction'],
			ids: ['languages'],
			order: keys(pathwayFileSchema)
		}
	],
	['element', { texts: ['label', 'zh', 'note', 'noteZh'], ids: ['hypotheses'], order: NODE_EDGE }],
	[
		'step',
		{ texts: ['narration', 'narrationZh', 'hypothesis'], ids: ['show'], order: keys(stepSchema) }
	],
	[
		'compartment',
		{ texts: ['label', 'zh', 'kind', 'parent'], ids: [], order: keys(compartmentSchema) }
	],
	[
		'hypothesis',
		{ texts: ['label', 'zh', 'summary', 'summaryZh'], ids: [], order: keys(hypothesisSchema) }
	],
	[
		'evidence',
		{ texts: ['study', 'species', 'note', 'noteZh'], ids: [], order: keys(evidenceSchema) }
	]
]);

function indexById(text: string, key: string, id: string): number {
	const i = list<{ id?: string }>(text, key).findIndex((x) => x.id === id);
	if (i < 0) throw new ActionError(`the pathway has no ${key.replace(/s$/, '')} "${id}"`);
	return i;
}

function pathOf(text: string, t: Target): YamlPath {
	switch (t.in) {
		case 'pathway':
			return [];
		case 'element':
			return locate(text, t.id);
		case 'step':
			return ['steps', t.index];
		case 'compartment':
			return ['compartments', indexById(text, 'compartments', t.id)];
		case 'hypothesis':
			return ['hypotheses', indexById(text, 'hypotheses', t.id)];
		case 'evidence':
			return [...evidenceOf(text, t.element), t.index];
	}
}

function place(t: Target, field: string, kind: 'texts' | 'ids'): Place {
	const p = PLACES.get(t.in);
	if (!p?.[kind].includes(field)) throw new ActionError(`"${field}" cannot be set on a ${t.in}`);
	return p;
}

/** The key order at `path`: an arrow's own, not a node's, where the place holds both. */
const orderAt = (p: Place, path: (string | number)[]): KeyOrder =>
	p.order === NODE_EDGE ? keys(path[0] === 'edges' ? edgeSchema : nodeSchema) : p.order;

/** A text set, or removed when it is empty (an optional field left blank). */
function setField(text: string, a: Extract<FieldEdit, { kind: 'set-field' }>): string {
	const where = place(a.target, a.field, 'texts');
	const path = pathOf(text, a.target);
	const value = a.value?.trim() ?? '';
	if (!value) return deleteKey(text, path, a.field);
	return setScalar(text, [...path, a.field], value, orderAt(where, path));
}

/** A compartment goes; nodes in it and compartments inside it are left outside any. */
function deleteCompartment(text: string, id: string): string {
	const index = indexById(text, 'compartments', id);
	list<{ compartment?: string }>(text, 'nodes').forEach((n, i) => {
		if (n.compartment === id) text = deleteKey(text, ['nodes', i], 'compartment');
	});
	list<{ parent?: string }>(text, 'compartments').forEach((c, i) => {
		if (c.parent === id) text = deleteKey(text, ['compartments', i], 'parent');
	});
	return removeItem(text, ['compartments'], index);
}

/** An element or a piece of evidence marked contested (its counter-evidence), or no longer. */
function setContested(text: string, a: Extract<FieldEdit, { kind: 'set-contested' }>): string {
	if (a.target.in !== 'element' && a.target.in !== 'evidence')
		throw new ActionError(`a ${a.target.in} cannot be contested`);
	const path = pathOf(text, a.target);
	if (!a.contested) return deleteKey(text, path, 'contested');
	const { reference, note, noteZh } = a.contested;
	const value = {
		reference: reference.trim(),
		note: note.trim(),
		...(noteZh?.trim() && { noteZh: noteZh.trim() })
	};
	// The order of the one schema the place follows: a node's, an arrow's or a piece of evidence's.
	const schema =
		a.target.in === 'evidence' ? evidenceSchema : path[0] === 'edges' ? edgeSchema : nodeSchema;
	return setMap(text, [...path, 'contested'], value, keys(schema));
}

export function editFields(text: string, a: FieldEdit): string {
	switch (a.kind) {
		case 'set-field':
			return setField(text, a);
		case 'set-ids': {
			const where = place(a.target, a.field, 'ids');
			const path = pathOf(text, a.target);
			return setFlowList(text, [...path, a.field], a.ids, orderAt(where, path));
		}
		case 'add-hypothesis':
			if (list<{ id?: string }>(text, 'hypotheses').some((h) => h.id === a.id))
				throw new ActionError(`the hypothesis "${a.id}" exists already`);
			return appendItem(
				text,
				['hypotheses'],
				{
					id: a.id,
					label: a.label,
					...given('zh', a.zh),
					summary: a.summary,
					...given('summaryZh', a.summaryZh)
				},
				keys(pathwayFileSchema)
			);
		case 'delete-compartment':
			return deleteCompartment(text, a.id);
		case 'set-contested':
			return setContested(text, a);
	}
}
