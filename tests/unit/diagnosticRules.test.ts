/**
 * The rule registry against what the validator does: every rule has an input that produces it,
 * every diagnostic a fixture produces names a rule of the registry with the registry's severity,
 * docs/validator.md lists exactly the registry's rules, and each rule is one module whose id grep finds.
 */
import { execFileSync } from 'node:child_process';
import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RULE_BY_ID, RULE_IDS, RULES, type RuleId } from '../../src/lib/rules/index.ts';
import type { Diagnostic } from '../../src/lib/diagnostics.ts';
import { currentErrors } from '../../src/lib/server/atlasPlugin.ts';
import { readCuratedDir } from '../../src/lib/server/readCuratedDir.ts';
import { runValidate } from './helpers/cli.ts';
import { decodeUtf8 } from '../../src/lib/validate/encoding.ts';
import type { CuratedFiles } from '../../src/lib/validate/files.ts';
import { validateAtlas } from '../../src/lib/validate/validateAtlas.ts';
import {
	FIXTURES,
	REPO_ROOT,
	readFixture,
	validateFixture,
	validateOverlay
} from './helpers/fixtures.ts';

/** Rules no test input produces (none today: a new one must be named here, or given an example). */
type Unexercised = never;
const UNEXERCISED: Unexercised[] = [];

/** What the build and the dev server report for the atlas folder `dir`. */
function pluginErrors(dir: string): Diagnostic[] {
	const before = process.env.ATLAS_DIR;
	process.env.ATLAS_DIR = dir;
	try {
		return currentErrors();
	} finally {
		if (before === undefined) delete process.env.ATLAS_DIR;
		else process.env.ATLAS_DIR = before;
	}
}

const all = (r: { errors: Diagnostic[]; warnings: Diagnostic[] }) => [...r.errors, ...r.warnings];
const check = (files: Partial<CuratedFiles>) =>
	all(validateAtlas({ ...readFixture('valid'), ...files }));
const pathway = (text: string, path = 'mem/p.yaml') => check({ pathways: [{ path, text }] });
const HEADER = 'title: t\nsummary: s\n';
const KETAMINE = readFileSync(join(FIXTURES, 'valid/ketamine.yaml'), 'utf8');

