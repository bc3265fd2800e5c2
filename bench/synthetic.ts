/**
 * Seeded synthetic atlases for the benchmark: pathways layered like a signalling cascade (drugs,
 * receptors, kinases, effectors, outcomes), about 1.5 edges per node, with cells and their
 * compartments, and evidence that resolves against a synthetic source, so the real validator,
 * layout and renderers run on them unchanged. Same seed, same files.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { KIND_NAMES } from '../src/lib/i18n/vocabulary/kinds.ts';
import type { Kind, Relation } from '../src/lib/schema/vocabulary.ts';
import { markOutput, outputProblem } from '../src/lib/server/outputGuard.js';
import { writeFileSafely } from '../src/lib/server/writeFile.js';
import type { CuratedFiles } from '../src/lib/validate/files.ts';
import { mulberry32 } from '../src/lib/practice/random.ts';

/** mulberry32: small, fast and good enough for test data. */
export const random = mulberry32;

export const SOURCE_ID = 'synthetic-cascade';
export const REFERENCE_ID = 'synthetic-review';

const SENTENCES = [
	'The drug binds its receptor at the cell membrane.',
	'Receptor activation recruits a cascade of protein kinases in the cytoplasm.',
	'Each kinase phosphorylates the next kinase of the cascade.',
	'Phosphatases and feedback loops limit the duration of the signal.',
	'Activated kinases enter the nucleus and switch on transcription factors.',
	'Transcription factors increase the synthesis of synaptic proteins.',
	'Synaptic proteins build new synapses within hours.',
	'New synapses are proposed to underlie the clinical response.'
];
/** A verbatim piece of each sentence, quoted as evidence. */
const QUOTES = SENTENCES.map((s) => s.split(' ').slice(1, 5).join(' '));

const STEMS = [
	'MAP',
	'Akt',
	'PKC',
	'CaMK',
	'Ras',
	'Raf',
	'JNK',
	'STAT',
	'PI3K',
	'PLC',
	'Src',
	'CREB',
	'Arc',
	'Homer',
	'Shank',
	'Rho'
];
const KIND_SUFFIX: Partial<Record<Kind, string[]>> = {
	receptor: ['receptor', 'receptor subunit'],
	kinase: ['kinase', 'kinase kinase'],
	protein: ['scaffold protein', 'adaptor', 'transcription factor'],
	process: ['phosphorylation', 'synaptic protein synthesis', 'translocation'],
	'growth-factor': ['growth factor']
};
const MIDDLE_KINDS: Kind[] = [
	'receptor',
	'kinase',
	'kinase',
	'protein',
	'process',
	'growth-factor'
];
const FORWARD: Relation[] = [
	'activates',
	'activates',
	'increases',
	'leads-to',
	'releases',
	'binds'
];
const BACKWARD: Relation[] = ['inhibits', 'decreases'];

interface SynNode {
	id: string;
	layer: number;
	position: number;
	kind: Kind;
	label: string;
	compartment?: string;
}

interface SynEdge {
	source: string;
	target: string;
	relation: Relation;
}

export interface SyntheticGraph {
	nodes: SynNode[];
	edges: SynEdge[];
	compartments: { id: string; label: string; zh: string; kind: string; parent?: string }[];
}

const pick = <T>(rnd: () => number, items: readonly T[]): T =>
	items[Math.floor(rnd() * items.length)]!;

type Category = 'drug' | 'middle' | 'outcome';

/**
 * Entity k of a category: the same id, kind and label whatever the size, so the catalogues of
 * different sizes nest and a smaller atlas is a prefix of a larger one.
 */
function entityOf(category: Category, k: number, seed: number) {
	if (category === 'drug')
		return { id: `syn-drug-${k}`, kind: 'drug' as Kind, label: `Compound ${k}` };
	if (category === 'outcome')
		return { id: `syn-outcome-${k}`, kind: 'clinical-outcome' as Kind, label: `Outcome ${k}` };
	const rnd = random(seed * 7919 + k);
	const kind = pick(rnd, MIDDLE_KINDS);
	const suffix = pick(rnd, KIND_SUFFIX[kind] ?? ['protein']);
	return { id: `syn-e${k}`, kind, label: `${pick(rnd, STEMS)}${k} ${suffix}` };
}

/**
 * A layered cascade of `size` nodes: a few drugs on top, outcomes at the bottom, and between them
 * layers whose nodes each take one input from near the same place in the layer above, plus extra
 * inputs (some skipping a layer) and a few feedback edges: about 1.5 edges per node in all. Cells
 * are vertical lanes, each with membrane, cytoplasm and nucleus compartments by depth.
 */
