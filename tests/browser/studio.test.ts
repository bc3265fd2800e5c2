/**
 * The curation studio, as a curator uses it: by pointer and keyboard only, from a PubMed XML
 * file to a cited pathway with lecture steps, with undo and redo. The files it writes must
 * validate, equal the expected pathway, and keep the comments of the files it touched.
 */
import { join } from 'node:path';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { readCuratedDir } from '../../src/lib/server/readCuratedDir.ts';
import { validateAtlas } from '../../src/lib/validate/validateAtlas.ts';
import {
	curateKetamineCalcium,
	done,
	edited,
	EXPECTED,
	HYPOTHESIS,
	NEW_ENTITY,
	XML,
	PATHWAY_ID,
	pick
} from './studioCurator.ts';
import { dragSelect, startStudio, type StudioServer } from './studioServer.ts';

const PORT = (Number(process.env.ATLAS_TEST_PORT) || 4173) + 1003;

let studio: StudioServer;

test.describe.configure({ mode: 'serial' });
test.use({ actionTimeout: 15_000 });
test.beforeAll(async () => {
	test.setTimeout(180_000);
	studio = await startStudio(PORT);
});
test.afterAll(async () => studio?.stop());

test('a curator turns a PubMed XML file into a finished bilingual pathway, undoing deletes', async ({
	page
}) => {
	test.setTimeout(300_000);
	const entitiesBefore = studio.read('entities.yaml');
	await page.goto(`${studio.url}/studio`);

	await curateKetamineCalcium(page);

	// What was written: the validator finds nothing at all, error or warning.
	const file = `${PATHWAY_ID}.yaml`;
	const complete = studio.read(file);
	const result = validateAtlas(readCuratedDir(studio.dir));
	expect(result.errors).toEqual([]);
	expect(result.warnings).toEqual([]);
	expect(complete).toBe(readFileSync(EXPECTED, 'utf8'));
	const entities = studio.read('entities.yaml');
	expect(entities.startsWith(entitiesBefore)).toBe(true);
	expect(parse(entities.slice(entitiesBefore.length).replace(/^ {2}/gm, ''))).toEqual([NEW_ENTITY]);
	const source = parse(studio.read('sources/muller-2021.yaml'));
	expect(source.pmid).toBe('90000001');
	expect(source.uncited).toHaveLength(2);

	// The last evidence of an element, the last arrow and the last step deleted, each undone.
	/** A delete button pressed, what is left checked, and the delete undone to the byte. */
	const deleteAndUndo = async (button: string, label: string, left: () => void) => {
		await page.getByRole('button', { name: button, exact: true }).click();
		await expect(page.getByRole('button', { name: `Undo: ${label}` })).toBeVisible();
		left();
		await page.getByRole('button', { name: `Undo: ${label}` }).click();
		await done(page, `Undone: ${label}`);
		expect(studio.read(file)).toBe(complete);
	};
	const now = () => parse(studio.read(file));
	await pick(page, '● Rapid antidepressant effect');
	await deleteAndUndo('Remove evidence 1', 'remove evidence 1 of Rapid antidepressant effect', () =>
		expect(now().nodes[2].evidence).toEqual([])
	);
	await pick(page, '→ nmda-receptor leads-to rapid-antidepressant-effect');
	await deleteAndUndo(
		'Delete arrow',
		'delete arrow NMDA receptor leads-to Rapid antidepressant effect',
		() => expect(now().edges).toHaveLength(2)
	);
	// A hypothesis lists its evidence as an element does.
	const cited = page.getByRole('list', { name: `Evidence of hypothesis ${HYPOTHESIS.label}` });
	await expect(cited).toContainText('a candidate marker of response');
	await deleteAndUndo(
		`Remove evidence 1 of ${HYPOTHESIS.label}`,
		`remove evidence 1 of ${HYPOTHESIS.label}`,
		() => expect(now().hypotheses[0].evidence).toEqual([])
	);
	await deleteAndUndo('Delete step 3', 'delete step 3', () => expect(now().steps).toHaveLength(2));

	// Redo and undo by keyboard, each naming the action.
	await page.locator('h1').click();
	await page.keyboard.press('Control+Shift+z');
	await done(page, 'Redone: delete step 3');
	expect(now().steps).toHaveLength(2);
	await page.keyboard.press('Control+z');
	await done(page, 'Undone: delete step 3');
	expect(studio.read(file)).toBe(complete);
});

