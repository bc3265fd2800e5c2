/**
 * Ids are only ids: an id that is also the name of a JavaScript built-in property ("constructor",
 * "length", "call", "toString", "__proto__"…) is an id like any other. It is never taken for a
 * duplicate or found where it is not defined, never crashes the validator, and a pathway made of
 * such ids goes through the whole pipeline: validate, lay out, build a page, draw the SVG and
 * export every format (the table ids are Maps, never plain objects).
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import PptxGenJS from 'pptxgenjs';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/lib/diagnostics.ts';
import { DEFAULT_EXPORT, type ExportOptions } from '../../src/lib/export/exportOptions.ts';
import {
	exportText,
	figureSvg,
	type ExportSubject,
	type TextFormat
} from '../../src/lib/export/exportText.ts';
import { rasterisePng } from '../../src/lib/export/node/rasterisePng.ts';
import { layoutPathway } from '../../src/lib/layout/layoutPathway.ts';
import { buildDeck } from '../../src/lib/lecture/deck.ts';
import { withPngFallbacks } from '../../src/lib/lecture/pngFallbacks.ts';
import { stepFigures } from '../../src/lib/lecture/stepFigures.ts';
import { pageFigure } from '../../src/lib/render/pageFigure.ts';
import { pathwayViewer } from '../../src/lib/pages/pathwayViewer.ts';
import { ID_PATTERN } from '../../src/lib/schema/files.ts';
import { AtlasStore } from '../../src/lib/studio/node/atlasStore.ts';
import { studioState } from '../../src/lib/studio/node/studioState.ts';
import type { CuratedFiles } from '../../src/lib/validate/files.ts';
import { validateAtlas } from '../../src/lib/validate/validateAtlas.ts';
import { alsoIn } from '../../src/lib/view/alsoIn.ts';
import { pathwayPageData } from '../../src/lib/view/pathwayPage.ts';
import { buildSearchIndex, searchAtlas } from '../../src/lib/view/atlasSearch.ts';
import { citersBySentence } from '../../src/lib/view/sourcePage.ts';
import { readFixture } from './helpers/fixtures.ts';

/** Every own property name of the built-ins a lookup could stumble on. */
const BUILTIN_NAMES = [
	...new Set(
		[
			Object.prototype,
			Function.prototype,
			Array.prototype,
			String.prototype,
			Number.prototype,
			Map.prototype,
			Promise.prototype,
			Object,
			Function
		].flatMap((o) => Object.getOwnPropertyNames(o))
	)
];
/** Those that are valid ids (lower-case letters): "constructor", "length", "call", "map"… */
const VALID = BUILTIN_NAMES.filter((n) => ID_PATTERN.test(n));

/** The valid fixture atlas with these texts put in (or added), by file name. */
function withFiles(change: (base: CuratedFiles) => void): CuratedFiles {
	const base = structuredClone(readFixture('valid'));
	change(base);
	return base;
}
const validate = (files: CuratedFiles) => validateAtlas(files);
const shown = (r: ReturnType<typeof validate>) => r.errors.map(formatDiagnostic).join('\n');

