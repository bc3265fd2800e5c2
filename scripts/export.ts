/**
 * npm run export -- <pathway-id...|--all> --format svg|png|cyjs|csv --out <dir> [options]
 * Figures, Cytoscape JSON and evidence tables in batch, built as the viewer's export menu builds
 * them; PNG through resvg, not a browser.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDiagnostic } from '../src/lib/diagnostics.ts';
import { exportFileName } from '../src/lib/export/exportOptions.ts';
import { exportText, figureSvg, type ExportSubject } from '../src/lib/export/exportText.ts';
import { ArgumentError, parseExportArgs, USAGE } from '../src/lib/export/node/cliArgs.ts';
import { rasterisePng } from '../src/lib/export/node/rasterisePng.ts';
import { layoutPathway } from '../src/lib/layout/layoutPathway.ts';
import { writeLecture } from '../src/lib/lecture/node/writeLecture.ts';
import type { Atlas } from '../src/lib/model/atlas.ts';
import { readCuratedDir } from '../src/lib/server/readCuratedDir.ts';
import { editDistance, nearest } from '../src/lib/text/similarity.ts';
import { validateAtlas } from '../src/lib/validate/validateAtlas.ts';

class Refusal extends Error {}

function loadValidAtlas(dir: string): Atlas {
	const result = validateAtlas(readCuratedDir(dir));
	if (!result.errors.length) return result.atlas;
	for (const d of result.errors) console.error(formatDiagnostic(d));
	throw new Refusal(
		`${result.errors.length} problem(s) in the pathway files; nothing exported (npm run validate -- --dir ${dir})`
	);
}

/** Failing a likely typo, the id with the most in common: containing the text, else nearest. */
function closest(id: string, known: string[]): string {
	const containing = known.filter((k) => k.includes(id.toLowerCase()));
	const pool = containing.length ? containing : known;
	return pool.reduce((best, k) => (editDistance(id, k) < editDistance(id, best) ? k : best));
}

/** A figure of one hypothesis needs every pathway exported to declare it. */
function checkHypothesis(chosen: ExportSubject[], hypothesis: string | undefined): void {
	if (hypothesis === undefined) return;
	for (const { pathway } of chosen) {
		const known = (pathway.hypotheses ?? []).map((h) => h.id);
		if (known.includes(hypothesis)) continue;
		const guess = known.length ? nearest(hypothesis, known) : undefined;
		throw new Refusal(
			known.length
				? `pathway "${pathway.id}" has no hypothesis "${hypothesis}"${guess ? `; did you mean "${guess}"?` : ''} (it has ${known.join(', ')})`
				: `pathway "${pathway.id}" draws no competing hypotheses; leave out --hypothesis`
		);
	}
}

function subjects(atlas: Atlas, ids: string[], all: boolean): ExportSubject[] {
	const known = atlas.pathways.map((p) => p.id);
	for (const id of ids)
		if (!known.includes(id)) {
			const guess = nearest(id, known) ?? closest(id, known);
			throw new Refusal(`there is no pathway "${id}"; did you mean "${guess}"? (or --all)`);
		}
	return atlas.pathways
		.filter((p) => all || ids.includes(p.id))
		.map((pathway) => ({ pathway, laid: layoutPathway(pathway, atlas.entities), records: atlas }));
}

async function main(argv: string[]): Promise<number> {
	const args = parseExportArgs(argv);
	if (!args) {
		console.log(`usage: ${USAGE}`);
		return 0;
	}
	const atlas = loadValidAtlas(args.dir);
	const { options } = args;
	const chosen = subjects(atlas, args.ids, args.all);
	checkHypothesis(chosen, options.hypothesis);
	mkdirSync(args.out, { recursive: true });
	for (const subject of chosen) {
		if (args.lecture) {
			for (const file of await writeLecture(subject, args.lecture, options, args.out))
				console.log(`wrote ${file}`);
			continue;
		}
		const file = join(args.out, exportFileName(subject.pathway.id, options));
		const { format } = options;
		const content =
			format === 'png'
				? rasterisePng(figureSvg(subject, options), options.scale)
				: exportText(subject, { ...options, format });
		writeFileSync(file, content);
		console.log(`wrote ${file}`);
	}
	return 0;
}

try {
	process.exitCode = await main(process.argv.slice(2));
} catch (e) {
	const message = e instanceof Error ? e.message : String(e);
	const help = e instanceof ArgumentError ? ' (npm run export -- --help)' : '';
	console.error(`export: ${message}${help}`);
	process.exitCode = 1;
}
