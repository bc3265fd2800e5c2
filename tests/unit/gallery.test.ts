/**
 * The gallery: small fixture figures (tests/fixtures/gallery/), each showing one feature of the
 * figures: every kind, every relation, every support, nested compartments, a collapsed
 * compartment, a lecture step, competing hypotheses, each theme, Chinese, and each text export. Each is compared with
 * its file in tests/snapshots/gallery/; a change shows up as a diff to review like code, and
 * `npx vitest run tests/unit/gallery.test.ts -u` rewrites the files.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPORT, exportFileName, FORMATS } from '../../src/lib/export/exportOptions.ts';
import { exportText, isTextFormat, type ExportSubject } from '../../src/lib/export/exportText.ts';
import { layoutPathway } from '../../src/lib/layout/layoutPathway.ts';
import { figureContext } from '../../src/lib/render/figureContext.ts';
import type { SvgOptions } from '../../src/lib/render/options.ts';
import { renderSvg } from '../../src/lib/render/renderSvg.ts';
import { THEMES } from '../../src/lib/style/themes.ts';
import { atlasFrom } from './helpers/figures.ts';
import { FIXTURES } from './helpers/fixtures.ts';

const atlas = atlasFrom(`${FIXTURES}/gallery`);
const pathway = (id: string) => atlas.pathways.find((p) => p.id === id)!;
const subject = (id: string, collapsed: string[] = []): ExportSubject => ({
	pathway: pathway(id),
	laidOut: layoutPathway(pathway(id), atlas.entities, { collapsed: new Set(collapsed) }),
	records: atlas
});
const FIGURE: SvgOptions = {
	scope: 'pathway',
	theme: 'light',
	legend: true,
	citations: true,
	title: true
};
const svgOf = (s: ExportSubject, options: Partial<SvgOptions> = {}) =>
	renderSvg(s.laidOut, { ...FIGURE, ...options }, figureContext(s.pathway, s.records));
const snapshot = (name: string) => `../snapshots/gallery/${name}`;

describe('the gallery of figures', () => {
	it('holds one figure of each feature', () => {
		expect(atlas.pathways.map((p) => p.id).sort()).toEqual([
			'compartments',
			'every-kind',
			'every-relation',
			'every-support',
			'hypotheses',
			'many-steps'
		]);
	});

	for (const id of ['every-kind', 'every-relation', 'compartments', 'many-steps', 'hypotheses'])
		it(`${id}: the whole pathway`, async () => {
			await expect(svgOf(subject(id))).toMatchFileSnapshot(snapshot(`${id}.light.svg`));
		});

	for (const theme of THEMES)
		it(`every-support in the ${theme} theme`, async () => {
			const svg = svgOf(subject('every-support'), { theme });
			await expect(svg).toMatchFileSnapshot(snapshot(`every-support.${theme}.svg`));
		});

	for (const hypothesis of ['nmda-block', 'no-block'])
		it(`one hypothesis (${hypothesis}): its own elements and the shared ones`, async () => {
			const svg = svgOf(subject('hypotheses'), { hypothesis });
			await expect(svg).toMatchFileSnapshot(snapshot(`hypotheses.${hypothesis}.light.svg`));
		});

	it('a collapsed compartment: one dashed box, the arrows crossing its border end on it', async () => {
		const s = subject('compartments', ['neuron']);
		expect(s.laidOut.nodes.map((n) => n.id)).not.toContain('mtor');
		await expect(svgOf(s)).toMatchFileSnapshot(snapshot('compartments.neuron-collapsed.light.svg'));
	});

	it('a lecture step: steps 1 and 2 drawn, in the whole pathway’s frame', async () => {
		const svg = svgOf(subject('every-support'), { scope: 'step', step: 2 });
		await expect(svg).toMatchFileSnapshot(snapshot('every-support.step-2.light.svg'));
	});

	it('in Chinese: the curated labels, legend and title', async () => {
		const svg = svgOf(subject('every-relation'), { lang: 'zh' });
		expect(svg).toContain('每种关系');
		await expect(svg).toMatchFileSnapshot(snapshot('every-relation.zh.light.svg'));
	});

	for (const format of FORMATS.filter(isTextFormat).filter((f) => f !== 'svg'))
		it(`every-support as ${format}`, async () => {
			const options = { ...DEFAULT_EXPORT, format };
			const text = exportText(subject('every-support'), options);
			await expect(text).toMatchFileSnapshot(snapshot(exportFileName('every-support', options)));
		});
});
