/**
 * Every curated pathway's SBGN-ML, in English and in Chinese, validates against libSBGN's own
 * schema, as a tool that reads SBGN-ML will check it (xmllint, Debian's libxml2-utils).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_EXPORT } from '../../src/lib/export/exportOptions.ts';
import { exportText } from '../../src/lib/export/exportText.ts';
import { realAtlas, subjects } from './helpers/figures.ts';
import { FIXTURES } from './helpers/fixtures.ts';

const SCHEMA = join(FIXTURES, 'sbgn-schema', 'SBGN.xsd');
const dir = mkdtempSync(join(tmpdir(), 'atlas-sbgn-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("SBGN-ML against libSBGN's SBGN.xsd", () => {
	for (const subject of subjects(realAtlas()))
		for (const lang of ['en', 'zh'] as const)
			it(`${subject.pathway.id} (${lang}) validates`, () => {
				const file = join(dir, `${subject.pathway.id}.${lang}.sbgn`);
				writeFileSync(file, exportText(subject, { ...DEFAULT_EXPORT, format: 'sbgn', lang }));
				const r = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, file], {
					encoding: 'utf8'
				});
				expect(r.error, 'xmllint (libxml2-utils) must be installed').toBeUndefined();
				expect(r.status, r.stderr).toBe(0);
				expect(r.stderr).toMatch(/validates/);
			});
});
