/**
 * The lecture as a PowerPoint deck (pptxgenjs, given by the caller: imported in Node, loaded on
 * demand in the browser): a title slide, one slide per step with the step's figure as an SVG
 * image, the narration and supporting sentence in the speaker notes, and a references slide.
 */
import type PptxGenJS from 'pptxgenjs';
import type { ExportSubject } from '../export/exportText.ts';
import { captionFor } from './caption.ts';
import { stepNotes } from './notes.ts';
import { lectureReferences } from './references.ts';
import { stepFigures } from './stepFigures.ts';
import { translate } from '../i18n/strings.ts';
import type { SvgOptions } from '../render/options.ts';

/** Below the step's heading on a LAYOUT_WIDE slide (13.333 x 7.5 in). */
const FIGURE_BOX = { x: 0.4, y: 0.9, width: 12.533, height: 6.3 };
const MUTED = '5A6272';

/** The figure's size from its root element, as the renderer writes it. */
export function svgSize(svg: string): { width: number; height: number } {
	const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
	const read = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1]);
	return { width: read('width') || 1, height: read('height') || 1 };
}

/** The largest box of the figure's aspect ratio inside `box`, centred. */
export function fitInside(size: { width: number; height: number }, box: typeof FIGURE_BOX) {
	const scale = Math.min(box.width / size.width, box.height / size.height);
	const w = size.width * scale;
	const h = size.height * scale;
	return { x: box.x + (box.width - w) / 2, y: box.y + (box.height - h) / 2, w, h };
}

function base64(text: string): string {
	const bytes = new TextEncoder().encode(text);
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary);
}

/** `figure`: renderer options for the slides' figures (a browser embeds the label font). */
export async function buildDeck(
	Pptx: typeof PptxGenJS,
	subject: ExportSubject,
	figure: Partial<SvgOptions> = {}
): Promise<Uint8Array<ArrayBuffer>> {
	const { pathway } = subject;
	const deck = new Pptx();
	deck.layout = 'LAYOUT_WIDE';
	deck.title = pathway.title;
	deck.company = translate('en', 'atlas');

	const title = deck.addSlide();
	title.addText(pathway.title, { x: 0.6, y: 1.6, w: 12.1, h: 1.8, fontSize: 40, bold: true });
	title.addText(pathway.summary, { x: 0.6, y: 3.5, w: 12.1, h: 2.2, fontSize: 20 });
	title.addText(
		`${pathway.steps.length} ${translate('en', 'steps')} · ${translate('en', 'atlas')}`,
		{
			x: 0.6,
			y: 6.3,
			w: 12.1,
			h: 0.5,
			fontSize: 14,
			color: MUTED
		}
	);

	// The slide says which step it is; the references have a slide of their own.
	const figures = stepFigures(
		subject,
		{ legend: false, citations: false },
		{ title: false, ...figure }
	);
	for (const figure of figures) {
		const slide = deck.addSlide();
		const heading = `${translate('en', 'step')} ${figure.step} ${translate('en', 'of')} ${figures.length}`;
		slide.addText(heading, { x: 0.4, y: 0.2, w: 12.5, h: 0.6, fontSize: 20, bold: true });
		slide.addImage({
			data: `data:image/svg+xml;base64,${base64(figure.svg)}`,
			...fitInside(svgSize(figure.svg), FIGURE_BOX),
			altText: `${pathway.title}, ${heading.toLowerCase()}`
		});
		slide.addNotes(stepNotes(captionFor(pathway, figure.step, subject.records)));
	}

	const references = deck.addSlide();
	references.addText(translate('en', 'references'), {
		x: 0.6,
		y: 0.3,
		w: 12.1,
		h: 0.8,
		fontSize: 28,
		bold: true
	});
	references.addText(
		lectureReferences(subject.records).map((line) => ({
			text: line,
			options: { bullet: { type: 'number' as const }, breakLine: true }
		})),
		{ x: 0.6, y: 1.2, w: 12.1, h: 5.9, fontSize: 14, valign: 'top', fit: 'shrink' }
	);

	return new Uint8Array((await deck.write({ outputType: 'arraybuffer' })) as ArrayBuffer);
}
