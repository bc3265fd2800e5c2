/**
 * Where a slide puts its parts, in inches on a LAYOUT_WIDE slide (13.333 × 7.5 in). Every text
 * box is sized for its text at the size it is set in, so no slide relies on auto-fit: a long
 * narration gets a taller box (and a step size down, never under 18 pt), the figure what is left.
 */
import { wrap } from '../render/svg/text.ts';

export const SLIDE = { width: 13.333, height: 7.5 } as const;
export const NARRATION_PT = 24;
/** Smaller sizes for a longer narration: each when the one before takes over this many lines. */
const LONGER_NARRATION = [
	{ pt: 20, over: 2 },
	{ pt: 18, over: 3 }
];
export const MIN_NARRATION_PT = 18;
export const SMALL_PT = 12;
export const KICKER_PT = 14;

/**
 * The presentation's rule is set for 1920 × 1080 px; a 16:9 slide is 13.333 × 7.5 in, so its
 * 24 px are 1/6 in, 12 pt.
 */
export const SLIDE_PX_PER_INCH = 1920 / SLIDE.width;

export interface Box {
	x: number;
	y: number;
	w: number;
	h: number;
}

const EDGE = 0.3;
const GAP = 0.08;
const WIDTH = SLIDE.width - 2 * EDGE;
/** The supporting sentence's box, beside the step counter. */
export const EVIDENCE_WIDTH = WIDTH - 1.2;
/** A supporting sentence longer than this gives the slide only its quoted words. */
export const EVIDENCE_LINES = 2;
/** A text box's own inset, left and right together, then top and bottom together. */
const INSET = { x: 0.2, y: 0.1 };
/** Line height over font size, as PowerPoint and Impress set single spacing. */
const LEADING = 1.2;
/**
 * The bundled font's (regular) measure, with room for bold and for the wider face a viewer
 * without Noto Sans substitutes (DejaVu Sans in LibreOffice).
 */
const SLACK = 0.8;

/** Lines the paragraphs take in a box `w` inches wide at `pt` points. */
export function linesAt(text: string, w: number, pt: number): number {
	const width = (w - INSET.x) * 72 * SLACK;
	return text.split('\n').reduce((n, p) => n + Math.max(1, wrap(p, width, pt).length), 0);
}

const heightOf = (lines: number, pt: number) => (lines * pt * LEADING) / 72 + INSET.y;

/** The narration's size: NARRATION_PT, a step smaller (never under 18 pt) for a long one. */
export function narrationPt(narration: string): number {
	let pt = NARRATION_PT;
	for (const next of LONGER_NARRATION) if (linesAt(narration, WIDTH, pt) > next.over) pt = next.pt;
	return pt;
}

export interface StepSlideBoxes {
	kicker?: Box;
	narration: Box;
	narrationPt: number;
	figure: Box;
	evidence: Box;
	/** The evidence as the slide gives it: the sentence, or only its citation. */
	evidenceText: string;
	counter: Box;
}

interface StepText {
	narration: string;
	evidence: string;
	/** Who says it, for a slide with no room for the sentence. */
	citation: string;
	kicker?: string;
}

/** Boxes stacked down from `y`, each sized for its text at its size, `w` inches wide. */
function stack(x: number, y: number, w: number, parts: { text: string; pt: number }[]): Box[] {
	return parts.map(({ text, pt }) => {
		const box = { x, y, w, h: text ? heightOf(linesAt(text, w, pt), pt) : 0 };
		y += box.h;
		return box;
	});
}

/** The narration over the figure, the supporting sentence under it, the counter beside that. */
function bandedBoxes(text: StepText): StepSlideBoxes {
	const pt = narrationPt(text.narration);
	const [kicker, narration] = stack(EDGE, 0.15, WIDTH, [
		{ text: text.kicker ?? '', pt: KICKER_PT },
		{ text: text.narration, pt }
	]);
	const bottom = SLIDE.height - 0.1;
	const [evidence] = stack(EDGE, 0, EVIDENCE_WIDTH, [{ text: text.evidence, pt: SMALL_PT }]);
	evidence!.y = bottom - evidence!.h;
	const top = narration!.y + narration!.h + GAP;
	return {
		...(text.kicker ? { kicker } : {}),
		narration: narration!,
		narrationPt: pt,
		figure: { x: EDGE, y: top, w: WIDTH, h: evidence!.y - GAP - top },
		evidence: evidence!,
		evidenceText: text.evidence,
		counter: { x: EDGE + EVIDENCE_WIDTH, y: bottom - 0.4, w: WIDTH - EVIDENCE_WIDTH, h: 0.4 }
	};
}

const SIDE_WIDTH = 3.6;

/**
 * A long narration in a column beside the figure, the supporting sentence under it; when the
 * column cannot hold the sentence, only who says it (the speaker notes keep the sentence).
 */
function sideBoxes(text: StepText): StepSlideBoxes {
	const x = SLIDE.width - EDGE - SIDE_WIDTH;
	const counter = { x, y: SLIDE.height - 0.5, w: SIDE_WIDTH, h: 0.4 };
	const column = (pt: number, evidence: string) =>
		stack(x, 0.15, SIDE_WIDTH, [
			{ text: text.kicker ?? '', pt: KICKER_PT },
			{ text: text.narration, pt },
			{ text: evidence, pt: SMALL_PT }
		]);
	const fits = (b: Box[]) => b.at(-1)!.y + b.at(-1)!.h + GAP <= counter.y;
	const [pt, evidenceText] = [
		[LONGER_NARRATION[0]!.pt, text.evidence],
		[MIN_NARRATION_PT, text.evidence],
		[MIN_NARRATION_PT, text.citation]
	].find(([size, e]) => fits(column(size as number, e as string))) ?? [
		MIN_NARRATION_PT,
		text.citation
	];
	const [kicker, narration, evidence] = column(pt as number, evidenceText as string);
	return {
		...(text.kicker ? { kicker } : {}),
		narration: narration!,
		narrationPt: pt as number,
		figure: { x: EDGE, y: 0.15, w: x - GAP - EDGE, h: SLIDE.height - 0.3 },
		evidence: { ...evidence!, y: evidence!.y + GAP },
		evidenceText: evidenceText as string,
		counter
	};
}

/**
 * A step slide: the hypothesis it names (if any), narration, figure, supporting sentence; a
 * narration too long for three lines across the slide goes in a column beside the figure.
 */
export const stepSlideBoxes = (text: StepText): StepSlideBoxes =>
	narrationPt(text.narration) === MIN_NARRATION_PT ? sideBoxes(text) : bandedBoxes(text);

/** The overview slide: a title line over the whole figure. */
export function overviewSlideBoxes(title: string): { title: Box; titlePt: number; figure: Box } {
	const pt = narrationPt(title);
	const titleBox = { x: EDGE, y: 0.15, w: WIDTH, h: heightOf(linesAt(title, WIDTH, pt), pt) };
	const top = titleBox.y + titleBox.h + GAP;
	return {
		title: titleBox,
		titlePt: pt,
		figure: { x: EDGE, y: top, w: WIDTH, h: SLIDE.height - 0.15 - top }
	};
}
