/** Compartments nest like a tree: a chain of parents that comes back to where it started is an error. */
import type { Diagnostic } from '../diagnostics.ts';
import { compartmentCycle } from '../rules/compartment-cycle.ts';
import type { LocatedFile } from '../yaml/parseLocated.ts';

/** Reports each cycle of compartment parents once, at its first compartment; returns their ids. */
export function reportParentCycles(
	file: LocatedFile,
	items: { index: number; value: { id: string; parent?: string | undefined } }[],
	out: Diagnostic[]
): Set<string> {
	const parentOf = new Map(items.map(({ value }) => [value.id, value.parent]));
	const indexOf = new Map(items.map(({ index, value }) => [value.id, index]));
	const cyclic = new Set<string>();
	for (const { value } of items) {
		if (cyclic.has(value.id)) continue;
		const path: string[] = [];
		let at: string | undefined = value.id;
		while (at !== undefined && !path.includes(at) && !cyclic.has(at)) {
			path.push(at);
			at = parentOf.get(at);
		}
		if (at !== value.id) continue; // no cycle through this compartment, or one already reported
		path.forEach((id) => cyclic.add(id));
		const where = ['compartments', indexOf.get(value.id) as number, 'parent'];
		out.push(compartmentCycle.check(file, where, path));
	}
	return cyclic;
}