test('the list of elements selects only: it neither draws arrows nor fills a step', async ({
	page
}) => {
	const missing: string[] = [];
	page.on('response', (r) => {
		if (r.status() === 404) missing.push(r.url());
	});
	await page.goto(`${studio.url}/studio`);
	await page.getByRole('combobox', { name: /^Pathway/ }).selectOption('ketamine');
	const before = studio.read('ketamine.yaml');
	await page.getByLabel(/Draw on the diagram/).check();
	await pick(page, '● mTOR');
	await pick(page, '● Ketamine');
	await expect(
		page.getByRole('region', { name: 'Elements' }).getByRole('button', { name: '● Ketamine' })
	).toHaveAttribute('aria-pressed', 'true');
	const step = page.getByRole('form', { name: 'New step' });
	await expect(step).toContainText('select an element, then add it');
	await step.getByRole('button', { name: 'Add to step' }).click();
	await expect(step).toContainText('Shows: ketamine');
	await step.getByRole('button', { name: 'Clear' }).click();
	await step.getByRole('button', { name: 'Add to step' }).click();
	await expect(step).toContainText('Shows: ketamine');
	expect(studio.read('ketamine.yaml')).toBe(before);
	// The page asks for nothing that is not there (its icon included).
	expect(missing).toEqual([]);
});

test('forms are empty again once what they made is added', async ({ page }) => {
	await page.goto(`${studio.url}/studio`);
	await page.getByRole('combobox', { name: /^Pathway/ }).selectOption('ketamine');
	const form = page.getByRole('form', { name: 'New compartment' });
	await form.getByLabel('Label', { exact: true }).fill('Postsynaptic density');
	await expect(form.getByLabel('Id', { exact: true })).toHaveValue('postsynaptic-density');
	await form.getByLabel('Chinese label').fill('突触后致密区');
	await form.getByLabel('Kind').selectOption('region');
	await form.getByLabel('Inside').selectOption('synapse');
	await form.getByRole('button', { name: 'Add compartment' }).click();
	await done(page, 'Compartment postsynaptic-density added.');
	await expect(form.getByLabel('Label', { exact: true })).toHaveValue('');
	await expect(form.getByLabel('Chinese label')).toHaveValue('');
	await expect(form.getByLabel('Kind')).toHaveValue('cell');
	await expect(form.getByLabel('Inside')).toHaveValue('');
	expect(parse(studio.read('ketamine.yaml')).compartments[1]).toEqual({
		id: 'postsynaptic-density',
		label: 'Postsynaptic density',
		zh: '突触后致密区',
		kind: 'region',
		parent: 'synapse'
	});
	// The entity form has its own box: one Label and one Kind in each.
	await page.getByRole('button', { name: 'New entity' }).click();
	await expect(page.getByLabel('Label', { exact: true })).toHaveCount(2);
	await expect(form.getByLabel('Kind')).toHaveCount(1);
});

test('a new label the catalogue already names offers its entity instead', async ({ page }) => {
	await page.goto(`${studio.url}/studio`);
	await page.getByRole('button', { name: 'New pathway' }).click();
	const create = page.getByRole('form', { name: 'New pathway' });
	await create.getByLabel('Title', { exact: true }).fill('Ketamine alone');
	await create.getByLabel('Summary', { exact: true }).fill('Ketamine, before its targets.');
	await create.getByRole('combobox', { name: /^First node/ }).selectOption('ketamine');
	await create.getByRole('button', { name: 'Create pathway' }).click();
	await done(page, 'Pathway ketamine-alone created.');
	// the pathway's own panels, not the ones shown before it was open
	await expect(page.getByRole('region', { name: 'Elements' })).toContainText('Ketamine');
	const entitiesBefore = studio.read('entities.yaml');
	await page.getByRole('button', { name: 'New entity' }).click();
	const form = page.getByRole('form', { name: 'New entity' });
	const label = form.getByLabel('Label', { exact: true });
	const known = form.getByRole('status');
	// Named from the source's words: an entity this pathway has already.
	await dragSelect(page, 2, 'Ketamine');
	await form.getByRole('button', { name: 'Label from the selected words' }).click();
	await expect(label).toHaveValue('Ketamine');
	await expect(known).toHaveText(
		'In the catalogue already: Ketamine (氯胺酮), drug. It is in this pathway.'
	);
	// Typed, in the plural: an entity of the catalogue, added with its Chinese label.
	await label.fill('NMDA receptors');
	await expect(known).toContainText(
		'In the catalogue already: NMDA receptor (NMDA受体), receptor.'
	);
	await form.getByRole('button', { name: 'Add NMDA receptor instead' }).click();
	await done(page, 'Node nmda-receptor added.');
	await expect(form).toBeHidden();
	const nodes = parse(studio.read('ketamine-alone.yaml')).nodes;
	expect(nodes.map((n: { entity: string }) => n.entity)).toEqual(['ketamine', 'nmda-receptor']);
	expect(studio.read('entities.yaml')).toBe(entitiesBefore);
});

