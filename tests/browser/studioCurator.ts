/**
 * The scripted curator: builds the ketamine-cortical-calcium pathway in the studio by pointer and
 * keyboard only, from a PubMed XML file to a finished pathway complete in Chinese: cited, with a
 * nested compartment, a hypothesis, sentences left uncited with their reason, three lecture steps,
 * and a title and a label edited once they exist. Names and narrations the source says are taken
 * from its selected words rather than typed. Shared by the studio's browser test and the bench's
 * curation figure, and counts every input it gives the page.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { elementPoint, settled } from './helpers.ts';
import { dragSelect } from './studioServer.ts';

/** The inputs a curator gives: pointer actions (a click, a drag, a file chosen), keys, characters typed. */
export interface Inputs {
	clicks: number;
	keys: number;
	characters: number;
	/** Of the characters, those of texts the files then hold as typed (a title, a narration). */
	prose?: number;
	/** Characters of texts the files hold that were taken from words selected in the source, not typed. */
	taken?: number;
}

/** The inputs of one run, counted as the curator acts. */
export class InputCounter implements Inputs {
	clicks = 0;
	keys = 0;
	characters = 0;
	prose = 0;
	taken = 0;

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
/** The source the import writes, from the PubMed XML's first author and year. */
export const SOURCE_ID = 'muller-2021';
/** The entity the curator creates, as entities.yaml should carry it. */
export const NEW_ENTITY = {
	id: 'cortical-ca2-signalling',
	label: 'Cortical Ca2+ signalling',
	zh: '皮层Ca2+信号',
	kind: 'process',
	description: 'Calcium transients of cortical neurons.',
	descriptionZh: '皮层神经元的钙瞬变。'
};

/** The page and the inputs given to it so far: each input is counted as it is given. */
class Curator {
	readonly count = new InputCounter();
	constructor(readonly page: Page) {}

	async click(target: { click: () => Promise<void> }) {
		await target.click();
		this.count.clicks++;
	}

	/** Typed into a field: a search or a number (`prose` false), or a text the files will hold. */
	async type(target: { fill: (text: string) => Promise<void> }, text: string, prose = true) {
		await target.fill(text);
		this.count.characters += text.length;
		if (prose) this.count.prose += text.length;
	}

	async choose(target: { selectOption: (value: string) => Promise<unknown> }, value: string) {
		await target.selectOption(value);
		this.count.choose();
	}

	async key(target: { press: (key: string) => Promise<void> }, name: string) {
		await target.press(name);
		this.count.keys++;
	}

	/** The texts typed into a form's fields, by their labels; the form sent with Enter. */
	async fillAndSend(form: Locator, texts: [label: string, text: string][]) {
		for (const [label, text] of texts)
			await this.type(form.getByLabel(label, { exact: true }), text);
		await this.key(form.getByLabel(texts.at(-1)![0], { exact: true }), 'Enter');
	}

	/** Moved to by keyboard (one Tab) and pressed with Enter. */
	async tabAndEnter(target: { focus: () => Promise<void> }) {
		await target.focus();
		await this.page.keyboard.press('Enter');
		this.count.keys += 2;
	}

	/** Words added at one end of a text already there, and the field left with Tab. */
	async extend(field: Locator, end: 'Home' | 'End', words: string, notice: string) {
		await this.click(field);
		await this.key(field, end);
		await field.pressSequentially(words);
		this.count.characters += words.length;
		this.count.prose += words.length;
		await this.key(field, 'Tab');
		await done(this.page, notice);
	}

	pick = (name: string | RegExp) => pick(this.page, name, this.count);

	/** Words of a sentence dragged over with the mouse (dragSelect clicks elsewhere first). */
	async drag(sentence: number, phrase: string) {
		await dragSelect(this.page, sentence, phrase);
		this.count.clicks += 2;
	}

