/**
 * The lecture as a PowerPoint deck (pptxgenjs, given by the caller: imported in Node, loaded on
 * demand in the browser): a title slide; one slide per step whose title is the narration, whose
 * figure is what the presentation shows at that step (its camera, labels at 12 pt or more) as an
 * SVG image, with the supporting sentence and citation in small type and in the speaker notes;
 * and a references slide listing what the pathway cites.
 */
import type PptxGenJS from 'pptxgenjs';
import type { ExportSubject } from '../export/exportText.ts';
import type { Language } from '../i18n/languages.ts';
import { loadLanguage, translate } from '../i18n/strings.ts';
import { SUPPORT_WORDS } from '../i18n/vocabulary/supports.ts';
import type { SvgOptions } from '../render/options.ts';
import { PALETTES, type Theme } from '../style/themes.ts';
import { captionFor, type Caption } from './caption.ts';
import { stepNotes } from './notes.ts';
import { withoutPhantomParts } from './pptxPackage.ts';
export { svgSize } from './svgSize.ts';
import { lectureReferences } from './references.ts';
import { stepSlideFigures, type SlideFigure } from './slideFigures.ts';
import { NARRATION_PT, SMALL_PT, STEP_SLIDE } from './slideLayout.ts';
import { textIn } from '../view/localText.ts';

/** What the deck is drawn with: the export options that mean something for slides. */
export interface DeckOptions {
	theme: Theme;
	legend: boolean;
	/** The language of every slide, figure and note (curated Chinese where written). Default en. */
	lang?: Language;
	/** Each arrow's relation written on it; default on, as a slide should name what it shows. */
	verbs?: boolean;
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
function evidenceText(caption: Caption, lang: Language): string {
	const e = caption.evidence;
	if (!e) return '';
	const text = e.parts.map((p) => (p.quoted ? `\u201c${p.text}\u201d` : p.text)).join('');
	const zh = e.zh ? `\n${e.zh}` : '';
	return `${text} (${SUPPORT_WORDS[e.support][lang].long} ${e.citation})${zh}`;
}

type Slide = ReturnType<PptxGenJS['addSlide']>;

function titleSlide(slide: Slide, subject: ExportSubject, theme: Theme, lang: Language) {
	const { pathway } = subject;
	const { ink, muted } = PALETTES[theme];
	const text = { color: hex(ink), fontFace: 'Noto Sans' };
	slide.addText(textIn(lang, pathway.title, pathway.titleZh), {
		x: 0.6,
		y: 1.6,
		w: 12.1,
		h: 1.8,
		fontSize: 40,
		bold: true,
		...text
	});
	slide.addText(textIn(lang, pathway.summary, pathway.summaryZh), {
		x: 0.6,
		y: 3.5,
		w: 12.1,
		h: 2.2,
		fontSize: 20,
		...text
	});
	const count = `${pathway.steps.length} ${translate(lang, 'steps')} · ${translate(lang, 'atlas')}`;
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

function stepSlide(
	slide: Slide,
	subject: ExportSubject,
	figure: SlideFigure,
	options: { theme: Theme; lang: Language }
) {
	const { pathway, records } = subject;
	const { theme, lang } = options;
	const { ink, muted } = PALETTES[theme];
	const caption = captionFor(pathway, figure.step, records, lang);
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
		altText: `${textIn(lang, pathway.title, pathway.titleZh)}: ${caption.narration}`
	});
	const small = { ...font, color: hex(muted), fontSize: SMALL_PT, valign: 'top' as const };
	slide.addText(evidenceText(caption, lang), { ...STEP_SLIDE.evidence, ...small, fit: 'shrink' });
	const counter = `${figure.step} / ${caption.total}`;
	slide.addText(counter, { ...STEP_SLIDE.counter, ...small, align: 'right', valign: 'bottom' });
	slide.addNotes(stepNotes(caption, lang));
}

function referencesSlide(slide: Slide, subject: ExportSubject, theme: Theme, lang: Language) {
	const font = { fontFace: 'Noto Sans', color: hex(PALETTES[theme].ink) };
	const heading = translate(lang, 'references');
	slide.addText(heading, { x: 0.6, y: 0.3, w: 12.1, h: 0.8, fontSize: 28, bold: true, ...font });
	slide.addText(
		lectureReferences(subject.pathway, subject.records, lang).map((line) => ({
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
	const { theme, lang = 'en' } = options;
	await loadLanguage(lang);
	const deck = new Pptx();
	deck.layout = 'LAYOUT_WIDE';
	deck.title = textIn(lang, subject.pathway.title, subject.pathway.titleZh);
	deck.company = translate(lang, 'atlas');
	const paper = { color: hex(PALETTES[theme].background) };
	const slide = () => {
		const s = deck.addSlide();
		s.background = paper;
		return s;
	};
	titleSlide(slide(), subject, theme, lang);
	const verbs = options.verbs ?? true;
	const figureOptions = { ...options, figure: { ...options.figure, lang, verbs } };
	for (const figure of stepSlideFigures(subject, figureOptions))
		stepSlide(slide(), subject, figure, { theme, lang });
	referencesSlide(slide(), subject, theme, lang);
	const written = new Uint8Array((await deck.write({ outputType: 'arraybuffer' })) as ArrayBuffer);
	return withoutPhantomParts(written);
}