describe('ids named like built-in properties, in the validator', () => {
	it('has the names it means to test', () => {
		expect(VALID).toEqual(expect.arrayContaining(['constructor', 'length', 'call', 'map']));
		expect(BUILTIN_NAMES).toEqual(
			expect.arrayContaining(['__proto__', 'toString', 'hasOwnProperty', 'valueOf'])
		);
	});

	it('an entity "id: constructor" is not a duplicate', () => {
		const result = validate(
			withFiles((b) => {
				b.entities!.text +=
					'  - id: constructor\n    label: Constructor\n    kind: protein\n    description: A protein.\n';
			})
		);
		expect(shown(result)).toBe('');
		expect(result.atlas.entities.get('constructor')?.label.en).toBe('Constructor');
	});

	it('an undefined "entity: constructor" is reported where it is used', () => {
		const result = validate(
			withFiles((b) => {
				b.pathways[0]!.text = b.pathways[0]!.text.replace(
					'  - entity: ketamine\n',
					'  - id: ketamine\n    entity: constructor\n'
				);
			})
		);
		expect(result.errors.map((d) => [d.rule, d.message])).toEqual([
			['unknown-entity', 'unknown entity "constructor"']
		]);
		expect(result.errors[0]!.line).toBeGreaterThan(1);
	});

	it('a "source: constructor" is a located error, not a crash', () => {
		const files = withFiles((b) => {
			b.pathways[0]!.text = b.pathways[0]!.text.replace(
				'source: jelen-2021',
				'source: constructor'
			);
		});
		let result: ReturnType<typeof validate> | undefined;
		expect(() => (result = validate(files))).not.toThrow();
		const unknown = result!.errors.find((d) => d.rule === 'unknown-source');
		expect(unknown?.message).toBe('unknown source "constructor"');
		expect(unknown?.path).toMatch(/ketamine\.yaml$/);
		expect(unknown?.line).toBeGreaterThan(1);
	});

	it('an undefined "reference: constructor" is reported', () => {
		const result = validate(
			withFiles((b) => {
				b.pathways[0]!.text = b.pathways[0]!.text.replace(
					'reference: pmid-29532791',
					'reference: constructor'
				);
			})
		);
		expect(result.errors.map((d) => [d.rule, d.message])).toEqual([
			['unknown-reference', 'unknown reference "constructor"']
		]);
	});

	it('any built-in name, valid id or not, gives located errors and never a crash', () => {
		const roles = [
			'entity: ketamine',
			'source: jelen-2021',
			'reference: pmid-29532791',
			'compartment: synapse',
			'- show: [ketamine]'
		];
		fc.assert(
			fc.property(fc.constantFrom(...BUILTIN_NAMES), fc.constantFrom(...roles), (name, role) => {
				const files = withFiles((b) => {
					const replaced = role.startsWith('- show')
						? `- show: [${JSON.stringify(name)}]`
						: role.replace(/: .*/, `: ${JSON.stringify(name)}`);
					b.pathways[0]!.text = b.pathways[0]!.text.replace(role, replaced);
				});
				const result = validate(files);
				expect(result.errors.length, name).toBeGreaterThan(0);
				for (const d of result.errors) {
					expect(d.line, formatDiagnostic(d)).toBeGreaterThan(0);
					expect(d.message, formatDiagnostic(d)).not.toMatch(/Cannot read|undefined|function/);
				}
			}),
			{ numRuns: 200 }
		);
	});
});

/** The names a generated pathway gives its ids, all distinct. */
interface Names {
	pathway: string;
	entities: [string, string, string];
	node: string;
	edge: string;
	compartment: string;
	source: string;
	reference: string;
	hypotheses: [string, string];
}

const namesArb: fc.Arbitrary<Names> = fc
	.shuffledSubarray(VALID, { minLength: 11, maxLength: 11 })
	.map(([pathway, e1, e2, e3, node, edge, compartment, source, reference, h1, h2]) => ({
		pathway: pathway!,
		entities: [e1!, e2!, e3!],
		node: node!,
		edge: edge!,
		compartment: compartment!,
		source: source!,
		reference: reference!,
		hypotheses: [h1!, h2!]
	}));

const SOURCE_TEXT =
	'Alpha binds the beta receptor in the cell membrane. ' +
	'The beta receptor then activates gamma kinase strongly. ' +
	'Gamma kinase leads to the observed effect in every animal.';

