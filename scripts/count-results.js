// Sums the vitest (unit and CLI) and Playwright JSON reports into the closing line "N passed, M failed".
import { existsSync, readFileSync } from 'node:fs';

/** @param {string} path */
function read(path) {
	if (!existsSync(path)) return undefined;
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch {
		return undefined;
	}
}

/** @param {any} report */
function vitestCounts(report) {
	if (!report) return { passed: 0, failed: 0 };
	return {
		passed: report.numPassedTests ?? 0,
		failed: (report.numFailedTests ?? 0) + (report.numTodoTests ?? 0)
	};
}

/** @param {any} report */
function playwrightCounts(report) {
	if (!report?.stats) return { passed: 0, failed: 0 };
	const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
	return { passed: expected, failed: unexpected + flaky + skipped };
}

const npmStatus = Number(process.argv[2] ?? 0);
const unit = vitestCounts(read('test-results/vitest.json'));
const cli = vitestCounts(read('test-results/vitest-cli.json'));
const browser = playwrightCounts(read('test-results/playwright.json'));
let failed = unit.failed + cli.failed + browser.failed;
const passed = unit.passed + cli.passed + browser.passed;
console.log(
	`unit tests: ${unit.passed} passed, ${unit.failed} failed; CLI tests: ${cli.passed} passed, ${cli.failed} failed; browser tests: ${browser.passed} passed, ${browser.failed} failed`
);
if (npmStatus !== 0 && failed === 0) {
	console.log(
		'npm test failed in a step that is not a test runner (validate, lint, check or build): counted as one failure'
	);
	failed = 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(npmStatus !== 0 || failed > 0 ? 1 : 0);
