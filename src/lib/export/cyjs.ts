/**
 * A laid-out pathway as a .cyjs document, the JSON Cytoscape desktop opens and Cytoscape.js
 * reads: elements with their positions, and the stylesheet (plain JSON).
 *
 * Cytoscape desktop's reader (json-impl's CytoscapejsMapper) turns every data field into a table
 * column and reads node positions; it ignores `parent` (no groups) and `style`. So each edge also
 * carries desktop's own columns, `interaction` (the relation) and `name` ("A (relation) B"), and
 * each node the id of its compartment as a plain `compartment` column.
 */
import type { ElementDefinition } from 'cytoscape';
import type { LaidOutPathway } from '../layout/types.ts';
import { ECO_TERMS } from '../schema/eco.ts';
import type { StudyKind } from '../schema/vocabulary.ts';
import { cytoscapeDiagram } from '../style/cytoscapeDiagram.ts';
import type { StyleValue } from '../style/cytoscapeStyle.ts';
import type { Theme } from '../style/themes.ts';

type Data = Record<string, unknown>;

export interface CyjsElement {
	data: Data & { id: string };
	position?: { x: number; y: number };
}

export interface CyjsDocument {
	format_version: '1.0';
	generated_by: string;
	target_cytoscapejs_version: string;
	data: { name: string; shared_name: string; pathway: string };
	elements: { nodes: CyjsElement[]; edges: CyjsElement[] };
	style: { selector: string; style: Record<string, StyleValue> }[];
}

export const GENERATED_BY = 'Mechanism Atlas';
export const TARGET_CYTOSCAPEJS = '~3.34';

/** The study kinds of an edge's evidence and their ECO ids, as desktop's text columns. */
function studyColumns(kinds: StudyKind[]): Data {
	if (!kinds.length) return {};
	const eco = [...new Set(kinds.flatMap((k) => ECO_TERMS.get(k)?.id ?? []))];
	return { study: kinds.join('; '), ...(eco.length ? { eco: eco.join('; ') } : {}) };
}

export function cyjsDocument(laidOut: LaidOutPathway, theme: Theme): CyjsDocument {
	const { elements, style } = cytoscapeDiagram(laidOut, theme);
	const names = new Map(
		[...laidOut.nodes, ...laidOut.compartments].map((n): [string, string] => [n.id, n.label])
	);
	const desktopColumns = (data: Data & { id: string }): Data => {
		const name = names.get(data.id);
		if (name !== undefined)
			return { name, shared_name: name, ...(data.parent ? { compartment: data.parent } : {}) };
		const edge = `${names.get(String(data.source))} (${data.relation}) ${names.get(String(data.target))}`;
		return { interaction: data.relation, name: edge, shared_name: edge };
	};
	const studies = new Map(laidOut.edges.map((e) => [e.id, studyColumns(e.studies ?? [])]));
	const plain = (el: ElementDefinition): CyjsElement => {
		const data = el.data as Data & { id: string };
		return {
			data: { ...data, ...desktopColumns(data), ...studies.get(data.id) },
			...(el.position ? { position: { ...el.position } } : {})
		};
	};
	return {
		format_version: '1.0',
		generated_by: GENERATED_BY,
		target_cytoscapejs_version: TARGET_CYTOSCAPEJS,
		data: { name: laidOut.title, shared_name: laidOut.title, pathway: laidOut.id },
		elements: {
			nodes: elements.filter((el) => el.group === 'nodes').map(plain),
			edges: elements.filter((el) => el.group === 'edges').map(plain)
		},
		style
	};
}

export const cyjsText = (laidOut: LaidOutPathway, theme: Theme): string =>
	JSON.stringify(cyjsDocument(laidOut, theme), null, 2) + '\n';
