/**
 * A figure of one hypothesis: the renderer's scope shows its elements and the shared ones in the
 * frame of the whole pathway, the heading names it, and the export CLI writes it
 * (`--hypothesis <id>`), refusing ids that are not there.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_EXPORT, exportFileName } from '../../src/lib/export/exportOptions.ts';
import { parseExportArgs } from '../../src/lib/export/node/cliArgs.ts';
import { layoutPathway } from '../../src/lib/layout/layoutPathway.ts';
import type { Pathway } from '../../src/lib/model/atlas.ts';
import { figureContext } from '../../src/lib/render/figureContext.ts';
import type { SvgOptions } from '../../src/lib/render/options.ts';
import { renderSvg } from '../../src/lib/render/renderSvg.ts';
import { runExport } from './helpers/cli.ts';
import { REPO_ROOT, validateOverlay } from './helpers/fixtures.ts';

const { atlas } = validateOverlay('hypotheses');
const pathway = atlas.pathways.find((p) => p.id === 'competing') as Pathway;
const laidOut = layoutPathway(pathway, atlas.entities);
const context = figureContext(pathway, atlas);
const base: SvgOptions = {
	scope: 'pathway',
	theme: 'light',
	legend: true,
	citations: true,
	title: true
};
const render = (o: Partial<SvgOptions> = {}) => renderSvg(laidOut, { ...base, ...o }, context);
const ids = (svg: string, kind: 'node' | 'edge') =>
	[...svg.matchAll(new RegExp(`id="${kind}-([^"]+)"`, 'g'))].map((m) => m[1]).sort();

describe('the renderer, scoped to a hypothesis', () => {
	it('draws the hypothesis’s own elements and the shared ones, and nothing of the other', () => {
		const svg = render({ hypothesis: 'no-block' });
		expect(ids(svg, 'node')).toEqual(['ketamine', 'mtor', 'rapid-antidepressant-effect']);
		expect(ids(svg, 'edge')).toEqual([
			'ketamine-activates-mtor',
			'mtor-leads-to-rapid-antidepressant-effect'
		]);
		const other = render({ hypothesis: 'nmda-block' });
		expect(ids(other, 'node')).toContain('nmda-receptor');
		expect(ids(other, 'edge')).not.toContain('ketamine-activates-mtor');
	});

	it('keeps the whole pathway’s layout, so the figures of the hypotheses line up', () => {
		const whole = render();
		const node = (svg: string, id: string) =>
			new RegExp(`<g id="node-${id}"[\\s\\S]*?</g>`).exec(svg)?.[0];
		const scoped = render({ hypothesis: 'no-block' });
		expect(node(scoped, 'mtor')).toBeDefined();
		expect(node(scoped, 'mtor')).toBe(node(whole, 'mtor'));
		expect(node(scoped, 'ketamine')).toBe(node(whole, 'ketamine'));
		expect(ids(whole, 'node')).toHaveLength(pathway.nodes.length);
	});

	it('names the hypothesis and its summary under the title', () => {
		const svg = render({ hypothesis: 'no-block' });
		expect(svg).toContain('Hypothesis: No block needed — A route that does not need');
		expect(render()).not.toContain('Hypothesis:');
	});

	it('combines with a lecture step: the step’s elements that belong to the hypothesis', () => {
		const svg = render({ scope: 'step', step: 2, hypothesis: 'no-block' });
		expect(ids(svg, 'node')).toEqual(['ketamine', 'mtor', 'rapid-antidepressant-effect']);
		expect(svg).toContain('Step 2 of 3');
	});
});

describe('export options and arguments', () => {
	it('name the file after the hypothesis', () => {
		expect(exportFileName('p', { ...DEFAULT_EXPORT, hypothesis: 'habenula' })).toBe(
			'p.habenula.light.svg'
		);
		expect(
			exportFileName('p', { ...DEFAULT_EXPORT, format: 'png', hypothesis: 'habenula', scale: 2 })
		).toBe('p.habenula.light@2x.png');
	});

	it('take --hypothesis for figures only', () => {
		const args = ['p', '--format', 'svg', '--out', 'o', '--hypothesis', 'habenula'];
		expect(parseExportArgs(args)?.options.hypothesis).toBe('habenula');
		expect(() =>
			parseExportArgs(['p', '--format', 'csv', '--out', 'o', '--hypothesis', 'x'])
		).toThrow('--hypothesis draws a figure: use --format svg or png, not csv');
		expect(() =>
			parseExportArgs(['p', '--format', 'svg', '--steps', '--out', 'o', '--hypothesis', 'x'])
		).toThrow('does not combine with --steps');
	});
});

describe('npm run export -- --hypothesis, in-process', () => {
	const out = mkdtempSync(join(tmpdir(), 'atlas-hypothesis-'));
	afterAll(() => rmSync(out, { recursive: true, force: true }));
	/** The gallery of fixture figures, whose `hypotheses` pathway draws two. */
	const GALLERY = ['--dir', 'tests/fixtures/gallery'];
	const run = (...args: string[]) => runExport(args);

	it('writes the figure of one hypothesis, the same as its reviewed snapshot', async () => {
		const r = await run(
			'hypotheses',
			...GALLERY,
			'--format',
			'svg',
			'--hypothesis',
			'no-block',
			'--out',
			out
		);
		expect(r.status, r.stderr).toBe(0);
		const name = 'hypotheses.no-block.light.svg';
		expect(readFileSync(join(out, name), 'utf8')).toBe(
			readFileSync(join(REPO_ROOT, 'tests/snapshots/gallery', name), 'utf8')
		);
	});

	it('refuses a hypothesis the pathway does not draw, naming the nearest', async () => {
		const r = await run(
			'hypotheses',
			...GALLERY,
			'--format',
			'svg',
			'--hypothesis',
			'no-blok',
			'--out',
			out
		);
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('has no hypothesis "no-blok"; did you mean "no-block"?');
		const plain = await run(
			'every-support',
			...GALLERY,
			'--format',
			'svg',
			'--hypothesis',
			'x',
			'--out',
			out
		);
		expect(plain.stderr).toContain('draws no competing hypotheses');
	});
});

describe('lecture step figures', () => {
	it('show only the focused hypothesis and the shared elements on a step that names one', async () => {
		const { stepFigures } = await import('../../src/lib/lecture/stepFigures.ts');
		const figures = stepFigures({ pathway, laidOut, records: atlas });
		const nodesOf = (n: number) => ids(figures[n - 1]!.svg, 'node');
		expect(nodesOf(2)).toContain('nmda-receptor');
		expect(figures[1]!.svg).toContain('Hypothesis: NMDA receptor block');
		expect(nodesOf(3)).not.toContain('nmda-receptor');
		expect(ids(figures[2]!.svg, 'edge')).toContain('ketamine-activates-mtor');
	});
});
