import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { base } from '$app/paths';
import { languageTag, pageLanguage } from '$lib/i18n/address';
import { INLINE_FIGURE_SLOT, withInlineMarkup } from '$lib/view/inlineFigure';
import { OUTLINE_SLOT } from '$lib/pages/outline';
import { sharedAddress } from '$lib/pages/sharedLoad';
import { withoutDetailsMarkers } from '$lib/view/scriptFreeDetails';

/** app.html's `<html lang>`: the page's language, right in the prerendered HTML. */
const LANG_SLOT = '%atlas.lang%';

/** Where app.html takes the page's preloads: before its stylesheet and scripts. */
const PRELOAD_SLOT = '%atlas.preload%';

/**
 * A pathway's shared data, fetched from the first bytes of the page rather than when its script
 * asks for it. `crossorigin`: so the script's fetch (credentials same-origin) takes the preload.
 */
const preloads = (id: string | undefined) =>
	id === undefined
		? ''
		: `<link rel="preload" href="${sharedAddress(id)}" as="fetch" crossorigin="anonymous">`;

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => {
			const route = event.route;
			const lang = languageTag(
				pageLanguage(route, event.params.lang, () => event.url.pathname, base)
			);
			const page = html
				.replace(LANG_SLOT, lang)
				.replace(PRELOAD_SLOT, () => preloads(event.locals.sharedPathway));
			// the dev server warns of any comment removed, rightly in general: only the build thins them
			return withInlineMarkup(building ? withoutDetailsMarkers(page) : page, [
				[INLINE_FIGURE_SLOT, event.locals.inlineFigure],
				[OUTLINE_SLOT, event.locals.inlineOutline]
			]);
		}
	});
