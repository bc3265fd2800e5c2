/** Which of a pathway's elements a view draws: sets of ids, computed, never changed in place. */
import type { LaidOutPathway } from '../layout/types.ts';
import type { Pathway } from '../model/atlas.ts';

const idsOf = (elements: { id: string }[]) => elements.map((el) => el.id);

export const elementIds = (p: Pathway): ReadonlySet<string> =>
	new Set(idsOf([...p.nodes, ...p.edges]));

/** The elements a layout leaves out: those inside a collapsed compartment. */
export function concealedIds(
	all: ReadonlySet<string>,
	laidOut: LaidOutPathway
): ReadonlySet<string> {
	const drawn = new Set(idsOf([...laidOut.nodes, ...laidOut.edges]));
	return new Set([...all].filter((id) => !drawn.has(id)));
}

export const idSet = (...groups: Iterable<string>[]): ReadonlySet<string> =>
	new Set(groups.flatMap((g) => [...g]));
