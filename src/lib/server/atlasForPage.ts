/**
 * The atlas for a load function: invalid pathway files (or a folder that cannot be read) become
 * a 500 page that shows the located errors.
 */
import { error } from '@sveltejs/kit';
import type { Atlas } from '../model/atlas.ts';
import { atlasDir, InvalidAtlasError, loadAtlas } from './loadAtlas.ts';

export function atlasForPage(): Atlas {
	try {
		return loadAtlas();
	} catch (e) {
		if (e instanceof InvalidAtlasError) error(500, { message: e.message });
		// A folder that cannot be read: its message, never a stack trace.
		error(500, { message: `${atlasDir()}: ${e instanceof Error ? e.message : String(e)}` });
	}
}
