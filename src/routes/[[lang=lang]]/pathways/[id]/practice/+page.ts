import { elsewhereWithLinks } from '$lib/pages/practiceLinks';
import { withShared } from '$lib/pages/sharedLoad';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ data, fetch }) => {
	const page = await withShared(data, fetch);
	return {
		...page,
		elsewhere: await elsewhereWithLinks(page.pathway, page.elsewhere.nodes, fetch)
	};
};
