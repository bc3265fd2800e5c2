/**
 * The layout chooses its shape for a landscape frame: a pathway is drawn in its curated direction
 * unless that figure does not fit LANDSCAPE at full size and the figure turned a quarter (↓ ⇄ →)
 * fits it at a larger scale. The page, the index thumbnail, the whole-figure SVG and the slides all
 * draw this one layout.
 */
import type { Direction } from '../schema/vocabulary.ts';

/**
 * A 16:9 frame in layout units: at the page's readable zoom (10.5 px labels, 0.75) it is about
 * the diagram box of a 1440 × 900 screen; on a 1920 × 1080 slide it is drawn at 1.5 times.
 */
export const LANDSCAPE = { width: 1280, height: 720 } as const;

/** A quarter turn of the flow: top-to-bottom becomes left-to-right, and back. */
export const TURNED: Record<Direction, Direction> = { TB: 'LR', LR: 'TB', BT: 'RL', RL: 'BT' };

interface Size {
	width: number;
	height: number;
}

/** The scale at which a figure fits LANDSCAPE whole (above 1: it fits at full size). */
export const landscapeScale = (figure: Size): number =>
	Math.min(LANDSCAPE.width / figure.width, LANDSCAPE.height / figure.height);

/** The curated figure if it fits LANDSCAPE, else whichever of it and its turn fits it larger. */
export function landscapeChoice<T extends Size>(curated: T, turned: () => T): T {
	if (landscapeScale(curated) >= 1) return curated;
	const other = turned();
	return landscapeScale(other) > landscapeScale(curated) ? other : curated;
}
