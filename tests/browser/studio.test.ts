/**
 * The curation studio, as a curator uses it: by pointer and keyboard only, from a PubMed XML
 * file to a cited pathway with lecture steps, with undo and redo. The files it writes must
 * validate, equal the expected pathway, and keep the comments of the files it touched.
 */
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { readCuratedDir } from '../../src/lib/server/readCuratedDir.ts';
import { validateAtlas } from '../../src/lib/validate/validateAtlas.ts';
import { elementPoint, settled } from './helpers.ts';
import { dragSelect, startStudio, type StudioServer } from './studioServer.ts';

const PORT = (Number(process.env.ATLAS_TEST_PORT) || 4173) + 1003;
const XML = 'tests/fixtures/add-source/pubmed-structured.xml';
const EXPECTED = 'tests/fixtures/studio/ketamine-calcium.yaml';

let studio: StudioServer;

test.describe.configure({ mode: 'serial' });
test.use({ actionTimeout: 15_000 });
test.beforeAll(async () => {
	test.setTimeout(180_000);
	studio = await startStudio(PORT);
});
test.afterAll(async () => studio?.stop());

async function done(page: Page, text: string | RegExp) {
	await expect(page.locator('.notice.done')).toContainText(text);
}

async function pick(page: Page, name: string | RegExp) {
	await page.getByRole('region', { name: 'Elements' }).getByRole('button', { name }).click();
}

async function cite(page: Page, element: string | RegExp, sentence: number, phrase: string) {
	await pick(page, element);
	await dragSelect(page, sentence, phrase);
	await page.getByRole('button', { name: 'Cite as stated' }).click();
	await done(page, `“${phrase}” (stated)`);
}

