/**
 * Font sizes and line height shared by layout (to measure) and styles (to draw). A module of its
 * own: the page's first script needs these numbers (its first view), not the font's metrics.
 */
export const TYPE = {
	nodeSize: 14,
	compartmentSize: 14,
	lineHeight: 1.25
} as const;
