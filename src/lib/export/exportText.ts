/** The text formats of an export (SVG, .cyjs, CSV, SBGN-ML, GIFT, Moodle XML), built the same way by the menu and the CLI. */
import type { LaidOutPathway } from '../layout/types.ts';
import type { Pathway } from '../model/atlas.ts';
import { withStepHypothesis } from './stepHypothesis.ts';
import { figureContext } from '../render/figureContext.ts';
import { inLanguage } from '../render/figureLanguage.ts';
import type { EmbeddedFont } from '../render/options.ts';
import type { Frame } from '../geometry/types.ts';
import { renderSvg } from '../render/renderSvg.ts';
import { evidenceCsv, type EvidenceRecords } from './csv.ts';
import { cyjsText } from './cyjs.ts';
import { figureOptions, type ExportOptions, type Format } from './exportOptions.ts';
import { EXPORT_FORMATS } from './formats.ts';
import { sbgnText } from './sbgn.ts';
import { giftText } from './gift.ts';
import { moodleXmlText } from './moodleXml.ts';
import type { Elsewhere } from '../practice/types.ts';

/** One pathway with its layout and the records its evidence cites. */
export interface ExportSubject {
	pathway: Pathway;
	laidOut: LaidOutPathway;
	records: EvidenceRecords;
	/** Other pathways' nodes, offered as wrong answers by the practice questions. */
	elsewhere?: Elsewhere;
}

/** What a figure is drawn from: a subject, whatever the other pathways hold. */
export type FigureSubject = Omit<ExportSubject, 'elsewhere'>;

/**
 * What the export menu (and its form) is given by the page: the other pathways' nodes only; the
 * form fetches their links (pages/practiceLinks.ts) when it writes questions.
 */
export interface ExportMenuProps {
	subject: FigureSubject & { elsewhere?: Pick<Elsewhere, 'nodes'> };
	/** What the viewer shows now, in model coordinates; undefined before it is ready. */
	viewport: () => Frame | undefined;
}

/** `fonts`: the label font inlined, for rasterising in a browser. */
export const figureSvg = (
	subject: FigureSubject,
	options: ExportOptions,
	fonts?: EmbeddedFont[]
): string =>
	renderSvg(
		subject.laidOut,
		{
			...figureOptions(withStepHypothesis(subject.pathway, options)),
			...(fonts ? { embedFonts: fonts } : {})
		},
		figureContext(subject.pathway, subject.records)
	);

/** The laid-out pathway with its labels in the export's language (for .cyjs and SBGN-ML). */
const laidOutIn = (subject: ExportSubject, options: ExportOptions) =>
	inLanguage(subject.laidOut, figureContext(subject.pathway, subject.records), options.lang ?? 'en')
		.laidOut;

/** A pathway's file written as text (the registry's `body: 'text'`, lecture formats apart). */
export type TextFormat = {
	[F in Format]: (typeof EXPORT_FORMATS)[F]['body'] extends 'text' ? F : never;
}[Format];

type TextWriter = (subject: ExportSubject, options: ExportOptions) => string;

/** One writer per text format: a format added to the registry without one does not compile. */
const TEXT_WRITERS: Record<TextFormat, TextWriter> = {
	svg: (subject, options) => figureSvg(subject, options),
	cyjs: (subject, options) => cyjsText(laidOutIn(subject, options), options.theme),
	csv: (subject, options) => evidenceCsv(subject.pathway, subject.records, options.lang ?? 'en'),
	sbgn: (subject, options) =>
		sbgnText(laidOutIn(subject, options), subject.pathway, subject.records),
	gift: (subject, options) => giftText(subject, options.lang ?? 'en'),
	'moodle-xml': (subject, options) => moodleXmlText(subject, options.lang ?? 'en')
};

export const isTextFormat = (format: Format): format is TextFormat =>
	EXPORT_FORMATS[format].body === 'text';

/** The file's text; a PNG is rasterised from figureSvg by the caller (browser or Node). */
export const exportText = (
	subject: ExportSubject,
	options: ExportOptions & { format: TextFormat }
): string => TEXT_WRITERS[options.format](subject, options);
