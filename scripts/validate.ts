/**
 * npm run validate [-- --dir <folder>] [--json] [--quiet]
 * Validates an atlas folder (default pathways/) and prints every problem as path:line:column.
 * The command itself: src/lib/validate/node/command.ts.
 */
import { processIo } from '../src/lib/server/commandIo.ts';
import { run } from '../src/lib/validate/node/command.ts';

process.exitCode = run(process.argv.slice(2), processIo());
