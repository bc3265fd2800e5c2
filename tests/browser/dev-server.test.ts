import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { DEV_PORT } from '../../playwright.config.ts';
import { diagramReady } from './helpers.ts';

const FILE = '.dev-atlas/ketamine-nmda-block.yaml';
const DEV = `http://localhost:${DEV_PORT}`;

test.describe.configure({ mode: 'serial' });

test('the dev server reloads on an edit, shows a located error for a bad one, and recovers', async ({
	page
}) => {
	test.setTimeout(120_000);
	const original = readFileSync(FILE, 'utf8');
	try {
		const connected = page.waitForEvent('console', {
			predicate: (m) => m.text().includes('[vite] connected'),
			timeout: 60_000
		});
		await page.goto(`${DEV}/pathways/ketamine-nmda-block`);
		await connected;
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Ketamine blocks the NMDA receptor',
			{ timeout: 60_000 }
		);
		// the page has loaded all it loads (a dependency found late makes the dev server reload it)
		await diagramReady(page, 30_000);

		writeFileSync(
			FILE,
			original.replace('title: Ketamine blocks the NMDA receptor', 'title: Edited live')
		);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edited live', {
			timeout: 20_000
		});

		const broken = original.replace('  - entity: nmda-receptor\n', '  - entity: nmda-recepter\n');
		writeFileSync(FILE, broken);
		const line = broken.split('\n').findIndex((l) => l.includes('nmda-recepter')) + 1;
		const overlay = page.locator('vite-error-overlay');
		await expect(overlay).toContainText(
			`ketamine-nmda-block.yaml:${line}:13: unknown entity "nmda-recepter"`,
			{ timeout: 20_000 }
		);
		await expect(overlay).toContainText('did you mean "nmda-receptor"?');
		// The located message is the whole story: no stack trace under it.
		await expect(overlay).not.toContainText(/\bat \S+ \(|node_modules|Error:/);

		writeFileSync(FILE, original);
		await expect(overlay).toHaveCount(0, { timeout: 20_000 });
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Ketamine blocks the NMDA receptor'
		);
	} finally {
		writeFileSync(FILE, original);
	}
});
