/**
 * One cytoscape-dagre layout of the single pathway in an atlas folder, in its own process so the
 * benchmark can stop it: `tsx bench/dagre-worker.ts <atlas folder> <ranker>`. Prints
 * `{ "ms": ..., "quality": ... }`.
 */
import { layoutPathway } from '../src/lib/layout/layoutPathway.ts';
import type { Ranker } from '../src/lib/layout/runDagre.ts';
import { readCuratedDir } from '../src/lib/server/readCuratedDir.ts';
import { validateAtlas } from '../src/lib/validate/validateAtlas.ts';
import { layoutQuality } from './quality.ts';

const [dir, ranker] = process.argv.slice(2) as [string, Ranker];
const { atlas } = validateAtlas(readCuratedDir(dir));
const pathway = atlas.pathways[0]!;
const start = performance.now();
// A ranker given forces dagre: this is the project's layout as it was, on cytoscape-dagre's defaults.
const laidOut = layoutPathway(pathway, atlas.entities, { ranker });
const ms = performance.now() - start;
process.stdout.write(JSON.stringify({ ms, quality: layoutQuality(laidOut) }));
