/**
 * What an action does, in the curator's words ("delete arrow Ketamine blocks NMDA receptor"):
 * the undo and redo buttons and their notices name the action they take back or make again.
 */
import type { Atlas } from '../model/atlas.ts';
import type { StudioAction } from './actions.ts';
import type { Target } from './fieldEdits.ts';

/** The label of every id a pathway's actions may name: entities, compartments, hypotheses, elements. */
export type Names = ReadonlyMap<string, string>;

/** The names of the atlas's entities and, when it is given, of one pathway's parts. */
export function pathwayNames(atlas: Atlas, pathway: string | undefined): Names {
	const names = new Map<string, string>();
	for (const [id, e] of atlas.entities) names.set(id, e.label.en);
	const p = atlas.pathways.find((x) => x.id === pathway);
	if (!p) return names;
	for (const c of p.compartments) names.set(c.id, c.label.en);
	for (const h of p.hypotheses ?? []) names.set(h.id, h.label.en);
	for (const n of p.nodes) names.set(n.id, n.label.en);
	for (const e of p.edges)
		names.set(
			e.id,
			`${names.get(e.source) ?? e.source} ${e.relation} ${names.get(e.target) ?? e.target}`
		);
	return names;
}

/** The words for a field of the curated files ("zh": "Chinese label"). */
const FIELD_WORDS = new Map<string, string>([
	['zh', 'Chinese label'],
	['titleZh', 'Chinese title'],
	['summaryZh', 'Chinese summary'],
	['noteZh', 'Chinese note'],
	['narrationZh', 'Chinese narration'],
	['descriptionZh', 'Chinese description'],
	['synonymsZh', 'Chinese synonyms'],
	['parent', 'parent compartment'],
	['show', 'elements'],
	['hypothesis', 'hypothesis focus'],
	['study', 'study kind']
]);

const fieldWords = (field: string): string => FIELD_WORDS.get(field) ?? field;

function targetWords(t: Target, name: (id: string) => string): string {
	switch (t.in) {
		case 'pathway':
			return 'the pathway';
		case 'element':
			return name(t.id);
		case 'step':
			return `step ${t.index + 1}`;
		case 'compartment':
			return `compartment ${name(t.id)}`;
		case 'hypothesis':
			return `hypothesis ${name(t.id)}`;
		case 'evidence':
			return `evidence ${t.index + 1} of ${name(t.element)}`;
	}
}

/** One line naming what the action does, its ids shown by their labels where they have one. */
export function describeAction(a: StudioAction, names: Names): string {
	const name = (id: string) => names.get(id) ?? id;
	switch (a.kind) {
		case 'create-pathway':
			return `create pathway ${a.title}`;
		case 'create-entity':
			return `create entity ${a.label}`;
		case 'create-reference':
			return `add reference ${a.id}`;
		case 'add-node':
			return `add node ${name(a.entity)}`;
		case 'add-compartment':
			return `add compartment ${a.label}`;
		case 'add-edge':
			return `add arrow ${name(a.source)} ${a.relation} ${name(a.target)}`;
		case 'set-relation':
			return `change arrow ${name(a.edge)} to ${a.relation}`;
		case 'reverse-edge':
			return `reverse arrow ${name(a.edge)}`;
		case 'delete-node':
			return `delete node ${name(a.node)}`;
		case 'delete-edge':
			return `delete arrow ${name(a.edge)}`;
		case 'set-compartment':
			return a.compartment === null
				? `take ${name(a.node)} out of its compartment`
				: `put ${name(a.node)} in ${name(a.compartment)}`;
		case 'add-quote':
			return `cite ${a.source} for ${name(a.element)}`;
		case 'add-background':
			return `add background evidence to ${name(a.element)}`;
		case 'remove-evidence':
			return `remove evidence ${a.index + 1} of ${name(a.element)}`;
		case 'add-step':
			return 'add a step';
		case 'set-narration':
			return `edit the narration of step ${a.index + 1}`;
		case 'move-step':
			return `move step ${a.from + 1} to place ${a.to + 1}`;
		case 'delete-step':
			return `delete step ${a.index + 1}`;
		case 'add-to-step':
			return `show ${name(a.element)} in step ${a.index + 1}`;
		case 'remove-from-step':
			return `stop showing ${name(a.element)} in step ${a.index + 1}`;
		case 'set-field':
			return `${a.value?.trim() ? 'set' : 'remove'} the ${fieldWords(a.field)} of ${targetWords(a.target, name)}`;
		case 'set-ids':
			return `set the ${fieldWords(a.field)} of ${targetWords(a.target, name)}`;
		case 'add-hypothesis':
			return `declare hypothesis ${a.label}`;
		case 'delete-compartment':
			return `delete compartment ${name(a.id)}`;
		case 'set-contested':
			return `${a.contested ? 'mark' : 'unmark'} ${targetWords(a.target, name)} as contested`;
		case 'set-entity-field':
			return `${a.value?.trim() ? 'set' : 'remove'} the ${fieldWords(a.field)} of entity ${name(a.entity)}`;
		case 'set-entity-list':
			return `set the ${fieldWords(a.field)} of entity ${name(a.entity)}`;
		case 'add-uncited':
			return `leave words of ${a.source} uncited`;
		case 'set-uncited-reason':
			return `edit the reason of uncited ${a.index + 1} of ${a.source}`;
		case 'remove-uncited':
			return `remove uncited ${a.index + 1} of ${a.source}`;
	}
}