test('a curator turns a PubMed XML file into a cited pathway with steps', async ({ page }) => {
	test.setTimeout(240_000);
	const entitiesBefore = studio.read('entities.yaml');
	await page.goto(`${studio.url}/studio`);

	// Import the source from the file, in the dialog.
	await page.getByRole('button', { name: 'Add source…' }).click();
	await page.getByLabel('File').setInputFiles(XML);
	await expect(page.getByLabel('Text')).toHaveValue(/PubmedArticle/);
	await page.getByRole('button', { name: 'Add source', exact: true }).click();
	await done(page, 'Source added.');

	// Create the pathway, by keyboard in its form.
	await page.getByRole('button', { name: 'New pathway' }).click();
	const form = page.getByRole('form', { name: 'New pathway' });
	await form.getByLabel('Id', { exact: true }).fill('ketamine-calcium');
	await form.getByLabel('Title', { exact: true }).fill('Ketamine and cortical calcium');
	await form
		.getByLabel('Summary', { exact: true })
		.fill('Ketamine blocks NMDA receptors and raises cortical Ca2+ signalling.');
	await form.getByRole('combobox', { name: /^First node/ }).selectOption('ketamine');
	await form.getByLabel('Summary', { exact: true }).press('Enter');
	await done(page, 'Pathway ketamine-calcium created.');
	await expect(page.getByRole('combobox', { name: /^Pathway/ })).toHaveValue('ketamine-calcium');

	// Two nodes from the catalogue, one new entity.
	await page.getByLabel('Search the catalogue').fill('nmda');
	await page.getByRole('button', { name: 'Add NMDA receptor' }).click();
	await done(page, 'Node nmda-receptor added.');
	await page.getByLabel('Search the catalogue').fill('rapid');
	await page.getByRole('button', { name: 'Add Rapid antidepressant effect' }).click();
	await done(page, 'Node rapid-antidepressant-effect added.');
	await page.getByRole('button', { name: 'New entity' }).click();
	const entity = page.getByRole('form', { name: 'New entity' });
	await entity.getByLabel('Id', { exact: true }).fill('cortical-calcium');
	await entity.getByLabel('Label', { exact: true }).fill('Cortical Ca2+ signalling');
	await entity.getByRole('combobox', { name: /^Kind/ }).selectOption('process');
	await entity
		.getByLabel('Description', { exact: true })
		.fill('Calcium transients of cortical neurons.');
	await entity.getByLabel('Identifier', { exact: true }).fill('not a GO id');
	await expect(entity.getByRole('alert')).toContainText('looks like');
	await entity.getByLabel('Identifier', { exact: true }).fill('');
	await entity.getByRole('button', { name: 'Create entity' }).click();
	await done(page, 'Node cortical-calcium added.');

	// Arrows: one clicked and one dragged on the diagram, one from the form by keyboard.
	const relation = page.getByRole('combobox', { name: /^Relation/ }).first();
	await relation.selectOption('blocks');
	await page.getByLabel(/Draw on the diagram/).check();
	await settled(page);
	const from = await elementPoint(page, 'ketamine');
	await page.mouse.click(from.x, from.y);
	await settled(page);
	const to = await elementPoint(page, 'nmda-receptor');
	await page.mouse.click(to.x, to.y);
	await done(page, 'Arrow ketamine blocks nmda-receptor added.');
	await relation.selectOption('increases');
	await settled(page);
	const start = await elementPoint(page, 'ketamine');
	const end = await elementPoint(page, 'cortical-calcium');
	await page.mouse.move(start.x, start.y);
	await page.mouse.down();
	await page.mouse.move(end.x, end.y, { steps: 10 });
	await page.mouse.up();
	await done(page, 'Arrow ketamine increases cortical-calcium added.');
	await page.getByLabel(/Draw on the diagram/).uncheck();
	const arrow = page.getByRole('form', { name: 'New arrow' });
	await page
		.getByRole('combobox', { name: /^Relation/ })
		.first()
		.selectOption('leads-to');
	await arrow.getByRole('combobox', { name: /^From/ }).selectOption('nmda-receptor');
	await arrow.getByRole('combobox', { name: /^To/ }).selectOption('rapid-antidepressant-effect');
	await arrow.getByRole('button', { name: 'Add arrow' }).focus();
	await page.keyboard.press('Enter');
	await done(page, 'Arrow nmda-receptor leads-to rapid-antidepressant-effect added.');

	// Cite every element by selecting words of the imported source.
	await page.getByRole('combobox', { name: /^Source/ }).selectOption('muller-2021');
	await cite(page, '● Ketamine', 1, 'Ketamine, an NMDA receptor antagonist');
	await cite(page, '● NMDA receptor', 1, 'an NMDA receptor antagonist');
	await cite(
		page,
		'● Rapid antidepressant effect',
		1,
		'acts within hours in treatment-resistant depression'
	);
	await cite(page, '● Cortical Ca2+ signalling', 5, 'Cortical Ca2+ signalling rises with ketamine');
	await cite(page, '→ ketamine blocks nmda-receptor', 1, 'Ketamine, an NMDA receptor antagonist');
	await cite(
		page,
		'→ ketamine increases cortical-calcium',
		5,
		'Cortical Ca2+ signalling rises with ketamine'
	);
	// The last by keyboard: sentence 1, words 2 to 8.
	await pick(page, '→ nmda-receptor leads-to rapid-antidepressant-effect');
	const words = page.getByRole('form', { name: 'Select words by number' });
	await words.getByLabel('Sentence', { exact: true }).fill('1');
	await words.getByLabel('words', { exact: true }).fill('3');
	await words.getByLabel('to', { exact: true }).fill('9');
	await words.getByLabel('to', { exact: true }).press('Enter');
	await expect(page.locator('.picked')).toContainText(
		'NMDA receptor antagonist, acts within hours'
	);
	await page.getByRole('button', { name: 'Cite as listed' }).focus();
	await page.keyboard.press('Enter');
	await done(page, '(listed)');

	// Two steps, from what is selected.
	const steps = page.getByRole('form', { name: 'New step' });
	await steps.getByRole('button', { name: 'Clear' }).click();
	await pick(page, '● Ketamine');
	await pick(page, '● NMDA receptor');
	await pick(page, '→ ketamine blocks nmda-receptor');
	await steps.getByLabel('Narration', { exact: true }).fill('Ketamine blocks the NMDA receptor.');
	await steps.getByLabel('Narration', { exact: true }).press('Enter');
	await done(page, 'Step 1 added.');
	await pick(page, '● Cortical Ca2+ signalling');
	await pick(page, '→ ketamine increases cortical-calcium');
	await steps
		.getByLabel('Narration', { exact: true })
		.fill('It raises cortical calcium signalling.');
	await steps.getByRole('button', { name: 'Add step' }).click();
	await done(page, 'Step 2 added.');

	// Undo and redo: Ctrl+Z, Ctrl+Shift+Z, and the buttons.
	const complete = studio.read('ketamine-calcium.yaml');
	await page.locator('h1').click();
	await page.keyboard.press('Control+z');
	await done(page, 'Undone.');
	expect(parse(studio.read('ketamine-calcium.yaml')).steps).toHaveLength(1);
	await page.keyboard.press('Control+Shift+z');
	await done(page, 'Redone.');
	expect(studio.read('ketamine-calcium.yaml')).toBe(complete);
	await page.getByRole('button', { name: 'Undo' }).click();
	await done(page, 'Undone.');
	await page.getByRole('button', { name: 'Redo' }).click();
	await done(page, 'Redone.');

	// What was written.
	const result = validateAtlas(readCuratedDir(studio.dir));
	expect(result.errors).toEqual([]);
	expect(studio.read('ketamine-calcium.yaml')).toBe(readFileSync(EXPECTED, 'utf8'));
	const entities = studio.read('entities.yaml');
	expect(entities.startsWith(entitiesBefore)).toBe(true);
	expect(parse(entities.slice(entitiesBefore.length).replace(/^ {2}/gm, ''))).toEqual([
		{
			id: 'cortical-calcium',
			label: 'Cortical Ca2+ signalling',
			kind: 'process',
			description: 'Calcium transients of cortical neurons.'
		}
	]);
	const source = parse(readFileSync(join(studio.dir, 'sources/muller-2021.yaml'), 'utf8'));
	expect(source.pmid).toBe('90000001');
});

