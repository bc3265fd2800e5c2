/**
 * How the build grows with the atlas: production builds of synthetic atlases of 25 and 100
 * pathways (20 nodes and up, one more per pathway), timed, with the site's weight and the
 * growth per pathway fitted by least squares.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { perNode } from './pageWeight.ts';
import { syntheticAtlas, writeAtlas } from './synthetic.ts';

export interface AtlasBuildRow {
	pathways: number;
	nodes: number;
	seconds: number;
	/** The built site, bytes. */
	bytes: number;
}

export interface AtlasBuildReport {
	rows: AtlasBuildRow[];
	/** Seconds each further pathway adds to the build. */
	secondsPerPathway?: number;
}

function folderBytes(dir: string): number {
	return readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => {
		const path = join(dir, e.name);
		return sum + (e.isDirectory() ? folderBytes(path) : statSync(path).size);
	}, 0);
}

/** Sizes 20, 21, …: `count` pathways of different sizes (a pathway's id is its size). */
export const atlasSizes = (count: number): number[] =>
	Array.from({ length: count }, (_, i) => 20 + i);

export async function atlasBuilds(
	work: string,
	seed: number,
	build: (atlasDir: string, outDir: string) => Promise<void>,
	counts = [25, 100]
): Promise<AtlasBuildReport> {
	const rows: AtlasBuildRow[] = [];
	for (const count of counts) {
		const sizes = atlasSizes(count);
		const atlasDir = writeAtlas(
			join(work, `atlas-${count}`),
			syntheticAtlas(sizes, seed, `atlas-${count}`)
		);
		const site = join(work, `site-${count}`);
		const start = performance.now();
		await build(atlasDir, site);
		rows.push({
			pathways: count,
			nodes: sizes.reduce((a, b) => a + b, 0),
			seconds: (performance.now() - start) / 1000,
			bytes: folderBytes(site)
		});
	}
	const slope = perNode(
		rows.map((r) => ({ id: '', nodes: r.pathways, real: false, bytes: r.seconds }))
	);
	return { rows, ...(slope === undefined ? {} : { secondsPerPathway: slope }) };
}
