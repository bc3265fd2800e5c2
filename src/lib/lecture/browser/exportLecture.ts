/**
 * The presentation menu's exports, in the browser. The zip and deck libraries load on first use,
 * so the presentation itself stays small.
 */
import { downloadBlob } from '../../export/browser/download.ts';
import { DEFAULT_EXPORT } from '../../export/exportOptions.ts';
import { EXPORT_FORMATS, fileStem } from '../../export/formats.ts';
import { figureFontData } from '../../export/browser/rasterise.ts';
import type { ExportSubject } from '../../export/exportText.ts';
import type { Language } from '../../i18n/languages.ts';
import { stepFigures } from '../stepFigures.ts';

const { pptx, zip: stepsZip } = EXPORT_FORMATS;

/** Every step as a numbered SVG, in one zip. */
export async function downloadStepsZip(
	subject: ExportSubject,
	lang: Language,
	verbs: boolean
): Promise<void> {
	const { zipFiles } = await import('../zip.ts');
	const files = stepFigures(subject, { lang, verbs }).map((f) => ({ name: f.name, data: f.svg }));
	const zip = zipFiles(files);
	const id = fileStem(subject.pathway.id, lang);
	downloadBlob(new Blob([zip], { type: stepsZip.mime }), stepsZip.fileName(id));
}

/** The lecture as a .pptx; `base` is the site's base path, for the label font. */
export async function downloadDeck(
	subject: ExportSubject,
	base: string,
	lang: Language,
	verbs: boolean
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
		verbs,
		figure: { embedFonts: fonts }
	});
	const id = fileStem(subject.pathway.id, lang);
	downloadBlob(new Blob([deck], { type: pptx.mime }), pptx.fileName(id));
}
