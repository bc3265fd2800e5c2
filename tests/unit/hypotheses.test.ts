/**
 * Competing hypotheses as part of the pathway format: declared on the pathway, named by the
 * elements that belong to them, checked by the validator with located errors, reported by
 * `validate --json`, and completed by the JSON Schema.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Pathway } from '../../src/lib/model/atlas.ts';
import { inHypothesis } from '../../src/lib/validate/hypotheses.ts';
import { reportJson } from '../../src/lib/validate/report.ts';
import { fixturePath, REPO_ROOT, validateOverlay } from './helpers/fixtures.ts';

const valid = validateOverlay('hypotheses');
const competing = valid.atlas.pathways.find((p) => p.id === 'competing') as Pathway;

describe('the hypotheses format', () => {
	it('builds a pathway with its hypotheses, their evidence and each element’s membership', () => {
		expect(valid.errors).toEqual([]);
		// the second hypothesis is left without Chinese on purpose: the switcher falls back to English
		expect(valid.warnings.map((w) => w.message)).toEqual(['"label" has no Chinese translation']);
		expect(competing.hypotheses?.map((h) => [h.id, h.label.en, h.label.zh])).toEqual([
			['nmda-block', 'NMDA receptor block', 'NMDA受体阻断'],
			['no-block', 'No block needed', undefined]
		]);
		expect(competing.hypotheses?.[0]?.evidence[0]).toMatchObject({
			support: 'listed',
			source: 'jelen-2021',
			sentences: [8]
		});
		expect(competing.hypotheses?.[1]?.evidence[0]?.support).toBe('background');
		const member = (id: string) =>
			[...competing.nodes, ...competing.edges].find((el) => el.id === id)?.hypotheses;
		expect(member('nmda-receptor')).toEqual(['nmda-block']);
		expect(member('ketamine-activates-mtor')).toEqual(['no-block']);
		expect(member('ketamine')).toBeUndefined();
		expect(competing.steps.map((s) => s.hypothesis)).toEqual([undefined, 'nmda-block', 'no-block']);
	});

	it('counts shared elements in every hypothesis and the others only in their own', () => {
		const nodes = (h: string) => competing.nodes.filter((n) => inHypothesis(n, h)).map((n) => n.id);
		expect(nodes('nmda-block')).toEqual([
			'ketamine',
			'nmda-receptor',
			'mtor',
			'rapid-antidepressant-effect'
		]);
		expect(nodes('no-block')).toEqual(['ketamine', 'mtor', 'rapid-antidepressant-effect']);
	});

	it('leaves pathways without hypotheses as they were', () => {
		const plain = valid.atlas.pathways.find((p) => p.id === 'ketamine');
		expect(plain?.hypotheses).toBeUndefined();
		expect(plain?.nodes.every((n) => n.hypotheses === undefined)).toBe(true);
	});
});

describe('validation', () => {
	const file = fixturePath('errors/hypotheses/competing.yaml');
	const { errors, warnings } = validateOverlay('errors/hypotheses');
	const located = (list: typeof errors) =>
		list.filter((e) => e.path === file).map((e) => [e.line, e.column, e.message, e.hint]);

	it('reports each mistake once, where it is, root cause first', () => {
		expect(located(errors)).toEqual([
			[
				13,
				9,
				'duplicate hypothesis id "nmda-block"',
				'already used at line 7; every hypothesis needs its own id'
			],
			[21, 18, 'unknown hypothesis "nmda-blok"', 'did you mean "nmda-block"?'],
			[
				28,
				17,
				'edge "ketamine-blocks-nmda-receptor" is in hypothesis "no-block" but its end "nmda-receptor" is not',
				'add "no-block" to the hypotheses of "nmda-receptor", or remove it from this edge'
			],
			[
				32,
				17,
				'unknown hypothesis "disinhibition"',
				'declared hypotheses: nmda-block, no-block, unused'
			]
		]);
	});

	it('warns about a hypothesis without evidence or without an element of its own', () => {
		const messages = warnings.filter((w) => w.path === file).map((w) => w.message);
		expect(messages).toContain('hypothesis "nmda-block" has no evidence');
		expect(messages).toContain('hypothesis "no-block" has no evidence');
		expect(messages).toContain('hypothesis "unused" has no element of its own');
		expect(messages).not.toContain('hypothesis "no-block" has no element of its own');
	});
});

describe('validate --json', () => {
	it('reports each pathway’s hypotheses and each element’s', () => {
		const report = reportJson(valid);
		const p = report.pathways.find((x) => x.id === 'competing')!;
		expect(p.hypotheses.map((h) => h.id)).toEqual(['nmda-block', 'no-block']);
		expect(p.hypotheses[0]).toMatchObject({
			label: 'NMDA receptor block',
			zh: 'NMDA受体阻断',
			summary: 'Blocking NMDA receptors starts the effect.',
			evidence: [expect.objectContaining({ support: 'listed', sentence: 8 })]
		});
		expect(p.nodes.find((n) => n.id === 'nmda-receptor')?.hypotheses).toEqual(['nmda-block']);
		expect(p.nodes.find((n) => n.id === 'ketamine')?.hypotheses).toEqual([]);
		expect(p.edges.find((e) => e.id === 'ketamine-activates-mtor')?.hypotheses).toEqual([
			'no-block'
		]);
		expect(p.steps.map((s) => s.hypothesis)).toEqual([null, 'nmda-block', 'no-block']);
	});
});

describe('the JSON Schema', () => {
	const schema = JSON.parse(
		readFileSync(join(REPO_ROOT, 'schema/pathway.schema.json'), 'utf8')
	) as {
		properties: Record<string, { items?: { properties?: Record<string, unknown> } }>;
	};

	it('completes hypotheses on the pathway, its nodes, edges and steps', () => {
		const fields = (key: string) => Object.keys(schema.properties[key]?.items?.properties ?? {});
		expect(fields('hypotheses')).toEqual(['id', 'label', 'zh', 'summary', 'summaryZh', 'evidence']);
		expect(fields('nodes')).toContain('hypotheses');
		expect(fields('edges')).toContain('hypotheses');
		expect(fields('steps')).toContain('hypothesis');
	});
});
