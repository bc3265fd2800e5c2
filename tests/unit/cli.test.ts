import { describe, expect, it } from 'vitest';
import { runValidate, validatorLines } from './helpers/cli.ts';
import { relative } from 'node:path';
import { fixturePath, readFixture, writeTempFolder } from './helpers/fixtures.ts';

const FOUR = 'tests/fixtures/four-problems';
const GALLERY = 'tests/fixtures/gallery';
const STACK_LINE = /^\s+at /;

interface EvidenceJson {
	source: string;
	sentence: number | null;
	quote: string | null;
	support: string;
}

interface DiagnosticJson {
	rule: string;
	path: string;
	line: number;
	column: number;
	message: string;
	hint?: string;
}

interface ReportJson {
	pathways: {
		id: string;
		title: string;
		nodes: { id: string; entity: string; label: string; evidence: EvidenceJson[] }[];
		edges: {
			id: string;
			source: string;
			target: string;
			relation: string;
			evidence: EvidenceJson[];
		}[];
		steps: { show: string[]; narration: string; hypothesis: string | null }[];
	}[];
	sources: {
		id: string;
		sentences: number;
		cited: number[];
		uncitedOnPurpose: { sentence: number; reason: string }[];
	}[];
	errors: DiagnosticJson[];
	warnings: DiagnosticJson[];
}

function expectEvidenceShape(e: EvidenceJson, sentencesOf: Map<string, number>) {
	expect(e).toEqual(
		expect.objectContaining({
			source: expect.any(String),
			support: expect.stringMatching(/^(stated|listed|background)$/)
		})
	);
	expect(e).toHaveProperty('sentence');
	expect(e).toHaveProperty('quote');
	if (e.support === 'background') {
		expect(e.sentence).toBeNull();
		expect(e.quote).toBeNull();
	} else {
		expect(typeof e.quote).toBe('string');
		expect(e.sentence).toBeGreaterThanOrEqual(1);
		expect(e.sentence).toBeLessThanOrEqual(sentencesOf.get(e.source) as number);
	}
}

