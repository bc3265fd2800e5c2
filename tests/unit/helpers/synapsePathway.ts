/** A synthetic pathway for the layout tests: every kind once, a synapse inside a neuron, a second cell. */
import type { Entity, Evidence, Pathway, QuotedEvidence } from '../../../src/lib/model/atlas.ts';
import {
	KINDS,
	type Direction,
	type Kind,
	type Relation
} from '../../../src/lib/schema/vocabulary.ts';

export const stated = (source: string, ...sentences: number[]): QuotedEvidence => ({
	support: 'stated',
	source,
	quote: 'q',
	sentences,
	start: 0,
	end: 1
});
export const listed = (source: string, ...sentences: number[]): QuotedEvidence => ({
	...stated(source, ...sentences),
	support: 'listed'
});
export const background = (reference: string): Evidence => ({
	support: 'background',
	reference,
	note: { en: 'assumed' }
});

export const ENTITIES: Map<string, Entity> = new Map(
	KINDS.map((kind, i) => [
		kind,
		{
			id: kind,
			label: { en: `${kind.replace('-', ' ')} number ${i}` },
			kind,
			synonyms: { en: [] },
			description: { en: '' },
			xrefs: {}
		}
	])
);

const IN_COMPARTMENT: Partial<Record<Kind, string>> = {
	receptor: 'synapse',
	'ion-channel': 'synapse',
	neurotransmitter: 'synapse',
	kinase: 'neuron',
	protein: 'neuron',
	'growth-factor': 'neuron',
	'cell-type': 'glia',
	hormone: 'glia'
};

export const edge = (source: Kind, relation: Relation, target: Kind, evidence: Evidence[]) => ({
	id: `${source}-${relation}-${target}`,
	source,
	target,
	relation,
	evidence
});

/** Acyclic, so every edge must point along the pathway's direction. */
export function synapsePathway(direction: Direction = 'TB'): Pathway {
	return {
		id: 'synthetic',
		title: { en: 'Synthetic pathway' },
		summary: { en: '' },
		direction,
		compartments: [
			{ id: 'neuron', label: { en: 'Pyramidal neuron' }, kind: 'cell' },
			{ id: 'synapse', label: { en: 'Glutamatergic synapse' }, kind: 'synapse', parent: 'neuron' },
			{ id: 'glia', label: { en: 'Astrocyte' }, kind: 'cell' }
		],
		nodes: KINDS.map((k) => ({
			id: k,
			entity: k,
			label: ENTITIES.get(k)!.label,
			...(IN_COMPARTMENT[k] ? { compartment: IN_COMPARTMENT[k] } : {}),
			evidence: [stated('s1', 1)]
		})),
		edges: [
			edge('drug', 'blocks', 'receptor', [stated('s1', 1), stated('s2', 3), listed('s1', 1)]),
			edge('drug-class', 'is-a', 'drug', [background('r1')]),
			edge('receptor', 'modulates', 'ion-channel', [listed('s1', 2)]),
			edge('ion-channel', 'activates', 'kinase', [stated('s1', 2, 3)]),
			edge('neurotransmitter', 'binds', 'receptor', [stated('s3', 1)]),
			edge('kinase', 'increases', 'growth-factor', [stated('s1', 4), background('r1')]),
			edge('growth-factor', 'activates', 'protein', [listed('s2', 1)]),
			edge('protein', 'leads-to', 'process', [stated('s1', 5)]),
			edge('process', 'decreases', 'disorder', [stated('s1', 6), stated('s1', 7), stated('s2', 6)]),
			edge('disorder', 'leads-to', 'clinical-outcome', [background('r2')]),
			edge('cell-type', 'releases', 'hormone', [stated('s3', 2)]),
			edge('hormone', 'inhibits', 'process', [listed('s3', 2)]),
			edge('brain-region', 'contains', 'cell-type', [background('r1')])
		],
		steps: []
	};
}
