/** Compartments nest like a tree: the places a compartment may be moved inside. */

export interface CompartmentRef {
	id: string;
	label: string;
	parent?: string | undefined;
}

/** The compartment and every compartment inside it, at any depth. */
export function withDescendants(compartments: readonly CompartmentRef[], id: string): Set<string> {
	const children = new Map<string, string[]>();
	for (const c of compartments)
		if (c.parent) children.set(c.parent, [...(children.get(c.parent) ?? []), c.id]);
	const out = new Set<string>();
	const todo = [id];
	for (let at = todo.pop(); at !== undefined; at = todo.pop()) {
		if (out.has(at)) continue;
		out.add(at);
		todo.push(...(children.get(at) ?? []));
	}
	return out;
}

/** The compartments `id` may sit inside: all but itself and those inside it (no cycle). */
export function parentChoices(
	compartments: readonly CompartmentRef[],
	id: string
): CompartmentRef[] {
	const excluded = withDescendants(compartments, id);
	return compartments.filter((c) => !excluded.has(c.id));
}