export function syntheticGraph(size: number, seed: number): SyntheticGraph {
	const rnd = random(seed * 1_000_003 + size);
	const layers = Math.max(4, Math.round(Math.sqrt(size) * 0.8));
	const cells = Math.max(1, Math.round(size / 250));
	const drugs = Math.max(1, Math.round(size / 60));
	const outcomes = Math.max(1, Math.round(size / 80));
	// Layer sizes: drugs, then the middle shared out with some variation, then outcomes.
	const middle = size - drugs - outcomes;
	const weights = Array.from({ length: layers - 2 }, () => 0.6 + 0.8 * rnd());
	const total = weights.reduce((a, b) => a + b, 0);
	const counts = weights.map((w) => Math.max(1, Math.floor((w / total) * middle)));
	for (let k = 0, left = middle - counts.reduce((a, b) => a + b, 0); left > 0; k++, left--)
		counts[k % counts.length]!++;
	const layerSizes = [drugs, ...counts, outcomes];

	const compartments: SyntheticGraph['compartments'] = [];
	const parts = ['membrane', 'cytoplasm', 'nucleus'] as const;
	const partsZh = { membrane: '细胞膜', cytoplasm: '细胞质', nucleus: '细胞核' };
	for (let c = 0; c < cells; c++) {
		const cell = `cell-${c + 1}`;
		compartments.push({ id: cell, label: `Neuron ${c + 1}`, zh: `神经元 ${c + 1}`, kind: 'cell' });
		for (const part of parts)
			compartments.push({
				id: `${cell}-${part}`,
				label: `${part} ${c + 1}`,
				zh: `${partsZh[part]} ${c + 1}`,
				kind: 'group',
				parent: cell
			});
	}

	const nodes: SynNode[] = [];
	const byLayer: SynNode[][] = [];
	const counters: Record<Category, number> = { drug: 0, middle: 0, outcome: 0 };
	layerSizes.forEach((count, layer) => {
		const row: SynNode[] = [];
		const category: Category = layer === 0 ? 'drug' : layer === layers - 1 ? 'outcome' : 'middle';
		for (let j = 0; j < count; j++) {
			const position = (j + 0.5) / count;
			const node: SynNode = { layer, position, ...entityOf(category, ++counters[category], seed) };
			if (layer > 0 && layer < layers - 1) {
				const cell = Math.min(cells - 1, Math.floor(position * cells));
				const depth = (layer - 1) / Math.max(1, layers - 2);
				const part = parts[Math.min(2, Math.floor(depth * 3))]!;
				node.compartment = `cell-${cell + 1}-${part}`;
			}
			row.push(node);
			nodes.push(node);
		}
		byLayer.push(row);
	});

	const edges: SynEdge[] = [];
	const seen = new Set<string>();
	const add = (source: SynNode, target: SynNode, relations: readonly Relation[]) => {
		if (source === target) return false;
		const key = `${source.id}>${target.id}`;
		if (seen.has(key)) return false;
		seen.add(key);
		edges.push({ source: source.id, target: target.id, relation: pick(rnd, relations) });
		return true;
	};
	/** A node of `row` near `position`, within about `spread` nodes of it. */
	const near = (row: SynNode[], position: number, spread: number) => {
		const p = Math.min(0.999, Math.max(0, position + ((rnd() - 0.5) * spread) / row.length));
		return row[Math.floor(p * row.length)]!;
	};
	// Every node below the top has one input from the layer above: the cascade's backbone.
	for (let layer = 1; layer < layers; layer++)
		for (const n of byLayer[layer]!) add(near(byLayer[layer - 1]!, n.position, 4), n, FORWARD);
	// Every node above the bottom has an output too: no node stands alone.
	const hasOutput = new Set(edges.map((e) => e.source));
	for (let layer = 0; layer < layers - 1; layer++)
		for (const n of byLayer[layer]!)
			if (!hasOutput.has(n.id)) add(n, near(byLayer[layer + 1]!, n.position, 4), FORWARD);
	// Extra inputs, some skipping a layer, and a few feedback edges, up to ~1.5 edges per node.
	const target = Math.round(size * 1.5);
	for (let tries = 0; edges.length < target && tries < size * 20; tries++) {
		const to = nodes[1 + Math.floor(rnd() * (nodes.length - 1))]!;
		if (to.layer === 0) continue;
		const r = rnd();
		if (r < 0.05 && to.layer + 2 < layers) {
			add(near(byLayer[to.layer + 1 + Math.floor(rnd() * 2)]!, to.position, 6), to, BACKWARD);
		} else {
			const skip = r < 0.25 && to.layer >= 2 ? 2 : 1;
			add(near(byLayer[to.layer - skip]!, to.position, 8), to, FORWARD);
		}
	}
	return { nodes, edges, compartments };
}

