import { describe, expect, it } from 'vitest';
import type { Evidence, Pathway } from '../../src/lib/model/atlas.ts';
import { captionEvidence, captionFor } from '../../src/lib/lecture/caption.ts';
import { firstSteps, revealStates } from '../../src/lib/lecture/reveal.ts';
import { lectureSteps, mainElement, parseStep } from '../../src/lib/lecture/steps.ts';
import { supportingEvidence } from '../../src/lib/lecture/supportingEvidence.ts';
import { validateAtlas } from '../../src/lib/validate/validateAtlas.ts';
import { galleryAtlas, galleryPathway } from './helpers/figures.ts';
import { readFixture } from './helpers/fixtures.ts';

const atlas = galleryAtlas();
/** Five steps over nested and sibling compartments; stated, listed and background evidence. */
const cascade = galleryPathway('many-steps');

describe('parseStep', () => {
	it('keeps a step in range and says nothing needs correcting', () => {
		expect(parseStep('3', 12)).toEqual({ step: 3, corrected: false });
		expect(parseStep('12', 12)).toEqual({ step: 12, corrected: false });
	});
	it('starts at 1 without a step, without rewriting the URL', () => {
		expect(parseStep(null, 12)).toEqual({ step: 1, corrected: false });
	});
	it('clamps zero, negatives and steps past the end, and asks for the URL to be corrected', () => {
		expect(parseStep('0', 12)).toEqual({ step: 1, corrected: true });
		expect(parseStep('-3', 12)).toEqual({ step: 1, corrected: true });
		expect(parseStep('999', 12)).toEqual({ step: 12, corrected: true });
	});
	it('treats a non-numeric or fractional step as 1, and a padded one as its number', () => {
		expect(parseStep('abc', 12)).toEqual({ step: 1, corrected: true });
		expect(parseStep('2.5', 12)).toEqual({ step: 1, corrected: true });
		expect(parseStep('', 12)).toEqual({ step: 1, corrected: true });
		expect(parseStep('04', 12)).toEqual({ step: 4, corrected: true });
	});
	it('has a step 1 even for a lecture without steps', () => {
		expect(parseStep('5', 0)).toEqual({ step: 1, corrected: true });
	});
});

describe('lecture steps and their main element', () => {
	it('uses the curated steps', () => {
		expect(lectureSteps(cascade)).toBe(cascade.steps);
	});
	it('presents a pathway without steps as one step showing everything, narrated by its summary', () => {
		const bare = { ...cascade, steps: [] };
		const [only, ...rest] = lectureSteps(bare);
		expect(rest).toEqual([]);
		expect(only?.narration).toEqual(cascade.summary);
		expect(only?.show).toHaveLength(cascade.nodes.length + cascade.edges.length);
	});
	it("is the step's first edge, else its first element", () => {
		const [first, second] = cascade.steps;
		expect(mainElement(first!, cascade)).toBe('ketamine');
		expect(mainElement(second!, cascade)).toBe('ketamine-blocks-nmda-receptor');
		expect(mainElement({ show: [], narration: { en: '' } }, cascade)).toBeUndefined();
	});
});

describe('cumulative reveal', () => {
	it('puts each element in the first step that shows it: current, earlier or later', () => {
		const first = firstSteps(cascade, cascade.steps);
		const at3 = revealStates(cascade, first, 3);
		expect(at3.get('interneuron')).toBe('current');
		expect(at3.get('ketamine-inhibits-interneuron')).toBe('current');
		expect(at3.get('ketamine')).toBe('earlier');
		expect(at3.get('ketamine-blocks-nmda-receptor')).toBe('earlier');
		expect(at3.get('bdnf')).toBe('later');
		expect(at3.get('eef2-leads-to-rapid-antidepressant-effect')).toBe('later');
	});
	it('reveals more at every step, and everything by the last', () => {
		const first = firstSteps(cascade, cascade.steps);
		const shown = (n: number) =>
			[...revealStates(cascade, first, n).values()].filter((s) => s !== 'later').length;
		const counts = cascade.steps.map((_, i) => shown(i + 1));
		counts.slice(1).forEach((c, i) => expect(c).toBeGreaterThan(counts[i]!));
		expect(counts.at(-1)).toBe(
			cascade.nodes.length + cascade.edges.length + cascade.compartments.length
		);
	});
	it('shows the compartments around a revealed node, nested ones with their parents', () => {
		const first = firstSteps(cascade, cascade.steps);
		expect(first.get('gaba-cell')).toBe(3);
		expect(first.get('neuron')).toBe(2);
		// the neuron compartment sits inside the cortex compartment
		expect(first.get('cortex')).toBe(2);
	});
	it("brings an edge's ends with it, and a compartment named in a step", () => {
		const pathway: Pathway = {
			...cascade,
			steps: [{ show: ['ketamine-inhibits-interneuron', 'neuron'], narration: { en: 'x' } }]
		};
		const first = firstSteps(pathway, pathway.steps);
		expect(first.get('ketamine')).toBe(1);
		expect(first.get('interneuron')).toBe(1);
		expect(first.get('neuron')).toBe(1);
		expect(first.get('nmda-receptor')).toBeUndefined();
	});
});