describe('scripts/validate.ts', () => {
	it('reports all four problems of a folder as path:line:column lines and exits 1, with no stack trace', () => {
		const run = runValidate(['--dir', FOUR]);
		expect(run.status).toBe(1);
		const lines = validatorLines(run.stderr);
		const errorLines = lines.filter((l) => /^\S+:\d+:\d+: (?!warning:)/.test(l));
		expect(errorLines).toEqual([
			`${FOUR}/entities.yaml:11:9: duplicate id "ketamine" [duplicate-id]`,
			`${FOUR}/ketamine.yaml:8:16: quote not found in source "niciu-2014": "The NMDA receptor antagonist ketamine has rapid effects" [quote-not-in-source]`,
			`${FOUR}/ketamine.yaml:10:13: unknown entity "nmda-receptr" [unknown-entity]`,
			`${FOUR}/notes.yaml:5:1: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ] [yaml-syntax]`
		]);
		// Each problem is followed by its hint.
		for (const line of errorLines) {
			expect(lines[lines.indexOf(line) + 1]).toMatch(/^ {4}hint: \S/);
		}
		expect(lines.some((l) => l.includes('did you mean "nmda-receptor"?'))).toBe(true);
		expect(lines.filter((l) => STACK_LINE.test(l))).toEqual([]);
		expect(run.stdout.split('\n').filter((l) => STACK_LINE.test(l))).toEqual([]);
		expect(run.stdout).toMatch(/^4 error\(s\), 13 warning\(s\)$/m);
	});

	it('prints warnings too, unless --quiet', () => {
		const loud = validatorLines(runValidate(['--dir', FOUR]).stderr);
		// 5 gaps and 8 texts without their Chinese.
		expect(loud.filter((l) => / warning: /.test(l))).toHaveLength(13);
		const quiet = runValidate(['--dir', FOUR, '--quiet']);
		expect(quiet.status).toBe(1);
		const lines = validatorLines(quiet.stderr);
		expect(lines.filter((l) => / warning: /.test(l))).toEqual([]);
		expect(lines.filter((l) => /^\S+:\d+:\d+: /.test(l))).toHaveLength(4);
	});

	it('--json prints one JSON document with the atlas report', () => {
		const run = runValidate(['--json', '--dir', GALLERY]);
		const report = JSON.parse(run.stdout) as ReportJson;
		expect(Object.keys(report).sort()).toEqual(['errors', 'pathways', 'sources', 'warnings']);
		expect(report.errors).toEqual([]);
		expect(run.status).toBe(report.errors.length ? 1 : 0);
		expect(validatorLines(run.stderr).filter((l) => STACK_LINE.test(l))).toEqual([]);

		expect(report.sources.map((s) => s.id)).toEqual(
			expect.arrayContaining(['jelen-2021', 'niciu-2014'])
		);
		const sentencesOf = new Map(report.sources.map((s) => [s.id, s.sentences]));
		expect(sentencesOf.get('jelen-2021')).toBe(8);
		expect(sentencesOf.get('niciu-2014')).toBe(5);
		for (const s of report.sources) {
			expect(s).toEqual(
				expect.objectContaining({
					id: expect.any(String),
					sentences: expect.any(Number),
					cited: expect.any(Array),
					uncitedOnPurpose: expect.any(Array)
				})
			);
			for (const n of s.cited) expect(n).toBeGreaterThanOrEqual(1);
			for (const n of s.cited) expect(n).toBeLessThanOrEqual(s.sentences);
			for (const u of s.uncitedOnPurpose) {
				expect(u).toEqual({ sentence: expect.any(Number), reason: expect.any(String) });
			}
		}

		expect(report.pathways.length).toBeGreaterThanOrEqual(1);
		expect(report.pathways.map((p) => p.id)).toContain('every-support');
		for (const p of report.pathways) {
			expect(p).toEqual(
				expect.objectContaining({
					id: expect.any(String),
					title: expect.any(String),
					nodes: expect.any(Array),
					edges: expect.any(Array),
					steps: expect.any(Array)
				})
			);
			const nodeIds = new Set(p.nodes.map((n) => n.id));
			for (const n of p.nodes) {
				expect(n).toEqual(
					expect.objectContaining({
						id: expect.any(String),
						entity: expect.any(String),
						label: expect.any(String),
						evidence: expect.any(Array)
					})
				);
				for (const e of n.evidence) expectEvidenceShape(e, sentencesOf);
			}
			for (const e of p.edges) {
				expect(e).toEqual(
					expect.objectContaining({
						id: expect.any(String),
						source: expect.any(String),
						target: expect.any(String),
						relation: expect.any(String),
						evidence: expect.any(Array)
					})
				);
				expect(nodeIds.has(e.source)).toBe(true);
				expect(nodeIds.has(e.target)).toBe(true);
				for (const ev of e.evidence) expectEvidenceShape(ev, sentencesOf);
			}
			for (const s of p.steps) {
				expect(s).toEqual({
					show: expect.any(Array),
					narration: expect.any(String),
					hypothesis: s.hypothesis === null ? null : expect.any(String)
				});
			}
		}
	});

	it('--json on a valid folder exits 0 with no errors and resolves quotes to sentences', () => {
		const run = runValidate(['--dir', 'tests/fixtures/valid', '--json']);
		expect(run.status).toBe(0);
		const report = JSON.parse(run.stdout) as ReportJson;
		expect(report.errors).toEqual([]);
		expect(report.warnings).toEqual([]);
		const p = report.pathways[0]!;
		expect(p.id).toBe('ketamine');
		expect(p.nodes[0]).toEqual({
			id: 'ketamine',
			entity: 'ketamine',
			label: 'Ketamine',
			compartment: null,
			hypotheses: [],
			evidence: [
				expect.objectContaining({
					source: 'niciu-2014',
					sentence: 1,
					quote: 'The N-methyl-D-aspartate (NMDA) receptor antagonist ketamine',
					support: 'stated'
				})
			]
		});
		expect(p.nodes[3]?.evidence[0]).toMatchObject({ source: 'niciu-2014', sentence: 1 });
		expect(p.edges[1]?.evidence[0]).toMatchObject({
			support: 'background',
			sentence: null,
			quote: null
		});
		expect(report.sources.find((s) => s.id === 'niciu-2014')).toMatchObject({
			sentences: 5,
			cited: [1, 2, 4],
			uncitedOnPurpose: [
				{ sentence: 3, reason: 'not used by the test fixture' },
				{ sentence: 5, reason: 'not used by the test fixture' }
			]
		});
	});

	it('--json on a folder with problems exits 1 and lists them as data', () => {
		const run = runValidate(['--dir', FOUR, '--json']);
		expect(run.status).toBe(1);
		const report = JSON.parse(run.stdout) as ReportJson;
		expect(report.errors.map((e) => [e.path, e.line, e.column])).toEqual([
			[fixturePath('four-problems/entities.yaml'), 11, 9],
			[fixturePath('four-problems/ketamine.yaml'), 8, 16],
			[fixturePath('four-problems/ketamine.yaml'), 10, 13],
			[fixturePath('four-problems/notes.yaml'), 5, 1]
		]);
		expect(report.errors.map((e) => e.rule)).toEqual([
			'duplicate-id',
			'quote-not-in-source',
			'unknown-entity',
			'yaml-syntax'
		]);
		expect(report.errors[2]).toEqual({
			rule: 'unknown-entity',
			path: fixturePath('four-problems/ketamine.yaml'),
			line: 10,
			column: 13,
			message: 'unknown entity "nmda-receptr"',
			hint: 'did you mean "nmda-receptor"?'
		});
	});

	it('a missing --dir folder gives a one-line message (and its hint), exit 1, no stack trace', () => {
		const run = runValidate(['--dir', 'tests/fixtures/no-such-folder']);
		expect(run.status).toBe(1);
		expect(run.stdout).toBe('');
		const lines = validatorLines(run.stderr);
		expect(lines[0]).toBe('validate: tests/fixtures/no-such-folder: no such folder');
		expect(lines.slice(1)).toEqual([
			'    hint: npm run validate -- --dir <folder with entities.yaml, sources/ and pathway files>'
		]);
	});

	it('a --dir that is a file, not a folder, is reported the same way', () => {
		const run = runValidate(['--dir', 'tests/fixtures/valid/entities.yaml']);
		expect(run.status).toBe(1);
		const lines = validatorLines(run.stderr);
		expect(lines[0]).toBe('validate: tests/fixtures/valid/entities.yaml: no such folder');
		expect(lines.filter((l) => STACK_LINE.test(l))).toEqual([]);
	});

	it('a label written with markdown emphasis (*R*-ketamine) gets a path:line:column message, not a crash', () => {
		const valid = readFixture('valid');
		const files: Record<string, string> = {};
		for (const f of [valid.entities!, valid.references!, ...valid.sources, ...valid.pathways]) {
			files[relative(valid.root, f.path)] = f.text;
		}
		files['ketamine.yaml'] = (files['ketamine.yaml'] as string).replace(
			'label: Rapid effect',
			'label: *R*-ketamine'
		);
		const folder = writeTempFolder(files);
		try {
			const run = runValidate(['--dir', folder.dir]);
			expect(run.status).toBe(1);
			const lines = validatorLines(run.stderr);
			expect(lines.filter((l) => STACK_LINE.test(l))).toEqual([]);
			expect(lines[0]).toMatch(/ketamine\.yaml:\d+:\d+: /);
		} finally {
			folder.remove();
		}
	});

	it('an empty folder reports the missing entity catalogue, exit 1, no stack trace', () => {
		const folder = writeTempFolder({ 'README.txt': 'not an atlas\n' });
		try {
			const run = runValidate(['--dir', folder.dir]);
			expect(run.status).toBe(1);
			const lines = validatorLines(run.stderr);
			expect(lines[0]).toMatch(
				/entities\.yaml:1:1: the entity catalogue is missing \[missing-catalogue\]$/
			);
			expect(lines.filter((l) => STACK_LINE.test(l))).toEqual([]);
		} finally {
			folder.remove();
		}
	});
});
