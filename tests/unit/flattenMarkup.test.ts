import { describe, expect, it } from 'vitest';
import { flattenMarkup } from '../../src/lib/text/flattenMarkup.ts';

describe('flattenMarkup: the one rule for marked-up abstract text', () => {
	it('removes inline tags and keeps their text, adding nothing', () => {
		expect(
			flattenMarkup('Adult <i>Rattus norvegicus</i> had more Ca<sup>2+</sup> and H<sub>2</sub>O')
		).toBe('Adult Rattus norvegicus had more Ca2+ and H2O');
		expect(
			flattenMarkup('<b>Bold</b>, <em>em</em>, <span class="nocase">span</span>, <sc>sc</sc>')
		).toBe('Bold, em, span, sc');
	});

	it('keeps the tokens of MathML in order and drops its TeX annotation', () => {
		const math =
			'the <mml:math xmlns:mml="http://www.w3.org/1998/Math/MathML"><mml:semantics><mml:msub><mml:mi>K</mml:mi><mml:mi>d</mml:mi></mml:msub><mml:annotation encoding="application/x-tex">K_d</mml:annotation></mml:semantics></mml:math> value';
		expect(flattenMarkup(math)).toBe('the Kd value');
	});

	it('reads JATS paragraphs and inline elements as Crossref gives them', () => {
		expect(
			flattenMarkup(
				'<jats:p>One <jats:italic>in vivo</jats:italic> test.</jats:p><jats:p>Two.</jats:p>'
			)
		).toBe('One in vivo test. Two.');
	});

	it('decodes character references and keeps non-ASCII characters exactly', () => {
		expect(flattenMarkup('p&lt;0.01 &amp; 0.5&#160;µM, &#x3B2;-arrestin – 5\u00a0mg')).toBe(
			'p<0.01 & 0.5\u00a0µM, β-arrestin – 5\u00a0mg'
		);
	});

	it('collapses line breaks and runs of spaces, but not non-breaking spaces', () => {
		expect(flattenMarkup('  one\n\ttwo   three\u00a0\u00a0four \n')).toBe(
			'one two three\u00a0\u00a0four'
		);
	});

	it('leaves text that only looks like a tag alone', () => {
		expect(flattenMarkup('p<0.05 and a <b and c> d, x < y > z')).toBe(
			'p<0.05 and a <b and c> d, x < y > z'
		);
	});

	it('keeps CDATA content as literal text', () => {
		expect(flattenMarkup('<i><![CDATA[a &amp; <b>]]></i>')).toBe('a &amp; <b>');
	});
});
