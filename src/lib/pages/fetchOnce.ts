/**
 * A file the browser fetches once per address, whichever page asks (again after a failure). The
 * dev server reloads the page when a pathway changes: there it is fetched each time.
 */
import { dev } from '$app/environment';
import { error } from '@sveltejs/kit';

type Fetch = typeof globalThis.fetch;

const fetched = new Map<string, Promise<unknown>>();

async function read<T>(address: string, fetch: Fetch, parse: (text: string) => T): Promise<T> {
	const response = await fetch(address);
	if (!response.ok) error(response.status, { message: `${address}: ${response.statusText}` });
	return parse(await response.text());
}

export function fetchOnce<T>(
	address: string,
	fetch: Fetch,
	parse: (text: string) => T
): Promise<T> {
	if (dev) return read(address, fetch, parse);
	const known = fetched.get(address);
	if (known) return known as Promise<T>;
	const next = read(address, fetch, parse);
	fetched.set(address, next);
	next.catch(() => fetched.delete(address));
	return next;
}
