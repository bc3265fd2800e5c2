import type { Handle } from '@sveltejs/kit';
import { withInlineFigure } from '$lib/view/inlineFigure';

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => withInlineFigure(html, event.locals.inlineFigure)
	});
