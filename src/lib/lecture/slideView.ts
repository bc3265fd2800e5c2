/**
 * What a slide's figure shows, as a frame in model coordinates and a zoom (slide px per model
 * unit). A step slide looks as the presentation does (one zoom for the lecture, what has been
 * revealed kept in sight where it can be), except that the step's own nodes are always whole in
 * view: a step too large for the lecture's zoom gets a smaller one. The frame fills the slide's
 * figure area, less the band the legend takes under it.
 */
import type { LaidOutPathway } from '../layout/types.ts';
import type { Pathway } from '../model/atlas.ts';
import { inHypothesis } from '../model/hypotheses.ts';
import type { Frame } from '../geometry/types.ts';
import { boxOf, figureBox } from './bounds.ts';
import { fittingZoom, lectureZoom, MIN_LABEL_PX, panAt } from './camera.ts';
import { firstSteps, revealStates } from './reveal.ts';
import { lectureSteps } from './steps.ts';

export interface SlideView {
	/** Model units in sight. */
	frame: Frame;
	/** Slide px per model unit. */
	zoom: number;
}

/** Where a slide looks: what it keeps in sight where it can, and what it must hold whole. */
export interface SlideFocus {
	revealed: Frame | undefined;
	current: Frame | undefined;
}

/** Slide px the figure area has; `band` gives the model units a legend adds under the frame. */
export interface SlideArea {
	width: number;
	height: number;
	band: (frame: Frame) => number;
}

/** The ids step `n` (1-based) draws: what steps 1..n reveal, of its hypothesis when it names one. */
export function slideStepIds(pathway: Pathway, n: number): { revealed: string[]; own: string[] } {
	const steps = lectureSteps(pathway);
	const step = steps[n - 1];
	const members = new Map(
		[...pathway.nodes, ...pathway.edges].map((el) => [el.id, { hypotheses: el.hypotheses }])
	);
	const drawn = (id: string) =>
		!step?.hypothesis || inHypothesis(members.get(id) ?? {}, step.hypothesis);
	const states = revealStates(pathway, firstSteps(pathway, steps), n);
	const revealed = [...states].filter(([id, s]) => s !== 'later' && drawn(id)).map(([id]) => id);
	const edges = new Map(pathway.edges.map((e) => [e.id, e]));
	// the step's own nodes: those it names, and the ends of the edges it names
	const own = (step?.show ?? []).flatMap((id) => {
		const edge = edges.get(id);
		return edge ? [edge.source, edge.target] : [id];
	});
	return { revealed, own: own.filter(drawn) };
}

export function slideFocus(laidOut: LaidOutPathway, pathway: Pathway, n: number): SlideFocus {
	const { revealed, own } = slideStepIds(pathway, n);
	return { revealed: boxOf(laidOut, revealed), current: boxOf(laidOut, own) };
}

/** The view of `focus` at no more than `ceiling` zoom, its current box whole in the frame. */
export function slideView(
	laidOut: LaidOutPathway,
	focus: SlideFocus,
	area: SlideArea,
	ceiling: number
): SlideView {
	const figure = figureBox(laidOut);
	const frameAt = (zoom: number, height: number): Frame => {
		const pan = panAt({ figure, ...focus, width: area.width, height }, zoom);
		return { x: -pan.x / zoom, y: -pan.y / zoom, width: area.width / zoom, height: height / zoom };
	};
	// the legend names what the frame draws, and the frame's height is what the legend leaves:
	// the largest band of a few rounds, so that the legend of the frame settled on fits
	const heightAt = (zoom: number) => {
		let band = 0;
		for (let i = 0; i < 3; i++)
			band = Math.max(band, area.band(frameAt(zoom, Math.max(1, area.height - band * zoom))));
		// the frame is drawn widened to whole units, up to one more on each side
		return Math.max(1, area.height - (band + 2) * zoom);
	};
	const fits = (zoom: number) =>
		focus.current ? fittingZoom(focus.current, area.width, heightAt(zoom)) : ceiling;
	let zoom = ceiling;
	for (let i = 0; i < 3; i++) zoom = Math.min(ceiling, fits(zoom));
	// a smaller zoom only narrows the band, so what fits now still fits
	zoom = Math.min(zoom, fits(zoom));
	const height = heightAt(zoom);
	const pan = panAt({ figure, ...focus, width: area.width, height }, zoom);
	return {
		frame: { x: -pan.x / zoom, y: -pan.y / zoom, width: area.width / zoom, height: height / zoom },
		zoom
	};
}

/** Step `n`'s view: the lecture's one zoom, smaller for a step that needs it. */
export function stepView(
	laidOut: LaidOutPathway,
	pathway: Pathway,
	n: number,
	area: SlideArea
): SlideView {
	const zoom = lectureZoom({
		figure: figureBox(laidOut),
		revealed: undefined,
		current: undefined,
		width: area.width,
		height: area.height,
		minLabelPx: MIN_LABEL_PX
	});
	return slideView(laidOut, slideFocus(laidOut, pathway, n), area, zoom);
}

/** The whole pathway, as large as the area holds it. */
export function overviewView(laidOut: LaidOutPathway, area: SlideArea): SlideView {
	const figure = figureBox(laidOut);
	return slideView(laidOut, { revealed: figure, current: figure }, area, 2.5);
}
