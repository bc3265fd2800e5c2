/**
 * The presentation's Cytoscape.js stylesheet: the dark theme, plus one class per reveal state.
 * The current step is ringed in the accent colour, earlier steps are quieter, later steps are
 * hidden or, with ghosting on, drawn faintly. Compartments fade through their fill, border and
 * label, never through `opacity`, which would fade the nodes inside them too.
 */
import type { StylesheetStyle } from 'cytoscape';
import { cytoscapeStyle } from '../style/cytoscapeStyle.ts';
import { PALETTES, type Theme } from '../style/themes.ts';
import type { RevealState } from './reveal.ts';

export const LECTURE_THEME: Theme = 'dark';

/** The class of an element in a state; later elements are hidden unless ghosted. */
export function lectureClass(state: RevealState, ghost: boolean): string {
	if (state === 'later') return ghost ? 'lecture-ghost' : 'lecture-hidden';
	return `lecture-${state}`;
}

export const LECTURE_CLASSES = [
	'lecture-current',
	'lecture-earlier',
	'lecture-ghost',
	'lecture-hidden'
].join(' ');

/**
 * How far earlier steps are dimmed: every node's label, blended with what lies behind it by this
 * opacity, keeps at least 3:1 contrast with its own fill, blended alike (a unit test checks each
 * kind); 0.6 left some at 2.5:1, which washes out on a projector.
 */
export const EARLIER_OPACITY = 0.75;

const ELEMENT = (cls: string) => `node.${cls}[^compartmentKind], edge.${cls}`;

export function lectureStyle(options: { reducedMotion: boolean }): StylesheetStyle[] {
	const { accent } = PALETTES[LECTURE_THEME];
	const ring = { 'underlay-color': accent, 'underlay-opacity': 0.35, 'underlay-padding': 8 };
	const duration = options.reducedMotion ? 0 : 200;
	return [
		...cytoscapeStyle(LECTURE_THEME),
		{
			selector: 'node, edge',
			style: {
				'transition-property': 'opacity, line-color, border-color, underlay-opacity',
				'transition-duration': duration
			}
		},
		{ selector: ELEMENT('lecture-earlier'), style: { opacity: EARLIER_OPACITY } },
		{
			selector: 'node.lecture-current[^compartmentKind]',
			style: { ...ring, 'border-color': accent, 'border-width': 3 }
		},
		{
			selector: 'edge.lecture-current',
			style: { ...ring, 'line-color': accent, 'target-arrow-color': accent }
		},
		{ selector: ELEMENT('lecture-ghost'), style: { opacity: 0.15 } },
		{
			selector: 'node.lecture-ghost[compartmentKind]',
			style: { 'background-opacity': 0.15, 'border-opacity': 0.2, 'text-opacity': 0.2 }
		},
		{ selector: '.lecture-hidden', style: { display: 'none' } },
		// a step that focuses on one hypothesis: the others' elements stay, barely there
		{ selector: ELEMENT('out-of-hypothesis'), style: { opacity: 0.12 } }
	];
}
