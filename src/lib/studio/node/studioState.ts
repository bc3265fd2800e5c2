/**
 * What the studio page shows, worked out on the dev server after every edit: the catalogue,
 * the sources with their sentences, and the open pathway laid out as the build lays it out.
 */
import type {
	Atlas,
	BackgroundEvidence,
	Contested,
	Evidence,
	Pathway,
	QuotedEvidence
} from '../../model/atlas.ts';
import type { ContestedFile } from '../../schema/files.ts';
import { cachedLayout } from '../../server/layoutCache.ts';
import { pathwayViewer, type PathwayViewer } from '../../pages/pathwayViewer.ts';
import { toCytoscapeElements } from '../../style/cytoscapeElements.ts';
import { cytoscapeStyle, type StyleRule } from '../../style/cytoscapeStyle.ts';
import type { ElementDefinition } from 'cytoscape';
import { pathwayPageData } from '../../view/pathwayPage.ts';
import type { AtlasStore } from './atlasStore.ts';
import { pathwayTexts, STUDIO_TRANSLATION, type TextRow } from '../pathwayTexts.ts';
import { list } from '../pathwayPlaces.ts';
import { sourceFile } from '../sourceEdits.ts';

export interface StudioElement {
	id: string;
	label: string;
	/** A node's label in Chinese (its own, else its entity's). */
	zh?: string;
	/** A node's entity in the catalogue. */
	entity?: string;
	kind: 'node' | 'edge';
	source?: string;
	target?: string;
	relation?: string;
	compartment?: string;
	hypotheses?: string[];
	/** The counter-evidence as the file writes it, when the element is contested. */
	contested?: ContestedFile;
	evidence: FileEvidence[];
}

export interface StudioSource {
	id: string;
	title: string;
	text: string;
	sentences: { n: number; start: number; end: number; text: string }[];
	/** The sentences left uncited on purpose, as the source file lists them. */
	uncited: { quote: string; reason: string }[];
}

export interface StudioState {
	hashes: Record<string, string>;
	pathways: { id: string; title: string }[];
	entities: {
		id: string;
		label: string;
		zh?: string;
		kind: string;
		synonyms: string[];
		synonymsZh?: string[];
		description: string;
		descriptionZh?: string;
	}[];
	sources: StudioSource[];
	references: { id: string; title: string }[];
	/** The validator's verdict on the files as they are now (a hand edit may break them). */
	errors: string[];
	/** What undo and redo would take back or make again in the open pathway (its own history). */
	undo?: string;
	redo?: string;
	pathway?: {
		id: string;
		title: string;
		direction: string;
		compartments: { id: string; label: string; zh?: string; parent?: string }[];
		elements: StudioElement[];
		steps: { show: string[]; narration: string; narrationZh?: string; hypothesis?: string }[];
		hypotheses: { id: string; label: string; evidence: FileEvidence[] }[];
		/** Its texts with their Chinese; `needsZh` when it declares itself complete in Chinese. */
		texts: TextRow[];
		needsZh: boolean;
		/** The page's viewer, with Cytoscape's elements made here: the studio redraws on every edit. */
		viewer: PathwayViewer & { style: StyleRule[]; elements: ElementDefinition[] };
	};
}

/** A piece of evidence as the file writes it: its note's English and Chinese apart. */
export type FileEvidence = (Omit<QuotedEvidence, 'note'> | Omit<BackgroundEvidence, 'note'>) & {
	note?: string;
	noteZh?: string;
};

function fileEvidence(ev: Evidence): FileEvidence {
	const { note, ...rest } = ev;
	return { ...rest, ...(note && { note: note.en }), ...(note?.zh && { noteZh: note.zh }) };
}

const contestedFields = ({ reference, note }: Contested): ContestedFile => ({
	reference,
	note: note.en,
	...(note.zh && { noteZh: note.zh })
});

function elements(p: Pathway): StudioElement[] {
	return [
		...p.nodes.map((n) => ({
			id: n.id,
			label: n.label.en,
			...(n.label.zh && { zh: n.label.zh }),
			entity: n.entity,
			kind: 'node' as const,
			...(n.compartment && { compartment: n.compartment }),
			...(n.hypotheses && { hypotheses: n.hypotheses }),
			...(n.contested && { contested: contestedFields(n.contested) }),
			evidence: n.evidence.map(fileEvidence)
		})),
		...p.edges.map((e) => ({
			id: e.id,
			label: `${e.source} ${e.relation} ${e.target}`,
			kind: 'edge' as const,
			source: e.source,
			target: e.target,
			relation: e.relation,
			...(e.hypotheses && { hypotheses: e.hypotheses }),
			...(e.contested && { contested: contestedFields(e.contested) }),
			evidence: e.evidence.map(fileEvidence)
		}))
	];
}

function openPathway(atlas: Atlas, id: string): StudioState['pathway'] {
	const p = atlas.pathways.find((x) => x.id === id);
	if (!p) return undefined;
	const data = pathwayPageData(atlas, p);
	const laidOut = cachedLayout(p, atlas.entities);
	return {
		id: p.id,
		title: p.title.en,
		direction: p.direction,
		compartments: p.compartments.map((c) => ({
			id: c.id,
			label: c.label.en,
			...(c.label.zh && { zh: c.label.zh }),
			...(c.parent && { parent: c.parent })
		})),
		elements: elements(p),
		steps: p.steps.map(({ narration, ...step }) => ({
			...step,
			narration: narration.en,
			...(narration.zh ? { narrationZh: narration.zh } : {})
		})),
		hypotheses: (p.hypotheses ?? []).map((h) => ({
			id: h.id,
			label: h.label.en,
			evidence: h.evidence.map(fileEvidence)
		})),
		texts: pathwayTexts(p, STUDIO_TRANSLATION),
		needsZh: p.languages?.includes(STUDIO_TRANSLATION) ?? false,
		viewer: {
			...pathwayViewer(p, data.entities, data, laidOut, 'en'),
			style: cytoscapeStyle('light'),
			elements: toCytoscapeElements(laidOut)
		}
	};
}

const optional = <K extends string>(key: K, value: string | undefined) =>
	(value === undefined ? {} : { [key]: value }) as Partial<Record<K, string>>;

export function studioState(store: AtlasStore, pathwayId: string | undefined): StudioState {
	const { atlas, errors } = store.validate();
	const formatted = errors.map((d) => `${d.path}:${d.line}:${d.column}: ${d.message}`);
	const texts = store.texts();
	return {
		hashes: store.hashes(),
		pathways: atlas.pathways.map((p) => ({ id: p.id, title: p.title.en })),
		entities: [...atlas.entities.values()].map((e) => ({
			id: e.id,
			label: e.label.en,
			...(e.label.zh && { zh: e.label.zh }),
			kind: e.kind,
			synonyms: e.synonyms.en,
			...(e.synonyms.zh && { synonymsZh: e.synonyms.zh }),
			description: e.description.en,
			...(e.description.zh && { descriptionZh: e.description.zh })
		})),
		sources: [...atlas.sources.values()].map((s) => ({
			id: s.id,
			title: s.title,
			text: s.text,
			sentences: s.sentences,
			uncited: list<{ quote: string; reason: string }>(texts[sourceFile(s.id)] ?? '', 'uncited')
		})),
		references: [...atlas.references.values()].map((r) => ({ id: r.id, title: r.title })),
		errors: formatted,
		...optional('undo', store.nextUndo(pathwayId)),
		...optional('redo', store.nextRedo(pathwayId)),
		...(pathwayId && !errors.length && { pathway: openPathway(atlas, pathwayId) })
	};
}
