import { languageOfSegment } from '$lib/i18n/address';
import { handoutFigure, printPieces } from '$lib/lecture/handoutFigure';
import { withBody } from '$lib/lecture/printPiece';
import { pathwayPageEntries } from '$lib/server/pathwayRoute';
import { sharedForPage } from '$lib/server/sharedPathway';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = pathwayPageEntries;

export const load: PageServerLoad = ({ params, locals }) => {
	const { shared, ref } = sharedForPage(params.id, locals);
	// Drawn at build time, so the printed handout needs no script, and put into the page's HTML
	// once (hooks.server.ts), not again in its data; a page reached in the browser draws it there
	// (+page.svelte). It is cut into pieces that print at the page's width with no text under
	// 7 pt: each piece is its root tag, drawing the figure's body.
	const figure = withBody(handoutFigure(shared.laidOut, shared, languageOfSegment(params.lang)));
	locals.inlineFigure = figure;
	return { ...ref, pieces: printPieces(figure, shared.laidOut) };
};
