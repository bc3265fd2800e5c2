import { languageOfSegment } from '$lib/i18n/address';
import { handoutFigure, printPieces } from '$lib/lecture/handoutFigure';
import type { PrintPiece } from '$lib/lecture/printPiece';
import { laidOutPathway, pathwayPageEntries } from '$lib/server/pathwayRoute';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = pathwayPageEntries;

export const load: PageServerLoad = ({ params, locals }) => {
	const data = laidOutPathway(params.id);
	// Drawn at build time, so the printed handout needs no script,
	const figure = handoutFigure(data.laidOut, data, languageOfSegment(params.lang));
	// cut into pieces that print at the page's width with no text under 7 pt, and put into the
	// page's HTML once (hooks.server.ts), not again in its data; a page reached in the browser
	// draws them there (+page.svelte)
	const drawn = printPieces(figure, data.laidOut);
	locals.inlineFigure = figure;
	locals.inlinePieces = drawn.map((p) => p.svg);
	return {
		...data,
		pieces: drawn.map(({ root, width, height }): PrintPiece => ({ root, width, height }))
	};
};
