/**
 * The lecture as a PowerPoint deck (pptxgenjs, given by the caller: imported in Node, loaded on
 * demand in the browser): a title slide; an overview slide with the whole pathway; one slide per
 * step whose title is the narration and whose figure is what the presentation shows at that step
 * (every node of the step whole, a step naming a hypothesis drawn with it alone and named), with
 * the supporting sentence and citation in small type and in the speaker notes; and a references
 * slide listing what the pathway cites. Every text box is sized for its text (slideLayout.ts).
 */
import type PptxGenJS from 'pptxgenjs';
import type { ExportSubject } from '../export/exportText.ts';
import { LANGUAGE_TRAITS, type Language } from '../i18n/languages.ts';
import { loadLanguage, translate } from '../i18n/strings.ts';
import { SUPPORT_WORDS } from '../i18n/vocabulary/supports.ts';
import type { SvgOptions } from '../render/options.ts';
import { PALETTES, type Theme } from '../style/themes.ts';
import { captionFor, type Caption } from './caption.ts';
import { stepNotes } from './notes.ts';
import { withoutPhantomParts } from './pptxPackage.ts';
export { svgSize } from './svgSize.ts';
import { lectureReferences, unconfirmedNote } from './references.ts';
import { overviewSlideFigure, stepSlideFigure, type SlideFigureOptions } from './slideFigures.ts';
import {
	EVIDENCE_LINES,
	EVIDENCE_WIDTH,
	KICKER_PT,
	linesAt,
	overviewSlideBoxes,
	SMALL_PT,
	stepSlideBoxes
} from './slideLayout.ts';
import { lectureSteps } from './steps.ts';
import { hypothesisOfStep } from '../export/stepHypothesis.ts';
import { pick } from '../i18n/localized.ts';

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

/**
 * The supporting sentence, quoted words in quotation marks, then how it supports and who says it.
 * A sentence too long for the slide's small type gives only its quoted words (the speaker notes
 * keep it whole).
 */
function evidenceText(caption: Caption, lang: Language): string {
	const e = caption.evidence;
	if (!e) return '';
	const whole = e.parts.map((p) => (p.quoted ? `\u201c${p.text}\u201d` : p.text)).join('');
	const quoted = e.parts.filter((p) => p.quoted).map((p) => `\u201c${p.text.trim()}\u201d`);
	const short = quoted.length && linesAt(whole, EVIDENCE_WIDTH, SMALL_PT) > EVIDENCE_LINES;
	const text = short ? `\u2026${quoted.join(' \u2026 ')}\u2026` : whole;
	const translation = e.translation ? `\n${e.translation}` : '';
	return `${text} (${citationText(caption, lang)})${translation}`;
}

/** How the sentence supports the step, and who says it. */
function citationText(caption: Caption, lang: Language): string {
	const e = caption.evidence;
	return e ? `${SUPPORT_WORDS[e.support][lang].long} ${e.citation}` : '';
}

type Slide = ReturnType<PptxGenJS['addSlide']>;
type SlideOptions = SlideFigureOptions & { lang: Language };

const svgData = (svg: string) => `data:image/svg+xml;base64,${base64(svg)}`;

