/**
 * The presentation menu's exports, in the browser. The zip and deck libraries load on first use,
 * so the presentation itself stays small.
 */
import { downloadBlob } from '../../export/browser/download.ts';
import { DEFAULT_EXPORT } from '../../export/exportOptions.ts';
import { labelFontData } from '../../export/browser/rasterise.ts';
import type { ExportSubject } from '../../export/exportText.ts';
import { stepFigures } from '../stepFigures.ts';

const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** Every step as a numbered SVG, in one zip. */
export async function downloadStepsZip(subject: ExportSubject): Promise<void> {
	const { zipFiles } = await import('../zip.ts');
	const files = stepFigures(subject).map((f) => ({ name: f.name, data: f.svg }));
	const zip = zipFiles(files);
	downloadBlob(new Blob([zip], { type: 'application/zip' }), `${subject.pathway.id}.steps.zip`);
}

/** The lecture as a .pptx; `base` is the site's base path, for the label font. */
export async function downloadDeck(subject: ExportSubject, base: string): Promise<void> {
	const [{ default: PptxGenJS }, { buildDeck }, fonts] = await Promise.all([
		import('pptxgenjs'),
		import('../deck.ts'),
		// pptxgenjs draws each slide's PNG fallback from the SVG, which cannot reach the page's fonts
		labelFontData(base)
	]);
	const deck = await buildDeck(PptxGenJS, subject, {
		theme: DEFAULT_EXPORT.theme,
		legend: DEFAULT_EXPORT.legend,
		figure: { embedFonts: fonts }
	});
	downloadBlob(new Blob([deck], { type: PPTX_TYPE }), `${subject.pathway.id}.pptx`);
}
