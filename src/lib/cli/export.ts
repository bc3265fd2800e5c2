/**
 * The export command (scripts/export.ts): figures, Cytoscape JSON, evidence tables, SBGN-ML maps,
 * practice questions, lecture decks and offline pages in batch, built as the viewer's export menu
 * builds them; PNG through resvg, not a browser. `run` takes the arguments and where to write, and
 * returns the exit status, so that tests call it in-process.
 */
import { basename, join } from 'node:path';
import { formatDiagnostic } from '../diagnostics.ts';
import type { CommandIo } from './io.ts';
import { exportFileName } from '../export/exportOptions.ts';
import { exportText, figureSvg, isTextFormat, type ExportSubject } from '../export/exportText.ts';
import { ArgumentError, parseExportArgs, USAGE, type ExportArgs } from '../export/node/cliArgs.ts';
import { OVERWRITE_NOTE, prepareOutFolder, stepProblem } from '../export/node/outFolder.ts';
import { pathwayHtmlFile } from '../offline/node/htmlFile.ts';
import { pathwayPageData } from '../view/pathwayPage.ts';
import { rasterisePng } from '../export/node/rasterisePng.ts';
import { layoutPathway } from '../layout/layoutPathway.ts';
import { writeLecture } from '../lecture/node/writeLecture.ts';
import type { Atlas, Pathway } from '../model/atlas.ts';
import { elsewhere } from '../practice/subject.ts';
import { atlasAddress } from '../server/atlasAddress.ts';
import { readCuratedDir } from '../server/readCuratedDir.ts';
import { writeFileSafely } from '../server/writeFile.js';
import { editDistance, nearest } from '../text/similarity.ts';
import { validateAtlas } from '../validate/validateAtlas.ts';

class Refusal extends Error {}

/** The offline file's link back to the atlas, when its address is configured (ATLAS_URL). */
function atlasMeta(env: NodeJS.ProcessEnv): { url?: string } {
	const url = atlasAddress(env);
	return url ? { url } : {};
}

function loadValidAtlas(dir: string, io: CommandIo): Atlas {
	const result = validateAtlas(readCuratedDir(dir));
	if (!result.errors.length) return result.atlas;
	for (const d of result.errors) io.err(formatDiagnostic(d));
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

function chosenPathways(atlas: Atlas, args: ExportArgs, io: CommandIo): Pathway[] {
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
		if (problem) io.err(`skipped: ${problem}`);
		return !problem;
	});
	if (!usable.length) throw new Refusal('no pathway has the steps asked for; nothing exported');
	return usable;
}

function subjects(atlas: Atlas, args: ExportArgs, io: CommandIo): ExportSubject[] {
	return chosenPathways(atlas, args, io).map((pathway) => ({
		pathway,
		laidOut: layoutPathway(pathway, atlas.entities),
		records: atlas,
		elsewhere: elsewhere(atlas, pathway)
	}));
}

/** "wrote", or "replaced" for a file of that name that was there before the run. */
const written = (file: string, before: Set<string>) =>
	`${before.has(basename(file)) ? 'replaced' : 'wrote'} ${file}`;

async function exportFiles(argv: string[], io: CommandIo): Promise<number> {
	const args = parseExportArgs(argv);
	if (!args) {
		io.out(`usage: ${USAGE}\n${OVERWRITE_NOTE}`);
		return 0;
	}
	const atlas = loadValidAtlas(args.dir, io);
	const { options } = args;
	const chosen = subjects(atlas, args, io);
	checkHypothesis(chosen, options.hypothesis);
	const before = prepareOutFolder(args.out, args.dir);
	for (const subject of chosen) {
		if (args.lecture) {
			for (const file of await writeLecture(subject, args.lecture, options, args.out))
				io.out(written(file, before));
			continue;
		}
		const file = join(args.out, exportFileName(subject.pathway.id, options));
		const { format } = options;
		const content =
			format === 'html'
				? await pathwayHtmlFile(
						subject.laidOut,
						pathwayPageData(atlas, subject.pathway),
						options.lang ?? 'en',
						atlasMeta(io.env)
					)
				: isTextFormat(format)
					? exportText(subject, { ...options, format })
					: rasterisePng(figureSvg(subject, options), options.scale);
		writeFileSafely(file, content);
		io.out(written(file, before));
	}
	return 0;
}

/** Runs the command; returns its exit status: 1 with one line (no stack trace) on any refusal. */
export async function run(argv: string[], io: CommandIo): Promise<number> {
	try {
		return await exportFiles(argv, io);
	} catch (e) {
		const message = e instanceof Error ? e.message : String(e);
		const help = e instanceof ArgumentError ? ' (npm run export -- --help)' : '';
		io.err(`export: ${message}${help}`);
		return 1;
	}
}
