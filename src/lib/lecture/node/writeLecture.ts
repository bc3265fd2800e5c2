/**
 * The CLI's lecture exports: every step as a numbered SVG (or PNG) file, or the whole lecture as
 * a PowerPoint deck (in --theme, with or without the legend) whose PNG fallbacks are drawn by resvg.
 */
import { join } from 'node:path';
import PptxGenJS from 'pptxgenjs';
import type { ExportOptions } from '../../export/exportOptions.ts';
import { EXPORT_FORMATS, fileStem } from '../../export/formats.ts';
import type { ExportSubject } from '../../export/exportText.ts';
import { rasterisePng } from '../../export/node/rasterisePng.ts';
import { writeFileSafely } from '../../server/writeFile.js';
import { buildDeck } from '../deck.ts';
import { withPngFallbacks } from '../pngFallbacks.ts';
import { stepFigures, stepFileName } from '../stepFigures.ts';

export type LectureExport = 'steps' | 'deck';

/** Writes the files and returns their paths. */
export async function writeLecture(
	subject: ExportSubject,
	kind: LectureExport,
	options: ExportOptions,
	out: string
): Promise<string[]> {
	const id = fileStem(subject.pathway.id, options.lang);
	if (kind === 'deck') {
		const { theme, legend, lang = 'en', verbs } = options;
		const built = await buildDeck(PptxGenJS, subject, {
			theme,
			legend,
			lang,
			...(verbs === undefined ? {} : { verbs })
		});
		const deck = withPngFallbacks(built, (svg) => rasterisePng(svg, 2));
		const file = join(out, EXPORT_FORMATS.pptx.fileName(id));
		writeFileSafely(file, deck);
		return [file];
	}
	return stepFigures(subject, options).map((figure) => {
		const png = options.format === 'png';
		const total = subject.pathway.steps.length;
		const file = join(out, png ? stepFileName(id, figure.step, total, 'png') : figure.name);
		writeFileSafely(file, png ? rasterisePng(figure.svg, options.scale) : figure.svg);
		return file;
	});
}
