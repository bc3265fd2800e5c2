import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { base } from '$app/paths';
import { languageTag, pageLanguage } from '$lib/i18n/address';
import { withInlineMarkup } from '$lib/view/inlineFigure';
import { withoutDetailsMarkers } from '$lib/view/scriptFreeDetails';

/** app.html's `<html lang>`: the page's language, right in the prerendered HTML. */
const LANG_SLOT = '%atlas.lang%';

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => {
			const route = event.route;
			const lang = languageTag(
				pageLanguage(route, event.params.lang, () => event.url.pathname, base)
			);
			const page = html.replace(LANG_SLOT, lang);
			// the dev server warns of any comment removed, rightly in general: only the build thins them
			return withInlineMarkup(building ? withoutDetailsMarkers(page) : page, {
				figure: event.locals.inlineFigure,
				pieces: event.locals.inlinePieces
			});
		}
	});
