import { describe, expect, it } from 'vitest';
import { validateAtlas } from '../../src/lib/validate/validateAtlas.ts';
import { fixturePath, readFixture, validateOverlay } from './helpers/fixtures.ts';

/** The valid fixture declared complete in Chinese, its entity catalogue edited by `edit`. */
function declaredComplete(edit: (text: string) => string) {
	const files = readFixture('valid');
	return validateAtlas({
		...files,
		entities: files.entities && { ...files.entities, text: edit(files.entities.text) },
		pathways: files.pathways.map((f) => ({ ...f, text: `languages: [en, zh]\n${f.text}` }))
	});
}

const at = (d: { line: number; column: number; message: string }) => [d.line, d.column, d.message];

describe('missing Chinese translations', () => {
	it('are warnings, each at its English text, counted per file', () => {
		const { errors, warnings } = validateOverlay('warnings/untranslated');
		expect(errors).toEqual([]);
		expect(warnings.map(at)).toEqual([
			[2, 8, '"title" has no Chinese translation'],
			[7, 12, '"label" has no Chinese translation'],
			[21, 11, '"note" has no Chinese translation'],
			[28, 16, '"narration" has no Chinese translation']
		]);
		expect(warnings.every((w) => w.severity === 'warning')).toBe(true);
		expect(
			warnings.every((w) => w.path === fixturePath('warnings/untranslated/untranslated.yaml'))
		).toBe(true);
		expect(warnings[0]?.hint).toBe(
			'add "titleZh:" beside it, with the same meaning (4 texts in this file without Chinese)'
		);
		expect(warnings[1]?.hint).toContain('add "zh:" beside it');
	});

	it('are errors in a pathway that declares itself complete in Chinese', () => {
		const { errors, warnings } = validateOverlay('errors/untranslated-complete');
		expect(warnings).toEqual([]);
		expect(errors.map(at)).toEqual([
			[3, 8, '"title" has no Chinese translation'],
			[8, 12, '"label" has no Chinese translation'],
			[22, 11, '"note" has no Chinese translation'],
			[29, 16, '"narration" has no Chinese translation']
		]);
		expect(errors[0]?.hint).toMatch(
			/^the pathway declares itself complete in Chinese; add "titleZh:"/
		);
	});

	it('carries the Chinese into the model', () => {
		const { atlas } = validateOverlay('warnings/untranslated');
		const p = atlas.pathways.find((x) => x.id === 'untranslated')!;
		expect(p.summary.zh).toBe('一条部分文字只有英文的通路。');
		expect(p.title.zh).toBeUndefined();
		// A relabelled node does not borrow the entity's Chinese name.
		expect(p.nodes[0]?.label.zh).toBeUndefined();
		expect(p.nodes[1]?.label.zh).toBe('NMDA受体');
		const valid = validateOverlay('warnings/untranslated').atlas.pathways.find(
			(x) => x.id === 'ketamine'
		)!;
		expect(valid.steps.map((s) => s.narration.zh)).toEqual([
			'氯胺酮。',
			'它阻断NMDA受体。',
			'mTOR是三个靶点之一。'
		]);
		expect(
			validateOverlay('warnings/untranslated').atlas.entities.get('mtor')?.description.zh
		).toBe('哺乳动物雷帕霉素靶蛋白。');
	});

	it('a complete pathway passes when every text and every entity label it shows has Chinese', () => {
		const { errors, warnings } = declaredComplete((t) => t);
		expect(errors).toEqual([]);
		expect(warnings).toEqual([]);
	});

	it('in a complete pathway, a node showing an entity label without Chinese is an error at the node', () => {
		const { errors } = declaredComplete((t) => t.replace('    zh: mTOR\n', ''));
		expect(errors.map((e) => [e.path, e.line, e.message])).toEqual([
			[
				fixturePath('valid/ketamine.yaml'),
				// the node's "entity:" line, one further down for the added "languages" line
				25,
				'node "mtor" shows the label of entity "mtor", which has no Chinese'
			]
		]);
	});
});
