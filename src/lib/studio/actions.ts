/**
 * The studio's actions, each one small edit of the curated files (see yamlText.ts).
 * Pure: the files' texts in, the changed texts out. Validation and writing are in
 * node/atlasStore.ts (AtlasStore.commit).
 */
import type { Direction, Relation } from '../schema/vocabulary.ts';
import { ID_PATTERN, pathwayFileSchema } from '../schema/files.ts';
import {
	appendItem,
	deleteKey,
	insertItemAfter,
	moveItem,
	newYamlText,
	removeItem,
	setScalar,
	YamlEditError
} from './yamlText.ts';
import {
	ActionError,
	edgeId,
	evidenceOf,
	given,
	list,
	locate,
	type RawEdge
} from './pathwayPlaces.ts';
import { editFields, type FieldEdit } from './fieldEdits.ts';
import { editEntity, type EntityEdit } from './entityEdits.ts';
import {
	editSource,
	isSourceEdit,
	quotedSpan,
	sourceFile,
	type SourceEdit
} from './sourceEdits.ts';

export { ActionError };

/** The support a quote can give (a background note is cited apart). */
export type QuotedSupport = 'stated' | 'listed';

export type StudioAction =
	| {
			kind: 'create-pathway';
			id: string;
			title: string;
			titleZh?: string;
			summary: string;
			summaryZh?: string;
			direction: Direction;
			entity: string;
	  }
	| {
			kind: 'create-entity';
			id: string;
			label: string;
			zh?: string;
			entityKind: string;
			description: string;
			descriptionZh?: string;
			xrefs?: Record<string, string>;
	  }
	| ({ kind: 'create-reference' } & NewReference)
	| { kind: 'add-node'; pathway: string; entity: string; compartment?: string }
	| {
			kind: 'add-compartment';
			pathway: string;
			id: string;
			label: string;
			zh?: string;
			compartmentKind: string;
			parent?: string;
	  }
	| { kind: 'add-edge'; pathway: string; source: string; target: string; relation: Relation }
	| { kind: 'set-relation'; pathway: string; edge: string; relation: Relation }
	| { kind: 'reverse-edge'; pathway: string; edge: string }
	| { kind: 'delete-node'; pathway: string; node: string }
	| { kind: 'delete-edge'; pathway: string; edge: string }
	| { kind: 'set-compartment'; pathway: string; node: string; compartment: string | null }
	| {
			kind: 'add-quote';
			pathway: string;
			element: string;
			source: string;
			start: number;
			end: number;
			support: QuotedSupport;
	  }
	| { kind: 'add-background'; pathway: string; element: string; reference: string; note: string }
	| { kind: 'remove-evidence'; pathway: string; element: string; index: number }
	| {
			kind: 'add-step';
			pathway: string;
			show: string[];
			narration: string;
			narrationZh?: string;
	  }
	| { kind: 'set-narration'; pathway: string; index: number; narration: string }
	| { kind: 'move-step'; pathway: string; from: number; to: number }
	| { kind: 'add-to-step'; pathway: string; index: number; element: string }
	| { kind: 'remove-from-step'; pathway: string; index: number; element: string }
	| { kind: 'delete-step'; pathway: string; index: number }
	| FieldEdit
	| EntityEdit
	| SourceEdit;

/** The details a reference record may give, each confirmed on its page or marked unverified. */
export const REFERENCE_DETAILS = ['title', 'journal', 'year', 'pmid', 'doi'] as const;
type ReferenceDetail = (typeof REFERENCE_DETAILS)[number];

export interface NewReference {
	id: string;
	title: string;
	journal?: string;
	year?: number;
	pmid?: string;
	doi?: string;
	/** The page the curator checked the details against (PubMed's or the publisher's). */
	page: string;
	/** The details that page gave; the others are written as unverified. */
	confirmed: ReferenceDetail[];
}

/** Texts of the curated files by their path inside the atlas folder ("entities.yaml"). */
export type FileTexts = Record<string, string>;

export interface ActionContext {
	/** The text of a source, as the validator reads it (the `text` field). */
	sourceText(id: string): string | undefined;
}

const ID = ID_PATTERN;
export const ENTITIES = 'entities.yaml';
export const REFERENCES = 'references.yaml';
export const pathwayFile = (id: string): string => `${id}.yaml`;
const PATHWAY_KEYS = Object.keys(pathwayFileSchema.shape);

function checkId(what: string, id: string): void {
	if (!ID.test(id))
		throw new ActionError(
			`${what} "${id}" is not an id: lower-case letters, digits and single hyphens`
		);
}

function pathwayText(files: FileTexts, id: string): string {
	checkId('pathway', id);
	const text = files[pathwayFile(id)];
	if (text === undefined) throw new ActionError(`there is no pathway "${id}"`);
	return text;
}

/** Steps that show `old` show `renamed` instead (an edge's derived id changed). */
function renameInSteps(text: string, old: string, renamed: string): string {
	list<{ show?: string[] }>(text, 'steps').forEach((step, s) => {
		(step.show ?? []).forEach((shown, i) => {
			if (shown === old) text = setScalar(text, ['steps', s, 'show', i], renamed);
		});
	});
	return text;
}

