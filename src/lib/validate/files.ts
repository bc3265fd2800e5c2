/** The curated files of an atlas folder, as text, with their paths. */
import type { Diagnostic } from '../diagnostics.ts';

export interface TextFile {
	/** Path shown in messages: the atlas folder as the user gave it, joined with the file's name. */
	path: string;
	text: string;
}

export interface CuratedFiles {
	/** The folder the files came from, as shown in messages. */
	root: string;
	entities?: TextFile;
	references?: TextFile;
	sources: TextFile[];
	pathways: TextFile[];
	/** Files that could not be read as text (a folder, a broken link, not UTF-8, …). */
	problems?: Diagnostic[];
}

/** `.yaml` and `.yml`, in any case; names starting with "." are hidden and not read. */
export const isYamlName = (name: string): boolean =>
	!name.startsWith('.') && /\.ya?ml$/i.test(name);

/** The id a file stands for: its name without folder and extension. */
export function fileId(path: string): string {
	return (path.split(/[/\\]/).pop() ?? path).replace(/\.ya?ml$/i, '');
}

/** What a file at the top of the atlas folder holds, by its name. */
export function catalogueKind(name: string): 'entities' | 'references' | undefined {
	const id = fileId(name).toLowerCase();
	return id === 'entities' || id === 'references' ? id : undefined;
}

/** A file in the atlas folder, as messages show it ("pathways/entities.yaml"). */
export const pathIn = (root: string, name: string): string =>
	root === '.' || root === '' ? name : `${root.replace(/\/+$/, '')}/${name}`;