test('an identifier is checked as it is typed', async ({ page }) => {
	await page.goto(`${studio.url}/studio`);
	await page.getByRole('button', { name: 'New entity' }).click();
	const entity = page.getByRole('form', { name: 'New entity' });
	await entity.getByLabel('Identifier', { exact: true }).fill('not a GO id');
	await expect(entity.getByRole('alert')).toContainText('looks like');
	await entity.getByLabel('Identifier', { exact: true }).fill('');
	await expect(entity.getByRole('alert')).toHaveCount(0);
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
		await route.fulfill({ response: await route.fetch() });
	});
	await page.getByRole('button', { name: 'Delete node' }).click();
	// Refused as a conflict, which stays in view with the line that changed.
	const warning = page.getByRole('alert', { name: 'Changed outside the studio' });
	await expect(warning).toContainText('ketamine.yaml changed on disk');
	await page.unroute('**/studio/api/action');
	expect(readFileSync(path, 'utf8')).toBe(handEdited);

	// The studio has the file as it is now; the same edit then goes through, keeping the hand edit.
	await expect(page.getByLabel('Narration of step 1', { exact: true })).toHaveValue(
		'Ketamine, edited by hand.'
	);
	await page.getByRole('button', { name: 'Delete node' }).click();
	await done(page, 'Node deleted.');
	await expect(warning).toContainText('ketamine.yaml changed on disk');
	expect(readFileSync(path, 'utf8')).toContain('Ketamine, edited by hand.');
	expect(parse(readFileSync(path, 'utf8')).nodes).toHaveLength(3);
	await warning.getByRole('button', { name: 'Dismiss' }).click();
	await expect(warning).toHaveCount(0);

	// Two words are not a quote: the validator's located message, and nothing written.
	const before = readFileSync(path, 'utf8');
	await pick(page, '● Rapid effect');
	await page.getByRole('combobox', { name: /^Source/ }).selectOption('niciu-2014');
	await dragSelect(page, 1, 'ketamine has');
	await page.getByRole('button', { name: 'Cite as stated' }).click();
	await expect(page.getByRole('alert').first()).toContainText(/ketamine\.yaml:\d+:\d+: /);
	expect(readFileSync(path, 'utf8')).toBe(before);
});

