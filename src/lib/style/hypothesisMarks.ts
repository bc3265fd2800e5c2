/**
 * How the "all hypotheses" view tells hypotheses apart: each by a colour (Okabe–Ito, colour-blind
 * safe) and by a second channel that survives without colour — a node outline style and a
 * letter on its edges. An element of several hypotheses is marked as such, not by one of them.
 */
import type { StyleRule } from './cytoscapeStyle.ts';
import { OKABE_ITO } from '../grammar/palette.ts';

export type OutlineStyle = 'solid' | 'dashed' | 'dotted' | 'double';

export interface HypothesisMark {
	colour: string;
	outline: OutlineStyle;
	letter: string;
}

/** Enough for the pathways drawn; a seventh hypothesis would repeat a colour with a new letter. */
export const MARKED = 6;
const COLOURS = [
	OKABE_ITO.vermillion,
	OKABE_ITO.blue,
	OKABE_ITO.bluishGreen,
	OKABE_ITO.reddishPurple,
	OKABE_ITO.orange,
	OKABE_ITO.skyBlue
];
const OUTLINES: OutlineStyle[] = ['solid', 'dashed', 'dotted', 'double', 'dashed', 'dotted'];
const indices = [...Array(MARKED).keys()];
// An ordinal scale of the indices 0…MARKED-1 onto the colours and the outlines, written out as a
// lookup (the same values): the page's first script goes without d3-scale and d3-array.
const markColour = (i: number): string => COLOURS[i]!;
const markOutline = (i: number): OutlineStyle => OUTLINES[i]!;

/** The mark of the i-th hypothesis of a pathway (0-based). */
export const hypothesisMark = (i: number): HypothesisMark => ({
	colour: markColour(i % MARKED),
	outline: markOutline(i % MARKED),
	letter: String.fromCharCode(65 + i)
});

/** The mark of an element of several hypotheses. */
export const SEVERAL: HypothesisMark = { colour: '#6b7280', outline: 'double', letter: '+' };

/** The Cytoscape class of an element's mark: hyp-<i>, or hyp-several. */
export function markClass(order: string[], member: string[] | undefined): string | undefined {
	if (!member?.length) return undefined;
	if (member.length > 1) return 'hyp-several';
	const i = order.indexOf(member[0]!);
	return i < 0 ? undefined : `hyp-${i % MARKED}`;
}

/** The letters an edge carries: its hypotheses' letters, joined. */
export const markLetters = (order: string[], member: string[]): string =>
	member
		.map((id) => order.indexOf(id))
		.filter((i) => i >= 0)
		.map((i) => hypothesisMark(i).letter)
		.join('+');

function rules(selector: string, m: HypothesisMark): StyleRule[] {
	return [
		{
			selector: `node.${selector}`,
			style: {
				'outline-width': 4,
				'outline-color': m.colour,
				'outline-style': m.outline,
				'outline-offset': 3
			}
		},
		{
			selector: `edge.${selector}`,
			style: {
				'underlay-color': m.colour,
				'underlay-opacity': 0.35,
				'underlay-padding': 4,
				label: 'data(hypothesisLetters)',
				'font-size': 11,
				'font-weight': 'bold',
				color: '#1d2330',
				'text-background-color': '#ffffff',
				'text-background-opacity': 0.9,
				'text-background-padding': '2px',
				'text-border-color': m.colour,
				'text-border-width': 2,
				'text-border-opacity': 1
			}
		}
	] as StyleRule[];
}

/** The stylesheet rules of every mark, for the viewer's "all hypotheses" view. */
export function hypothesisStyles(): StyleRule[] {
	return [
		...indices.flatMap((i) => rules(`hyp-${i}`, hypothesisMark(i))),
		...rules('hyp-several', SEVERAL)
	];
}