test('an outside change is never overwritten, and an invalid edit is refused', async ({ page }) => {
	await page.goto(`${studio.url}/studio`);
	await page.getByRole('combobox', { name: /^Pathway/ }).selectOption('ketamine');
	await pick(page, '● mTOR');

	// The file is edited by hand after the studio read it, before its next edit arrives.
	const path = join(studio.dir, 'ketamine.yaml');
	const handEdited = readFileSync(path, 'utf8').replace('Ketamine.', 'Ketamine, edited by hand.');
	await page.route('**/studio/api/action', async (route) => {
		writeFileSync(path, handEdited);
		await route.continue();
	});
	const answer = page.waitForResponse('**/studio/api/action');
	await page.getByRole('button', { name: 'Delete node' }).click();
	// Refused as a conflict (the page may reload at once: the dev server saw the outside change).
	expect((await answer).status()).toBe(409);
	await page.unroute('**/studio/api/action');
	expect(readFileSync(path, 'utf8')).toBe(handEdited);

	// The studio has the file as it is now; the same edit then goes through, keeping the hand edit.
	await expect(page.getByLabel('Narration of step 1')).toHaveValue('Ketamine, edited by hand.');
	await pick(page, '● mTOR');
	await page.getByRole('button', { name: 'Delete node' }).click();
	await done(page, 'Node deleted.');
	expect(readFileSync(path, 'utf8')).toContain('Ketamine, edited by hand.');
	expect(parse(readFileSync(path, 'utf8')).nodes).toHaveLength(3);

	// Two words are not a quote: the validator's located message, and nothing written.
	const before = readFileSync(path, 'utf8');
	await pick(page, '● Rapid effect');
	await page.getByRole('combobox', { name: /^Source/ }).selectOption('niciu-2014');
	await dragSelect(page, 1, 'ketamine has');
	await page.getByRole('button', { name: 'Cite as stated' }).click();
	await expect(page.getByRole('alert').first()).toContainText(/ketamine\.yaml:\d+:\d+: /);
	expect(readFileSync(path, 'utf8')).toBe(before);
});
