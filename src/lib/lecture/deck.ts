/**
 * The lecture as a PowerPoint deck (pptxgenjs, given by the caller: imported in Node, loaded on
 * demand in the browser): a title slide; one slide per step whose title is the narration, whose
 * figure is what the presentation shows at that step (its camera, labels at 12 pt or more) as an
 * SVG image, with the supporting sentence and citation in small type and in the speaker notes;
 * and a references slide listing what the pathway cites.
 */
import type PptxGenJS from 'pptxgenjs';
import type { ExportSubject } from '../export/exportText.ts';
import { translate } from '../i18n/strings.ts';
import type { SvgOptions } from '../render/options.ts';
import { PALETTES, type Theme } from '../style/themes.ts';
import { captionFor, type Caption } from './caption.ts';
import { stepNotes } from './notes.ts';
import { withoutPhantomParts } from './pptxPackage.ts';
export { svgSize } from './svgSize.ts';
import { lectureReferences } from './references.ts';
import { stepSlideFigures, type SlideFigure } from './slideFigures.ts';
import { NARRATION_PT, SMALL_PT, STEP_SLIDE } from './slideLayout.ts';

/** What the deck is drawn with: the export options that mean something for slides. */
export interface DeckOptions {
	theme: Theme;
	legend: boolean;
	/** Renderer options the caller adds (a browser embeds the label font). */
	figure?: Partial<SvgOptions>;
}

const hex = (colour: string) => colour.replace('#', '').toUpperCase();

function base64(text: string): string {
	const bytes = new TextEncoder().encode(text);
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary);
}

/** The supporting sentence, quoted words in quotation marks, then how it supports and who says it. */
function evidenceText(caption: Caption): string {
	const e = caption.evidence;
	if (!e) return '';
	const text = e.parts.map((p) => (p.quoted ? `\u201c${p.text}\u201d` : p.text)).join('');
	return `${text} (${translate('en', e.support)} ${e.citation})`;
}

type Slide = ReturnType<PptxGenJS['addSlide']>;

function titleSlide(slide: Slide, subject: ExportSubject, theme: Theme) {
	const { pathway } = subject;
	const { ink, muted } = PALETTES[theme];
	const text = { color: hex(ink), fontFace: 'Noto Sans' };
	slide.addText(pathway.title, {
		x: 0.6,
		y: 1.6,
		w: 12.1,
		h: 1.8,
		fontSize: 40,
		bold: true,
		...text
	});
	slide.addText(pathway.summary, { x: 0.6, y: 3.5, w: 12.1, h: 2.2, fontSize: 20, ...text });
	const count = `${pathway.steps.length} ${translate('en', 'steps')} · ${translate('en', 'atlas')}`;
	slide.addText(count, {
		x: 0.6,
		y: 6.3,
		w: 12.1,
		h: 0.5,
		fontSize: 14,
		...text,
		color: hex(muted)
	});
}

function stepSlide(slide: Slide, subject: ExportSubject, figure: SlideFigure, theme: Theme) {
	const { pathway, records } = subject;
	const { ink, muted } = PALETTES[theme];
	const caption = captionFor(pathway, figure.step, records);
	const font = { fontFace: 'Noto Sans', color: hex(ink) };
	slide.addText(caption.narration, {
		...STEP_SLIDE.narration,
		...font,
		fontSize: NARRATION_PT,
		bold: true,
		valign: 'middle',
		fit: 'shrink'
	});
	slide.addImage({
		data: `data:image/svg+xml;base64,${base64(figure.svg)}`,
		...figure.placement,
		altText: `${pathway.title}: ${caption.narration}`
	});
	const small = { ...font, color: hex(muted), fontSize: SMALL_PT, valign: 'top' as const };
	slide.addText(evidenceText(caption), { ...STEP_SLIDE.evidence, ...small, fit: 'shrink' });
	const counter = `${figure.step} / ${caption.total}`;
	slide.addText(counter, { ...STEP_SLIDE.counter, ...small, align: 'right', valign: 'bottom' });
	slide.addNotes(stepNotes(caption));
}

function referencesSlide(slide: Slide, subject: ExportSubject, theme: Theme) {
	const font = { fontFace: 'Noto Sans', color: hex(PALETTES[theme].ink) };
	const heading = translate('en', 'references');
	slide.addText(heading, { x: 0.6, y: 0.3, w: 12.1, h: 0.8, fontSize: 28, bold: true, ...font });
	slide.addText(
		lectureReferences(subject.pathway, subject.records).map((line) => ({
			text: line,
			options: { bullet: { type: 'number' as const }, breakLine: true }
		})),
		{ x: 0.6, y: 1.2, w: 12.1, h: 5.9, fontSize: 14, valign: 'top', fit: 'shrink', ...font }
	);
}

export async function buildDeck(
	Pptx: typeof PptxGenJS,
	subject: ExportSubject,
	options: DeckOptions
): Promise<Uint8Array<ArrayBuffer>> {
	const { theme } = options;
	const deck = new Pptx();
	deck.layout = 'LAYOUT_WIDE';
	deck.title = subject.pathway.title;
	deck.company = translate('en', 'atlas');
	const paper = { color: hex(PALETTES[theme].background) };
	const slide = () => {
		const s = deck.addSlide();
		s.background = paper;
		return s;
	};
	titleSlide(slide(), subject, theme);
	for (const figure of stepSlideFigures(subject, options))
		stepSlide(slide(), subject, figure, theme);
	referencesSlide(slide(), subject, theme);
	const written = new Uint8Array((await deck.write({ outputType: 'arraybuffer' })) as ArrayBuffer);
	return withoutPhantomParts(written);
}
