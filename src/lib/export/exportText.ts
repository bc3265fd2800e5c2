/** The text formats of an export (SVG, .cyjs, CSV, SBGN-ML), built the same way by the menu and the CLI. */
import type { LaidOutPathway } from '../layout/types.ts';
import type { Pathway } from '../model/atlas.ts';
import { figureContext } from '../render/figureContext.ts';
import type { EmbeddedFont, Frame } from '../render/options.ts';
import { renderSvg } from '../render/renderSvg.ts';
import { evidenceCsv, type EvidenceRecords } from './csv.ts';
import { cyjsText } from './cyjs.ts';
import { figureOptions, type ExportOptions } from './exportOptions.ts';
import { sbgnText } from './sbgn.ts';

/** One pathway with its layout and the records its evidence cites. */
export interface ExportSubject {
	pathway: Pathway;
	laid: LaidOutPathway;
	records: EvidenceRecords;
}

/** What the export menu (and its form) is given by the page. */
export interface ExportMenuProps {
	subject: ExportSubject;
	/** What the viewer shows now, in model coordinates; undefined before it is ready. */
	viewport: () => Frame | undefined;
}

/** `fonts`: the label font inlined, for rasterising in a browser. */
export const figureSvg = (
	subject: ExportSubject,
	options: ExportOptions,
	fonts?: EmbeddedFont[]
): string =>
	renderSvg(
		subject.laid,
		{ ...figureOptions(options), ...(fonts ? { embedFonts: fonts } : {}) },
		figureContext(subject.pathway, subject.records)
	);

/** The file's text; a PNG is rasterised from figureSvg by the caller (browser or Node). */
export function exportText(
	subject: ExportSubject,
	options: ExportOptions & { format: 'svg' | 'cyjs' | 'csv' | 'sbgn' }
): string {
	if (options.format === 'cyjs') return cyjsText(subject.laid, options.theme);
	if (options.format === 'csv') return evidenceCsv(subject.pathway, subject.records);
	if (options.format === 'sbgn') return sbgnText(subject.laid, subject.pathway, subject.records);
	return figureSvg(subject, options);
}
