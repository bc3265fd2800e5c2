/**
 * "Is a" names a class, and the atlas names its classes in the plural: a sentence says "is one
 * of the Sigma receptors", never "is a Sigma receptors", wherever a reader meets it.
 */
import { describe, expect, it } from 'vitest';
import { relationBefore } from '../../src/lib/i18n/vocabulary/relations.ts';
import { questionBank } from '../../src/lib/practice/round.ts';
import { elsewhere, kindsOf, practiceSubject } from '../../src/lib/practice/subject.ts';
import { edgeSentence } from '../../src/lib/view/labels.ts';
import { realAtlas } from './helpers/figures.ts';

/** "is a" before a word in the plural: "is a Sigma receptors". */
const A_PLURAL = /\bis an? [^?”]*?[^s]s(?=[?”]|$)/;

describe('the words of "is a" before its class', () => {
	it('say "is one of the" before a plural, "is a" before a singular, in English', () => {
		expect(relationBefore('is-a', 'Sigma receptors', 'en')).toBe('is one of the');
		expect(relationBefore('is-a', 'Sigma-1 agonists', 'en')).toBe('is one of the');
		expect(relationBefore('is-a', 'NMDA receptor', 'en')).toBe('is a');
		expect(relationBefore('is-a', 'Glass', 'en')).toBe('is a');
		expect(relationBefore('blocks', 'NMDA receptors', 'en')).toBe('blocks');
	});

	it('leave a language that says it the same for one and many as it is', () => {
		expect(relationBefore('is-a', 'σ受体', 'zh')).toBe('属于');
		expect(relationBefore('is-a', 'Sigma receptors', 'zh')).toBe('属于');
	});
});

describe('the curated pathways', () => {
	const atlas = realAtlas();
	const isA = atlas.pathways.flatMap((p) =>
		p.edges.filter((e) => e.relation === 'is-a').map((e) => [p, e] as const)
	);

	it('name each "is a" edge as a sentence about a class', () => {
		expect(isA.length).toBeGreaterThan(0);
		for (const [p, e] of isA) {
			const sentence = edgeSentence(e, p, atlas.entities, 'en');
			expect(sentence).not.toMatch(A_PLURAL);
			expect(sentence).toMatch(/ is (a|one of the) /);
		}
		const sigma = isA.find(([, e]) => e.target === 'sigma-receptors')!;
		expect(edgeSentence(sigma[1], sigma[0], atlas.entities, 'en')).toBe(
			'Sigma-1 receptor is one of the Sigma receptors'
		);
	});

	it('ask no practice question with "is a" before a plural', () => {
		for (const p of atlas.pathways) {
			const s = practiceSubject(p, atlas, kindsOf(p, atlas.entities), elsewhere(atlas, p));
			for (const q of questionBank(s, 'en', 'seed')) {
				expect(q.prompt, q.id).not.toMatch(A_PLURAL);
				for (const o of q.options) expect(o.text, q.id).not.toMatch(A_PLURAL);
			}
		}
	});
});
