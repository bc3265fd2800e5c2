/** Compartments: rounded boxes behind their members, outermost first, label at the top. */
import { compartmentLabelBox } from '../../layout/compartmentBoxes.ts';
import { TYPE } from '../../layout/font.ts';
import type { LaidOutCompartment } from '../../layout/types.ts';
import { PALETTES, type Theme } from '../../style/themes.ts';
import { el, marked, type Attrs } from './markup.ts';
import { shapeElement } from './shapes.ts';
import { textGroup, textLines } from './text.ts';

/** Cytoscape.js's compartment border (cytoscapeStyle). */
const BORDER = 1.5;
/** Cytoscape.js's dashed border, for a collapsed compartment. */
const DASHED = '4 2';

/** Parents before children, otherwise in layout order. */
export function outermostFirst(compartments: LaidOutCompartment[]): LaidOutCompartment[] {
	const byId = new Map(compartments.map((c) => [c.id, c]));
	const depth = (c: LaidOutCompartment): number => {
		const parent = c.parent ? byId.get(c.parent) : undefined;
		return parent ? 1 + depth(parent) : 0;
	};
	return compartments
		.map((c, i) => ({ c, i, d: depth(c) }))
		.sort((a, b) => a.d - b.d || a.i - b.i)
		.map(({ c }) => c);
}

/** What the compartments' group gives each: the label's size, anchor and colour, the border width. */
export const compartmentsShared = (theme: Theme): Attrs => ({
	...textGroup(TYPE.compartmentSize, PALETTES[theme].compartmentText, 'middle'),
	'stroke-width': BORDER
});

export function compartmentSvg(c: LaidOutCompartment, theme: Theme, picture = false): string {
	const palette = PALETTES[theme];
	const label = compartmentLabelBox(c);
	const [attrs, tooltip] = marked(
		{
			id: `compartment-${c.id}`,
			class: `compartment compartment-${c.kind}${c.collapsed === undefined ? '' : ' collapsed'}`,
			tooltip: c.label
		},
		picture
	);
	return el(
		'g',
		attrs,
		tooltip,
		shapeElement('round-rectangle', c.x, c.y, c.width, c.height, {
			fill: palette.compartmentFill,
			stroke: palette.compartmentBorder,
			...(c.collapsed === undefined ? {} : { 'stroke-dasharray': DASHED })
		}),
		textLines([c.label], label.x, label.y - label.height / 2, TYPE.compartmentSize)
	);
}
