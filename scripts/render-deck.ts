/**
 * npm run render:deck -- [pathway-id...] [--theme light|dark|print] [--no-legend] [--out <dir>]
 * (every curated pathway unless ids are given; the files go to a temporary folder unless --out)
 *
 * The deck as a lecturer's program shows it: each pathway's .pptx is converted by LibreOffice
 * Impress (`libreoffice --headless --convert-to pdf`), every slide drawn to PNG for looking at
 * (`pdftoppm -png -r 50`), and the PDF checked: one page per slide, each step's narration in its
 * page's text (pdftotext); the smallest diagram label is reported, from the size the figure is
 * placed at in the PDF (pdfimages) and the figure's own scale (12 pt or more unless the step is
 * too large for the slide at that size). Not part of npm test:
 * it needs LibreOffice (Debian: apt-get install -y libreoffice-impress) and takes a while.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import { DEFAULT_EXPORT } from '../src/lib/export/exportOptions.ts';
import { layoutPathway } from '../src/lib/layout/layoutPathway.ts';
import { writeLecture } from '../src/lib/lecture/node/writeLecture.ts';
import { lectureSteps } from '../src/lib/lecture/steps.ts';
import { markOutput, outputProblem } from '../src/lib/server/outputGuard.js';
import { readCuratedDir } from '../src/lib/server/readCuratedDir.ts';
import { THEMES, type Theme } from '../src/lib/style/themes.ts';
import { validateAtlas } from '../src/lib/validate/validateAtlas.ts';

const MIN_LABEL_PT = 12;

function run(command: string, args: string[]): string {
	const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	if (result.error || result.status !== 0)
		throw new Error(
			`${command} ${args.join(' ')} failed: ${result.error?.message ?? result.stderr}`
		);
	return result.stdout;
}

const squeeze = (text: string) => text.replace(/-\s+/g, '-').replace(/\s+/g, ' ').trim();

/** Each step slide's figure, from the package: SVG width in its units and its smallest label. */
function stepFigures(pptx: Uint8Array): Map<number, { width: number; smallest: number }> {
	const files = unzipSync(pptx);
	const figures = new Map<number, { width: number; smallest: number }>();
	for (const [name, bytes] of Object.entries(files)) {
		const m = /^ppt\/media\/image-(\d+)-\d+\.svg$/.exec(name);
		if (!m) continue;
		const svg = strFromU8(bytes);
		const width = Number(/viewBox="[-\d.]+ [-\d.]+ ([\d.]+)/.exec(svg)?.[1]);
		const diagram = svg.slice(svg.indexOf('class="figure-diagram"'), svg.indexOf('figure-legend'));
		const sizes = [...diagram.matchAll(/font-size="([\d.]+)"/g)].map((s) => Number(s[1]));
		figures.set(Number(m[1]), { width, smallest: Math.min(...sizes) });
	}
	return figures;
}

/** Image widths as placed on each PDF page, in inches (pixels over pixels per inch). */
function placedWidths(pdf: string): Map<number, number> {
	const widths = new Map<number, number>();
	for (const line of run('pdfimages', ['-list', pdf]).split('\n').slice(2)) {
		const cols = line.trim().split(/\s+/);
		if (cols[2] !== 'image') continue;
		const page = Number(cols[0]);
		widths.set(page, Math.max(widths.get(page) ?? 0, Number(cols[3]) / Number(cols[12])));
	}
	return widths;
}

function check(id: string, pptxFile: string, narrations: string[], out: string): string[] {
	run('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', out, pptxFile]);
	const pdf = join(out, `${id}.pdf`);
	run('pdftoppm', ['-png', '-r', '50', pdf, join(out, `${id}-slide`)]);
	const pages = run('pdftotext', ['-layout', pdf, '-']).split('\f').map(squeeze);
	const figures = stepFigures(readFileSync(pptxFile));
	const widths = placedWidths(pdf);
	const problems: string[] = [];
	// title, overview, the steps, references
	const expected = narrations.length + 3;
	if (pages.filter(Boolean).length !== expected)
		problems.push(`${id}: ${pages.filter(Boolean).length} pages, not ${expected}`);
	narrations.forEach((narration, i) => {
		const page = i + 3;
		if (!pages[page - 1]?.includes(squeeze(narration)))
			problems.push(`${id} slide ${page}: the narration is not in the page's text`);
		const figure = figures.get(page);
		const placed = widths.get(page);
		if (!figure || !placed) return problems.push(`${id} slide ${page}: no figure in the PDF`);
		const pt = (figure.smallest * placed * 72) / figure.width;
		// a step too large for the slide at 12 pt is drawn smaller, so that all of it is in view
		const note = pt < MIN_LABEL_PT - 0.05 ? ' (the step drawn smaller to be whole)' : '';
		console.log(`${id} slide ${page}: smallest label ${pt.toFixed(1)} pt${note}`);
	});
	return problems;
}

async function main(): Promise<number> {
	const { values, positionals } = parseArgs({
		options: {
			theme: { type: 'string' },
			'no-legend': { type: 'boolean' },
			out: { type: 'string' }
		},
		allowPositionals: true
	});
	const theme = (values.theme ?? 'light') as Theme;
	if (!THEMES.includes(theme))
		throw new Error(`--theme ${theme} is not one of ${THEMES.join(', ')}`);
	const out = values.out ?? join(tmpdir(), 'atlas-deck-render');
	const refusal = outputProblem(out, { what: '--out', kind: 'deck', example: 'a new folder' });
	if (refusal) throw new Error(refusal);
	markOutput(out, 'deck');
	const atlas = validateAtlas(readCuratedDir('pathways')).atlas;
	const chosen = atlas.pathways.filter((p) => !positionals.length || positionals.includes(p.id));
	const problems: string[] = [];
	for (const pathway of chosen) {
		const subject = { pathway, laidOut: layoutPathway(pathway, atlas.entities), records: atlas };
		const options = { ...DEFAULT_EXPORT, theme, legend: !values['no-legend'] };
		const [file] = await writeLecture(subject, 'deck', options, out);
		const narrations = lectureSteps(pathway).map((s) => s.narration.en);
		problems.push(...check(pathway.id, file!, narrations, out));
	}
	for (const p of problems) console.error(p);
	console.log(`${chosen.length} deck(s) rendered to ${out}/: look at the PNGs`);
	return problems.length ? 1 : 0;
}

try {
	process.exitCode = await main();
} catch (e) {
	console.error(`render:deck: ${e instanceof Error ? e.message : String(e)}`);
	process.exitCode = 1;
}
