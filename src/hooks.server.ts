import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { languageTag, pageLanguage } from '$lib/i18n/address';
import { withInlineFigure } from '$lib/view/inlineFigure';

/** app.html's `<html lang>`: the page's language, right in the prerendered HTML. */
const LANG_SLOT = '%atlas.lang%';

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			withInlineFigure(
				html.replace(
					LANG_SLOT,
					languageTag(pageLanguage(event.route, event.params.lang, () => event.url.pathname, base))
				),
				event.locals.inlineFigure
			)
	});
