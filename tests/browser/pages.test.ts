import { expect, test } from '@playwright/test';
import { DETAILS_END, DETAILS_START } from '../../src/lib/view/scriptFreeDetails.ts';
import { detailsTitle, diagramReady } from './helpers.ts';

test('the index lists every pathway with its title and summary', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mechanism Atlas');
	const card = page.locator('[data-pathway="ketamine-nmda-block"]');
	await expect(card.getByRole('link', { name: 'Ketamine blocks the NMDA receptor' })).toBeVisible();
	await expect(card).toContainText('uncompetitive block of the NMDA receptor');
});

test('a pathway page shows an element with its evidence sentence and citation', async ({
	page
}) => {
	await page.goto('/pathways/ketamine-nmda-block?select=ketamine-blocks-nmda-receptor');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Ketamine blocks the NMDA receptor'
	);
	await expect(detailsTitle(page)).toHaveText('Ketamine blocks NMDA receptor');
	const details = page.locator('.details');
	await expect(details.locator('mark').first()).toHaveText(
		'the dissociative anaesthetic ketamine, an uncompetitive N-Methyl-D-Aspartate receptor antagonist'
	);
	await expect(details).toContainText('Stated by the source');
	await expect(details).toContainText('Jelen LA et al. (2021) J Psychopharmacol');
	await expect(details.getByRole('link', { name: 'PMID 24392693' })).toHaveAttribute(
		'href',
		'https://pubmed.ncbi.nlm.nih.gov/24392693/'
	);
});

test('following a sentence link lands on the numbered sentence of the source', async ({ page }) => {
	await page.goto('/pathways/ketamine-nmda-block?select=ketamine-blocks-nmda-receptor');
	await page.locator('.details a.sentence-link').first().click();
	await expect(page).toHaveURL(/\/sources\/jelen-2021#s1$/);
	await expect(page.locator('#s1')).toContainText(
		'The discovery of the rapid antidepressant effects'
	);
	await expect(page.locator('#s1 .zh')).toContainText('氯胺酮');
});

test('the script-free details carry no hydration markers, and hydration removes them whole', async ({
	page,
	request
}) => {
	const html = await (await request.get('/pathways/ketamine-disinhibition')).text();
	const details = html.slice(html.indexOf(DETAILS_START), html.indexOf(DETAILS_END));
	expect(details).toContain('id="about-ketamine"');
	expect(details).not.toMatch(/<!--[[\]]/);
	// the sentences travel once, in the pathway's shared data: the page names each element only
	const shared = await (await request.get('/pathways/ketamine-disinhibition/shared.json')).text();
	expect(shared).toContain('receptor antagonist ketamine');
	expect(html).not.toContain('receptor antagonist ketamine');
	await page.goto('/pathways/ketamine-disinhibition');
	await diagramReady(page);
	await expect(page.locator('.anchor, .script-free-note')).toHaveCount(0);
	await expect(page.locator('.panel > .details')).toHaveCount(1);
	await expect(page.locator('.panel .hint')).toBeVisible();
});
