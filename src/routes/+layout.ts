import { loadLanguage } from '$lib/i18n/strings';
import { languageOfSegment } from '$lib/i18n/address';
import type { LayoutLoad } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

/** The page's language comes from its address; its table is at hand before anything renders. */
export const load: LayoutLoad = async ({ params, data }) => {
	const lang = languageOfSegment(params.lang);
	await loadLanguage(lang);
	return { ...data, lang };
};
