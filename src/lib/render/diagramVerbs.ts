/**
 * Where the live diagram writes each edge's verb: where the slides and exported figures write it
 * (verbLayout), clear of every node, mark and compartment title; an edge with no clear place goes
 * without. Loaded when verbs are first shown, so a page that never shows them carries none of it.
 */
import type { Point } from '../geometry/types.ts';
import type { Language } from '../i18n/languages.ts';
import type { LaidOutPathway } from '../layout/types.ts';
import { pathwayFrame } from './frame.ts';
import { verbLayout } from './svg/edges.ts';

export const diagramVerbPlaces = (laidOut: LaidOutPathway, lang: Language): Map<string, Point> =>
	verbLayout(laidOut.edges, laidOut.nodes, lang, laidOut.compartments, pathwayFrame(laidOut));