/** A whole atlas whose every id is one of the names. */
function atlasOf(n: Names): CuratedFiles {
	const [e1, e2, e3] = n.entities;
	const [h1, h2] = n.hypotheses;
	const root = 'generated';
	const entity = (id: string, label: string, kind: string) =>
		`  - id: ${id}\n    label: ${label}\n    zh: 标签${label}\n    kind: ${kind}\n    description: ${label} of the test.\n`;
	const stated = (quote: string) => `[{ source: ${n.source}, quote: "${quote}", support: stated }]`;
	const background = `[{ support: background, reference: ${n.reference}, note: Assumed by the test. }]`;
	const pathway = [
		'title: A pathway of built-in names',
		'summary: Every id is the name of a JavaScript built-in property.',
		'direction: LR',
		'hypotheses:',
		`  - { id: ${h1}, label: First, summary: One way., evidence: ${background} }`,
		`  - { id: ${h2}, label: Second, summary: Another way. }`,
		'compartments:',
		`  - { id: ${n.compartment}, label: Cell, kind: cell }`,
		'nodes:',
		`  - { entity: ${e1}, evidence: ${stated('Alpha binds the beta receptor')} }`,
		`  - { id: ${n.node}, entity: ${e2}, compartment: ${n.compartment}, hypotheses: [${h1}], evidence: ${stated('The beta receptor then activates gamma kinase')} }`,
		`  - { entity: ${e3}, hypotheses: [${h2}], evidence: ${background} }`,
		'edges:',
		`  - { id: ${n.edge}, source: ${e1}, target: ${n.node}, relation: binds, hypotheses: [${h1}], note: As the test says., evidence: ${stated('Alpha binds the beta receptor')} }`,
		`  - { source: ${e1}, target: ${e3}, relation: activates, hypotheses: [${h2}], evidence: ${background} }`,
		'steps:',
		`  - { show: [${e1}], narration: The first. }`,
		`  - { show: [${n.node}, ${n.edge}, ${n.compartment}], narration: The second., hypothesis: ${h1} }`
	].join('\n');
	return {
		root,
		entities: {
			path: `${root}/entities.yaml`,
			text:
				'entities:\n' +
				entity(e1, 'Alpha', 'drug') +
				entity(e2, 'Beta receptor', 'receptor') +
				entity(e3, 'Gamma kinase', 'kinase')
		},
		references: {
			path: `${root}/references.yaml`,
			text: `references:\n  - { id: ${n.reference}, title: A review, year: 2020 }\n`
		},
		sources: [
			{
				path: `${root}/sources/${n.source}.yaml`,
				text: `title: A paper\nyear: 2021\ntext: ${JSON.stringify(SOURCE_TEXT)}\n`
			}
		],
		pathways: [{ path: `${root}/${n.pathway}.yaml`, text: pathway + '\n' }]
	};
}

