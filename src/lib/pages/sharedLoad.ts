/**
 * A pathway page's universal load: the page's own data with its pathway's shared data. While
 * the server renders, the server load has it ready; in the browser it is fetched, once per pathway
 * (a page, then its practice or presentation, in either language, reuse it).
 */
import { browser, dev } from '$app/environment';
import { resolve } from '$app/paths';
import { error } from '@sveltejs/kit';
import type { PathwayViewer } from './pathwayViewer.ts';
import {
	decodeShared,
	preparedShared,
	type SharedPathway,
	type SharedRef
} from './sharedPathway.ts';

type Fetch = typeof globalThis.fetch;

const fetched = new Map<string, Promise<SharedPathway>>();

export const sharedAddress = (id: string) => resolve('/pathways/[id]/shared.json', { id });

async function fetchShared(address: string, fetch: Fetch): Promise<SharedPathway> {
	const response = await fetch(address);
	if (!response.ok) error(response.status, { message: `${address}: ${response.statusText}` });
	return decodeShared(await response.text());
}

function sharedInBrowser(id: string, fetch: Fetch): Promise<SharedPathway> {
	const address = sharedAddress(id);
	// The dev server reloads the page when a pathway changes: nothing to keep across that.
	if (dev) return fetchShared(address, fetch);
	const known = fetched.get(address);
	if (known) return known;
	const next = fetchShared(address, fetch);
	fetched.set(address, next);
	next.catch(() => fetched.delete(address));
	return next;
}

export async function withShared<T extends SharedRef>(
	data: T,
	fetch: Fetch
): Promise<T & SharedPathway> {
	const shared = browser ? await sharedInBrowser(data.id, fetch) : preparedShared(data.id);
	return { ...data, ...shared };
}

/** The pathway page's and the embed's: with the viewer's data, the page's labels in it. */
export async function withViewer<T extends SharedRef & { labels: Record<string, string> }>(
	data: T,
	fetch: Fetch
): Promise<T & SharedPathway & { viewer: PathwayViewer }> {
	const page = await withShared(data, fetch);
	return { ...page, viewer: { ...page.view, labels: data.labels } };
}
