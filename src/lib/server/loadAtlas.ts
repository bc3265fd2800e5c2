/** The atlas the site is built from: pathways/ (or ATLAS_DIR), validated, cached by content. */
import { formatDiagnostic, type Diagnostic } from '../diagnostics.ts';
import type { Atlas } from '../model/atlas.ts';
import { validateAtlas, type ValidationResult } from '../validate/validateAtlas.ts';
import type { CuratedFiles } from '../validate/files.ts';
import { readCuratedDir } from './readCuratedDir.ts';

export const atlasDir = (): string => process.env.ATLAS_DIR ?? 'pathways';

export class InvalidAtlasError extends Error {
	constructor(readonly errors: Diagnostic[]) {
		super(
			`${errors.length} problem(s) in the pathway files:\n${errors.map(formatDiagnostic).join('\n')}`
		);
		this.name = 'InvalidAtlasError';
		// The message is the whole story; a stack trace would only hide it.
		this.stack = this.message;
	}
}

let cache: { key: string; result: ValidationResult } | undefined;

function contentKey(files: CuratedFiles): string {
	const all = [files.entities, files.references, ...files.sources, ...files.pathways];
	const texts = all.map((f) => (f ? `${f.path}\u0000${f.text}` : '')).join('\u0001');
	// What could not be read (a folder named x.yaml, a broken link) changes the result too.
	return `${texts}\u0002${JSON.stringify(files.problems ?? [])}`;
}

export function validateAtlasDir(dir = atlasDir()): ValidationResult {
	const files = readCuratedDir(dir);
	const key = contentKey(files);
	if (cache?.key !== key) cache = { key, result: validateAtlas(files) };
	return cache.result;
}

export function loadAtlas(dir = atlasDir()): Atlas {
	const result = validateAtlasDir(dir);
	if (result.errors.length) throw new InvalidAtlasError(result.errors);
	return result.atlas;
}