/** Validate, lay out, build the page's data and figure, and every export; what each gave. */
async function pipeline(n: Names, slow: boolean) {
	const result = validateAtlas(atlasOf(n));
	expect(result.errors.map(formatDiagnostic)).toEqual([]);
	const { atlas } = result;
	const pathway = atlas.pathways[0]!;
	expect(pathway.id).toBe(n.pathway);
	expect([...atlas.entities.keys()]).toEqual(n.entities);
	const laidOut = layoutPathway(pathway, atlas.entities);
	expect(laidOut.nodes.map((x) => x.id).sort()).toEqual(
		[n.entities[0], n.node, n.entities[2]].sort()
	);

	// The pathway page: its data, the viewer's tables, the inline figure, search, the source page.
	const page = pathwayPageData(atlas, pathway);
	expect(page.sources.get(n.source)?.title).toBe('A paper');
	const viewer = pathwayViewer(pathway, page.entities, page, laidOut, 'en');
	expect(Object.keys(viewer.citations.sources)).toEqual([n.source]);
	// every compartment's and node's label, and every edge's verb, by its id
	const drawn = [...pathway.compartments, ...pathway.nodes, ...pathway.edges].map((x) => x.id);
	expect(Object.keys(viewer.labels).sort()).toEqual(drawn.sort());
	expect(drawn).toEqual(expect.arrayContaining([n.compartment, n.entities[0], n.node]));
	expect(JSON.parse(JSON.stringify(viewer)).xrefs).toBeTypeOf('object');
	expect(alsoIn(atlas, pathway).get(n.entities[0])).toEqual({ links: [], more: 0 });
	expect(pageFigure(laidOut, { ...page, pathway })).toMatch(/^<svg/);
	expect(searchAtlas(buildSearchIndex(atlas), 'gamma').map((h) => h.at)).toContain(n.entities[2]);
	expect(Object.keys(citersBySentence(atlas, n.source, 'en'))).toEqual(['1', '2']);

	const subject: ExportSubject = { pathway, laidOut, records: atlas };
	const options = (o: Partial<ExportOptions>): ExportOptions => ({ ...DEFAULT_EXPORT, ...o });
	const text = (format: TextFormat) => exportText(subject, { ...DEFAULT_EXPORT, format });
	const svg = figureSvg(subject, options({}));
	expect(svg).toContain('Alpha');
	expect(svg).toContain('A paper');
	expect(figureSvg(subject, options({ lang: 'zh', hypothesis: n.hypotheses[0] }))).toContain(
		'标签Alpha'
	);
	const cyjs = JSON.parse(text('cyjs'));
	expect(cyjs.elements.nodes.map((x: { data: { id: string } }) => x.data.id)).toContain(n.node);
	expect(text('csv')).toContain('Assumed by the test.');
	expect(text('sbgn')).toContain(`id="n_${n.node}"`);
	const steps = stepFigures(subject, options({}));
	expect(steps).toHaveLength(2);
	if (!slow) return;
	expect(Buffer.from(rasterisePng(svg, 1).slice(1, 4)).toString()).toBe('PNG');
	const deck = withPngFallbacks(
		await buildDeck(PptxGenJS, subject, { theme: 'light', legend: true }),
		(s) => rasterisePng(s, 1)
	);
	const files = unzipSync(deck);
	// slide 1 the title, slide 2 the overview, slide 3 the first step
	expect(strFromU8(files['ppt/slides/slide3.xml']!)).toContain('The first.');
}

describe('a pathway whose every id is a built-in property name', () => {
	it('"constructor" everywhere it can be: validated, laid out, drawn and exported', async () => {
		const names: Names = {
			pathway: 'constructor',
			entities: ['constructor', 'length', 'call'],
			node: 'map',
			edge: 'apply',
			compartment: 'name',
			source: 'constructor',
			reference: 'constructor',
			hypotheses: ['bind', 'caller']
		};
		await pipeline(names, true);
	});

	it('any of them, in any role (property test over built-in names)', async () => {
		await fc.assert(
			fc.asyncProperty(namesArb, fc.boolean(), (names, slow) => pipeline(names, slow)),
			{ numRuns: 60 }
		);
	});

	it('in the studio, which reads and lays out the atlas from disk', () => {
		const dir = mkdtempSync(join(tmpdir(), 'atlas-builtin-ids-'));
		try {
			const files = atlasOf({
				pathway: 'constructor',
				entities: ['constructor', 'length', 'call'],
				node: 'map',
				edge: 'apply',
				compartment: 'name',
				source: 'constructor',
				reference: 'constructor',
				hypotheses: ['bind', 'caller']
			});
			mkdirSync(join(dir, 'sources'));
			for (const f of [files.entities!, files.references!, ...files.sources, ...files.pathways])
				writeFileSync(join(dir, f.path.slice('generated/'.length)), f.text);
			const store = new AtlasStore(dir);
			const state = studioState(store, 'constructor');
			expect(state.errors).toEqual([]);
			expect(state.entities.map((e) => e.id)).toEqual(['constructor', 'length', 'call']);
			expect(state.pathway?.elements.map((e) => e.id)).toContain('constructor');
			store.apply(
				{ kind: 'add-step', pathway: 'constructor', show: ['map'], narration: 'Again.' },
				store.hashes()
			);
			expect(studioState(store, 'constructor').pathway?.steps).toHaveLength(3);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