describe('supporting evidence', () => {
	const stated: Evidence = {
		support: 'stated',
		source: 's',
		quote: 'q',
		sentences: [1],
		start: 0,
		end: 1
	};
	const listed: Evidence = { ...stated, support: 'listed' };
	const background: Evidence = { support: 'background', reference: 'r', note: { en: 'n' } };
	it('prefers a stated sentence, then a listed one, then a background note', () => {
		expect(supportingEvidence([background, listed, stated])).toBe(stated);
		expect(supportingEvidence([background, listed])).toBe(listed);
		expect(supportingEvidence([background])).toBe(background);
		expect(supportingEvidence([])).toBeUndefined();
	});
	it("keeps the curator's order within a level", () => {
		const other = { ...stated, source: 't' };
		expect(supportingEvidence([listed, other, stated])).toBe(other);
	});
});

describe('captions', () => {
	it('quote the stated sentence behind the main element, the quote marked, with a short citation', () => {
		const caption = captionFor(cascade, 2, atlas);
		expect(caption).toMatchObject({
			step: 2,
			total: cascade.steps.length,
			main: 'ketamine-blocks-nmda-receptor'
		});
		expect(caption.narration).toBe('It blocks the NMDA receptor.');
		expect(caption.evidence?.support).toBe('stated');
		const quoted = caption.evidence?.parts.filter((p) => p.quoted).map((p) => p.text);
		expect(quoted).toEqual([
			'the dissociative anaesthetic ketamine, an uncompetitive N-Methyl-D-Aspartate receptor antagonist'
		]);
		expect(caption.evidence?.citation).toBe('Jelen LA et al. (2021) J Psychopharmacol, s1');
		expect(caption.evidence?.source).toEqual({ id: 'jelen-2021', sentences: [1] });
	});
	it('fall back to a listed sentence, then to the curator note with the reference title', () => {
		expect(captionFor(cascade, 3, atlas).evidence?.support).toBe('listed');
		const last = captionFor(cascade, 5, atlas).evidence;
		expect(last?.support).toBe('background');
		expect(last?.parts).toEqual([{ text: 'Gallery fixture.', quoted: false }]);
		expect(last?.citation).toMatch(/\(2018\) Mol Psychiatry\. .+/);
	});
	it('join the sentences of a quote that spans two, marking the quote in each', () => {
		const source = atlas.sources.get('niciu-2014')!;
		const [one, two] = source.sentences;
		const evidence: Evidence = {
			support: 'stated',
			source: source.id,
			quote: 'x',
			sentences: [1, 2],
			start: one!.end - 10,
			end: two!.start + 10
		};
		const caption = captionEvidence(evidence, atlas);
		expect(caption?.parts.map((p) => p.text).join('')).toBe(`${one!.text} ${two!.text}`);
		expect(caption?.parts.filter((p) => p.quoted)).toHaveLength(2);
		expect(caption?.citation).toMatch(/, s1, s2$/);
	});
});

describe('validator: elements no lecture step reveals', () => {
	const withPathwayText = (edit: (text: string) => string) => {
		const files = readFixture('valid');
		return validateAtlas({
			...files,
			pathways: files.pathways.map((f) => ({ ...f, text: edit(f.text) }))
		});
	};
	it('warns, at the element, with the fix as a hint', () => {
		const result = withPathwayText((t) => t.replace(', mtor-to-effect]', ']'));
		expect(result.errors).toEqual([]);
		const warning = result.warnings.find((w) => w.message.includes('revealed by no lecture step'));
		expect(warning?.message).toBe('"mtor-to-effect" is revealed by no lecture step');
		expect(warning?.hint).toBe('add "mtor-to-effect" to the "show" list of a step');
		expect(warning?.line).toBeGreaterThan(1);
	});
	it('says nothing when every element is revealed, or the pathway has no steps', () => {
		const stepWarnings = (r: ReturnType<typeof withPathwayText>) =>
			r.warnings.filter((w) => w.message.includes('lecture step'));
		expect(stepWarnings(withPathwayText((t) => t))).toEqual([]);
		expect(stepWarnings(withPathwayText((t) => t.slice(0, t.indexOf('\nsteps:')) + '\n'))).toEqual(
			[]
		);
	});
});
