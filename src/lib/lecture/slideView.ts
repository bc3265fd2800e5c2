/**
 * What a step's slide shows: the presentation's view of the step (its camera, with the same
 * projector rule) worked out for the slide's figure area, as a frame in model coordinates.
 */
import type { LaidOutPathway } from '../layout/types.ts';
import type { Pathway } from '../model/atlas.ts';
import type { Frame } from '../geometry/types.ts';
import { boxOf, figureBox } from './bounds.ts';
import { camera, MIN_LABEL_PX } from './camera.ts';
import { firstSteps, revealStates, type RevealState } from './reveal.ts';
import { lectureSteps } from './steps.ts';

export interface SlideView {
	/** Model units in sight. */
	frame: Frame;
	/** Slide px per model unit. */
	zoom: number;
}

/** Every step's view, one zoom for the lecture as in the presentation; `area` in slide px. */
export function stepViews(
	laid: LaidOutPathway,
	pathway: Pathway,
	area: { width: number; height: number }
): SlideView[] {
	const steps = lectureSteps(pathway);
	const first = firstSteps(pathway, steps);
	return steps.map((_, i) => {
		const states = revealStates(pathway, first, i + 1);
		const ids = (wanted: RevealState[]) =>
			[...states].filter(([, s]) => wanted.includes(s)).map(([id]) => id);
		const { zoom, pan } = camera({
			figure: figureBox(laid),
			revealed: boxOf(laid, ids(['current', 'earlier'])),
			current: boxOf(laid, ids(['current'])),
			width: area.width,
			height: area.height,
			minLabelPx: MIN_LABEL_PX
		});
		const frame = {
			x: -pan.x / zoom,
			y: -pan.y / zoom,
			width: area.width / zoom,
			height: area.height / zoom
		};
		return { frame, zoom };
	});
}
