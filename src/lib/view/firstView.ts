/**
 * The pathway page's first view: the whole figure when it fits at a readable size, else the figure
 * at the smallest readable zoom, starting where it starts (top left), with the rest a scroll or a
 * drag away and "fit all" (0, or the Fit button) one key away. The inline figure shown before the
 * page's script runs is sized by CSS to the same zoom (figureBoxStyle), so Cytoscape takes over
 * without anything moving.
 */
import { TYPE } from '../layout/font.ts';
import type { Frame } from '../geometry/types.ts';

/** The smallest node label (screen px) a first view draws; "fit all" may go below it. */
export const READABLE_LABEL_PX = 10.5;
/** The zoom at which a node label is READABLE_LABEL_PX tall. */
export const READABLE_ZOOM = READABLE_LABEL_PX / TYPE.nodeSize;
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
 * The frame drawn at `zoom`: centred along an axis it fits, from its start along one it overflows
 * (as a preserveAspectRatio="xMidYMid meet" figure inside a scrolled box).
 */
export function viewportAt(box: Size, frame: Frame, zoom: number): Viewport {
	const along = (room: number, start: number, length: number) =>
		FIT_PADDING + Math.max(0, room - 2 * FIT_PADDING - zoom * length) / 2 - zoom * start;
	return {
		zoom,
		pan: { x: along(box.width, frame.x, frame.width), y: along(box.height, frame.y, frame.height) }
	};
}

/** The whole frame in view, however small its labels come out. */
export const fitViewport = (box: Size, frame: Frame, limits: ZoomLimits): Viewport =>
	viewportAt(box, frame, clamp(fitZoom(box, frame), limits));

/** The first view: the whole frame if its labels read at that size, else the readable zoom. */
export const firstViewport = (box: Size, frame: Frame, limits: ZoomLimits): Viewport =>
	viewportAt(box, frame, clamp(Math.max(fitZoom(box, frame), READABLE_ZOOM), limits));

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
export function readableSize(frame: Frame): Size {
	return { width: frame.width * READABLE_ZOOM, height: frame.height * READABLE_ZOOM };
}

/**
 * CSS custom properties for the diagram box: its height follows the figure at the readable zoom,
 * and the inline figure is never drawn smaller than that zoom.
 */
export function figureBoxStyle(frame: Frame): string {
	const { width, height } = readableSize(frame);
	const px = (n: number) => `${Math.round(n * 10) / 10}px`;
	return `--readable-width: ${px(width)}; --readable-height: ${px(height)}`;
}
