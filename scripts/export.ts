/**
 * npm run export -- <pathway-id...|--all> --format svg|png|cyjs|csv|sbgn|gift|moodle-xml|html --out <dir> [options]
 * Figures, Cytoscape JSON, evidence tables, SBGN-ML maps and practice questions in batch, built as the viewer's export menu builds
 * them; PNG through resvg, not a browser.
 */
import { basename, join } from 'node:path';
import { formatDiagnostic } from '../src/lib/diagnostics.ts';
import { exportFileName } from '../src/lib/export/exportOptions.ts';
import {
	exportText,
	figureSvg,
	isTextFormat,
	type ExportSubject
} from '../src/lib/export/exportText.ts';
import {
	ArgumentError,
	parseExportArgs,
	USAGE,
	type ExportArgs
} from '../src/lib/export/node/cliArgs.ts';
import { OVERWRITE_NOTE, prepareOutFolder, stepProblem } from '../src/lib/export/node/outFolder.ts';
import { pathwayHtmlFile } from '../src/lib/offline/node/htmlFile.ts';
import { pathwayPageData } from '../src/lib/view/pathwayPage.ts';
import { rasterisePng } from '../src/lib/export/node/rasterisePng.ts';
import { layoutPathway } from '../src/lib/layout/layoutPathway.ts';
import { writeLecture } from '../src/lib/lecture/node/writeLecture.ts';
import type { Atlas, Pathway } from '../src/lib/model/atlas.ts';
import { elsewhere } from '../src/lib/practice/subject.ts';
import { atlasAddress } from '../src/lib/server/atlasAddress.ts';
import { readCuratedDir } from '../src/lib/server/readCuratedDir.ts';
import { writeFileSafely } from '../src/lib/server/writeFile.js';
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

function chosenPathways(atlas: Atlas, args: ExportArgs): Pathway[] {
	const known = atlas.pathways.map((p) => p.id);
	for (const id of args.ids)
		if (!known.includes(id)) {
			const guess = nearest(id, known) ?? closest(id, known);
			throw new Refusal(`there is no pathway "${id}"; did you mean "${guess}"? (or --all)`);
		}
	const chosen = atlas.pathways.filter((p) => args.all || args.ids.includes(p.id));
	const request = { steps: args.lecture === 'steps', step: args.options.step };
	const usable = chosen.filter((pathway) => {
		const problem = stepProblem(pathway, request);
		// A pathway named on the command line must have the steps asked for; --all skips, and says so.
		if (problem && !args.all) throw new Refusal(problem);
		if (problem) console.error(`skipped: ${problem}`);
		return !problem;
	});
	if (!usable.length) throw new Refusal('no pathway has the steps asked for; nothing exported');
	return usable;
}

function subjects(atlas: Atlas, args: ExportArgs): ExportSubject[] {
	return chosenPathways(atlas, args).map((pathway) => ({
		pathway,
		laid: layoutPathway(pathway, atlas.entities),
		records: atlas,
		elsewhere: elsewhere(atlas, pathway)
	}));
}

/** The offline file's link back to the atlas, when its address is configured (ATLAS_URL). */
function atlasMeta(): { url?: string } {
	const url = atlasAddress();
	return url ? { url } : {};
}

/** "wrote", or "replaced" for a file of that name that was there before the run. */
const written = (file: string, before: Set<string>) =>
	`${before.has(basename(file)) ? 'replaced' : 'wrote'} ${file}`;

async function main(argv: string[]): Promise<number> {
	const args = parseExportArgs(argv);
	if (!args) {
		console.log(`usage: ${USAGE}\n${OVERWRITE_NOTE}`);
		return 0;
	}
	const atlas = loadValidAtlas(args.dir);
	const { options } = args;
	const chosen = subjects(atlas, args);
	checkHypothesis(chosen, options.hypothesis);
	const before = prepareOutFolder(args.out, args.dir);
	for (const subject of chosen) {
		if (args.lecture) {
			for (const file of await writeLecture(subject, args.lecture, options, args.out))
				console.log(written(file, before));
			continue;
		}
		const file = join(args.out, exportFileName(subject.pathway.id, options));
		const { format } = options;
		const content =
			format === 'html'
				? await pathwayHtmlFile(
						subject.laid,
						pathwayPageData(atlas, subject.pathway),
						options.lang ?? 'en',
						atlasMeta()
					)
				: isTextFormat(format)
					? exportText(subject, { ...options, format })
					: rasterisePng(figureSvg(subject, options), options.scale);
		writeFileSafely(file, content);
		console.log(written(file, before));
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
