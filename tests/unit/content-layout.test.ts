/** Content test: every curated pathway lays out soundly (a guarantee on the real content). */
import { describe, expect, it } from 'vitest';
import { layoutPathway } from '../../src/lib/layout/layoutPathway.ts';
import { readCuratedDir } from '../../src/lib/server/readCuratedDir.ts';
import { validateAtlas } from '../../src/lib/validate/validateAtlas.ts';
import { REAL_PATHWAYS } from './helpers/fixtures.ts';
import { expectSoundLayout } from './helpers/layoutGeometry.ts';

describe('the real atlas', () => {
	const { atlas, errors } = validateAtlas(readCuratedDir(REAL_PATHWAYS));

	it('lays out every curated pathway soundly', () => {
		expect(errors).toEqual([]);
		expect(atlas.pathways.length).toBeGreaterThan(0);
		for (const p of atlas.pathways) {
			const laidOut = layoutPathway(p, atlas.entities);
			expect(laidOut.nodes.map((n) => n.id)).toEqual(p.nodes.map((n) => n.id));
			expect(laidOut.edges.map((e) => e.id)).toEqual(p.edges.map((e) => e.id));
			expectSoundLayout(laidOut);
		}
	});
});
