import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/lib/i18n/languages.ts';
import { presenterPictures } from '../../src/lib/lecture/presenterPictures.ts';
import { realAtlas, subjects } from './helpers/figures.ts';

const atlas = realAtlas();

describe("the presenter's pictures are pictures: one title each, every element still by id", () => {
	for (const subject of subjects(atlas))
		for (const lang of LANGUAGES)
			it(`${subject.pathway.id} (${lang})`, () => {
				const { steps, overview } = presenterPictures(subject, lang);
				for (const svg of [...steps, overview]) {
					expect(svg.match(/<title>/g)).toHaveLength(1);
					expect(svg).not.toMatch(/class="(node|edge|compartment)[ "]/);
				}
				const drawn = [...overview.matchAll(/<g id="node-([^"]+)"/g)].map((m) => m[1]);
				expect(drawn.sort()).toEqual(subject.pathway.nodes.map((n) => n.id).sort());
			});
});
