/**
 * Where the presentation looks. One zoom for the whole lecture, so nodes keep their size from
 * step to step: the zoom that fits the whole figure, but never so small that a label drawn at
 * `smallestFont` px falls under `minLabelPx` on screen. A figure that does not fit at that zoom
 * is followed: the view keeps what has been revealed in sight where it can, and the current step
 * where it cannot.
 */
import type { Frame } from '../geometry/types.ts';
import { TYPE } from '../layout/font.ts';

export interface View {
	zoom: number;
	pan: { x: number; y: number };
}

export interface CameraInput {
	/** Model coordinates. */
	figure: Frame;
	revealed: Frame | undefined;
	current: Frame | undefined;
	/** Screen size of the diagram, px. */
	width: number;
	height: number;
	padding?: number;
	minLabelPx?: number;
	maxZoom?: number;
}

/** Projector rule: no text under 24 px at 1920 x 1080. */
export const MIN_LABEL_PX = 24;
const SMALLEST_FONT = Math.min(TYPE.nodeSize, TYPE.compartmentSize);

export const readableZoom = (minLabelPx = MIN_LABEL_PX) => minLabelPx / SMALLEST_FONT;

/** The centre along one axis: `span` model units are visible. */
function centreOn(
	span: number,
	figure: [number, number],
	revealed: [number, number] | undefined,
	current: [number, number] | undefined
): number {
	const mid = ([a, b]: [number, number]) => (a + b) / 2;
	const clamp = (v: number, [a, b]: [number, number]) =>
		a + span / 2 > b - span / 2 ? mid([a, b]) : Math.min(b - span / 2, Math.max(a + span / 2, v));
	if (figure[1] - figure[0] <= span || !revealed) return mid(figure);
	if (revealed[1] - revealed[0] <= span) return clamp(mid(revealed), figure);
	return clamp(mid(current ?? revealed), revealed);
}

/** The pan that looks, at `zoom`, where `camera` would (the padding around the view included). */
export function panAt(input: CameraInput, zoom: number): View['pan'] {
	const { figure, revealed, current, width, height } = input;
	const padding = input.padding ?? 32;
	const w = Math.max(1, width - 2 * padding);
	const h = Math.max(1, height - 2 * padding);
	const axis = (b: Frame | undefined, k: 'x' | 'y'): [number, number] | undefined =>
		b && (k === 'x' ? [b.x, b.x + b.width] : [b.y, b.y + b.height]);
	const cx = centreOn(w / zoom, axis(figure, 'x')!, axis(revealed, 'x'), axis(current, 'x'));
	const cy = centreOn(h / zoom, axis(figure, 'y')!, axis(revealed, 'y'), axis(current, 'y'));
	return { x: width / 2 - cx * zoom, y: height / 2 - cy * zoom };
}

/** The zoom at which `box` fits the view, padding included. */
export function fittingZoom(box: Frame, width: number, height: number, padding = 32): number {
	const w = Math.max(1, width - 2 * padding);
	const h = Math.max(1, height - 2 * padding);
	return Math.min(w / Math.max(1, box.width), h / Math.max(1, box.height));
}

/** The lecture's one zoom: the whole figure's fit, within the readable zoom and `maxZoom`. */
export function lectureZoom(input: CameraInput): number {
	const fit = fittingZoom(input.figure, input.width, input.height, input.padding);
	return Math.min(input.maxZoom ?? 2.5, Math.max(readableZoom(input.minLabelPx), fit));
}

export function camera(input: CameraInput): View {
	const zoom = lectureZoom(input);
	return { zoom, pan: panAt(input, zoom) };
}
