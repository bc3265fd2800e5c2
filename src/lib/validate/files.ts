/** The curated files of an atlas folder, as text, with their paths. */

export interface TextFile {
	/** Path shown in messages, relative to the working directory. */
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
}

/** The id a file stands for: its name without folder and extension. */
export function fileId(path: string): string {
	return (path.split('/').pop() ?? path).replace(/\.ya?ml$/, '');
}
