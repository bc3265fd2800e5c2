/**
 * The figures of a deck's slides, drawn by the one SVG renderer: the whole pathway for the
 * overview slide, and for each step what the presentation shows at that step (a step that names a
 * hypothesis: that hypothesis and the shared elements). Each fills its slide's figure area: the
 * frame takes the area's shape, and a compact legend of what the slide draws sits under it.
 */
import type { ExportSubject } from '../export/exportText.ts';
import { withStepHypothesis } from '../export/stepHypothesis.ts';
import { figureContext } from '../render/figureContext.ts';
import type { SvgOptions } from '../render/options.ts';
import { renderSvg } from '../render/renderSvg.ts';
import { whole } from '../render/frame.ts';
import type { Frame } from '../geometry/types.ts';
import type { Theme } from '../style/themes.ts';
import { svgSize } from './svgSize.ts';
import { SLIDE_PX_PER_INCH, type Box } from './slideLayout.ts';
import { overviewView, stepView, type SlideArea, type SlideView } from './slideView.ts';

export interface SlideFigure {
	svg: string;
	/** Inches on the slide. */
	placement: Box;
}

export interface SlideFigureOptions {
	theme: Theme;
	legend: boolean;
	figure?: Partial<SvgOptions>;
}

type Draw = (viewport: Frame) => string;

function drawer(
	subject: ExportSubject,
	options: SlideFigureOptions,
	chosen: Partial<SvgOptions>
): Draw {
	const context = figureContext(subject.pathway, subject.records);
	return (viewport) =>
		renderSvg(
			subject.laidOut,
			{
				scope: 'viewport',
				theme: options.theme,
				legend: options.legend,
				compactLegend: true,
				citations: false,
				title: false,
				...options.figure,
				...chosen,
				viewport
			},
			context
		);
}

/** The area in slide px, and the legend's band as the renderer draws it under a frame so wide. */
function areaOf(box: Box, draw: Draw): SlideArea {
	return {
		width: box.w * SLIDE_PX_PER_INCH,
		height: box.h * SLIDE_PX_PER_INCH,
		band: (frame) => svgSize(draw(frame)).height - whole(frame).height
	};
}

/** The figure at the view's zoom, in the middle of its area. */
function placed(draw: Draw, view: SlideView, area: Box): SlideFigure {
	const svg = draw(view.frame);
	const size = svgSize(svg);
	// the frame's whole units may add a hair to the figure; it is scaled to stay in its area
	const k = Math.min(1, (area.h * SLIDE_PX_PER_INCH) / (size.height * view.zoom));
	const w = (size.width * view.zoom * k) / SLIDE_PX_PER_INCH;
	const h = (size.height * view.zoom * k) / SLIDE_PX_PER_INCH;
	return { svg, placement: { x: area.x + (area.w - w) / 2, y: area.y + (area.h - h) / 2, w, h } };
}

export function stepSlideFigure(
	subject: ExportSubject,
	step: number,
	box: Box,
	options: SlideFigureOptions
): SlideFigure {
	const chosen = withStepHypothesis(subject.pathway, { scope: 'step' as const, step });
	const draw = drawer(subject, options, chosen);
	const view = stepView(subject.laidOut, subject.pathway, step, areaOf(box, draw));
	return placed(draw, view, box);
}

export function overviewSlideFigure(
	subject: ExportSubject,
	box: Box,
	options: SlideFigureOptions
): SlideFigure {
	const draw = drawer(subject, options, {});
	return placed(draw, overviewView(subject.laidOut, areaOf(box, draw)), box);
}