/** Steps no longer show `gone`; a step left showing nothing is removed. */
function dropFromSteps(text: string, gone: string): string {
	const steps = list<{ show?: string[] }>(text, 'steps');
	for (let s = steps.length - 1; s >= 0; s--) {
		const show = steps[s]?.show ?? [];
		if (show.length === 1 && show[0] === gone) {
			text = removeItem(text, ['steps'], s);
			continue;
		}
		for (let i = show.length - 1; i >= 0; i--)
			if (show[i] === gone) text = removeItem(text, ['steps', s, 'show'], i);
	}
	return text;
}

function createPathway(files: FileTexts, a: Extract<StudioAction, { kind: 'create-pathway' }>) {
	checkId('pathway', a.id);
	const path = pathwayFile(a.id);
	if (files[path] !== undefined) throw new ActionError(`the pathway "${a.id}" exists already`);
	const doc = {
		title: a.title,
		...given('titleZh', a.titleZh),
		summary: a.summary,
		...given('summaryZh', a.summaryZh),
		direction: a.direction,
		nodes: [{ entity: a.entity }]
	};
	const text = `${newYamlText(doc)}\n`;
	return { [path]: text };
}

function entitiesText(files: FileTexts): string {
	const text = files[ENTITIES];
	if (text === undefined) throw new ActionError('there is no entities.yaml');
	return text;
}

function createEntity(files: FileTexts, a: Extract<StudioAction, { kind: 'create-entity' }>) {
	checkId('entity', a.id);
	const text = entitiesText(files);
	const entity = {
		id: a.id,
		label: a.label,
		...given('zh', a.zh),
		kind: a.entityKind,
		description: a.description,
		...given('descriptionZh', a.descriptionZh),
		...(a.xrefs && Object.keys(a.xrefs).length ? { xrefs: a.xrefs } : {})
	};
	// Into its kind's part of the catalogue: after the last entity of that kind, else at the end.
	const kinds = list<{ kind?: string }>(text, 'entities').map((e) => e.kind);
	const last = kinds.lastIndexOf(a.entityKind);
	const written =
		last >= 0 && last < kinds.length - 1
			? insertItemAfter(text, ['entities'], last, entity)
			: appendItem(text, ['entities'], entity);
	return { [ENTITIES]: written };
}

function createReference(files: FileTexts, a: NewReference) {
	checkId('reference', a.id);
	const text = files[REFERENCES] ?? `${newYamlText({ references: [] })}\n`;
	if (list<{ id?: string }>(text, 'references').some((r) => r.id === a.id))
		throw new ActionError(`the reference "${a.id}" exists already`);
	const given = REFERENCE_DETAILS.filter((d) => a[d] !== undefined && a[d] !== '');
	const unverified = given.filter((d) => !a.confirmed.includes(d));
	const record = {
		id: a.id,
		...Object.fromEntries(given.map((d) => [d, a[d]])),
		url: a.page,
		...(unverified.length ? { unverified } : {}),
		provenance: { page: a.page, confirmed: given.filter((d) => a.confirmed.includes(d)) }
	};
	return { [REFERENCES]: appendItem(text, ['references'], record) };
}

function editEdge(text: string, edge: string, change: (text: string, i: number) => string) {
	const [where, i] = locate(text, edge);
	if (where !== 'edges') throw new ActionError(`"${edge}" is a node, not an arrow`);
	const changed = change(text, i);
	const raw = list<RawEdge>(changed, 'edges')[i] as RawEdge;
	return renameInSteps(changed, edge, edgeId(raw));
}

function deleteNode(text: string, node: string): string {
	const [where, index] = locate(text, node);
	if (where !== 'nodes') throw new ActionError(`"${node}" is an arrow, not a node`);
	const edges = list<RawEdge>(text, 'edges');
	for (let i = edges.length - 1; i >= 0; i--) {
		const e = edges[i] as RawEdge;
		if (e.source === node || e.target === node) {
			text = dropFromSteps(removeItem(text, ['edges'], i), edgeId(e));
		}
	}
	return dropFromSteps(removeItem(text, ['nodes'], index), node);
}

/** A step shows one element more, after those it shows, or one fewer; the rest stays as it is. */
function changeStep(
	text: string,
	a: Extract<StudioAction, { kind: 'add-to-step' | 'remove-from-step' }>
): string {
	const step = list<{ show?: string[] }>(text, 'steps')[a.index];
	if (!step) throw new ActionError(`there is no step ${a.index + 1}`);
	const show = step.show ?? [];
	const at = show.indexOf(a.element);
	if (a.kind === 'remove-from-step') {
		if (at < 0) throw new ActionError(`step ${a.index + 1} does not show "${a.element}"`);
		return removeItem(text, ['steps', a.index, 'show'], at);
	}
	if (at >= 0) throw new ActionError(`step ${a.index + 1} shows "${a.element}" already`);
	return appendItem(text, ['steps', a.index, 'show'], a.element);
}

