/** What every per-pathway page loads: the prerendered pathways, and one pathway laid out. */
import { error } from '@sveltejs/kit';
import { inEveryLanguage } from '../i18n/address.ts';
import type { Atlas } from '../model/atlas.ts';
import { pathwayPageData } from '../view/pathwayPage.ts';
import { atlasForPage } from './atlasForPage.ts';
import { cachedLayout } from './layoutCache.ts';

export const pathwayEntries = () => atlasForPage().pathways.map((p) => ({ id: p.id }));
/** A pathway's pages: in English at /pathways/<id>…, in Chinese at /zh/pathways/<id>…. */
export const pathwayPageEntries = () => inEveryLanguage(pathwayEntries());

export function laidOutPathway(id: string, atlas: Atlas = atlasForPage()) {
	const pathway = atlas.pathways.find((p) => p.id === id);
	if (!pathway) error(404, { message: `There is no pathway "${id}".` });
	return {
		...pathwayPageData(atlas, pathway),
		// Laid out here, at build time (once per content: cached): the browser runs no layout.
		laidOut: cachedLayout(pathway, atlas.entities)
	};
}
