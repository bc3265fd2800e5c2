/** A laid-out pathway: plain JSON, the input of the SVG renderer and the Cytoscape elements. */
import type { Direction, Kind, Relation, StudyKind, Support } from '../schema/vocabulary.ts';

import type { Point } from '../geometry/types.ts';

/** x, y is the centre. */
export interface LaidOutNode {
	id: string;
	entity: string;
	label: string;
	lines: string[];
	kind: Kind;
	compartment?: string;
	x: number;
	y: number;
	width: number;
	height: number;
}

/** Centre and size of the box, padding and the label band at its top included. */
export interface LaidOutCompartment {
	id: string;
	label: string;
	kind: string;
	parent?: string;
	/** Collapsed: drawn as one box, hiding this many nodes. */
	collapsed?: number;
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface LaidOutEdge {
	id: string;
	source: string;
	target: string;
	relation: Relation;
	/** The strongest support of its evidence: stated > listed > background. */
	support: Support;
	/** Distinct supporting sentences, at least 1. */
	sentences: number;
	/** The edge or an item of its evidence is contested. */
	contested?: true;
	/** Some of its evidence is a study in people. */
	human?: true;
	/** The kinds of study its evidence rests on, in vocabulary order. */
	studies?: StudyKind[];
	/**
	 * From the source's outline to the target's: a straight segment aimed from centre to centre,
	 * or, when `routed`, a route around what lies between, its ends wherever it meets the outlines.
	 */
	points: Point[];
	routed?: true;
}

/** The bounding box starts at (0, 0); width and height include the margin on every side. */
export interface LaidOutPathway {
	id: string;
	title: string;
	direction: Direction;
	width: number;
	height: number;
	nodes: LaidOutNode[];
	compartments: LaidOutCompartment[];
	edges: LaidOutEdge[];
}
