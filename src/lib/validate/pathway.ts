/** Builds one pathway: element ids, references between them, evidence, steps. */
import { z } from 'zod';
import {
	localizedField,
	localizedLabel,
	optionalLocalized,
	type Localized
} from '../i18n/localized.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type {
	Compartment,
	Entity,
	Pathway,
	PathwayEdge,
	PathwayNode,
	Step
} from '../model/atlas.ts';
import {
	compartmentSchema,
	edgeSchema,
	nodeSchema,
	pathwayFileSchema,
	stepSchema
} from '../schema/files.ts';
import type { DataPath, LocatedFile } from '../yaml/parseLocated.ts';
import { duplicateId } from '../rules/duplicate-id.ts';
import { fileShape } from '../rules/file-shape.ts';
import { hypothesisEdgeEnd } from '../rules/hypothesis-edge-end.ts';
import { noNodes } from '../rules/no-nodes.ts';
import { selfLoop } from '../rules/self-loop.ts';
import { unknownCompartment } from '../rules/unknown-compartment.ts';
import { unknownElement } from '../rules/unknown-element.ts';
import { unknownEntity } from '../rules/unknown-entity.ts';
import { unknownNode } from '../rules/unknown-node.ts';
import { reportParentCycles } from './compartmentCycles.ts';
import { resolveEvidence, type EvidenceContext } from './evidence.ts';
import { resolveContested } from './studyKind.ts';
import { buildHypotheses, checkStepFocus, knownHypotheses } from './hypotheses.ts';
import { checkItems, checkSchema, isRecord } from './schemaIssues.ts';

export interface PathwayContext extends EvidenceContext {
	entities: ReadonlyMap<string, Entity>;
	/** No usable catalogue: unknown entities are not reported one by one. */
	entitiesBroken: boolean;
	/** Entities whose records are invalid: already reported where they are defined. */
	invalidEntities: Set<string>;
}

const headerSchema = pathwayFileSchema
	.omit({ hypotheses: true, compartments: true, nodes: true, edges: true, steps: true })
	.extend({
		hypotheses: z.unknown().optional(),
		compartments: z.unknown().optional(),
		nodes: z.unknown(),
		edges: z.unknown().optional(),
		steps: z.unknown().optional()
	});

export const edgeId = (e: {
	id?: string;
	source: string;
	relation: string;
	target: string;
}): string => e.id ?? `${e.source}-${e.relation}-${e.target}`;

/** Registers element ids; a repeat is an error that points back at the first. */
class IdRegistry {
	private readonly where = new Map<string, DataPath>();
	constructor(
		private readonly file: LocatedFile,
		private readonly out: Diagnostic[]
	) {}
	add(id: string, at: DataPath, derived: boolean): boolean {
		const first = this.where.get(id);
		if (first) {
			const what = derived ? 'derived-edge' : 'element';
			this.out.push(duplicateId.check(this.file, at, id, what, first));
			return false;
		}
		this.where.set(id, at);
		return true;
	}
	/** The path of the list item that defines `id`, e.g. ['nodes', 3]. */
	itemPath = (id: string): DataPath => (this.where.get(id) ?? []).slice(0, 2);
	has(id: string): boolean {
		return this.where.has(id);
	}
	ids(): string[] {
		return [...this.where.keys()];
	}
}

interface Build {
	file: LocatedFile;
	ctx: PathwayContext;
	out: Diagnostic[];
	ids: IdRegistry;
	/** The ids of the pathway's hypotheses. */
	hypotheses: Set<string>;
}

/** Checks the hypotheses an element lists; returns them for the model when there are any. */
function membership(b: Build, at: DataPath, ids: string[] | undefined): { hypotheses?: string[] } {
	if (!ids?.length) return {};
	const known = knownHypotheses(b.file, [...at, 'hypotheses'], ids, b.hypotheses, b.out);
	return known.length ? { hypotheses: known } : {};
}

function buildCompartments(b: Build, list: unknown): Compartment[] {
	const items = checkItems(compartmentSchema, b.file, list, ['compartments'], b.out);
	const kept = items.filter(({ index, value }) =>
		b.ids.add(value.id, ['compartments', index, 'id'], false)
	);
	const known = new Set(kept.map(({ value }) => value.id));
	for (const { index, value } of items) {
		if (value.parent && !known.has(value.parent)) {
			const at = ['compartments', index, 'parent'];
			b.out.push(unknownCompartment.check(b.file, at, value.parent, known));
		}
	}
	const cyclic = reportParentCycles(b.file, kept, b.out);
	return kept.map(({ value }) => {
		const { id, parent } = value;
		// A parent in a cycle is dropped: the cycle is reported, and layout needs a tree.
		const keep = parent && known.has(parent) && !cyclic.has(id);
		const label = localizedLabel(value);
		return { id, label, ...(keep ? { parent } : {}), kind: value.kind ?? 'cell' };
	});
}

/**
 * A node's label: its own, else its entity's. A relabelled node does not take the entity's
 * translations, which may mean something else; its own translations come first.
 */
