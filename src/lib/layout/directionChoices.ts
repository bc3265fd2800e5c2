/**
 * The nested layout's directions, chosen for the frame. Every combination of the figure's
 * direction (the curated one and its quarter turn, unless the reader chose one) and each
 * compartment's own (along the figure's or across it) is laid out, and the one that fits
 * LANDSCAPE at the largest scale is kept; near-ties go to the curated direction, then to fewer
 * compartments turned. Containers are memoised, so each is laid out once per direction and size.
 */
import type { Pathway } from '../model/atlas.ts';
import type { Direction } from '../schema/vocabulary.ts';
import type { Ranker } from './runDagre.ts';
import { landscapeScale, TURNED } from './landscape.ts';
import type { SizedNode } from './layoutInput.ts';
import {
	layoutContainer,
	placeNested,
	ROOT,
	type ContainerInput,
	type ContainerLayout,
	type Containers,
	type NestedPlacement
} from './nested.ts';
import { SPACING } from './spacing.ts';
import { clutter } from './clutter.ts';
import type { Placed } from '../geometry/types.ts';

/** With more compartments to choose for than this, each is tried only all along or all across. */
const EVERY_COMBINATION_UP_TO = 4;

/** A larger scale wins only by more than this share; below it the less cluttered figure stays. */
const NEAR_TIE = 0.04;

/**
 * Past this scale (labels of about 25 px on a 1080p screen) a figure is large enough: a larger
 * one wins no more, and the one whose arrows need fewest detours and cross least is kept.
 */
const LARGE_ENOUGH = 1.2;

/**
 * dagre's rankings tried, network simplex first: longest path puts every end at the last rank,
 * which packs some figures (many outcomes of one drug) much tighter.
 */
const RANKERS: Ranker[] = ['network-simplex', 'longest-path'];

/** The title an exported figure carries above the diagram, in layout units (heading.ts). */
const TITLE_BAND = 36;

export interface NestedChoice extends NestedPlacement {
	direction: Direction;
}

function memoised(): (input: ContainerInput) => ContainerLayout {
	const done = new Map<string, ContainerLayout>();
	return (input) => {
		const key = JSON.stringify([input.id, input.direction, input.ranker, input.items]);
		if (!done.has(key)) done.set(key, layoutContainer(input));
		return done.get(key)!;
	};
}

/** The compartments whose direction matters: those holding two items or more. */
const choosable = (containers: Containers) =>
	containers.order.filter((id) => id !== ROOT && containers.contents.get(id)!.length > 1);

/** Which compartments are turned across the figure's direction, in each combination tried. */
function turnings(count: number): boolean[][] {
	if (count > EVERY_COMBINATION_UP_TO) return [Array(count).fill(false), Array(count).fill(true)];
	const all = Array.from({ length: 2 ** count }, (_, k) =>
		Array.from({ length: count }, (_, i) => Boolean((k >> i) & 1))
	);
	const turns = (t: boolean[]) => t.filter(Boolean).length;
	return all.sort((a, b) => turns(a) - turns(b));
}

const scaleOf = (p: NestedPlacement) =>
	landscapeScale({
		width: p.width + 2 * SPACING.margin,
		height: p.height + 2 * SPACING.margin + TITLE_BAND
	});

/** Every combination tried, in order of preference: rankers, then figure directions, then turns. */
function* combinations(ids: string[], figureDirections: Direction[]) {
	for (const ranker of RANKERS)
		for (const direction of figureDirections)
			for (const turned of turnings(ids.length)) {
				const directions = new Map<string, Direction>([[ROOT, direction]]);
				ids.forEach((id, i) => directions.set(id, turned[i] ? TURNED[direction] : direction));
				yield { ranker, direction, directions };
			}
}

interface Scored {
	choice: NestedChoice;
	/** The scale that fits LANDSCAPE, counted up to LARGE_ENOUGH. */
	scale: number;
	clutter: number;
}

/** Larger by more than a near tie, or as large and less cluttered. */
function better(a: Scored, b: Scored): boolean {
	if (a.scale > b.scale * (1 + NEAR_TIE)) return true;
	if (b.scale > a.scale * (1 + NEAR_TIE)) return false;
	return a.clutter < b.clutter;
}

/** Every node and compartment placed, by id. */
function shapesOf(p: NestedPlacement, sized: SizedNode[]): Map<string, Placed> {
	const shapes = new Map<string, Placed>(p.boxes);
	for (const n of sized)
		shapes.set(n.id, { ...p.centres.get(n.id)!, width: n.width, height: n.height });
	return shapes;
}

export function chooseDirections(
	pathway: Pathway,
	sized: SizedNode[],
	containers: Containers,
	figureDirections: Direction[]
): NestedChoice {
	const layout = memoised();
	let best: Scored | undefined;
	for (const { ranker, direction, directions } of combinations(
		choosable(containers),
		figureDirections
	)) {
		const placement = placeNested(pathway, sized, containers, directions, layout, ranker);
		const scored = {
			choice: { ...placement, direction },
			scale: Math.min(scaleOf(placement), LARGE_ENOUGH),
			clutter: clutter(pathway, shapesOf(placement, sized))
		};
		if (!best || better(scored, best)) best = scored;
	}
	return best!.choice;
}
