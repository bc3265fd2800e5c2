/** Where a step slide puts its parts, in inches on a LAYOUT_WIDE slide (13.333 × 7.5 in). */
export const STEP_SLIDE = {
	narration: { x: 0.4, y: 0.2, w: 12.533, h: 1.0 },
	figure: { x: 0.4, y: 1.25, w: 12.533, h: 5.15 },
	evidence: { x: 0.4, y: 6.45, w: 11.1, h: 0.95 },
	counter: { x: 11.6, y: 6.95, w: 1.333, h: 0.45 }
} as const;

export const NARRATION_PT = 24;
export const SMALL_PT = 12;

/**
 * The presentation's rule is set for 1920 × 1080 px; a 16:9 slide is 13.333 × 7.5 in, so its
 * 24 px are 1/6 in, 12 pt.
 */
export const SLIDE_PX_PER_INCH = 1920 / 13.333;
