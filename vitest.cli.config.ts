/**
 * `npm run test:cli`: the command-line tools and the build as child processes (tests/cli/), apart
 * from the unit tests, which call the same commands in-process. No Vite plugins: these tests load
 * only plain modules, and the child processes load the project's own config.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/cli/**/*.test.ts'],
		reporters: ['default', ['json', { outputFile: 'test-results/vitest-cli.json' }]],
		// A production build takes a minute or more on a busy machine.
		testTimeout: 300_000,
		hookTimeout: 600_000
	}
});
