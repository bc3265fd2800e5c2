/** Reads an atlas folder from disk: entities.yaml, references.yaml, sources/*.yaml, *.yaml. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CuratedFiles, TextFile } from '../validate/files.ts';

const RESERVED = new Set(['entities.yaml', 'references.yaml']);
const isYaml = (name: string) => /\.ya?ml$/.test(name);

function read(dir: string, name: string): TextFile {
	const full = join(dir, name);
	return { path: relative(process.cwd(), full) || full, text: readFileSync(full, 'utf8') };
}

function yamlFiles(dir: string): string[] {
	return existsSync(dir) ? readdirSync(dir).filter(isYaml).sort() : [];
}

export function readCuratedDir(dir: string): CuratedFiles {
	if (!existsSync(dir) || !statSync(dir).isDirectory()) {
		throw new Error(`${dir}: no such folder`);
	}
	const sourcesDir = join(dir, 'sources');
	return {
		root: relative(process.cwd(), dir) || '.',
		...(existsSync(join(dir, 'entities.yaml')) ? { entities: read(dir, 'entities.yaml') } : {}),
		...(existsSync(join(dir, 'references.yaml'))
			? { references: read(dir, 'references.yaml') }
			: {}),
		sources: yamlFiles(sourcesDir).map((name) => read(sourcesDir, name)),
		pathways: yamlFiles(dir)
			.filter((name) => !RESERVED.has(name))
			.map((name) => read(dir, name))
	};
}
