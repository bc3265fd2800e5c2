/** The atlas for a load function: invalid pathway files become a 500 page that shows the located errors. */
import { error } from '@sveltejs/kit';
import type { Atlas } from '../model/atlas.ts';
import { InvalidAtlasError, loadAtlas } from './loadAtlas.ts';

export function atlasForPage(): Atlas {
	try {
		return loadAtlas();
	} catch (e) {
		if (e instanceof InvalidAtlasError) error(500, { message: e.message });
		throw e;
	}
}
