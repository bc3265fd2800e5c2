import { pathwaySitePath, publicUrl } from '$lib/embed/embedCode';
import { languageOfSegment } from '$lib/i18n/address';
import { atlasAddress } from '$lib/server/atlasAddress';
import { basePath } from '$lib/server/basePath';
import { pathwayPageEntries } from '$lib/server/pathwayRoute';
import { pathwayPageLoad } from '$lib/server/pathwayPageLoad';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = pathwayPageEntries;

/**
 * The pathway page's data, and where its oEmbed answer is: absolute under the atlas's address
 * when one is configured (ATLAS_URL), else root-relative.
 */
export const load: PageServerLoad = ({ params, locals }) => {
	const data = pathwayPageLoad(params, locals);
	const path = pathwaySitePath(data.id, languageOfSegment(params.lang), 'oembed.json');
	return { ...data, oembed: publicUrl(path, { base: basePath(), address: atlasAddress() }) };
};
