/**
 * dagre aligns each rank to straighten edges, so a short rank can sit far above or below a tall
 * one and the container grows across the flow by the difference. Each rank is slid across the
 * flow, as a whole and as little as it can, into the span of the rank that is largest across it:
 * the container is then no larger across the flow than its largest rank.
 */
import type { Direction } from '../schema/vocabulary.ts';
import type { Placed } from '../geometry/types.ts';

type Box = Placed & { id: string };

/** Along: the axis the flow runs on; across: the other. */
const axes = (direction: Direction) =>
	direction === 'TB' || direction === 'BT'
		? ({ along: 'y', across: 'x', size: 'width' } as const)
		: ({ along: 'x', across: 'y', size: 'height' } as const);

export function compactRanks<T extends Box>(boxes: T[], direction: Direction): T[] {
	const { along, across, size } = axes(direction);
	const ranks = new Map<number, T[]>();
	for (const b of boxes) {
		const key = Math.round(b[along]);
		ranks.set(key, [...(ranks.get(key) ?? []), b]);
	}
	const spans = [...ranks.values()].map((rank) => ({
		rank,
		start: Math.min(...rank.map((b) => b[across] - b[size] / 2)),
		end: Math.max(...rank.map((b) => b[across] + b[size] / 2))
	}));
	const largest = spans.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
	const slid = new Map<string, number>();
	for (const { rank, start, end } of spans) {
		// the smallest slide that brings the rank inside the largest one's span
		const shift = Math.min(Math.max(0, largest.start - start), largest.end - end);
		for (const b of rank) slid.set(b.id, shift);
	}
	return boxes.map((b) => ({ ...b, [across]: b[across] + slid.get(b.id)! }));
}
