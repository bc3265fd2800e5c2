/**
 * npm run validate [-- --dir <folder>] [--json] [--quiet]
 * Validates an atlas folder (default pathways/) and prints every problem as path:line:column.
 */
import { formatDiagnostic } from '../src/lib/diagnostics.ts';
import { readCuratedDir } from '../src/lib/server/readCuratedDir.ts';
import { reportJson, sourceCoverage } from '../src/lib/validate/report.ts';
import { validateAtlas, type ValidationResult } from '../src/lib/validate/validateAtlas.ts';
import { parseArgs } from 'node:util';

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

function main(): number {
	const { values } = parseArgs({
		options: {
			dir: { type: 'string', default: 'pathways' },
			json: { type: 'boolean', default: false },
			quiet: { type: 'boolean', default: false }
		}
	});
	const result = validateAtlas(readCuratedDir(values.dir));
	if (values.json) {
		process.stdout.write(JSON.stringify(reportJson(result), null, 2) + '\n');
	} else {
		for (const d of [...result.errors, ...(values.quiet ? [] : result.warnings)])
			console.error(formatDiagnostic(d));
		console.log(summary(result));
	}
	return result.errors.length ? 1 : 0;
}

try {
	process.exitCode = main();
} catch (e) {
	console.error(`validate: ${e instanceof Error ? e.message : String(e)}`);
	console.error(
		'    hint: npm run validate -- --dir <folder with entities.yaml, sources/ and pathway files>'
	);
	process.exitCode = 1;
}
