import { inEveryLanguage } from '$lib/i18n/address';
import { LANGUAGES } from '$lib/i18n/languages';
import { loadLanguage } from '$lib/i18n/strings';
import type { EntryGenerator, PageLoad } from './$types';

// No client script: at an unknown address the router would only find nothing to hydrate.
export const csr = false;
export const entries: EntryGenerator = () => inEveryLanguage([{}]);

/**
 * A static host answers every unknown address, /zh/… included, with the one 404.html (the
 * English page), so that page says it in every language: their tables are at hand for it.
 */
export const load: PageLoad = async ({ data }) => {
	await Promise.all(LANGUAGES.map(loadLanguage));
	return data;
};
