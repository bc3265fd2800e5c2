import { languageOfSegment } from '$lib/i18n/address';
import { handoutFigure, printPieces } from '$lib/lecture/handoutFigure';
import { laidOutPathway, pathwayPageEntries } from '$lib/server/pathwayRoute';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = pathwayPageEntries;

export const load: PageServerLoad = ({ params, locals, isDataRequest }) => {
	const data = laidOutPathway(params.id);
	// Drawn at build time, so the printed handout needs no script.
	const figure = handoutFigure(data.laidOut, data, languageOfSegment(params.lang));
	// and cut into pieces that print at the page's width with no text under 7 pt
	const pieces = printPieces(figure, data.laidOut);
	if (isDataRequest) return { ...data, figure, pieces };
	// the prerendered page: the figures go into its HTML once (hooks.server.ts), not its data
	locals.inlineFigure = figure;
	locals.inlinePieces = pieces.map((p) => p.svg);
	return { ...data, figure: '', pieces: pieces.map((p) => ({ ...p, svg: '' })) };
};
