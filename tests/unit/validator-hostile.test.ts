/**
 * Hostile inputs the validator must turn into one located error each, root cause first:
 * compartment cycles, file names that are not ids, a broken catalogue, near-verbatim and
 * too-short quotes, nesting too deep to parse.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/lib/diagnostics.ts';
import { layoutPathway } from '../../src/lib/layout/layoutPathway.ts';
import { describeDifference, firstDifference, nameChar } from '../../src/lib/text/quoteDiff.ts';
import { suggestId } from '../../src/lib/validate/fileNames.ts';
import type { CuratedFiles, TextFile } from '../../src/lib/validate/files.ts';
import { validateAtlas } from '../../src/lib/validate/validateAtlas.ts';
import { rulesOf } from './helpers/diagnostics.ts';
import { fixturePath, readFixture, validateOverlay } from './helpers/fixtures.ts';

/** Which problem, where: `path:line:column [rule]`. */
const located = (d: Diagnostic) => `${d.path}:${d.line}:${d.column} [${d.rule}]`;

/** The valid fixture with these pathway files added (path relative to the fixture folder). */
function withPathways(extra: Record<string, string>): CuratedFiles {
	const base = readFixture('valid');
	const pathways: TextFile[] = Object.entries(extra).map(([name, text]) => ({
		path: `${base.root}/${name}`,
		text
	}));
	return { ...base, pathways: [...base.pathways, ...pathways] };
}

const ketamineText = () => readFixture('valid').pathways[0]!.text;

describe('compartment parent cycles (case 6)', () => {
	const { errors, atlas } = validateOverlay('errors/compartment-cycle');
	const path = fixturePath('errors/compartment-cycle/cycles.yaml');

	it('are reported once per cycle, at the compartment where it starts, naming every compartment', () => {
		expect(errors.map(located)).toEqual([
			`${path}:9:13 [compartment-cycle]`,
			`${path}:16:13 [compartment-cycle]`
		]);
		expect(errors.map((d) => d.message)).toEqual([
			'compartment parents form a cycle: "synapse" → "neuron" → "synapse"',
			'compartment "brain" is its own parent'
		]);
		expect(errors.every((d) => /remove one "parent"/.test(d.hint ?? ''))).toBe(true);
	});

	it('leave a pathway that layout can still lay out (the cycle is not passed on)', () => {
		const pathway = atlas.pathways.find((p) => p.id === 'cycles')!;
		expect(pathway.compartments.every((c) => c.parent === undefined)).toBe(true);
		expect(() => layoutPathway(pathway, atlas.entities)).not.toThrow();
	});
});

describe('a pathway id is its file name and follows the id rule (case 7)', () => {
	const names = ['Ketamine NMDA', '氯胺酮', 'a#b?c', '%2e%2e', 'Café_Au-Lait'];
	const files = withPathways(Object.fromEntries(names.map((n) => [`${n}.yaml`, ketamineText()])));
	const { errors } = validateAtlas(files);

	it('reports each bad name at the top of its file, with the valid name to rename it to', () => {
		const byName = (n: string) => errors.find((d) => d.path === `${files.root}/${n}.yaml`);
		expect(names.map((n) => byName(n)?.rule)).toEqual(names.map(() => 'invalid-file-name'));
		expect(errors.every((d) => d.line === 1 && d.column === 1)).toBe(true);
		expect(byName('Ketamine NMDA')?.hint).toMatch(/^rename the file "ketamine-nmda\.yaml"/);
		expect(byName('a#b?c')?.hint).toMatch(/^rename the file "a-b-c\.yaml"/);
		expect(byName('Café_Au-Lait')?.hint).toMatch(/^rename the file "cafe-au-lait\.yaml"/);
		expect(byName('氯胺酮')?.hint).toMatch(/Latin letters, digits and hyphens/);
		expect(errors).toHaveLength(names.length);
	});

	it('proposes names that pass the rule', () => {
		expect(suggestId('%2e%2e')).toBe('2e-2e');
		expect(suggestId('..')).toBe('');
		expect(suggestId('Sigma–1 Receptor')).toBe('sigma-1-receptor');
	});

	it('applies to sources too: their id is an address as well', () => {
		const base = readFixture('valid');
		const niciu = base.sources.find((s) => s.path.endsWith('niciu-2014.yaml'))!;
		const renamed = { ...niciu, path: niciu.path.replace('niciu-2014', 'Niciu 2014') };
		const { errors } = validateAtlas({ ...base, sources: [...base.sources, renamed] });
		expect(errors.map(located)).toEqual([`${renamed.path}:1:1 [invalid-file-name]`]);
		expect(errors[0]?.message).toBe('the file name "Niciu 2014" is not a valid source id');
	});
});

