/**
 * A laid-out pathway as Cytoscape.js draws it: elements and a JSON stylesheet. Worked out at
 * build time, it travels as page data, so the page ships neither the visual grammar nor the
 * stylesheet code; the direction toggle loads this module with the layout.
 */
import type { ElementDefinition } from 'cytoscape';
import type { LaidOutPathway } from '../layout/types.ts';
import { toCytoscapeElements } from './cytoscapeElements.ts';
import { cytoscapeStyle, type StyleRule } from './cytoscapeStyle.ts';
import type { Theme } from './themes.ts';

export interface CytoscapeDiagram {
	elements: ElementDefinition[];
	style: StyleRule[];
}

export function cytoscapeDiagram(laidOut: LaidOutPathway, theme: Theme): CytoscapeDiagram {
	return { elements: toCytoscapeElements(laidOut), style: cytoscapeStyle(theme) };
}
