/**
 * A file of the project by its path from the project's root: found from this module where it runs
 * from source (the CLI), else from the working directory, as where it runs bundled (the site's
 * build prerenders with these modules) the build runs from the root.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const rootFromSource = fileURLToPath(new URL('../../../', import.meta.url));

export function projectFile(path: string): string {
	const near = join(rootFromSource, path);
	return existsSync(near) ? near : join(process.cwd(), path);
}
