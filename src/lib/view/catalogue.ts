/** What exists, by title: for the 404 page and for the error page a failed navigation shows. */
import type { Localized } from '../i18n/localized.ts';
import type { Atlas } from '../model/atlas.ts';

export interface Catalogue {
	pathways: { id: string; title: Localized }[];
	sources: { id: string; title: string }[];
}

export const catalogueOf = (atlas: Atlas): Catalogue => ({
	pathways: atlas.pathways.map((p) => ({ id: p.id, title: p.title })),
	sources: [...atlas.sources.values()].map((s) => ({ id: s.id, title: s.title }))
});