function titleSlide(slide: Slide, subject: ExportSubject, theme: Theme, lang: Language) {
	const { pathway } = subject;
	const { ink, muted } = PALETTES[theme];
	const text = { color: hex(ink), fontFace: 'Noto Sans' };
	slide.addText(pick(pathway.title, lang), {
		x: 0.6,
		y: 1.6,
		w: 12.1,
		h: 1.8,
		fontSize: 40,
		bold: true,
		...text
	});
	slide.addText(pick(pathway.summary, lang), {
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

/** "Hypothesis: <label>" for a step that names one. */
function hypothesisName(subject: ExportSubject, step: number, lang: Language): string | undefined {
	const id = hypothesisOfStep(subject.pathway, step);
	const h = subject.pathway.hypotheses?.find((x) => x.id === id);
	if (!h) return undefined;
	const { colon } = LANGUAGE_TRAITS[lang];
	return `${translate(lang, 'hypothesis')}${colon}${pick(h.label, lang)}`;
}

function overviewSlide(slide: Slide, subject: ExportSubject, options: SlideOptions) {
	const { pathway } = subject;
	const { theme, lang } = options;
	const title = `${pick(pathway.title, lang)} · ${translate(lang, 'overview')}`;
	const boxes = overviewSlideBoxes(title);
	const font = { fontFace: 'Noto Sans', color: hex(PALETTES[theme].ink) };
	slide.addText(title, { ...boxes.title, ...font, fontSize: boxes.titlePt, bold: true });
	const figure = overviewSlideFigure(subject, boxes.figure, options);
	slide.addImage({ data: svgData(figure.svg), ...figure.placement, altText: title });
}

function stepSlide(slide: Slide, subject: ExportSubject, step: number, options: SlideOptions) {
	const { pathway, records } = subject;
	const { theme, lang } = options;
	const { ink, muted } = PALETTES[theme];
	const caption = captionFor(pathway, step, records, lang);
	const kicker = hypothesisName(subject, step, lang);
	const evidence = evidenceText(caption, lang);
	const citation = citationText(caption, lang);
	const boxes = stepSlideBoxes({ narration: caption.narration, evidence, citation, kicker });
	const font = { fontFace: 'Noto Sans', color: hex(ink), valign: 'top' as const };
	const small = { ...font, color: hex(muted), fontSize: SMALL_PT };
	if (kicker && boxes.kicker)
		slide.addText(kicker, { ...boxes.kicker, ...small, fontSize: KICKER_PT, bold: true });
	slide.addText(caption.narration, {
		...boxes.narration,
		...font,
		fontSize: boxes.narrationPt,
		bold: true
	});
	const figure = stepSlideFigure(subject, step, boxes.figure, options);
	slide.addImage({
		data: svgData(figure.svg),
		...figure.placement,
		altText: `${pick(pathway.title, lang)}: ${caption.narration}`
	});
	slide.addText(boxes.evidenceText, { ...boxes.evidence, ...small });
	const counter = `${step} / ${caption.total}`;
	slide.addText(counter, { ...boxes.counter, ...small, align: 'right', valign: 'bottom' });
	slide.addNotes(stepNotes(caption, lang));
}

function referencesSlide(slide: Slide, subject: ExportSubject, theme: Theme, lang: Language) {
	const font = { fontFace: 'Noto Sans', color: hex(PALETTES[theme].ink) };
	const heading = translate(lang, 'references');
	slide.addText(heading, { x: 0.6, y: 0.3, w: 12.1, h: 0.8, fontSize: 28, bold: true, ...font });
	const lines = lectureReferences(subject.pathway, subject.records, lang);
	const note = unconfirmedNote(lines, lang);
	slide.addText(
		[
			...lines.map((line) => ({
				text: line,
				options: { bullet: { type: 'number' as const }, breakLine: true }
			})),
			...(note ? [{ text: note, options: { fontSize: 11, breakLine: true } }] : [])
		],
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
	deck.title = pick(subject.pathway.title, lang);
	deck.company = translate(lang, 'atlas');
	const paper = { color: hex(PALETTES[theme].background) };
	const slide = () => {
		const s = deck.addSlide();
		s.background = paper;
		return s;
	};
	titleSlide(slide(), subject, theme, lang);
	const verbs = options.verbs ?? true;
	const slideOptions = { ...options, lang, figure: { ...options.figure, lang, verbs } };
	overviewSlide(slide(), subject, slideOptions);
	lectureSteps(subject.pathway).forEach((_, i) => stepSlide(slide(), subject, i + 1, slideOptions));
	referencesSlide(slide(), subject, theme, lang);
	const written = new Uint8Array((await deck.write({ outputType: 'arraybuffer' })) as ArrayBuffer);
	return withoutPhantomParts(written);
}