const scratch = mkdtempSync(join(tmpdir(), 'atlas-rules-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let folders = 0;
/** A copy of the valid atlas on disk, changed by `change`, read and validated. */
function onDisk(change: (dir: string) => void): Diagnostic[] {
	const dir = join(scratch, `atlas-${folders++}`);
	cpSync(join(FIXTURES, 'valid'), dir, { recursive: true });
	change(dir);
	return all(validateAtlas(readCuratedDir(dir)));
}

const overlay = (name: string) => () => all(validateOverlay(name));

/** One input per rule that produces it; the type makes a new rule need one (or a place above). */
const EXAMPLES: Record<Exclude<RuleId, Unexercised>, () => Diagnostic[]> = {
	'atlas-unreadable': () => pluginErrors(join(scratch, 'no-such-atlas')),
	'unreadable-file': () => onDisk((d) => symlinkSync('loop.yaml', join(d, 'loop.yaml'))),
	'broken-link': () => onDisk((d) => symlinkSync(join(d, 'gone.yaml'), join(d, 'link.yaml'))),
	'link-outside-atlas': () =>
		onDisk((d) => {
			writeFileSync(join(d, '..', 'outside.yaml'), KETAMINE);
			symlinkSync(join(d, '..', 'outside.yaml'), join(d, 'out.yaml'));
		}),
	'not-a-regular-file': () => onDisk((d) => execFileSync('mkfifo', [join(d, 'pipe.yaml')])),
	'folder-named-like-file': () => onDisk((d) => mkdirSync(join(d, 'old.yaml'))),
	'hidden-file': () => onDisk((d) => writeFileSync(join(d, '.draft.yaml'), KETAMINE)),
	'folder-not-read': () =>
		onDisk((d) => {
			mkdirSync(join(d, 'old'));
			writeFileSync(join(d, 'old/x.yaml'), KETAMINE);
		}),
	'second-catalogue': () =>
		onDisk((d) => cpSync(join(d, 'entities.yaml'), join(d, 'entities.yml'))),
	'missing-catalogue': () => check({ entities: undefined }),
	'invalid-file-name': () => pathway(KETAMINE, 'mem/Ketamine NMDA.yaml'),
	'duplicate-file-id': () =>
		check({
			pathways: [
				{ path: 'mem/x.yaml', text: KETAMINE },
				{ path: 'mem/x.yml', text: KETAMINE }
			]
		}),
	'no-pathways': () => check({ pathways: [] }),
	'invalid-utf8': () => {
		const decoded = decodeUtf8('x.yaml', Uint8Array.from([0x4b, 0xe9]));
		return 'problem' in decoded ? [decoded.problem] : [];
	},
	'control-character': () => pathway(`${HEADER}nodes: []\n# a pasted \u0001\n`),
	'sources-not-a-folder': () =>
		onDisk((d) => {
			rmSync(join(d, 'sources'), { recursive: true });
			writeFileSync(join(d, 'sources'), 'not a folder');
		}),
	'yaml-syntax': overlay('errors/yaml-syntax'),
	'yaml-alias': () => pathway(`title: *R*-ketamine\nsummary: s\nnodes: []\n`),
	'too-deeply-nested': () => pathway(`title: ${'['.repeat(100)}\n`),
	'file-too-large': () => pathway(`${HEADER}nodes: []\n${'#'.repeat(8_000_001)}\n`),
	'empty-file': overlay('errors/empty-entities'),
	'file-shape': () => pathway('- just\n- a list\n'),
	'unknown-field': overlay('errors/unknown-field'),
	'missing-field': () => pathway('summary: s\nnodes:\n  - entity: ketamine\n'),
	'wrong-type': () => pathway(`${HEADER}nodes: ketamine\n`),
	'value-not-allowed': overlay('errors/bad-relation'),
	'invalid-format': overlay('errors/bad-pmid-doi'),
	'no-nodes': () => pathway(`${HEADER}nodes: []\n`),
	'duplicate-id': overlay('errors/duplicate-node-id'),
	'unknown-entity': overlay('errors/unknown-entity'),
	'unknown-compartment': overlay('errors/unknown-compartment'),
	'unknown-node': overlay('errors/unknown-node'),
	'unknown-element': overlay('errors/unknown-step-element'),
	'unknown-hypothesis': overlay('errors/hypotheses'),
	'unknown-source': overlay('errors/unknown-source'),
	'unknown-reference': overlay('errors/unknown-reference'),
	'self-loop': overlay('errors/self-edge'),
	'compartment-cycle': overlay('errors/compartment-cycle'),
	'hypothesis-edge-end': overlay('errors/hypotheses'),
	'quote-not-in-source': overlay('errors/quote-not-found'),
	'quote-too-short': overlay('errors/short-quote'),
	'quote-without-source': overlay('errors/stated-without-quote'),
	'quote-cites-reference': () =>
		pathway(
			`${HEADER}nodes:\n  - entity: mtor\n    evidence:\n      - support: listed\n        reference: pmid-29532791\n`
		),
	'background-quotes-source': overlay('errors/background-with-quote'),
	'background-without-reference': () =>
		pathway(
			`${HEADER}nodes:\n  - entity: mtor\n    evidence:\n      - support: background\n        note: n\n`
		),
	'background-without-note': overlay('errors/background-without-note'),
	'species-without-study': () =>
		pathway(
			`${HEADER}nodes:\n  - entity: mtor\n    evidence:\n      - support: background\n        reference: pmid-29532791\n        note: n\n        study: review\n        species: rat\n`
		),
	'translation-misaligned': overlay('errors/zh-sentence-count'),
	'provenance-unclassified': overlay('errors/unconfirmed-detail'),
	'provenance-both': overlay('errors/unconfirmed-detail'),
	'provenance-confirms-absent': overlay('errors/unconfirmed-detail'),
	'missing-translation': overlay('warnings/untranslated'),
	'incomplete-translation': overlay('errors/untranslated-complete'),
	'untranslated-entity-label': () => {
		const entities = readFixture('valid').entities!;
		return check({
			entities: { ...entities, text: entities.text.replace('    zh: 氯胺酮\n', '') },
			pathways: [
				{
					path: 'mem/p.yaml',
					text: `${HEADER}titleZh: t\nsummaryZh: s\nlanguages: [en, zh]\nnodes:\n  - entity: ketamine\n`
				}
			]
		});
	},
	'no-evidence': overlay('warnings/no-evidence'),
	'unconnected-node': overlay('warnings/orphan-node'),
	'not-in-any-step': overlay('errors/unknown-step-element'),
	'hypothesis-without-evidence': overlay('errors/hypotheses'),
	'hypothesis-without-elements': overlay('errors/hypotheses'),
	'unused-entity': overlay('warnings/unused-entity'),
	'uncited-sentence': overlay('warnings/uncited-sentences')
};

describe('the rule registry', () => {
	it('has kebab-case ids, each with a description', () => {
		for (const id of RULE_IDS) {
			expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
			expect(RULE_BY_ID.get(id)!.description.length).toBeGreaterThan(10);
		}
	});

	it('lists the rules no input exercises, and no rule both ways', () => {
		const exercised = Object.keys(EXAMPLES);
		expect([...exercised, ...UNEXERCISED].sort()).toEqual([...RULE_IDS].sort());
	});

	it.each(Object.entries(EXAMPLES))('%s: its example produces it', (rule, example) => {
		const found = example();
		expect(found.map((d) => d.rule)).toContain(rule);
		const d = found.find((x) => x.rule === rule)!;
		expect(d.severity).toBe(RULE_BY_ID.get(rule as RuleId)!.severity);
		expect(d.hint?.trim()).toBeTruthy();
	});
});

describe('an atlas folder that cannot be read at all', () => {
	it('is one error located at the folder, with what to do, for the build and the dev server', () => {
		const dir = join(scratch, 'no-such-atlas');
		expect(pluginErrors(dir)).toEqual([
			{
				rule: 'atlas-unreadable',
				severity: 'error',
				path: dir,
				line: 1,
				column: 1,
				message: 'no such folder',
				hint: 'point ATLAS_DIR at a readable atlas folder (pathways/ by default)'
			}
		]);
	});
});

describe('every diagnostic of every fixture', () => {
	it('names a rule of the registry, with its severity', () => {
		const dirs = (kind: string) =>
			readdirs(join(FIXTURES, kind)).map((d) => validateOverlay(`${kind}/${d}`));
		const results = [
			...dirs('errors'),
			...dirs('warnings'),
			...['valid', 'four-problems', 'no-entities'].map(validateFixture)
		];
		const found = results.flatMap(all);
		expect(found.length).toBeGreaterThan(40);
		const wrong = found.filter((d) => RULE_BY_ID.get(d.rule)?.severity !== d.severity);
		expect(wrong.map((d) => `${d.path}:${d.line}: ${d.message} [${d.rule}]`)).toEqual([]);
	});
});

describe('docs/validator.md', () => {
	it('lists exactly the rules of the registry, with their severity and description', () => {
		const page = readFileSync(join(REPO_ROOT, 'docs/validator.md'), 'utf8');
		const rows = [...page.matchAll(/^\| `([a-z0-9-]+)` \| (error|warning) \| (.+) \|$/gm)];
		expect(rows.map((m) => [m[1], m[2], m[3]])).toEqual(
			RULES.map((r) => [r.id, r.severity, r.description])
		);
	});
});

/** The source files under `dir`, by path, with their text. */
function sourcesIn(dir: string): Map<string, string> {
	const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) =>
		/\.(ts|svelte)$/.test(f)
	);
	return new Map(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

describe('each rule in its own module', () => {
	const lib = sourcesIn(join(REPO_ROOT, 'src/lib'));
	const written = (id: string) => [...lib].filter(([, text]) => text.includes(`'${id}'`));

	it('is registered once in the table', () => {
		expect(RULES.length).toBeGreaterThan(50);
		expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
	});

	it.each(RULE_IDS)('%s: its id is written once, as a literal, in rules/<id>.ts only', (id) => {
		expect(written(id).map(([file]) => file)).toEqual([`rules/${id}.ts`]);
		const module = lib.get(`rules/${id}.ts`)!;
		expect(module.split(`'${id}'`).length - 1).toBe(1);
		expect(module).toContain(`id: '${id}',`);
	});

	it('is what npm run validate -- --rules lists, in its order', () => {
		const { status, stdout } = runValidate(['--rules']);
		expect(status).toBe(0);
		expect(
			stdout
				.trim()
				.split('\n')
				.map((line) => line.split(/\s+/)[0])
		).toEqual(RULE_IDS);
	});

	it('leaves no rule module out of the table', () => {
		const defined = [...lib]
			.filter(([, text]) => text.includes('defineRule({'))
			.flatMap(([, text]) => [...text.matchAll(/^\tid: '([a-z0-9-]+)',$/gm)].map((m) => m[1]));
		expect(defined.sort()).toEqual([...RULE_IDS].sort());
	});

	it('builds no rule id from a template where problems are found, so grep finds every use', () => {
		const reporting = /^(rules|validate|yaml|server|cli)\//;
		const prefixes = new Set(
			RULE_IDS.flatMap((id) =>
				id
					.split('-')
					.slice(0, -1)
					.map((_, i, parts) => parts.slice(0, i + 1).join('-') + '-')
			)
		);
		const built = [...lib].flatMap(([file, text]) =>
			[...(reporting.test(file) ? text : '').matchAll(/`((?:[a-z0-9]+-)+)\$\{/g)]
				.filter((m) => prefixes.has(m[1]!))
				.map((m) => `${file}: ${m[0]}`)
		);
		expect(built).toEqual([]);
	});
});

function readdirs(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true })
		.filter((d) => d.isDirectory())
		.map((d) => d.name)
		.sort();
}
