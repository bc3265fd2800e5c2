/**
 * A pathway page's universal load: the page's own data with its pathway's shared data. While
 * the server renders, the server load has it ready; in the browser it is fetched, once per pathway
 * (a page, then its practice or presentation, in either language, reuse it).
 */
import { browser } from '$app/environment';
import { resolve } from '$app/paths';
import { fetchOnce } from './fetchOnce.ts';
import type { PathwayViewer } from './pathwayViewer.ts';
import {
	decodeShared,
	preparedShared,
	type SharedPathway,
	type SharedRef
} from './sharedPathway.ts';

type Fetch = typeof globalThis.fetch;

export const sharedAddress = (id: string) => resolve('/pathways/[id]/shared.json', { id });

export async function withShared<T extends SharedRef>(
	data: T,
	fetch: Fetch
): Promise<T & SharedPathway> {
	const shared = browser
		? await fetchOnce(sharedAddress(data.id), fetch, decodeShared)
		: preparedShared(data.id);
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
