/**
 * Ids are only ids: a table keyed by ids is a Map, or, where it must cross the wire as JSON (the
 * viewer's labels, links and citations), a plain object read through its own keys only. An id
 * such as "constructor" is a valid id, and a plain object's lookup `table[id]` would find
 * Object.prototype's constructor instead of nothing.
 */

/** A table keyed by ids that crosses the wire as a plain object. */
export type IdTable<T> = Readonly<Record<string, T>>;

/** The entry for `id`, from the table's own keys only (never its prototype's). */
export function own<T>(table: IdTable<T> | undefined, id: string): T | undefined {
	return table !== undefined && Object.hasOwn(table, id) ? table[id] : undefined;
}

/** A plain-object table without a prototype, from [id, value] pairs (as Object.fromEntries). */
export function idTable<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
	const table = Object.create(null) as Record<string, T>;
	for (const [id, value] of entries)
		Object.defineProperty(table, id, {
			value,
			enumerable: true,
			writable: true,
			configurable: true
		});
	return table;
}