describe('the root cause first (case 11)', () => {
	it('an empty entities.yaml is one error, first, with the uses it hides counted in one line', () => {
		const { errors } = validateOverlay('errors/empty-entities');
		expect(errors).toEqual([
			{
				rule: 'empty-file',
				severity: 'error',
				path: fixturePath('errors/empty-entities/entities.yaml'),
				line: 1,
				column: 1,
				message: 'the entities file is empty',
				hint: 'start the file with "entities:" and list the entities under it; 4 entity references in the pathways are not checked until this is fixed'
			}
		]);
	});

	it('a catalogue that fails to parse comes before the pathway errors, even those in files sorted earlier', () => {
		const broken = { path: 'atlas/entities.yaml', text: 'entities:\n  - id: [unclosed\n' };
		const bad = { path: 'atlas/aaa.yaml', text: 'title: A\nsummary: B\nnodes: 3\n' };
		const { errors } = validateAtlas({
			root: 'atlas',
			entities: broken,
			sources: [],
			pathways: [bad]
		});
		expect(errors[0]?.path).toBe(broken.path);
		expect(errors.filter((d) => d.path === broken.path)).toHaveLength(1);
		expect(errors.slice(1).map((d) => d.path)).toEqual([bad.path]);
	});

	it('a broken source comes first, and the quotes into it are counted, not reported', () => {
		const base = readFixture('valid');
		const sources = base.sources.map((s) =>
			s.path.endsWith('niciu-2014.yaml') ? { ...s, text: 'title: no text\n' } : s
		);
		const { errors } = validateAtlas({ ...base, sources });
		expect(rulesOf(errors)).toEqual(['missing-field']);
		expect(errors[0]?.hint).toMatch(
			/; 4 quotes in the pathways are not checked until this is fixed$/
		);
	});
});

describe('a quote that differs by one character names it (case 12)', () => {
	const { errors } = validateOverlay('errors/typographic-quote');

	it('shows the first differing position and both characters with their code points', () => {
		expect(errors.map((d) => d.hint)).toEqual([
			'the quote differs from the source at character 6, after "The N": – (U+2013) in the quote, - (U+002D) in the source',
			'the quote differs from the source at character 47, after "…ompetitive N-Methyl-D-Aspartate receptor": U+200B (zero width space) in the quote, U+0020 (space) in the source',
			'the quote differs from the source at character 65, after "…case studies similarly validate ketamine": ’ (U+2019) in the quote, \' (U+0027) in the source'
		]);
	});

	it('names characters one cannot see, and the end of the source', () => {
		expect(nameChar('\u00a0')).toBe('U+00A0 (no-break space)');
		expect(nameChar('\u2060')).toBe('U+2060 (word joiner)');
		expect(nameChar('😀')).toBe('😀 (U+1F600)');
		const d = firstDifference(
			'Ketamine blocks the receptor.',
			'Ketamine blocks the receptor. And more'
		);
		expect(d && describeDifference(d)).toMatch(
			/after "Ketamine blocks the receptor.": U\+0020 \(space\) in the quote, the source ends there$/
		);
	});
});

