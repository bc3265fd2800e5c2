/**
 * The scripted curator: builds the ketamine-cortical-calcium pathway in the studio by pointer and keyboard
 * only, from a PubMed XML file to a cited pathway with two lecture steps. Shared by the studio's
 * browser test and the bench's curation figure, and counts every input it gives the page.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { elementPoint, settled } from './helpers.ts';
import { dragSelect } from './studioServer.ts';

/** The inputs a curator gives: pointer actions (a click, a drag, a file chosen), keys, characters typed. */
export interface Inputs {
	clicks: number;
	keys: number;
	characters: number;
}

/** The inputs of one run, counted as the curator acts. */
export class InputCounter implements Inputs {
	clicks = 0;
	keys = 0;
	characters = 0;

	/** A choice from a drop-down list: opened, then picked. */
	choose(): void {
		this.clicks += 2;
	}
}

export async function done(page: Page, text: string | RegExp) {
	await expect(page.locator('.notice.done')).toContainText(text);
}

/** A field given a new text and left with Tab, as a curator does, and the studio's notice. */
export async function edited(page: Page, field: Locator, text: string, notice: string | RegExp) {
	await field.fill(text);
	await field.press('Tab');
	await done(page, notice);
}

/** Clicks an element's entry in the studio's list of elements. */
export async function pick(page: Page, name: string | RegExp, count?: InputCounter) {
	await page.getByRole('region', { name: 'Elements' }).getByRole('button', { name }).click();
	if (count) count.clicks++;
}

export const XML = 'tests/fixtures/add-source/pubmed-structured.xml';
export const EXPECTED = 'tests/fixtures/studio/ketamine-cortical-calcium.yaml';
/** The id the studio offers for the pathway's title, which the curator keeps. */
export const PATHWAY_ID = 'ketamine-cortical-calcium';
/** The entity the curator creates, as entities.yaml should carry it. */
export const NEW_ENTITY = {
	id: 'cortical-ca2-signalling',
	label: 'Cortical Ca2+ signalling',
	kind: 'process',
	description: 'Calcium transients of cortical neurons.'
};

