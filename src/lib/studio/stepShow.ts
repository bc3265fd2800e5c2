/**
 * What "Add to step" adds to the step being made: the element picked (unless this step shows it
 * already), and for an arrow its two ends first, unless an earlier step or this one reveals them
 * (steps reveal cumulatively).
 */
interface Shown {
	id: string;
	kind: 'node' | 'edge';
	source?: string;
	target?: string;
}

export function addedToStep(
	picked: Shown,
	making: readonly string[],
	earlierSteps: readonly { show: readonly string[] }[]
): string[] {
	const revealed = new Set([...earlierSteps.flatMap((s) => s.show), ...making]);
	const ends = picked.kind === 'edge' ? [picked.source, picked.target] : [];
	const newEnds = ends.filter((id): id is string => !!id && !revealed.has(id));
	const self = making.includes(picked.id) ? [] : [picked.id];
	return [...new Set([...newEnds, ...self])];
}