test("a change made in a text editor is merged into the page, which keeps the curator's place", async ({
	page
}) => {
	await page.goto(`${studio.url}/studio?pathway=ketamine`);
	await pick(page, '● Ketamine');
	const source = page.getByRole('combobox', { name: /^Source/ });
	await source.selectOption('niciu-2014');
	await dragSelect(page, 1, 'ketamine has');
	await page.getByLabel(/Draw on the diagram/).check();
	await page.getByLabel('Search the catalogue').fill('mtor');
	// Set on this page only: a reload would lose it.
	await page.evaluate(() => ((window as { notReloaded?: boolean }).notReloaded = true));

	const path = join(studio.dir, 'ketamine.yaml');
	const text = readFileSync(path, 'utf8');
	writeFileSync(path, text.replace(/narration: .*/, 'narration: Written in an editor.'));

	await expect(page.getByLabel('Narration of step 1', { exact: true })).toHaveValue(
		'Written in an editor.'
	);
	const warning = page.getByRole('alert', { name: 'Changed outside the studio' });
	await expect(warning).toContainText('Changed outside the studio: ketamine.yaml.');
	expect(await page.evaluate(() => (window as { notReloaded?: boolean }).notReloaded)).toBe(true);
	// The place: the element selected, the source and its words, drawing, the search.
	await expect(page.getByRole('group', { name: 'Selected element' })).toContainText(
		'Ketamine (node, ketamine)'
	);
	await expect(source).toHaveValue('niciu-2014');
	await expect(page.locator('.picked')).toHaveText('Selected: “ketamine has”');
	await expect(page.getByLabel(/Draw on the diagram/)).toBeChecked();
	await expect(page.getByLabel('Search the catalogue')).toHaveValue('mtor');
	// The notice stays until the curator dismisses it, through the next edit too.
	await edited(
		page,
		page.getByLabel('Narration of step 1', { exact: true }),
		'Edited in the studio.',
		'Step 1 narrated.'
	);
	await expect(warning).toBeVisible();
	await warning.getByRole('button', { name: 'Dismiss' }).click();
	await expect(warning).toHaveCount(0);
	writeFileSync(path, text);
	await expect(warning).toContainText('Changed outside the studio: ketamine.yaml.');
});