/** Evidence for element number i: mostly stated, some listed, some background. */
function evidenceFor(i: number, edge: boolean) {
	const sentence = i % SENTENCES.length;
	const roll = (i * 7919) % 20;
	if (edge && roll < 3)
		return [
			{
				support: 'background',
				reference: REFERENCE_ID,
				note: 'Synthetic: assumed from the cascade model.',
				noteZh: '合成数据：依级联模型假定。'
			}
		];
	return [
		{ support: edge && roll < 8 ? 'listed' : 'stated', source: SOURCE_ID, quote: QUOTES[sentence] }
	];
}

export function pathwayId(size: number): string {
	return `synthetic-${size}`;
}

function pathwayYaml(size: number, seed: number): { text: string; graph: SyntheticGraph } {
	const graph = syntheticGraph(size, seed);
	const doc = {
		title: `Synthetic cascade, ${size.toLocaleString('en')} nodes`,
		titleZh: `合成级联，${size} 个节点`,
		summary: `A seeded synthetic signalling cascade (seed ${seed}) for the benchmark.`,
		summaryZh: `用于基准测试的、以种子 ${seed} 生成的合成信号级联。`,
		direction: 'TB',
		compartments: graph.compartments,
		nodes: graph.nodes.map((n, i) => ({
			entity: n.id,
			...(n.compartment ? { compartment: n.compartment } : {}),
			evidence: evidenceFor(i, false)
		})),
		edges: graph.edges.map((e, i) => ({ ...e, evidence: evidenceFor(i, true) }))
	};
	return { text: `# Generated by bench/synthetic.ts; do not edit.\n${stringify(doc)}`, graph };
}

/** The entity catalogue of the largest graph: every smaller one uses a prefix of it. */
function entitiesYaml(graphs: SyntheticGraph[]): string {
	const byId = new Map<string, SynNode>();
	for (const g of graphs) for (const n of g.nodes) if (!byId.has(n.id)) byId.set(n.id, n);
	const entities = [...byId.values()].map((n) => ({
		id: n.id,
		label: n.label,
		// the same name: a synthetic code, not a word to translate
		zh: n.label,
		kind: n.kind,
		description: `Synthetic ${n.kind.replace('-', ' ')} of layer ${n.layer + 1}.`,
		descriptionZh: `第 ${n.layer + 1} 层的合成${KIND_NAMES[n.kind].zh}。`
	}));
	return stringify({ entities });
}

const SOURCE = {
	title: 'A synthetic signalling cascade',
	year: 2024,
	unverified: ['title', 'year'],
	text: SENTENCES.join('\n')
};
const REFERENCES = {
	references: [{ id: REFERENCE_ID, title: 'A synthetic review of signalling cascades', year: 2024 }]
};

/**
 * One atlas with a pathway per size, as the files a curator would write (paths relative to the
 * atlas folder `root`).
 */
export function syntheticAtlas(sizes: number[], seed: number, root = 'synthetic'): CuratedFiles {
	const pathways = sizes.map((size) => pathwayYaml(size, seed));
	return {
		root,
		entities: { path: `${root}/entities.yaml`, text: entitiesYaml(pathways.map((p) => p.graph)) },
		references: { path: `${root}/references.yaml`, text: stringify(REFERENCES) },
		sources: [{ path: `${root}/sources/${SOURCE_ID}.yaml`, text: stringify(SOURCE) }],
		pathways: sizes.map((size, i) => ({
			path: `${root}/${pathwayId(size)}.yaml`,
			text: pathways[i]!.text
		}))
	};
}

/** Writes an atlas folder (replacing what was there: never the project's own folders) and returns it. */
export function writeAtlas(dir: string, files: CuratedFiles): string {
	const refusal = outputProblem(dir, {
		what: 'the synthetic atlas folder',
		kind: 'atlas copy',
		example: 'a temporary folder'
	});
	if (refusal) throw new Error(refusal);
	rmSync(dir, { recursive: true, force: true });
	const all = [files.entities, files.references, ...files.sources, ...files.pathways];
	for (const f of all) {
		if (!f) continue;
		const path = join(dir, f.path.slice(files.root.length + 1));
		mkdirSync(dirname(path), { recursive: true });
		writeFileSafely(path, f.text);
	}
	markOutput(dir, 'atlas copy');
	return dir;
}