describe('a quote long enough to identify a claim (case 14)', () => {
	it('a one-character quote is an error, even though it is in the source', () => {
		const path = fixturePath('errors/short-quote/short.yaml');
		const { errors } = validateOverlay('errors/short-quote');
		expect(errors.map(located)).toEqual([
			`${path}:8:16 [quote-too-short]`,
			`${path}:13:16 [quote-too-short]`
		]);
		expect(errors[0]?.hint).toBe(
			'quote at least 3 words of the sentence that says it (or a whole sentence of the source)'
		);
	});

	it('a whole sentence shorter than three words is enough', () => {
		const base = readFixture('valid');
		const source = {
			path: `${base.root}/sources/short-2020.yaml`,
			text: 'title: Short\ntext: Ketamine works. It blocks the NMDA receptor quickly.\n'
		};
		const pathway = {
			path: `${base.root}/short.yaml`,
			text: [
				'title: Short',
				'summary: Short sentences.',
				'nodes:',
				'  - entity: ketamine',
				'    evidence: [{ source: short-2020, quote: Ketamine works., support: stated }]',
				'  - entity: nmda-receptor',
				'    evidence: [{ source: short-2020, quote: Ketamine works, support: stated }]'
			].join('\n')
		};
		const { errors } = validateAtlas({
			...base,
			sources: [...base.sources, source],
			pathways: [...base.pathways, pathway]
		});
		expect(errors.map((d) => `${d.line} [${d.rule}]`)).toEqual(['7 [quote-too-short]']);
	});
});

describe('nesting too deep to parse (case 13)', () => {
	const cases: Record<string, string> = {
		'ten thousand open brackets': 'title: ' + '['.repeat(10_000),
		'ten thousand closed brackets': 'title: ' + '['.repeat(10_000) + ']'.repeat(10_000),
		'100k unclosed flow sequences': 'title: a\nnodes: ' + '[x, '.repeat(100_000),
		'five thousand nested block sequences': '- '.repeat(5_000) + 'x',
		'sixty unclosed brackets': 'title: ' + '['.repeat(60)
	};

	for (const [name, text] of Object.entries(cases)) {
		it(`${name}: one error for the file, with an honest message`, () => {
			const files = withPathways({ 'deep.yaml': text });
			const { errors } = validateAtlas(files);
			expect(errors).toHaveLength(1);
			const [d] = errors as [Diagnostic];
			expect(d.path).toBe(`${files.root}/deep.yaml`);
			expect(['too-deeply-nested', 'yaml-syntax']).toContain(d.rule);
			expect(d.message).not.toMatch(/call stack/i);
			expect(d.hint).not.toMatch(/tabs/);
			expect(d.line).toBeGreaterThanOrEqual(1);
		});
	}

	it('says where the brackets became too deep', () => {
		const { errors } = validateAtlas(withPathways({ 'deep.yaml': 'title: ' + '['.repeat(10_000) }));
		expect(errors.map(located)).toEqual([
			`${fixturePath('valid/deep.yaml')}:1:72 [too-deeply-nested]`
		]);
		expect(errors[0]?.message).toBe('brackets nested more than 64 levels deep');
	});

	it('repeated syntax errors of one kind are one error that says how often', () => {
		const { errors } = validateAtlas(withPathways({ 'deep.yaml': 'title: ' + '['.repeat(60) }));
		expect(rulesOf(errors)).toEqual(['yaml-syntax']);
		expect(errors[0]?.message).toMatch(/^YAML syntax error: .* \(and 59 more like it\)$/);
	});

	it('brackets inside quoted text and comments do not count', () => {
		const text = ketamineText().replace(
			'summary: A small valid pathway used by the validator tests.',
			`summary: "${'['.repeat(200)}" # ${'{'.repeat(200)}`
		);
		expect(validateAtlas(withPathways({ 'quoted.yaml': text })).errors).toEqual([]);
	});
});