	/**
	 * A form's field given the words dragged over in a sentence ("from selection"), instead of
	 * typing them; returns the field.
	 */
	async take(form: Locator, field: string, sentence: number, phrase: string): Promise<Locator> {
		await this.drag(sentence, phrase);
		await this.click(form.getByRole('button', { name: `${field} from the selected words` }));
		const input = form.getByLabel(field, { exact: true });
		this.count.taken += (await input.inputValue()).length;
		return input;
	}
}

async function importSource(c: Curator) {
	const page = c.page;
	await c.click(page.getByRole('button', { name: 'Add source…' }));
	await page.getByLabel('File').setInputFiles(XML);
	c.count.clicks++;
	await expect(page.getByLabel('Text')).toHaveValue(/PubmedArticle/);
	await c.click(page.getByRole('button', { name: 'Add source', exact: true }));
	await done(page, /Source [a-z0-9-]+ added\./);
	// the dialog reports what the CLI prints: record, sentences as numbered, the verdict
	const report = page.getByTestId('import-report');
	await expect(report).toContainText(/Record:\n\s+title/);
	await expect(report).toContainText(/Sentences \(\d+, as the atlas splits them/);
	await expect(report).toContainText(/Validator: sources\/[a-z0-9-]+\.yaml is valid/);
	await c.click(page.getByRole('button', { name: 'Close' }));
}

/** The pathway, in English and Chinese, by keyboard in its form. */
async function createPathway(c: Curator) {
	const page = c.page;
	await c.click(page.getByRole('button', { name: 'New pathway' }));
	const form = page.getByRole('form', { name: 'New pathway' });
	await c.type(form.getByLabel('Title', { exact: true }), 'Ketamine and cortical calcium');
	// the id offered for the title is kept
	await expect(form.getByLabel('Id', { exact: true })).toHaveValue(PATHWAY_ID);
	await c.choose(form.getByRole('combobox', { name: /^First node/ }), 'ketamine');
	await c.fillAndSend(form, [
		['Chinese title', '氯胺酮与皮层钙信号'],
		['Summary', 'Ketamine blocks NMDA receptors and raises cortical Ca2+ signalling.'],
		['Chinese summary', '氯胺酮阻断NMDA受体并增强皮层Ca2+信号。']
	]);
	await done(page, `Pathway ${PATHWAY_ID} created.`);
	await expect(page.getByRole('combobox', { name: /^Pathway/ })).toHaveValue(PATHWAY_ID);
}

/** Two nodes from the catalogue, one new entity with its Chinese. */
async function addNodes(c: Curator) {
	const page = c.page;
	await c.type(page.getByLabel('Search the catalogue'), 'nmda', false);
	await c.click(page.getByRole('button', { name: 'Add NMDA receptor' }));
	await done(page, 'Node nmda-receptor added.');
	await c.type(page.getByLabel('Search the catalogue'), 'rapid', false);
	await c.click(page.getByRole('button', { name: 'Add Rapid antidepressant effect' }));
	await done(page, 'Node rapid-antidepressant-effect added.');
	await c.click(page.getByRole('button', { name: 'New entity' }));
	const entity = page.getByRole('form', { name: 'New entity' });
	// named from the source: the "+" of "Ca2+" kept
	const label = await c.take(entity, 'Label', 5, NEW_ENTITY.label);
	await expect(label).toHaveValue(NEW_ENTITY.label);
	await expect(entity.getByLabel('Id', { exact: true })).toHaveValue(NEW_ENTITY.id);
	await c.type(entity.getByLabel('Chinese label', { exact: true }), NEW_ENTITY.zh);
	await c.choose(entity.getByRole('combobox', { name: /^Kind/ }), NEW_ENTITY.kind);
	await c.type(entity.getByLabel('Description', { exact: true }), NEW_ENTITY.description);
	const descriptionZh = entity.getByLabel('Chinese description', { exact: true });
	await c.type(descriptionZh, NEW_ENTITY.descriptionZh);
	await c.key(descriptionZh, 'Enter');
	await done(page, `Node ${NEW_ENTITY.id} added.`);
}

const CELL = 'layer-5-neurons';

/** A region with a cell inside it, and the new node put in the cell. */
async function addCompartments(c: Curator) {
	const page = c.page;
	const form = page.getByRole('form', { name: 'New compartment' });
	await c.type(form.getByLabel('Label', { exact: true }), 'Cortex');
	await c.type(form.getByLabel('Chinese label', { exact: true }), '皮层');
	await c.choose(form.getByRole('combobox', { name: /^Kind/ }), 'region');
	await c.key(form.getByLabel('Chinese label', { exact: true }), 'Enter');
	await done(page, 'Compartment cortex added.');
	// named from the source's words, given a capital
	const label = await c.take(form, 'Label', 3, 'layer 5 neurons');
	await expect(label).toHaveValue('Layer 5 neurons');
	await c.type(form.getByLabel('Chinese label', { exact: true }), '第5层神经元');
	// the kind is the form's own again (cell), not the last one chosen
	await expect(form.getByRole('combobox', { name: /^Kind/ })).toHaveValue('cell');
	await c.choose(form.getByRole('combobox', { name: /^Inside/ }), 'cortex');
	await c.key(form.getByLabel('Chinese label', { exact: true }), 'Enter');
	await done(page, `Compartment ${CELL} added.`);
	await c.pick('● Cortical Ca2+ signalling');
	const panel = page.getByRole('group', { name: 'Selected element' });
	await c.choose(panel.getByRole('combobox', { name: /^Compartment/ }), CELL);
	await done(page, 'Compartment set.');
}

/** Arrows: one clicked and one dragged on the diagram, one from the form by keyboard. */
async function drawArrows(c: Curator) {
	const page = c.page;
	const relation = page.getByRole('combobox', { name: /^Relation/ }).first();
	await c.choose(relation, 'blocks');
	await page.getByLabel(/Draw on the diagram/).check();
	c.count.clicks++;
	await settled(page);
	const from = await elementPoint(page, 'ketamine');
	await page.mouse.click(from.x, from.y);
	await settled(page);
	const to = await elementPoint(page, 'nmda-receptor');
	await page.mouse.click(to.x, to.y);
	c.count.clicks += 2;
	await done(page, 'Arrow ketamine blocks nmda-receptor added.');
	await c.choose(relation, 'increases');
	await settled(page);
	const start = await elementPoint(page, 'ketamine');
	const end = await elementPoint(page, NEW_ENTITY.id);
	await page.mouse.move(start.x, start.y);
	await page.mouse.down();
	await page.mouse.move(end.x, end.y, { steps: 10 });
	await page.mouse.up();
	c.count.clicks++;
	await done(page, `Arrow ketamine increases ${NEW_ENTITY.id} added.`);
	await page.getByLabel(/Draw on the diagram/).uncheck();
	c.count.clicks++;
	const arrow = page.getByRole('form', { name: 'New arrow' });
	await c.choose(page.getByRole('combobox', { name: /^Relation/ }).first(), 'leads-to');
	await c.choose(arrow.getByRole('combobox', { name: /^From/ }), 'nmda-receptor');
	await c.choose(arrow.getByRole('combobox', { name: /^To/ }), 'rapid-antidepressant-effect');
	await c.tabAndEnter(arrow.getByRole('button', { name: 'Add arrow' }));
	await done(page, 'Arrow nmda-receptor leads-to rapid-antidepressant-effect added.');
}

/** Waits for a notice other than the one shown before `act` (the same words may be cited twice). */
async function newNotice(page: Page, act: () => Promise<void>, text: string) {
	const notice = page.locator('.notice.done');
	const before = (await notice.count()) ? await notice.textContent() : null;
	await act();
	if (before !== null) await expect(notice).not.toHaveText(before);
	await done(page, text);
}

const KETAMINE_ANTAGONIST = 'Ketamine, an NMDA receptor antagonist';
const CALCIUM_RISES = 'Cortical Ca2+ signalling rises with ketamine';
const KETAMINE_ACTS =
	'Ketamine, an NMDA receptor antagonist, acts within hours in treatment-resistant depression (TRD).';

/** Every element cited by selecting words of the imported source, which the source panel shows. */
async function citeAll(c: Curator) {
	const page = c.page;
	await expect(page.getByRole('combobox', { name: /^Source/ })).toHaveValue('muller-2021');
	/**
	 * Cites `phrase` for `element` (null: the one selected): dragged over in `sentence`, or,
	 * without one, still selected.
	 */
	const cite = async (element: string | null, phrase: string, sentence?: number) => {
		if (element) await c.pick(element);
		if (sentence !== undefined) await c.drag(sentence, phrase);
		const button = page.getByRole('button', { name: 'Cite as stated' });
		await newNotice(page, () => c.click(button), `“${phrase}” (stated)`);
	};
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
	// The result, in rats, for the same arrow: its study kind and species.
	await cite(null, 'Transient amplitude rose 1.8-fold', 4);
	const panel = page.getByRole('group', { name: 'Selected element' });
	await c.choose(panel.getByLabel('Study kind of evidence 2'), 'animal-in-vivo');
	await done(page, 'Study kind of evidence 2 set.');
	await c.choose(panel.getByLabel('Species of evidence 2'), 'rat');
	await done(page, 'Species of evidence 2 set.');
	// The last by keyboard: sentence 1, words 3 to 9.
	await c.pick('→ nmda-receptor leads-to rapid-antidepressant-effect');
	const words = page.getByRole('form', { name: 'Select words by number' });
	await c.type(words.getByLabel('Sentence', { exact: true }), '1', false);
	await c.type(words.getByLabel('words', { exact: true }), '3', false);
	await c.type(words.getByLabel('to', { exact: true }), '9', false);
	await c.key(words.getByLabel('to', { exact: true }), 'Enter');
	await expect(page.locator('.picked')).toContainText(
		'NMDA receptor antagonist, acts within hours'
	);
	await c.tabAndEnter(page.getByRole('button', { name: 'Cite as listed' }));
	await done(page, '(listed)');
}

/** The hypothesis the curator declares, named from the source's words. */
export const HYPOTHESIS = {
	id: 'candidate-marker-response',
	label: 'Candidate marker of response'
};
const CONCLUSION = 'Cortical Ca2+ signalling rises with ketamine – a candidate marker of response.';

/** A hypothesis in both languages, cited, with the arrow and the node that belong to it. */
async function declareHypothesis(c: Curator) {
	const page = c.page;
	const form = page.getByRole('form', { name: 'New hypothesis' });
	// What it proposes is the source's conclusion; its name, the words that say so.
	await c.take(form, 'What it proposes', 5, CONCLUSION);
	const label = await c.take(form, 'Hypothesis', 5, 'a candidate marker of response');
	await expect(label).toHaveValue(HYPOTHESIS.label);
	await c.fillAndSend(form, [
		['Chinese', '疗效候选标志物'],
		['In Chinese', '皮层Ca2+信号随氯胺酮升高，是疗效的候选标志物。']
	]);
	await done(page, `Hypothesis ${HYPOTHESIS.id} declared.`);
	// the words that named it, still selected, cite it
	const cite = page.getByRole('button', { name: `Cite selected words for ${HYPOTHESIS.label}` });
	await c.click(cite);
	await done(page, `Cited for hypothesis ${HYPOTHESIS.id}`);
	// The arrow first: a shared arrow may not end at a node of one hypothesis.
	const members: [name: string, id: string][] = [
		[`→ ketamine increases ${NEW_ENTITY.id}`, `ketamine-increases-${NEW_ENTITY.id}`],
		['● Cortical Ca2+ signalling', NEW_ENTITY.id]
	];
	for (const [element, id] of members) {
		await c.pick(element);
		await c.click(page.getByRole('checkbox', { name: HYPOTHESIS.label }));
		// this element's notice, not the last one's: the next form waits until the edit is made
		await done(page, `Hypotheses of ${id} set.`);
	}
}

/** The methods' sentences, left uncited with the reason. */
async function leaveUncited(c: Curator) {
	const page = c.page;
	const form = page.getByRole('form', { name: 'Leave uncited' });
	const reason = form.getByLabel(/^Why the selected words/);
	for (const [sentence, phrase, why] of [
		[2, 'Adult Rattus norvegicus received (S)-ketamine', 'Methods: the dose given.'],
		[3, 'Cortical Ca2+ transients were recorded', 'Methods: how it was measured.']
	] as const) {
		await c.drag(sentence, phrase);
		await c.type(reason, why);
		await c.key(reason, 'Enter');
		await done(page, `Left uncited in muller-2021: “${phrase}”.`);
	}
}

/** Three steps, each an arrow picked and added with its ends, narrated in both languages. */
async function makeSteps(c: Curator) {
	const page = c.page;
	const steps = page.getByRole('form', { name: 'New step' });
	await expect(steps).toContainText('Shows: select an element, then add it');
	const narration = steps.getByLabel('Narration', { exact: true });
	const narrationZh = steps.getByLabel('Chinese', { exact: true });
	/** A step: its narration typed, or taken from words of a sentence ([sentence, words]). */
	const step = async (n: number, arrow: string, en: string | [number, string], zh: string) => {
		await c.pick(arrow);
		await c.click(steps.getByRole('button', { name: 'Add to step' }));
		if (typeof en === 'string') await c.type(narration, en);
		else await c.take(steps, 'Narration', ...en);
		await c.type(narrationZh, zh);
		await c.key(narrationZh, 'Enter');
		await done(page, `Step ${n} added.`);
	};
	await step(
		1,
		'→ ketamine blocks nmda-receptor',
		'Ketamine blocks the NMDA receptor.',
		'氯胺酮阻断NMDA受体。'
	);
	await step(
		2,
		`→ ketamine increases ${NEW_ENTITY.id}`,
		[5, CALCIUM_RISES],
		'皮层Ca2+信号随氯胺酮升高。'
	);
	await step(
		3,
		'→ nmda-receptor leads-to rapid-antidepressant-effect',
		[1, KETAMINE_ACTS],
		'氯胺酮是NMDA受体拮抗剂，数小时内对难治性抑郁症起效。'
	);
}

/** The title and a compartment's label edited once they exist, in both languages. */
async function editAfterCreation(c: Curator) {
	const texts = c.page.getByRole('group', { name: 'Texts' });
	await c.extend(texts.getByLabel('Title', { exact: true }), 'End', ' in rats', 'Title set.');
	await c.extend(texts.getByLabel('Title in Chinese'), 'Home', '大鼠', 'Title (Chinese) set.');
	const compartments = c.page.getByRole('group', { name: 'Compartments' });
	const label = compartments.getByLabel('Label of compartment cortex', { exact: true });
	await c.extend(label, 'End', ' (rat)', 'Compartment cortex renamed.');
	const zh = compartments.getByLabel('Chinese label of compartment cortex');
	await c.extend(zh, 'Home', '大鼠', 'Chinese label of compartment cortex set.');
}

/**
 * Builds the pathway on a studio page already open, complete in English and Chinese; returns the
 * inputs it took.
 */
export async function curateKetamineCalcium(page: Page): Promise<InputCounter> {
	const c = new Curator(page);
	await importSource(c);
	await createPathway(c);
	await addNodes(c);
	await addCompartments(c);
	await drawArrows(c);
	await citeAll(c);
	await declareHypothesis(c);
	await leaveUncited(c);
	await makeSteps(c);
	await editAfterCreation(c);
	// Every text has its Chinese: the pathway declares itself complete in Chinese.
	await c.click(page.getByRole('checkbox', { name: /^Complete in Chinese/ }));
	await done(page, 'Declared complete in Chinese.');
	return c.count;
}
