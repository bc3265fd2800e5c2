import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runExport as exportRun } from './helpers/cli.ts';
import { galleryAtlas, inkedPixels, parseSvg, viewBoxSize } from './helpers/figures.ts';
import { readAsExcel, startsWithUtf8Bom } from './helpers/spreadsheet.ts';

const out = mkdtempSync(join(tmpdir(), 'atlas-export-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** The export of the gallery fixtures (tests/fixtures/gallery/). */
const runExport = (...args: string[]) => exportRun(args);
const exportGallery = (...args: string[]) => runExport('--dir', 'tests/fixtures/gallery', ...args);

const ids = () => galleryAtlas().pathways.map((p) => p.id);

describe('npm run export, in-process', () => {
	it('writes one SVG per pathway with --all, each well-formed and showing its labels', async () => {
		const dir = join(out, 'svg');
		const run = await exportGallery('--all', '--format', 'svg', '--out', dir, '--theme', 'print');
		expect(run.status, run.stderr).toBe(0);
		expect(
			readdirSync(dir)
				.filter((f) => f !== '.atlas-output')
				.sort()
		).toEqual(
			ids()
				.map((id) => `${id}.print.svg`)
				.sort()
		);
		for (const p of galleryAtlas().pathways) {
			const svg = readFileSync(join(dir, `${p.id}.print.svg`), 'utf8');
			const text = parseSvg(svg).documentElement.textContent;
			for (const n of p.nodes) expect(text).toContain(n.label.en.split(' ')[0]);
		}
	});

	it('writes a PNG at the asked scale through resvg, and honours --no-legend', async () => {
		const dir = join(out, 'png');
		const id = 'every-support';
		const run = await exportGallery(
			id,
			'--format',
			'png',
			'--out',
			dir,
			'--scale',
			'4',
			'--no-legend'
		);
		expect(run.status, run.stderr).toBe(0);
		const png = inkedPixels(readFileSync(join(dir, `${id}.light@4x.png`)));
		const svg = await exportGallery(id, '--format', 'svg', '--out', dir, '--no-legend');
		expect(svg.status).toBe(0);
		const size = viewBoxSize(readFileSync(join(dir, `${id}.light.svg`), 'utf8'));
		expect([png.width, png.height]).toEqual([size.width * 4, size.height * 4]);
		expect(png.inked).toBeGreaterThan(1000);
		expect(readFileSync(join(dir, `${id}.light.svg`), 'utf8')).not.toContain('figure-legend');
	});

	it('writes Cytoscape JSON and the evidence table', async () => {
		const dir = join(out, 'data');
		for (const format of ['cyjs', 'csv'])
			expect((await exportGallery('every-relation', '--format', format, '--out', dir)).status).toBe(
				0
			);
		const doc = JSON.parse(readFileSync(join(dir, 'every-relation.light.cyjs'), 'utf8'));
		expect(doc.format_version).toBe('1.0');
		const csv = readFileSync(join(dir, 'every-relation.evidence.csv'));
		expect(startsWithUtf8Bom(csv)).toBe(true);
		expect(readAsExcel(csv)[0]!.join(',')).toBe(
			'element,relation,support,quote,sentence,citation,note,study,eco,contested'
		);
	});

	it('writes an SBGN-ML Activity Flow map per pathway', async () => {
		const dir = join(out, 'sbgn');
		expect((await exportGallery('every-support', '--format', 'sbgn', '--out', dir)).status).toBe(0);
		const doc = parseSvg(readFileSync(join(dir, 'every-support.sbgn'), 'utf8'));
		expect(doc.documentElement.localName).toBe('sbgn');
		const map = doc.getElementsByTagName('map')[0]!;
		expect(map.getAttribute('language')).toBe('activity flow');
	});

	it('answers a mistyped pathway id with one line, the nearest id, and status 1', async () => {
		const run = await exportGallery('every-suport', '--format', 'svg', '--out', join(out, 'none'));
		expect(run.status).toBe(1);
		expect(run.stderr.trim().split('\n')).toEqual([
			'export: there is no pathway "every-suport"; did you mean "every-support"? (or --all)'
		]);
		expect(existsSync(join(out, 'none', 'every-suport.light.svg'))).toBe(false);
	});

	it('answers bad arguments with one line and a hint, never a stack trace', async () => {
		const cases: [string[], RegExp][] = [
			[['--all', '--format', 'pgn', '--out', out], /--format pgn .*did you mean png\?/],
			[
				['--all', '--formt', 'svg', '--out', out],
				/unknown option --formt \(did you mean --format\?\)/
			],
			[
				['--all', '--format', 'png', '--out', out, '--scale', '3'],
				/--scale 3 is not one of 1, 2, 4/
			],
			[['--format', 'svg', '--out', out], /name a pathway id, or --all/],
			[['--all', '--format', 'svg'], /--out is missing/]
		];
		for (const [args, message] of cases) {
			const run = await runExport(...args);
			expect(run.status, args.join(' ')).toBe(1);
			const lines = run.stderr.trim().split('\n');
			expect(lines, args.join(' ')).toHaveLength(1);
			expect(lines[0]).toMatch(message);
			expect(run.stderr).not.toMatch(/^\s+at /m);
		}
	});

	it('prints the validator’s located errors for invalid pathway files, and exports nothing', async () => {
		const dir = join(out, 'invalid');
		const run = await runExport(
			'--all',
			'--dir',
			'tests/fixtures/four-problems',
			'--format',
			'svg',
			'--out',
			dir
		);
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(/^tests\/fixtures\/four-problems\/ketamine\.yaml:\d+:\d+: /m);
		expect(run.stderr).toMatch(/^export: 4 problem\(s\) in the pathway files; nothing exported/m);
		expect(run.stderr).not.toMatch(/^\s+at /m);
		expect(existsSync(dir) ? readdirSync(dir) : []).toEqual([]);
	});
});