test('a paper already in the atlas is replaced only when asked, and its report shown', async ({
	page
}) => {
	await page.goto(`${studio.url}/studio`);
	const addFrom = async () => {
		await page.getByRole('button', { name: 'Add source…' }).click();
		await page.getByLabel('File').setInputFiles(XML);
		await expect(page.getByLabel('Text')).toHaveValue(/PubmedArticle/);
		await page.getByRole('button', { name: 'Add source', exact: true }).click();
	};
	await addFrom();
	const dialog = page.getByRole('dialog');
	await expect(dialog.getByRole('alert')).toContainText(
		/in the atlas already \(sources\/[a-z0-9-]+\.yaml\)/
	);
	const sources = () => readdirSync(join(studio.dir, 'sources')).sort();
	const before = sources();
	await dialog.getByRole('button', { name: 'Replace it' }).click();
	await done(page, /Source [a-z0-9-]+ replaced\./);
	await expect(dialog.getByTestId('import-report')).toContainText(/^Replaced sources\//);
	// written over the same file: no second copy of the paper
	expect(sources()).toEqual(before);
	await dialog.getByRole('button', { name: 'Close' }).click();
	await expect(dialog).toBeHidden();
});

test('a reference record is added from the element panel and cited as background', async ({
	page
}) => {
	await page.goto(`${studio.url}/studio`);
	await page.getByRole('combobox', { name: /^Pathway/ }).selectOption('ketamine');
	await pick(page, '● Rapid effect');
	await page.getByText('New reference record…').click();
	const form = page.getByRole('form', { name: 'New reference record' });
	await form.getByLabel('Id', { exact: true }).fill('curator-review');
	await form.getByLabel('Title', { exact: true }).fill('A review the curator checked');
	await form.getByLabel('Year', { exact: true }).fill('2020');
	await form.getByLabel('Checked on (address)').fill('https://example.org/review');
	await form.getByLabel('title', { exact: true }).check();
	await form.getByRole('button', { name: 'Add reference' }).click();
	await done(page, 'Reference curator-review added.');
	// The new record is offered and chosen for background evidence.
	const evidence = page.getByRole('form', { name: 'Background evidence' });
	await expect(evidence.getByLabel('Reference')).toHaveValue('curator-review');
	await evidence.getByLabel('Note').fill('The curator assumes this from the review.');
	await evidence.getByRole('button', { name: 'Add background evidence' }).click();
	await done(page, /Background evidence added/);
	const record = parse(studio.read('references.yaml')).references.at(-1);
	expect(record).toMatchObject({
		id: 'curator-review',
		year: 2020,
		unverified: ['year'],
		provenance: { page: 'https://example.org/review', confirmed: ['title'] }
	});
	const files = readCuratedDir(studio.dir);
	expect(validateAtlas(files).errors).toEqual([]);
});

test('texts, their Chinese and a hypothesis are edited in place; the last evidence is removed and undone', async ({
	page
}) => {
	await page.goto(`${studio.url}/studio`);
	await page.getByRole('combobox', { name: /^Pathway/ }).selectOption('ketamine');
	const texts = page.getByRole('group', { name: 'Texts' });
	await edited(page, texts.getByLabel('Title', { exact: true }), 'Ketamine and mTOR', 'Title set.');
	await edited(page, texts.getByLabel('Title in Chinese'), '氯胺酮与mTOR', 'Title (Chinese) set.');
	const hypothesis = page.getByRole('form', { name: 'New hypothesis' });
	await hypothesis.getByLabel('Hypothesis', { exact: true }).fill('Direct block');
	await hypothesis
		.getByLabel('What it proposes', { exact: true })
		.fill('The block alone explains it.');
	await hypothesis.getByRole('button', { name: 'Declare hypothesis' }).click();
	await done(page, 'Hypothesis direct-block declared.');
	await pick(page, '● Ketamine');
	await page.getByRole('checkbox', { name: 'Direct block' }).check();
	await done(page, 'Hypotheses of ketamine set.');
	await page.getByLabel('Hypothesis of step 1').selectOption('direct-block');
	await done(page, 'Step 1 focus set.');
	const p = parse(studio.read('ketamine.yaml'));
	expect(p).toMatchObject({ title: 'Ketamine and mTOR', titleZh: '氯胺酮与mTOR' });
	expect(p.hypotheses).toEqual([
		{ id: 'direct-block', label: 'Direct block', summary: 'The block alone explains it.' }
	]);
	expect(p.nodes[0].hypotheses).toEqual(['direct-block']);
	expect(p.steps[0].hypothesis).toBe('direct-block');

	const before = studio.read('ketamine.yaml');
	await page.getByRole('button', { name: 'Remove evidence 1', exact: true }).click();
	await done(page, 'Evidence removed.');
	expect(parse(studio.read('ketamine.yaml')).nodes[0].evidence).toEqual([]);
	await page.getByRole('button', { name: 'Undo: remove evidence 1 of Ketamine' }).click();
	await done(page, 'Undone: remove evidence 1 of Ketamine');
	expect(studio.read('ketamine.yaml')).toBe(before);
});

/** The studio diagram's view, as Cytoscape has it (null until it is drawn). */
const diagramView = (page: Page, node: string) =>
	page.evaluate((id) => {
		const c = document.querySelector('.cy-container') as
			(HTMLElement & { cy?: import('cytoscape').Core }) | null;
		const cy = c?.cy;
		if (!cy || cy.destroyed() || cy.animated()) return null;
		const round = (v: number) => Math.round(v * 1000) / 1000;
		return {
			zoom: round(cy.zoom()),
			x: round(cy.pan().x),
			y: round(cy.pan().y),
			label: String(cy.getElementById(id).data('label') ?? '').replace(/\s+/g, ' ')
		};
	}, node);

test('an edit keeps the zoom and pan of the diagram; Fit, Reset view and the 0 key', async ({
	page
}) => {
	await page.goto(`${studio.url}/studio?pathway=ketamine`);
	await expect(page.locator('.cy-container[data-ready="true"]')).toBeVisible();
	const zoom = page.getByRole('group', { name: 'Zoom' });
	await pick(page, '● NMDA receptor');
	await zoom.getByRole('button', { name: 'Zoom in' }).click();
	await zoom.getByRole('button', { name: 'Zoom in' }).click();
	// The selection in the middle of the view, zoomed in: an edit needs no pan to show it.
	await page.evaluate(() => {
		const { cy } = document.querySelector('.cy-container') as HTMLElement & {
			cy: import('cytoscape').Core;
		};
		cy.stop(true, false);
		cy.center(cy.getElementById('nmda-receptor'));
	});
	await expect.poll(() => diagramView(page, 'nmda-receptor')).not.toBeNull();
	const before = (await diagramView(page, 'nmda-receptor'))!;
	expect(before.label).toBe('NMDA receptor');

	const label = page.getByLabel('Label on this pathway');
	await edited(page, label, 'NMDA receptor complex', 'Label of nmda-receptor set.');
	expect(parse(studio.read('ketamine.yaml')).nodes[1]).toMatchObject({
		entity: 'nmda-receptor',
		label: 'NMDA receptor complex'
	});
	// Drawn again with the new label, at the same zoom and pan.
	await expect
		.poll(() => diagramView(page, 'nmda-receptor'))
		.toEqual({ ...before, label: 'NMDA receptor complex' });

	// Fit shows the whole figure, smaller than zoomed in.
	await zoom.getByRole('button', { name: 'Fit' }).click();
	await expect
		.poll(async () => (await diagramView(page, 'nmda-receptor'))?.zoom)
		.toBeLessThan(before.zoom);
	const fitted = (await diagramView(page, 'nmda-receptor'))!;
	// A click on the canvas focuses it: 0 fits again.
	await zoom.getByRole('button', { name: 'Zoom in' }).click();
	await expect
		.poll(async () => (await diagramView(page, 'nmda-receptor'))?.zoom)
		.toBeGreaterThan(fitted.zoom);
	await page.locator('.cy-container').click({ position: { x: 5, y: 5 } });
	await expect(page.locator('.cy-container')).toBeFocused();
	await page.keyboard.press('0');
	await expect.poll(() => diagramView(page, 'nmda-receptor')).toEqual(fitted);
	// Reset view goes back to the first view too.
	await zoom.getByRole('button', { name: 'Zoom in' }).click();
	await zoom.getByRole('button', { name: 'Reset view' }).click();
	await expect.poll(() => diagramView(page, 'nmda-receptor')).toEqual(fitted);
});

test("compartments are renamed, given their Chinese and nested; undo keeps to its pathway's file", async ({
	page
}) => {
	await page.goto(`${studio.url}/studio?pathway=ketamine`);
	const box = page.getByRole('group', { name: 'Compartments' });
	const form = box.getByRole('form', { name: 'New compartment' });
	await form.getByLabel('Label', { exact: true }).fill('Synaptic cleft');
	await form.getByRole('button', { name: 'Add compartment' }).click();
	await done(page, 'Compartment synaptic-cleft added.');

	const name = box.getByLabel('Label of compartment synaptic-cleft', { exact: true });
	await edited(page, name, 'Cleft', 'Compartment synaptic-cleft renamed.');
	const zh = box.getByLabel('Chinese label of compartment synaptic-cleft');
	await edited(page, zh, '突触间隙', 'Chinese label of compartment synaptic-cleft set.');
	await box.getByLabel('Compartment synaptic-cleft is inside').selectOption('synapse');
	await done(page, 'Compartment synaptic-cleft put inside synapse.');
	const cleft = () =>
		parse(studio.read('ketamine.yaml')).compartments.find(
			(c: { id: string }) => c.id === 'synaptic-cleft'
		);
	expect(cleft()).toEqual({
		id: 'synaptic-cleft',
		label: 'Cleft',
		zh: '突触间隙',
		kind: 'cell',
		parent: 'synapse'
	});
	// A compartment is never offered a place inside itself or inside what it holds.
	const offered = await box
		.getByLabel('Compartment synapse is inside')
		.locator('option')
		.evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
	expect(offered).not.toContain('synapse');
	expect(offered).not.toContain('synaptic-cleft');

	// A second pathway, with its own history.
	await page.getByRole('button', { name: 'New pathway' }).click();
	const create = page.getByRole('form', { name: 'New pathway' });
	await create.getByLabel('Title', { exact: true }).fill('Second pathway');
	await create.getByLabel('Summary', { exact: true }).fill('Another pathway.');
	await create.getByRole('combobox', { name: /^First node/ }).selectOption('ketamine');
	await create.getByRole('button', { name: 'Create pathway' }).click();
	await done(page, 'Pathway second-pathway created.');
	await expect(page.getByRole('button', { name: /^Undo/ })).toHaveText(
		'Undo: create pathway Second pathway'
	);
	const second = studio.read('second-pathway.yaml');

	// Back in ketamine, undo and redo name and take back ketamine's last edit only.
	await page.getByRole('combobox', { name: /^Pathway/ }).selectOption('ketamine');
	const undo = page.getByRole('button', { name: /^Undo/ });
	await expect(undo).toHaveText('Undo: set the parent compartment of compartment Cleft');
	await undo.click();
	await done(page, 'Undone: set the parent compartment of compartment Cleft');
	expect(cleft().parent).toBeUndefined();
	await page
		.getByRole('button', { name: 'Redo: set the parent compartment of compartment Cleft' })
		.click();
	await done(page, 'Redone: set the parent compartment of compartment Cleft');
	expect(cleft().parent).toBe('synapse');
	expect(studio.read('second-pathway.yaml')).toBe(second);
});

test("a step's elements are added and removed one by one, and steps move", async ({ page }) => {
	await page.goto(`${studio.url}/studio?pathway=ketamine`);
	const steps = page.getByRole('group', { name: 'Steps' });
	const shown = () => parse(studio.read('ketamine.yaml')).steps[0].show as string[];
	const first = shown();
	await pick(page, '● Rapid effect');
	await steps.getByRole('button', { name: 'Add the selected element to step 1' }).click();
	await done(page, 'Rapid effect added to step 1.');
	expect(shown()).toEqual([...first, 'rapid-effect']);
	await expect(steps.getByRole('list', { name: 'Shown in step 1' })).toContainText('Rapid effect');
	// Already shown: not offered again.
	await expect(
		steps.getByRole('button', { name: 'Add the selected element to step 1' })
	).toBeDisabled();
	await steps.getByRole('button', { name: 'Remove Rapid effect from step 1' }).click();
	await done(page, 'Rapid effect removed from step 1.');
	expect(shown()).toEqual(first);
	await expect(page.getByRole('button', { name: /^Undo/ })).toHaveText(
		'Undo: stop showing Rapid effect in step 1'
	);

	const narrations = () =>
		parse(studio.read('ketamine.yaml')).steps.map((s: { narration: string }) => s.narration);
	const order = narrations();
	await steps.getByRole('button', { name: 'Move step 1 down' }).click();
	await done(page, 'Step moved.');
	expect(narrations()).toEqual([order[1], order[0], ...order.slice(2)]);
});

test("an entity's texts, a study kind and a contested claim are edited from the element panel", async ({
	page
}) => {
	await page.goto(`${studio.url}/studio?pathway=ketamine`);
	await pick(page, '● Ketamine');
	const panel = page.getByRole('group', { name: 'Selected element' });
	await panel.getByText('Entity ketamine in the catalogue').click();
	const synonyms = panel.getByLabel('Synonyms (one a line)', { exact: true });
	await edited(page, synonyms, 'racemic ketamine\nKetalar', 'Synonyms of entity ketamine set.');
	const description = panel.getByLabel('Description', { exact: true });
	await edited(
		page,
		description,
		'Dissociative anaesthetic that blocks NMDA receptors.',
		'Description of entity ketamine set.'
	);
	const ketamine = () =>
		parse(studio.read('entities.yaml')).entities.find((e: { id: string }) => e.id === 'ketamine');
	expect(ketamine()).toMatchObject({
		synonyms: ['racemic ketamine', 'Ketalar'],
		description: 'Dissociative anaesthetic that blocks NMDA receptors.'
	});

	await pick(page, '● Rapid effect');
	const node = () =>
		parse(studio.read('ketamine.yaml')).nodes.find((n: { id?: string }) => n.id === 'rapid-effect');
	await panel.getByLabel('Study kind of evidence 1').selectOption('human-trial');
	await done(page, 'Study kind of evidence 1 set.');
	expect(node().evidence[0].study).toBe('human-trial');

	const contested = panel.getByRole('form', { name: 'Contested' });
	await contested.getByLabel('Counter-evidence').selectOption('pmid-29532791');
	await contested.getByLabel('What it shows', { exact: true }).fill('No rapid effect was seen.');
	await contested.getByRole('button', { name: 'Mark contested' }).click();
	await done(page, 'rapid-effect marked contested.');
	expect(node().contested).toEqual({
		reference: 'pmid-29532791',
		note: 'No rapid effect was seen.'
	});
	const undo = page.getByRole('button', { name: /^Undo/ });
	await expect(undo).toHaveText('Undo: mark Rapid effect as contested');
	await undo.click();
	await done(page, 'Undone: mark Rapid effect as contested');
	expect(node().contested).toBeUndefined();
	// The entity's edit went into this pathway's history too, below the evidence's.
	await undo.click();
	await done(page, 'Undone: set the study kind of evidence 1 of Rapid effect');
	await undo.click();
	await done(page, 'Undone: set the description of entity Ketamine');
});

test("uncited sentences with their reason, notes on evidence, a species and a step's Chinese", async ({
	page
}) => {
	await page.goto(`${studio.url}/studio?pathway=ketamine`);
	await page.getByRole('combobox', { name: /^Source/ }).selectOption('niciu-2014');
	const uncited = page.getByRole('region', { name: 'Uncited on purpose' });
	const listed = () => parse(studio.read('sources/niciu-2014.yaml')).uncited;
	const reason = uncited.getByLabel('Reason uncited 2 is left');
	await edited(page, reason, 'A research agenda, not a finding.', 'Reason of uncited 2 set.');
	expect(listed()[1]).toEqual({
		quote: 'Current clinical and preclinical research is focused on',
		reason: 'A research agenda, not a finding.'
	});
	await uncited.getByRole('button', { name: 'Cite uncited 1 after all' }).click();
	await done(page, 'Uncited 1 removed.');
	expect(listed()).toHaveLength(1);
	const words = 'Numerous open-label and case studies';
	await dragSelect(page, 3, words);
	const leave = page.getByRole('form', { name: 'Leave uncited' });
	await leave.getByLabel(/^Why the selected words/).fill('Clinical, not a mechanism.');
	await leave.getByLabel(/^Why the selected words/).press('Enter');
	await done(page, `Left uncited in niciu-2014: “${words}”.`);
	expect(listed()[1]).toEqual({ quote: words, reason: 'Clinical, not a mechanism.' });
	await expect(uncited).toContainText(`“${words}”`);
	const undo = page.getByRole('button', { name: /^Undo/ });
	await expect(undo).toHaveText('Undo: leave words of niciu-2014 uncited');
	await undo.click();
	await done(page, 'Undone: leave words of niciu-2014 uncited');
	await undo.click();
	await done(page, 'Undone: remove uncited 1 of niciu-2014');
	expect(listed()).toHaveLength(2);

	// A note and its Chinese on a piece of evidence; a species once the study kind takes one.
	await pick(page, '● Ketamine');
	const panel = page.getByRole('group', { name: 'Selected element' });
	const evidence = () => parse(studio.read('ketamine.yaml')).nodes[0].evidence[0];
	await expect(panel.getByLabel('Species of evidence 1')).toHaveCount(0);
	await panel.getByLabel('Study kind of evidence 1').selectOption('animal-in-vivo');
	await done(page, 'Study kind of evidence 1 set.');
	await panel.getByLabel('Species of evidence 1').selectOption('rat');
	await done(page, 'Species of evidence 1 set.');
	await edited(
		page,
		panel.getByLabel('Note of evidence 1', { exact: true }),
		'Named as an antagonist.',
		'Note of evidence 1 set.'
	);
	await edited(
		page,
		panel.getByLabel('Chinese note of evidence 1'),
		'被称为拮抗剂。',
		'Chinese note of evidence 1 set.'
	);
	expect(evidence()).toMatchObject({
		study: 'animal-in-vivo',
		species: 'rat',
		note: 'Named as an antagonist.',
		noteZh: '被称为拮抗剂。'
	});
	await edited(
		page,
		panel.getByLabel('Chinese note of evidence 1'),
		'',
		'Chinese note of evidence 1 set.'
	);
	// The notice reads as the last one did: the undo button tells that the removal is made.
	await expect(undo).toHaveText('Undo: remove the Chinese note of evidence 1 of Ketamine');
	expect(evidence().noteZh).toBeUndefined();

	// A step's Chinese narration, where the step is edited.
	const zh = page.getByLabel('Chinese narration of step 1');
	await edited(page, zh, '氯胺酮阻断NMDA受体。', 'Step 1 narrated in Chinese.');
	expect(parse(studio.read('ketamine.yaml')).steps[0].narrationZh).toBe('氯胺酮阻断NMDA受体。');
});
