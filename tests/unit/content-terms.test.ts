/**
 * Terms of the verbatim Chinese translation that the curators correct are shown with the
 * curators' term beside the source's wording, as text, wherever the sentence is shown.
 */
import { describe, expect, it } from 'vitest';
import { readCuratedDir } from '../../src/lib/server/readCuratedDir.ts';
import { validateAtlas } from '../../src/lib/validate/validateAtlas.ts';
import { REAL_PATHWAYS } from './helpers/fixtures.ts';
import { realAtlas } from './helpers/figures.ts';

const jelen = realAtlas().sources.get('jelen-2021')!;

describe('corrected terms beside the translation', () => {
	it.each([
		['处方外用药', '超说明书用药'],
		['试点试验', '先导试验'],
		['治疗抵抗性抑郁症', '难治性抑郁症'],
		['异恶唑', '异噁唑'],
		['原肌球蛋白激酶 B', '原肌球蛋白受体激酶B'],
		['外侧缰核爆发抑制', '抑制外侧缰核簇状放电'],
		['非竞争性', '反竞争性（开放通道阻滞）']
	])('shows %s with the curators’ %s beside it', (wording, corrected) => {
		const zh = jelen.zh!.join('');
		expect(zh).toContain(`${wording}（编者更正：${corrected}）`);
		expect(jelen.terms).toContainEqual({ zh: wording, corrected });
	});

	it('keeps the translation’s own wording and its sentence count', () => {
		expect(jelen.zh).toHaveLength(jelen.sentences.length);
		expect(jelen.zh![1]).toMatch(/^氯胺酮仍然是一种治疗难治性抑郁症的处方外用药（编者更正/);
	});

	it('reports a term that is not in the translation, at the term', () => {
		const files = readCuratedDir(REAL_PATHWAYS);
		const sources = files.sources.map((f) =>
			f.path.endsWith('jelen-2021.yaml')
				? { ...f, text: f.text.replace('{ zh: 异恶唑,', '{ zh: 异唑恶,') }
				: f
		);
		const errors = validateAtlas({ ...files, sources }).errors;
		const miss = errors.filter((d) => d.rule === 'quote-not-in-source');
		expect(miss).toHaveLength(1);
		expect(miss[0]!.message).toMatch(/异唑恶/);
	});
});
