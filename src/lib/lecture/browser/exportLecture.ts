/**
 * The presentation menu's exports, in the browser. The zip and deck libraries load on first use,
 * so the presentation itself stays small.
 */
import { downloadBlob } from '../../export/browser/download.ts';
import { DEFAULT_EXPORT } from '../../export/exportOptions.ts';
import { figureFontData } from '../../export/browser/rasterise.ts';
import type { ExportSubject } from '../../export/exportText.ts';
import type { Language } from '../../i18n/languages.ts';
import { lectureFileId, stepFigures } from '../stepFigures.ts';

const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** Every step as a numbered SVG, in one zip. */
export async function downloadStepsZip(subject: ExportSubject, lang: Language): Promise<void> {
	const { zipFiles } = await import('../zip.ts');
	const files = stepFigures(subject, { lang }).map((f) => ({ name: f.name, data: f.svg }));
	const zip = zipFiles(files);
	const id = lectureFileId(subject.pathway.id, lang);
	downloadBlob(new Blob([zip], { type: 'application/zip' }), `${id}.steps.zip`);
}

/** The lecture as a .pptx; `base` is the site's base path, for the label font. */
export async function downloadDeck(
	subject: ExportSubject,
	base: string,
	lang: Language
): Promise<void> {
	const [{ default: PptxGenJS }, { buildDeck }, fonts] = await Promise.all([
		import('pptxgenjs'),
		import('../deck.ts'),
		// pptxgenjs draws each slide's PNG fallback from the SVG, which cannot reach the page's fonts
		figureFontData(base, lang)
	]);
	const deck = await buildDeck(PptxGenJS, subject, {
		theme: DEFAULT_EXPORT.theme,
		legend: DEFAULT_EXPORT.legend,
		lang,
		figure: { embedFonts: fonts }
	});
	const id = lectureFileId(subject.pathway.id, lang);
	downloadBlob(new Blob([deck], { type: PPTX_TYPE }), `${id}.pptx`);
}
