/**
 * npm run validate [-- --dir <folder>] [--json] [--quiet]
 * Validates an atlas folder (default pathways/) and prints every problem as path:line:column.
 * The command itself: src/lib/cli/validate.ts.
 */
import { processIo } from '../src/lib/cli/io.ts';
import { run } from '../src/lib/cli/validate.ts';

process.exitCode = run(process.argv.slice(2), processIo());
