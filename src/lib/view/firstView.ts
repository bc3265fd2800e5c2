/**
 * The pathway page's first view: the whole figure when it fits at a readable size, else the figure
 * at the smallest readable zoom around where the pathway starts (its first node, centred along an
 * axis the figure overflows, the frame's edge never passed), with the rest a scroll or a drag away
 * and "fit all" (0, or the Fit button) one key away. The inline figure shown before the page's
 * script runs is sized and placed by CSS to the same view (figureBoxStyle), so Cytoscape takes over
 * without anything moving.
 */
import { TYPE } from '../layout/type.ts';
import type { Frame, Point } from '../geometry/types.ts';
import { everyLanguage, type Language, type Texts } from '../i18n/languages.ts';

/**
 * The smallest node label (screen px) a first view draws, per language; "fit all" may go below
 * it. A Chinese character packs many strokes into one em, so it needs more pixels to be read.
 */
export const READABLE_LABEL_PX: Texts<number> = everyLanguage({ en: 10.5, zh: 12 });
/** The zoom at which a node label is READABLE_LABEL_PX tall in `lang`. */
export const readableZoom = (lang: Language) => READABLE_LABEL_PX[lang] / TYPE.nodeSize;
/** Around the figure, in screen px; the inline figure's CSS padding is the same. */
export const FIT_PADDING = 24;

export interface Size {
	width: number;
	height: number;
}

export interface Viewport {
	zoom: number;
	pan: { x: number; y: number };
}

export interface ZoomLimits {
	min: number;
	max: number;
}

const clamp = (n: number, { min, max }: ZoomLimits) => Math.min(max, Math.max(min, n));

/** The zoom that shows the whole frame inside the box, padding kept. */
export function fitZoom(box: Size, frame: Frame): number {
	return Math.min(
		(box.width - 2 * FIT_PADDING) / frame.width,
		(box.height - 2 * FIT_PADDING) / frame.height
	);
}

/**
 * The frame drawn at `zoom`: centred along an axis it fits (as a preserveAspectRatio="xMidYMid meet"
 * figure); along one it overflows, `focus` centred but no edge of the frame passed, or, with no
 * focus, from the frame's start.
 */
export function viewportAt(box: Size, frame: Frame, zoom: number, focus?: Point): Viewport {
	const along = (room: number, start: number, length: number, at: number | undefined) => {
		const slack = room - 2 * FIT_PADDING - zoom * length;
		if (slack >= 0 || at === undefined) return FIT_PADDING + Math.max(0, slack) / 2 - zoom * start;
		const last = room - FIT_PADDING - zoom * (start + length);
		return Math.min(FIT_PADDING - zoom * start, Math.max(last, room / 2 - zoom * at));
	};
	return {
		zoom,
		pan: {
			x: along(box.width, frame.x, frame.width, focus?.x),
			y: along(box.height, frame.y, frame.height, focus?.y)
		}
	};
}

/** The whole frame in view, however small its labels come out. */
export const fitViewport = (box: Size, frame: Frame, limits: ZoomLimits): Viewport =>
	viewportAt(box, frame, clamp(fitZoom(box, frame), limits));

/**
 * The first view: the whole frame if its labels read at that size, else the readable zoom around
 * `start`, where the pathway starts.
 */
export const firstViewport = (
	box: Size,
	frame: Frame,
	limits: ZoomLimits,
	lang: Language,
	start?: Point
): Viewport =>
	viewportAt(box, frame, clamp(Math.max(fitZoom(box, frame), readableZoom(lang)), limits), start);

/** Whether a view (model coordinates) shows the whole frame, to within half a unit. */
export function showsWhole(view: Frame, frame: Frame): boolean {
	const slack = 0.5;
	return (
		view.x <= frame.x + slack &&
		view.y <= frame.y + slack &&
		view.x + view.width >= frame.x + frame.width - slack &&
		view.y + view.height >= frame.y + frame.height - slack
	);
}

/** The frame's size at the readable zoom, in screen px. */
export function readableSize(frame: Frame, lang: Language): Size {
	const zoom = readableZoom(lang);
	return { width: frame.width * zoom, height: frame.height * zoom };
}

/**
 * CSS custom properties for the diagram box: its height follows the figure at the readable zoom,
 * the inline figure is never drawn smaller than that zoom, and where it overflows the box it is
 * moved (as viewportAt moves Cytoscape's view) to centre `start`, the pathway's start, at that zoom.
 */
export function figureBoxStyle(frame: Frame, lang: Language, start?: Point): string {
	const { width, height } = readableSize(frame, lang);
	const px = (n: number) => `${Math.round(n * 10) / 10}px`;
	// rounded up, so the figure is never drawn a hair below the readable size
	const up = (n: number) => `${Math.ceil(n * 10) / 10}px`;
	const size = `--readable-width: ${up(width)}; --readable-height: ${up(height)}`;
	if (!start) return size;
	const x = (start.x - frame.x) * readableZoom(lang);
	const y = (start.y - frame.y) * readableZoom(lang);
	return `${size}; --start-x: ${px(x)}; --start-y: ${px(y)}`;
}

/**
 * The largest box a first view is drawn in: a 3840 × 2160 screen, whole. A page's inline figure
 * carries what this box shows for scripts (firstViewWindow); the rest waits for Cytoscape.
 */
export const LARGEST_BOX: Size = { width: 3840, height: 2160 };

/**
 * What a first view can show, in model coordinates, in any box up to `box`: at the readable zoom
 * around `start`, as viewportAt places it. A smaller box, centred on the same point within the same
 * edges, shows a part of it; a figure that fits the box at that zoom lies inside it whole.
 */
export function firstViewWindow(
	frame: Frame,
	lang: Language,
	start?: Point,
	box: Size = LARGEST_BOX
): Frame {
	const zoom = readableZoom(lang);
	const { pan } = viewportAt(box, frame, zoom, start);
	return { x: -pan.x / zoom, y: -pan.y / zoom, width: box.width / zoom, height: box.height / zoom };
}
