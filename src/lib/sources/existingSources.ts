/** The sources already in an atlas folder, to keep ids unique and not add a paper twice. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { normalizeSpace } from '../text/findQuote.ts';
import { fileId, isYamlName } from '../validate/files.ts';
import type { SourceRecord } from './record.ts';

export interface ExistingSource {
	id: string;
	/** Its file in sources/, as named there (x.yaml, x.yml, x.YAML). */
	file: string;
	pmid?: string;
	doi?: string;
	title?: string;
}

function readOne(dir: string, name: string): ExistingSource {
	const id = fileId(name);
	try {
		const data = parse(readFileSync(join(dir, name), 'utf8')) as Record<string, unknown> | null;
		const str = (v: unknown) =>
			typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
		return { id, file: name, pmid: str(data?.pmid), doi: str(data?.doi), title: str(data?.title) };
	} catch {
		return { id, file: name }; // a broken file still takes its id; the validator reports it
	}
}

/** The sources as the validator reads them: .yaml and .yml in any case, hidden files apart. */
export function existingSources(sourcesDir: string): ExistingSource[] {
	if (!existsSync(sourcesDir)) return [];
	return readdirSync(sourcesDir)
		.filter(isYamlName)
		.sort()
		.map((name) => readOne(sourcesDir, name));
}

const sameTitle = (a: string, b: string) =>
	normalizeSpace(a).replace(/\.$/, '').toLowerCase() ===
	normalizeSpace(b).replace(/\.$/, '').toLowerCase();

/** Both give an identifier of this kind, and they differ: not the same paper. */
const conflicting = (a: string | undefined, b: string | undefined) =>
	a !== undefined && b !== undefined && a.toLowerCase() !== b.toLowerCase();

/** The source already holding this paper: same PMID or DOI, or the same title and no other identifiers. */
export function samePaper(
	existing: ExistingSource[],
	record: SourceRecord
): ExistingSource | undefined {
	return existing.find(
		(e) =>
			(record.pmid !== undefined && e.pmid === record.pmid) ||
			(record.doi !== undefined && e.doi?.toLowerCase() === record.doi.toLowerCase()) ||
			(e.title !== undefined &&
				sameTitle(e.title, record.title) &&
				!conflicting(e.pmid, record.pmid) &&
				!conflicting(e.doi, record.doi))
	);
}
