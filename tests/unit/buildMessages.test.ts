/**
 * An atlas with no pathway yet: the validator says so (a warning, status 0). The build of such an
 * atlas, and of an invalid one, as a child process: tests/cli/build.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runValidate } from './helpers/cli.ts';
import { fixturePath, writeTempFolder } from './helpers/fixtures.ts';

describe('an atlas with no pathway yet', () => {
	const valid = (name: string) => readFileSync(fixturePath('valid', name), 'utf8');
	const atlas = () =>
		writeTempFolder({
			'entities.yaml': valid('entities.yaml'),
			'references.yaml': valid('references.yaml'),
			'sources/niciu-2014.yaml': valid('sources/niciu-2014.yaml'),
			'sources/jelen-2021.yaml': valid('sources/jelen-2021.yaml')
		});

	it('validates with a warning that says so, and status 0', () => {
		const folder = atlas();
		try {
			const run = runValidate(['--dir', folder.dir]);
			expect(run.status).toBe(0);
			expect(run.stderr).toMatch(/:1:1: warning: no pathway files yet/);
			expect(run.stderr).toMatch(/hint: add <id>\.yaml beside entities\.yaml/);
		} finally {
			folder.remove();
		}
	});
});