function quote(ctx: ActionContext, a: Extract<StudioAction, { kind: 'add-quote' }>): string {
	const text = ctx.sourceText(a.source);
	if (text === undefined) throw new ActionError(`there is no source "${a.source}"`);
	return quotedSpan(text, a.start, a.end);
}

function newStep(a: Extract<StudioAction, { kind: 'add-step' }>) {
	return { show: a.show, narration: a.narration, ...given('narrationZh', a.narrationZh) };
}

/** The source file an edit of its uncited sentences changes. */
function editSourceFile(files: FileTexts, a: SourceEdit, ctx: ActionContext): FileTexts {
	checkId('source', a.source);
	const path = sourceFile(a.source);
	const text = files[path];
	if (text === undefined) throw new ActionError(`there is no source "${a.source}"`);
	return { [path]: editSource(text, a, ctx.sourceText(a.source)) };
}

function editPathway(text: string, a: StudioAction, ctx: ActionContext): string {
	switch (a.kind) {
		case 'add-node':
			return appendItem(
				text,
				['nodes'],
				{ entity: a.entity, ...(a.compartment ? { compartment: a.compartment } : {}) },
				PATHWAY_KEYS
			);
		case 'add-compartment':
			checkId('compartment', a.id);
			return appendItem(
				text,
				['compartments'],
				{
					id: a.id,
					label: a.label,
					...given('zh', a.zh),
					kind: a.compartmentKind,
					...(a.parent && { parent: a.parent })
				},
				PATHWAY_KEYS
			);
		case 'add-edge':
			return appendItem(
				text,
				['edges'],
				{ source: a.source, target: a.target, relation: a.relation },
				PATHWAY_KEYS
			);
		case 'set-relation':
			return editEdge(text, a.edge, (t, i) => setScalar(t, ['edges', i, 'relation'], a.relation));
		case 'reverse-edge':
			return editEdge(text, a.edge, (t, i) => {
				const e = list<RawEdge>(t, 'edges')[i] as RawEdge;
				const swapped = setScalar(t, ['edges', i, 'source'], e.target ?? '');
				return setScalar(swapped, ['edges', i, 'target'], e.source ?? '');
			});
		case 'delete-node':
			return deleteNode(text, a.node);
		case 'delete-edge': {
			const [where, i] = locate(text, a.edge);
			if (where !== 'edges') throw new ActionError(`"${a.edge}" is a node, not an arrow`);
			return dropFromSteps(removeItem(text, ['edges'], i), a.edge);
		}
		case 'set-compartment': {
			const [where, i] = locate(text, a.node);
			if (where !== 'nodes') throw new ActionError(`"${a.node}" is an arrow, not a node`);
			return a.compartment === null
				? deleteKey(text, ['nodes', i], 'compartment')
				: setScalar(text, ['nodes', i, 'compartment'], a.compartment);
		}
		case 'add-quote':
			return appendItem(text, evidenceOf(text, a.element), {
				source: a.source,
				quote: quote(ctx, a),
				support: a.support
			});
		case 'add-background':
			return appendItem(text, evidenceOf(text, a.element), {
				reference: a.reference,
				note: a.note,
				support: 'background'
			});
		case 'remove-evidence':
			return removeItem(text, evidenceOf(text, a.element), a.index);
		case 'add-step':
			return appendItem(text, ['steps'], newStep(a), PATHWAY_KEYS);
		case 'set-narration':
			return setScalar(text, ['steps', a.index, 'narration'], a.narration);
		case 'move-step':
			return moveItem(text, ['steps'], a.from, a.to);
		case 'add-to-step':
		case 'remove-from-step':
			return changeStep(text, a);
		case 'delete-step':
			return removeItem(text, ['steps'], a.index);
		case 'set-field':
		case 'set-ids':
		case 'add-hypothesis':
		case 'delete-compartment':
		case 'set-contested':
			return editFields(text, a);
		default:
			throw new ActionError(`"${a.kind}" is not an edit of a pathway`);
	}
}

/** The files an action changes, with their new texts. Throws ActionError on a bad request. */
export function applyAction(files: FileTexts, a: StudioAction, ctx: ActionContext): FileTexts {
	try {
		if (a.kind === 'create-pathway') return createPathway(files, a);
		if (a.kind === 'create-entity') return createEntity(files, a);
		if (a.kind === 'create-reference') return createReference(files, a);
		if (a.kind === 'set-entity-field' || a.kind === 'set-entity-list')
			return { [ENTITIES]: editEntity(entitiesText(files), a) };
		if (isSourceEdit(a)) return editSourceFile(files, a, ctx);
		const path = pathwayFile(a.pathway);
		return { [path]: editPathway(pathwayText(files, a.pathway), a, ctx) };
	} catch (e) {
		if (e instanceof YamlEditError) throw new ActionError(e.message);
		throw e;
	}
}
