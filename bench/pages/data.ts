/** The data files the baseline and export pages fetch, written by the benchmark. */
import type { ElementDefinition } from 'cytoscape';
import type { LaidOutPathway } from '../../src/lib/layout/types.ts';
import type { Point } from '../../src/lib/geometry/types.ts';
import type { Atlas, Pathway } from '../../src/lib/model/atlas.ts';
import { figureContext, type FigureContext } from '../../src/lib/render/figureContext.ts';
import { toCytoscapeElements } from '../../src/lib/style/cytoscapeElements.ts';

export interface BaselineData {
	direction: string;
	/** Elements with no positions: the app lays them out. */
	elements: ElementDefinition[];
	positions: Record<string, Point>;
	details: Record<string, { title: string; evidence: string[] }>;
}

export interface ExportData {
	laidOut: LaidOutPathway;
	context: FigureContext;
}

export function baselineData(laidOut: LaidOutPathway, pathway: Pathway): BaselineData {
	const elements = toCytoscapeElements(laidOut);
	const positions: Record<string, Point> = {};
	for (const el of elements) if (el.position) positions[el.data.id!] = el.position;
	const label = new Map(laidOut.nodes.map((n) => [n.id, n.label]));
	const details: BaselineData['details'] = {};
	for (const el of [...pathway.nodes, ...pathway.edges]) {
		const title =
			'entity' in el
				? el.label.en
				: `${label.get(el.source)} ${el.relation.replace('-', ' ')} ${label.get(el.target)}`;
		details[el.id] = {
			title,
			evidence: el.evidence.map((e) => (e.support === 'background' ? e.note.en : e.quote))
		};
	}
	return {
		direction: pathway.direction,
		elements: elements.map(({ position: _position, ...rest }) => rest),
		positions,
		details
	};
}

export const exportData = (
	laidOut: LaidOutPathway,
	pathway: Pathway,
	atlas: Atlas
): ExportData => ({
	laidOut,
	context: figureContext(pathway, atlas)
});

/** The export data as JSON: the figure context's id tables are Maps, written as their entries. */
export const exportJson = (data: ExportData): string =>
	JSON.stringify(data, (_key, value: unknown) =>
		value instanceof Map ? { entries: [...value.entries()], map: true } : value
	);

/** The export data read back, its Maps rebuilt. */
export const readExportJson = (text: string): ExportData =>
	JSON.parse(text, (_key, value: unknown) =>
		value && typeof value === 'object' && (value as { map?: unknown }).map === true
			? new Map((value as { entries: [string, unknown][] }).entries)
			: value
	) as ExportData;
