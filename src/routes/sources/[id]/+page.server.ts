import { error } from '@sveltejs/kit';
import { loadAtlas } from '$lib/server/loadAtlas';
import { sourcePageData } from '$lib/view/sourcePage';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => Object.keys(loadAtlas().sources).map((id) => ({ id }));

export const load: PageServerLoad = ({ params }) => {
	const atlas = loadAtlas();
	const source = atlas.sources[params.id];
	if (!source) error(404, { message: `No source "${params.id}"` });
	return sourcePageData(atlas, source);
};
