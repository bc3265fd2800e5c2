import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectProblems, expectWarnings, problem } from './helpers/diagnostics.ts';
import { FIXTURES, validateOverlay } from './helpers/fixtures.ts';

describe('warnings', () => {
	it('a node and an edge with no evidence', () => {
		expectWarnings('warnings/no-evidence', [
			problem('no-evidence', 'warnings/no-evidence/bare.yaml', 10, 5),
			problem('no-evidence', 'warnings/no-evidence/bare.yaml', 12, 5)
		]);
	});

	it('an orphan node (no edges)', () => {
		expectWarnings('warnings/orphan-node', [
			problem('unconnected-node', 'warnings/orphan-node/orphan.yaml', 10, 5)
		]);
	});

	it('an entity that no pathway uses', () => {
		expectWarnings('warnings/unused-entity', [
			problem('unused-entity', 'warnings/unused-entity/entities.yaml', 21, 5)
		]);
		const [unused] = validateOverlay('warnings/unused-entity').warnings;
		expect(unused).toMatchObject({
			severity: 'warning',
			message: 'entity "eef2" is used by no pathway'
		});
	});

	it('sentences cited by no element and not listed as uncited', () => {
		expectWarnings('warnings/uncited-sentences', [
			problem('uncited-sentence', 'warnings/uncited-sentences/sources/niciu-2014.yaml', 14, 7)
		]);
	});

	it('a warning about an unused entity points at that entity even after an invalid one', () => {
		const overlay = 'warnings/unused-entity-after-invalid';
		const { errors, warnings } = validateOverlay(overlay);
		expectProblems(errors, [problem('value-not-allowed', `${overlay}/entities.yaml`, 13, 11)]);
		expectProblems(warnings, [problem('unused-entity', `${overlay}/entities.yaml`, 34, 5)]);
	});

	it('a warning about a node without evidence points at that node even after an invalid one', () => {
		const { warnings } = validateOverlay('warnings/no-evidence-after-invalid');
		expectProblems(warnings, [
			problem('no-evidence', 'warnings/no-evidence-after-invalid/bare.yaml', 13, 5)
		]);
	});

	it('every warning carries a hint', () => {
		const hintless = readdir(join(FIXTURES, 'warnings'))
			.flatMap((d) => validateOverlay(`warnings/${d}`).warnings)
			.filter((d) => !d.hint?.trim())
			.map((d) => `${d.path}:${d.line}:${d.column}: ${d.message}`);
		expect(hintless).toEqual([]);
	});
});

function readdir(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true })
		.filter((d) => d.isDirectory())
		.map((d) => d.name)
		.sort();
}