function nodeLabel(n: z.infer<typeof nodeSchema>, entity: Entity | undefined): Localized {
	const own = localizedLabel(n, entity?.label.en ?? n.entity);
	return n.label || !entity ? own : { ...entity.label, ...own };
}

function buildNodes(b: Build, list: unknown, compartmentIds: Set<string>): PathwayNode[] {
	const { file, ctx, out } = b;
	out.push(...noNodes.check(file, list));
	return checkItems(nodeSchema, file, list, ['nodes'], out).flatMap(({ index, value: n }) => {
		const at = ['nodes', index];
		const id = n.id ?? n.entity;
		const entity = ctx.entities.get(n.entity);
		const fresh = b.ids.add(id, [...at, n.id ? 'id' : 'entity'], false);
		if (!entity && ctx.entitiesBroken) ctx.followOn('entity');
		else if (!entity && !ctx.invalidEntities.has(n.entity))
			out.push(unknownEntity.check(file, [...at, 'entity'], n.entity, ctx.entities.keys()));
		if (n.compartment && !compartmentIds.has(n.compartment)) {
			const where = [...at, 'compartment'];
			out.push(unknownCompartment.check(file, where, n.compartment, compartmentIds));
		}
		const evidence = resolveEvidence(n.evidence, [...at, 'evidence'], file, ctx, out);
		const label = nodeLabel(n, entity);
		const hypotheses = membership(b, at, n.hypotheses);
		return fresh
			? [
					{
						id,
						entity: n.entity,
						label,
						...(n.compartment ? { compartment: n.compartment } : {}),
						...hypotheses,
						...resolveContested(n.contested, [...at, 'contested'], file, ctx, out),
						evidence
					}
				]
			: [];
	});
}

function buildEdges(b: Build, list: unknown, nodeIds: Set<string>): PathwayEdge[] {
	const { file, ctx, out } = b;
	return checkItems(edgeSchema, file, list, ['edges'], out).flatMap(({ index, value: e }) => {
		const at = ['edges', index];
		const id = edgeId(e);
		const fresh = b.ids.add(id, e.id ? [...at, 'id'] : at, !e.id);
		for (const end of ['source', 'target'] as const) {
			if (!nodeIds.has(e[end])) out.push(unknownNode.check(file, [...at, end], e[end], nodeIds));
		}
		out.push(...selfLoop.check(file, at, id, e));
		const evidence = resolveEvidence(e.evidence, [...at, 'evidence'], file, ctx, out);
		const { source, target, relation } = e;
		const notes = optionalLocalized(e, 'note');
		const hypotheses = membership(b, at, e.hypotheses);
		const contested = resolveContested(e.contested, [...at, 'contested'], file, ctx, out);
		const edge = { id, source, target, relation, ...notes, ...hypotheses, ...contested, evidence };
		return fresh ? [edge] : [];
	});
}

function buildSteps(b: Build, list: unknown): Step[] {
	return checkItems(stepSchema, b.file, list, ['steps'], b.out).map(({ index, value }) => {
		value.show.forEach((ref, j) => {
			if (!b.ids.has(ref))
				b.out.push(unknownElement.check(b.file, ['steps', index, 'show', j], ref, b.ids.ids()));
		});
		if (value.hypothesis)
			checkStepFocus(b.file, ['steps', index, 'hypothesis'], value.hypothesis, b.hypotheses, b.out);
		const { show, hypothesis } = value;
		return {
			show,
			narration: localizedField(value, 'narration'),
			...(hypothesis && { hypothesis })
		};
	});
}

export interface BuiltPathway {
	pathway: Pathway;
	itemPath: (id: string) => DataPath;
}

export function buildPathway(
	id: string,
	file: LocatedFile,
	ctx: PathwayContext,
	out: Diagnostic[]
): BuiltPathway | undefined {
	const data = file.data;
	if (!isRecord(data)) {
		out.push(fileShape.check(file));
		return undefined;
	}
	const header = checkSchema(headerSchema, file, data, [], out);
	const hypotheses = buildHypotheses(file, data.hypotheses, ctx, out);
	const b: Build = {
		file,
		ctx,
		out,
		ids: new IdRegistry(file, out),
		hypotheses: new Set(hypotheses.map((h) => h.id))
	};
	const compartments = buildCompartments(b, data.compartments);
	const nodes = buildNodes(b, data.nodes, new Set(compartments.map((c) => c.id)));
	const edges = buildEdges(b, data.edges, new Set(nodes.map((n) => n.id)));
	const steps = buildSteps(b, data.steps);
	if (!header) return undefined;
	const pathway: Pathway = {
		id,
		title: localizedField(header, 'title'),
		summary: localizedField(header, 'summary'),
		...(header.languages ? { languages: header.languages } : {}),
		direction: header.direction,
		...(hypotheses.length ? { hypotheses } : {}),
		compartments,
		nodes,
		edges,
		steps
	};
	out.push(...hypothesisEdgeEnd.check(pathway, file, b.ids.itemPath));
	return { pathway, itemPath: b.ids.itemPath };
}
