/**
 * A PNG export is bounded: a figure whose PNG would be beyond 16,384 pixels a side or 64
 * megapixels is refused at once with one line saying to export SVG (or a lower scale), instead of
 * drawing for minutes (a 2,000-node star pathway's PNG ran 500 s and 1.6 GB before).
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rasterisePng } from '../../src/lib/export/node/rasterisePng.ts';
import { FigureTooLarge, pngSizeProblem } from '../../src/lib/export/pngBounds.ts';
import { runExport as exportRun } from './helpers/cli.ts';

const work = mkdtempSync(join(tmpdir(), 'atlas-export-bounds-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** An atlas with one star pathway: a hub and `leaves` nodes around it. */
function starAtlas(leaves: number): string {
	const dir = join(work, `star-${leaves}`);
	mkdirSync(join(dir, 'sources'), { recursive: true });
	const ids = Array.from({ length: leaves }, (_, i) => `leaf-${i}`);
	const entity = (id: string) => `  - { id: ${id}, label: ${id}, kind: protein, description: x. }`;
	writeFileSync(
		join(dir, 'entities.yaml'),
		['entities:', entity('hub'), ...ids.map(entity)].join('\n') + '\n'
	);
	writeFileSync(
		join(dir, 'references.yaml'),
		'references:\n  - { id: review, title: A review, year: 2020 }\n'
	);
	const evidence = '[{ support: background, reference: review, note: Assumed. }]';
	writeFileSync(
		join(dir, 'star.yaml'),
		[
			'title: A star',
			'summary: One hub and many leaves.',
			'nodes:',
			`  - { entity: hub, evidence: ${evidence} }`,
			...ids.map((id) => `  - { entity: ${id}, evidence: ${evidence} }`),
			'edges:',
			...ids.map(
				(id) => `  - { source: hub, target: ${id}, relation: activates, evidence: ${evidence} }`
			)
		].join('\n') + '\n'
	);
	return dir;
}

async function runExport(...args: string[]) {
	const started = performance.now();
	const run = await exportRun(args);
	return { ...run, seconds: (performance.now() - started) / 1000 };
}

describe('PNG exports are bounded', () => {
	it('names the size, the limit and the option to use', () => {
		expect(pngSizeProblem(1000, 800, 4)).toBeUndefined();
		expect(pngSizeProblem(239_483, 147, 2)).toBe(
			'the figure is 239,483 × 147 units: a PNG of it at scale 2 would be 478,966 × 294 pixels, ' +
				'beyond the 16,384 pixels a side and 64 megapixels a PNG export makes; export it as SVG (--format svg)'
		);
		expect(pngSizeProblem(6000, 6000, 4)).toMatch(/, or a lower scale \(--scale 1\)$/);
		expect(() =>
			rasterisePng('<svg xmlns="http://www.w3.org/2000/svg" width="20000" height="10"/>', 1)
		).toThrow(FigureTooLarge);
	});

	it('a 2,000-node star pathway: the PNG is refused in seconds, the SVG is written', async () => {
		const dir = starAtlas(2000);
		const out = join(work, 'out');
		const png = await runExport('star', '--format', 'png', '--out', out, '--dir', dir);
		expect(png.status, png.stderr).toBe(1);
		expect(png.stderr.trim().split('\n')).toHaveLength(1);
		expect(png.stderr).toMatch(
			/^export: the figure is [\d,]+ × [\d,]+ units: .* export it as SVG \(--format svg\)/
		);
		expect(png.seconds).toBeLessThan(60);
		expect(readdirSync(out).filter((f) => f.endsWith('.png'))).toEqual([]);
		const svg = await runExport('star', '--format', 'svg', '--out', out, '--dir', dir);
		expect(svg.status, svg.stderr).toBe(0);
		expect(readdirSync(out)).toContain('star.light.svg');
	});
});
