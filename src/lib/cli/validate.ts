/**
 * The validate command (scripts/validate.ts): validates an atlas folder (default pathways/) and
 * prints every problem as path:line:column, or the atlas report as JSON; `--rules` lists the rules. `run` takes the
 * arguments and where to write, and returns the exit status, so that tests call it in-process.
 */
import { parseArgs } from 'node:util';
import { formatDiagnostic } from '../diagnostics.ts';
import type { CommandIo } from './io.ts';
import { RULES } from '../rules/index.ts';
import { readCuratedDir } from '../server/readCuratedDir.ts';
import { reportJson, sourceCoverage } from '../validate/report.ts';
import { validateAtlas, type ValidationResult } from '../validate/validateAtlas.ts';

const HINT =
	'    hint: npm run validate -- --dir <folder with entities.yaml, sources/ and pathway files>';

function summary(result: ValidationResult): string {
	const { atlas, errors, warnings } = result;
	const nodes = atlas.pathways.reduce((n, p) => n + p.nodes.length, 0);
	const edges = atlas.pathways.reduce((n, p) => n + p.edges.length, 0);
	const links = atlas.pathways.reduce(
		(n, p) => n + [...p.nodes, ...p.edges].reduce((m, el) => m + el.evidence.length, 0),
		0
	);
	const lines = [
		`${atlas.pathways.length} pathways, ${nodes} nodes, ${edges} edges, ${links} evidence links, ${atlas.entities.size} entities, ${atlas.references.size} references`,
		...sourceCoverage(atlas).map(
			(s) =>
				`  source ${s.id}: ${s.sentences} sentences, ${s.cited.length} cited, ${new Set(s.uncitedOnPurpose.map((u) => u.sentence)).size} deliberately uncited, ${s.uncited.length} uncited${s.uncited.length ? ` (${s.uncited.map((n) => 's' + n).join(', ')})` : ''}`
		),
		`${errors.length} error(s), ${warnings.length} warning(s)`
	];
	return lines.join('\n');
}

/** Every rule the validator reports, one a line: id, severity, what it reports. */
function listRules(io: CommandIo): number {
	const width = Math.max(...RULES.map((r) => r.id.length));
	for (const r of RULES) io.out(`${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.description}`);
	return 0;
}

function validateFolder(argv: string[], io: CommandIo): number {
	const { values } = parseArgs({
		args: argv,
		options: {
			dir: { type: 'string', default: 'pathways' },
			json: { type: 'boolean', default: false },
			quiet: { type: 'boolean', default: false },
			rules: { type: 'boolean', default: false }
		}
	});
	if (values.rules) return listRules(io);
	const result = validateAtlas(readCuratedDir(values.dir));
	if (values.json) {
		io.out(JSON.stringify(reportJson(result), null, 2));
	} else {
		for (const d of [...result.errors, ...(values.quiet ? [] : result.warnings)])
			io.err(formatDiagnostic(d));
		io.out(summary(result));
	}
	return result.errors.length ? 1 : 0;
}

/** Runs the command; returns its exit status: 1 when the atlas has errors or cannot be read. */
export function run(argv: string[], io: CommandIo): number {
	try {
		return validateFolder(argv, io);
	} catch (e) {
		io.err(`validate: ${e instanceof Error ? e.message : String(e)}`);
		io.err(HINT);
		return 1;
	}
}