/** Builds the pathway on a studio page already open; returns the inputs it took. */
export async function curateKetamineCalcium(page: Page): Promise<InputCounter> {
	const count = new InputCounter();
	const click = async (target: { click: () => Promise<void> }) => {
		await target.click();
		count.clicks++;
	};
	const type = async (target: { fill: (text: string) => Promise<void> }, text: string) => {
		await target.fill(text);
		count.characters += text.length;
	};
	const choose = async (
		target: { selectOption: (value: string) => Promise<unknown> },
		value: string
	) => {
		await target.selectOption(value);
		count.choose();
	};
	const key = async (target: { press: (key: string) => Promise<void> }, name: string) => {
		await target.press(name);
		count.keys++;
	};
	/** Moved to by keyboard (one Tab) and pressed with Enter. */
	const tabAndEnter = async (target: { focus: () => Promise<void> }) => {
		await target.focus();
		await page.keyboard.press('Enter');
		count.keys += 2;
	};

	// Import the source from the file, in the dialog.
	await click(page.getByRole('button', { name: 'Add source…' }));
	await page.getByLabel('File').setInputFiles(XML);
	count.clicks++;
	await expect(page.getByLabel('Text')).toHaveValue(/PubmedArticle/);
	await click(page.getByRole('button', { name: 'Add source', exact: true }));
	await done(page, /Source [a-z0-9-]+ added\./);
	// the dialog reports what the CLI prints: record, sentences as numbered, the verdict
	const report = page.getByTestId('import-report');
	await expect(report).toContainText(/Record:\n\s+title/);
	await expect(report).toContainText(/Sentences \(\d+, as the atlas splits them/);
	await expect(report).toContainText(/Validator: sources\/[a-z0-9-]+\.yaml is valid/);
	await click(page.getByRole('button', { name: 'Close' }));

	// Create the pathway, by keyboard in its form.
	await click(page.getByRole('button', { name: 'New pathway' }));
	const form = page.getByRole('form', { name: 'New pathway' });
	await type(form.getByLabel('Title', { exact: true }), 'Ketamine and cortical calcium');
	// the id offered for the title is kept
	await expect(form.getByLabel('Id', { exact: true })).toHaveValue(PATHWAY_ID);
	await type(
		form.getByLabel('Summary', { exact: true }),
		'Ketamine blocks NMDA receptors and raises cortical Ca2+ signalling.'
	);
	await choose(form.getByRole('combobox', { name: /^First node/ }), 'ketamine');
	await key(form.getByLabel('Summary', { exact: true }), 'Enter');
	await done(page, `Pathway ${PATHWAY_ID} created.`);
	await expect(page.getByRole('combobox', { name: /^Pathway/ })).toHaveValue(PATHWAY_ID);

	// Two nodes from the catalogue, one new entity.
	await type(page.getByLabel('Search the catalogue'), 'nmda');
	await click(page.getByRole('button', { name: 'Add NMDA receptor' }));
	await done(page, 'Node nmda-receptor added.');
	await type(page.getByLabel('Search the catalogue'), 'rapid');
	await click(page.getByRole('button', { name: 'Add Rapid antidepressant effect' }));
	await done(page, 'Node rapid-antidepressant-effect added.');
	await click(page.getByRole('button', { name: 'New entity' }));
	const entity = page.getByRole('form', { name: 'New entity' });
	await type(entity.getByLabel('Label', { exact: true }), NEW_ENTITY.label);
	await expect(entity.getByLabel('Id', { exact: true })).toHaveValue(NEW_ENTITY.id);
	await choose(entity.getByRole('combobox', { name: /^Kind/ }), NEW_ENTITY.kind);
	await type(entity.getByLabel('Description', { exact: true }), NEW_ENTITY.description);
	await click(entity.getByRole('button', { name: 'Create entity' }));
	await done(page, `Node ${NEW_ENTITY.id} added.`);

	// Arrows: one clicked and one dragged on the diagram, one from the form by keyboard.
	const relation = page.getByRole('combobox', { name: /^Relation/ }).first();
	await choose(relation, 'blocks');
	await page.getByLabel(/Draw on the diagram/).check();
	count.clicks++;
	await settled(page);
	const from = await elementPoint(page, 'ketamine');
	await page.mouse.click(from.x, from.y);
	await settled(page);
	const to = await elementPoint(page, 'nmda-receptor');
	await page.mouse.click(to.x, to.y);
	count.clicks += 2;
	await done(page, 'Arrow ketamine blocks nmda-receptor added.');
	await choose(relation, 'increases');
	await settled(page);
	const start = await elementPoint(page, 'ketamine');
	const end = await elementPoint(page, NEW_ENTITY.id);
	await page.mouse.move(start.x, start.y);
	await page.mouse.down();
	await page.mouse.move(end.x, end.y, { steps: 10 });
	await page.mouse.up();
	count.clicks++;
	await done(page, `Arrow ketamine increases ${NEW_ENTITY.id} added.`);
	await page.getByLabel(/Draw on the diagram/).uncheck();
	count.clicks++;
	const arrow = page.getByRole('form', { name: 'New arrow' });
	await choose(page.getByRole('combobox', { name: /^Relation/ }).first(), 'leads-to');
	await choose(arrow.getByRole('combobox', { name: /^From/ }), 'nmda-receptor');
	await choose(arrow.getByRole('combobox', { name: /^To/ }), 'rapid-antidepressant-effect');
	await tabAndEnter(arrow.getByRole('button', { name: 'Add arrow' }));
	await done(page, 'Arrow nmda-receptor leads-to rapid-antidepressant-effect added.');

	// Cite every element by selecting words of the imported source.
	await choose(page.getByRole('combobox', { name: /^Source/ }), 'muller-2021');
	/** Cites `phrase` for `element`: dragged over in `sentence`, or, without one, still selected. */
	const cite = async (element: string, phrase: string, sentence?: number) => {
		await pick(page, element, count);
		if (sentence !== undefined) {
			// dragSelect clicks elsewhere first, then drags over the phrase.
			await dragSelect(page, sentence, phrase);
			count.clicks += 2;
		}
		// the same words may have just been cited for another element: wait for this citation's notice
		const notice = page.locator('.notice.done');
		const before = (await notice.count()) ? await notice.textContent() : null;
		await click(page.getByRole('button', { name: 'Cite as stated' }));
		if (before !== null) await expect(notice).not.toHaveText(before);
		await done(page, `“${phrase}” (stated)`);
	};
	const KETAMINE_ANTAGONIST = 'Ketamine, an NMDA receptor antagonist';
	const CALCIUM_RISES = 'Cortical Ca2+ signalling rises with ketamine';
	await cite('● Ketamine', KETAMINE_ANTAGONIST, 1);
	await cite('→ ketamine blocks nmda-receptor', KETAMINE_ANTAGONIST);
	await cite('● NMDA receptor', 'an NMDA receptor antagonist', 1);
	await cite(
		'● Rapid antidepressant effect',
		'acts within hours in treatment-resistant depression',
		1
	);
	await cite('● Cortical Ca2+ signalling', CALCIUM_RISES, 5);
	await cite(`→ ketamine increases ${NEW_ENTITY.id}`, CALCIUM_RISES);
	// The last by keyboard: sentence 1, words 3 to 9.
	await pick(page, '→ nmda-receptor leads-to rapid-antidepressant-effect', count);
	const words = page.getByRole('form', { name: 'Select words by number' });
	await type(words.getByLabel('Sentence', { exact: true }), '1');
	await type(words.getByLabel('words', { exact: true }), '3');
	await type(words.getByLabel('to', { exact: true }), '9');
	await key(words.getByLabel('to', { exact: true }), 'Enter');
	await expect(page.locator('.picked')).toContainText(
		'NMDA receptor antagonist, acts within hours'
	);
	await tabAndEnter(page.getByRole('button', { name: 'Cite as listed' }));
	await done(page, '(listed)');

	// Two steps, each element picked and added explicitly.
	const steps = page.getByRole('form', { name: 'New step' });
	const addToStep = async (element: string) => {
		await pick(page, element, count);
		await click(steps.getByRole('button', { name: 'Add to step' }));
	};
	await expect(steps).toContainText('Shows: select an element, then add it');
	await addToStep('● Ketamine');
	await addToStep('● NMDA receptor');
	await addToStep('→ ketamine blocks nmda-receptor');
	await type(steps.getByLabel('Narration', { exact: true }), 'Ketamine blocks the NMDA receptor.');
	await key(steps.getByLabel('Narration', { exact: true }), 'Enter');
	await done(page, 'Step 1 added.');
	await addToStep('● Cortical Ca2+ signalling');
	await addToStep(`→ ketamine increases ${NEW_ENTITY.id}`);
	await type(
		steps.getByLabel('Narration', { exact: true }),
		'It raises cortical calcium signalling.'
	);
	await click(steps.getByRole('button', { name: 'Add step' }));
	await done(page, 'Step 2 added.');
	return count;
}
