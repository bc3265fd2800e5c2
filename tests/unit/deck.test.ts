/** Deck options (--theme, --no-legend) on a gallery fixture, and the repair of the package. */
import { strFromU8, unzipSync } from 'fflate';
import PptxGenJS from 'pptxgenjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/lib/lecture/deck.ts';
import { existingOverrides } from '../../src/lib/lecture/pptxPackage.ts';
import { PALETTES } from '../../src/lib/style/themes.ts';
import { byTag, picture, xml, type Files } from './helpers/deckXml.ts';
import { allElements, galleryAtlas, subjects } from './helpers/figures.ts';

describe('deck options', () => {
	let dark: Files;
	let plain: Files;
	const subject = () => subjects(galleryAtlas()).find((s) => s.pathway.id === 'every-support')!;
	beforeAll(async () => {
		dark = unzipSync(await buildDeck(PptxGenJS, subject(), { theme: 'dark', legend: true }));
		plain = unzipSync(await buildDeck(PptxGenJS, subject(), { theme: 'light', legend: false }));
	}, 60_000);

	it('draws slides and figures in --theme', () => {
		const background = byTag(xml(dark, 'ppt/slides/slide2.xml'), 'a:srgbClr')[0]!;
		expect(`#${background.getAttribute('val')!.toLowerCase()}`).toBe(PALETTES.dark.background);
		const svg = picture(dark, 2).svg;
		const paper = allElements(svg).find((el) => el.getAttribute('class') === 'figure-background');
		expect(paper?.getAttribute('fill')).toBe(PALETTES.dark.background);
		expect(strFromU8(dark['ppt/slides/slide2.xml']!)).toContain(
			PALETTES.dark.ink.slice(1).toUpperCase()
		);
	});

	it('leaves the legend out with --no-legend, and keeps it otherwise', () => {
		const legend = (files: Files) =>
			allElements(picture(files, 2).svg).some((el) => el.getAttribute('class') === 'figure-legend');
		expect(legend(dark)).toBe(true);
		expect(legend(plain)).toBe(false);
	});
});

describe('package repair', () => {
	it('drops content-type overrides of parts that do not exist, and keeps the rest', () => {
		const types =
			'<Types><Default Extension="xml" ContentType="application/xml"/>' +
			'<Override PartName="/ppt/slides/slide1.xml" ContentType="a"/>' +
			'<Override PartName="/ppt/slideMasters/slideMaster2.xml" ContentType="b"/></Types>';
		expect(existingOverrides(types, new Set(['ppt/slides/slide1.xml']))).toBe(
			'<Types><Default Extension="xml" ContentType="application/xml"/>' +
				'<Override PartName="/ppt/slides/slide1.xml" ContentType="a"/></Types>'
		);
	});
});
