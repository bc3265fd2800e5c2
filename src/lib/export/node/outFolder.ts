/**
 * The export CLI's output folder and step requests, checked before anything is written: --out
 * must be a folder of its own (the one output guard: never a file, the atlas, the project's own
 * files, or a folder of files no earlier export wrote), and a step must exist.
 */
import { existsSync, readdirSync } from 'node:fs';
import type { Pathway } from '../../model/atlas.ts';
import { MARKER, markOutput, outputProblem } from '../../server/outputGuard.js';

export const OVERWRITE_NOTE =
	'Files of the same name already in --out are replaced, and reported as "replaced"; ' +
	'nothing else there is touched or deleted. --out is a new or empty folder, or one an earlier ' +
	'export wrote (it leaves an .atlas-output file there).';

export class OutputRefusal extends Error {}

/** Creates --out if need be; returns the names already in it (to report what is replaced). */
export function prepareOutFolder(out: string, atlasDir: string): Set<string> {
	const refusal = outputProblem(out, {
		what: '--out',
		kind: 'export',
		atlas: atlasDir,
		example: 'exports/'
	});
	if (refusal) throw new OutputRefusal(refusal);
	const before = new Set(existsSync(out) ? readdirSync(out).filter((n) => n !== MARKER) : []);
	markOutput(out, 'export');
	return before;
}

/** Why a pathway cannot give what --step or --steps asks, or undefined when it can. */
export function stepProblem(
	pathway: Pathway,
	request: { step?: number; steps: boolean }
): string | undefined {
	const count = pathway.steps.length;
	const asked = request.steps ? '--steps' : `--step ${request.step}`;
	if (!request.steps && request.step === undefined) return undefined;
	if (!count)
		return `${asked}: pathway "${pathway.id}" has no lecture steps (add steps: to its file)`;
	if (request.step !== undefined && request.step > count)
		return `--step ${request.step}: pathway "${pathway.id}" has ${count} step(s) (1 to ${count})`;
	return undefined;
}
