import { error } from '@sveltejs/kit';
import { inEveryLanguage, languageOfSegment } from '$lib/i18n/address';
import { atlasForPage } from '$lib/server/atlasForPage';
import { sourcePageData } from '$lib/view/sourcePage';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	inEveryLanguage([...atlasForPage().sources.keys()].map((id) => ({ id })));

export const load: PageServerLoad = ({ params }) => {
	const atlas = atlasForPage();
	const source = atlas.sources.get(params.id);
	if (!source) error(404, { message: `No source "${params.id}"` });
	return sourcePageData(atlas, source, languageOfSegment(params.lang));
};
