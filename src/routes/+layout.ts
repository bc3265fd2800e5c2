import { loadLanguage } from '$lib/i18n/strings';
import { base } from '$app/paths';
import { pageLanguage } from '$lib/i18n/address';
import type { LayoutLoad } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

/** The page's language comes from its address; its table is at hand before anything renders. */
export const load: LayoutLoad = async ({ params, route, url }) => {
	const lang = pageLanguage(route, params.lang, () => url.pathname, base);
	await loadLanguage(lang);
	return { lang };
};
