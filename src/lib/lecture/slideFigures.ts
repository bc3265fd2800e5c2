/**
 * The figure of each step slide: the step drawn by the one SVG renderer in the presentation's
 * view of it, and where it goes on the slide, at the view's zoom (never shrunk to fit, so labels
 * keep the projector rule's size). A legend, when asked for, takes its band off the bottom of the
 * figure area before the camera looks, so the diagram and its legend both fit.
 */
import type { ExportSubject } from '../export/exportText.ts';
import { figureContext } from '../render/figureContext.ts';
import type { SvgOptions } from '../render/options.ts';
import { renderSvg } from '../render/renderSvg.ts';
import type { Theme } from '../style/themes.ts';
import { svgSize } from './svgSize.ts';
import { SLIDE_PX_PER_INCH, STEP_SLIDE } from './slideLayout.ts';
import { stepViews, type SlideView } from './slideView.ts';

export interface SlideFigure {
	step: number;
	svg: string;
	/** Inches on the slide. */
	placement: { x: number; y: number; w: number; h: number };
}

export interface SlideFigureOptions {
	theme: Theme;
	legend: boolean;
	figure?: Partial<SvgOptions>;
}

const AREA = {
	width: STEP_SLIDE.figure.w * SLIDE_PX_PER_INCH,
	height: STEP_SLIDE.figure.h * SLIDE_PX_PER_INCH
};

export function stepSlideFigures(
	subject: ExportSubject,
	options: SlideFigureOptions
): SlideFigure[] {
	const { laid, pathway } = subject;
	const context = figureContext(pathway, subject.records);
	const draw = (view: SlideView, step: number) =>
		renderSvg(
			laid,
			{
				scope: 'step',
				step,
				viewport: view.frame,
				theme: options.theme,
				legend: options.legend,
				citations: false,
				title: false,
				...options.figure
			},
			context
		);
	let views = stepViews(laid, pathway, AREA);
	if (options.legend) {
		// model units the tallest legend adds below the diagram (with its gaps)
		const band = Math.max(
			0,
			...views.map((v, i) => svgSize(draw(v, i + 1)).height - Math.ceil(v.frame.height))
		);
		const zoom = views[0]?.zoom ?? 1;
		views = stepViews(laid, pathway, { ...AREA, height: Math.max(1, AREA.height - band * zoom) });
	}
	return views.map((view, i) => {
		const svg = draw(view, i + 1);
		const size = svgSize(svg);
		const w = (size.width * view.zoom) / SLIDE_PX_PER_INCH;
		const h = (size.height * view.zoom) / SLIDE_PX_PER_INCH;
		const { x, y, w: areaWidth } = STEP_SLIDE.figure;
		return { step: i + 1, svg, placement: { x: x + (areaWidth - w) / 2, y, w, h } };
	});
}
