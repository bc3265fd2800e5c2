/** The text formats of an export (SVG, .cyjs, CSV, SBGN-ML), built the same way by the menu and the CLI. */
import type { LaidOutPathway } from '../layout/types.ts';
import type { Pathway } from '../model/atlas.ts';
import { figureContext } from '../render/figureContext.ts';
import { inLanguage } from '../render/figureLanguage.ts';
import type { EmbeddedFont } from '../render/options.ts';
import type { Frame } from '../geometry/types.ts';
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

/** The laid-out pathway with its labels in the export's language (for .cyjs and SBGN-ML). */
const laidIn = (subject: ExportSubject, options: ExportOptions) =>
	inLanguage(subject.laid, figureContext(subject.pathway, subject.records), options.lang ?? 'en')
		.laid;

/** The file's text; a PNG is rasterised from figureSvg by the caller (browser or Node). */
export function exportText(
	subject: ExportSubject,
	options: ExportOptions & { format: 'svg' | 'cyjs' | 'csv' | 'sbgn' }
): string {
	const lang = options.lang ?? 'en';
	if (options.format === 'cyjs') return cyjsText(laidIn(subject, options), options.theme);
	if (options.format === 'csv') return evidenceCsv(subject.pathway, subject.records, lang);
	if (options.format === 'sbgn')
		return sbgnText(laidIn(subject, options), subject.pathway, subject.records);
	return figureSvg(subject, options);
}
