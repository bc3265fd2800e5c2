/**
 * A practice page's other pathways: their nodes from the pathway's shared file, their links from
 * the atlas's one file (practice-links.json), fetched once. A round starts in the browser, so
 * the server renders the page without the links. The export menu's questions read them too.
 */
import { browser, dev } from '$app/environment';
import { resolve } from '$app/paths';
import { error } from '@sveltejs/kit';
import { elsewhereLinks } from '../practice/subject.ts';
import type { Pathway } from '../model/atlas.ts';
import type { Distractor, Elsewhere } from '../practice/types.ts';

type Fetch = typeof globalThis.fetch;
type AtlasLinks = [string, string[]][];

let fetched: Promise<AtlasLinks> | undefined;

async function fetchLinks(fetch: Fetch): Promise<AtlasLinks> {
	const address = resolve('/practice-links.json');
	const response = await fetch(address);
	if (!response.ok) error(response.status, { message: `${address}: ${response.statusText}` });
	return (await response.json()) as AtlasLinks;
}

function atlasLinks(fetch: Fetch): Promise<AtlasLinks> {
	// the dev server reloads the page when a pathway changes: nothing to keep across that
	if (dev) return fetchLinks(fetch);
	fetched ??= fetchLinks(fetch);
	fetched.catch(() => (fetched = undefined));
	return fetched;
}

/** The other pathways' nodes given, with their links a question on `pathway` can ask about. */
export async function elsewhereWithLinks(
	pathway: Pathway,
	nodes: readonly Distractor[],
	fetch: Fetch
): Promise<Elsewhere> {
	if (!browser) return { nodes, links: [] };
	const others = (await atlasLinks(fetch))
		.filter(([id]) => id !== pathway.id)
		.flatMap(([, links]) => links);
	return { nodes, links: elsewhereLinks(pathway, nodes, others) };
}
