/**
 * npm run export -- <pathway-id...|--all> --format svg|png|cyjs|csv|sbgn|gift|moodle-xml|html --out <dir> [options]
 * Figures, Cytoscape JSON, evidence tables, SBGN-ML maps and practice questions in batch, built as the viewer's export menu builds
 * them; PNG through resvg, not a browser. The command itself: src/lib/cli/export.ts.
 */
import { run } from '../src/lib/cli/export.ts';
import { processIo } from '../src/lib/cli/io.ts';

process.exitCode = await run(process.argv.slice(2), processIo());
