/** When the live diagram loads (first use, or idle after load), and how the bench weighs what comes before. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
	bundleReport,
	dynamicImports,
	pageScripts,
	scriptsBeforeFirstUse,
	staticImports
} from '../../bench/bundle.ts';
import { budgets, type Report } from '../../bench/report.ts';
import { afterLoadIdle, IDLE_TIMEOUT_MS, needsDiagram } from '../../src/lib/view/firstUse.ts';

describe('a first use of the figure', () => {
	it('is a wheel, a pinch, a drag or a zoom key; not a click, a tap, a hover or a plain key', () => {
		expect(needsDiagram({ type: 'wheel' })).toBe(true);
		expect(needsDiagram({ type: 'gesturestart' })).toBe(true);
		expect(needsDiagram({ type: 'touchstart', touches: { length: 2 } })).toBe(true);
		expect(needsDiagram({ type: 'pointermove', buttons: 1 })).toBe(true);
		for (const key of ['+', '-', '=', '0'])
			expect(needsDiagram({ type: 'keydown', key })).toBe(true);

		expect(needsDiagram({ type: 'pointermove', buttons: 0 })).toBe(false);
		expect(needsDiagram({ type: 'touchstart', touches: { length: 1 } })).toBe(false);
		expect(needsDiagram({ type: 'click' })).toBe(false);
		for (const key of ['Enter', 'Tab', 'ArrowDown', 'a'])
			expect(needsDiagram({ type: 'keydown', key })).toBe(false);
		// the browser's own zoom (Ctrl and +) is the browser's
		expect(needsDiagram({ type: 'keydown', key: '+', ctrlKey: true })).toBe(false);
	});
});

describe('the idle load', () => {
	/** A window whose load and idle callbacks the test fires. */
	function fakeWindow(readyState: DocumentReadyState, idle: boolean) {
		const calls: string[] = [];
		let onload: (() => void) | undefined;
		let onidle: (() => void) | undefined;
		const win = {
			document: { readyState },
			addEventListener: (type: string, fn: () => void) => {
				calls.push(`listen ${type}`);
				onload = fn;
			},
			setTimeout: (fn: () => void) => {
				calls.push('timer');
				fn();
			},
			...(idle
				? {
						requestIdleCallback: (fn: () => void, options?: { timeout: number }) => {
							calls.push(`idle ${options?.timeout}`);
							onidle = fn;
							return 1;
						}
					}
				: {})
		};
		return { win, calls, load: () => onload?.(), idle: () => onidle?.() };
	}

	it('waits for the load event, then for an idle moment with a timeout', async () => {
		const w = fakeWindow('interactive', true);
		let done = false;
		const p = afterLoadIdle(w.win).then(() => (done = true));
		await Promise.resolve();
		expect(w.calls).toEqual(['listen load']);
		w.load();
		await new Promise((r) => setImmediate(r));
		expect(w.calls).toEqual(['listen load', `idle ${IDLE_TIMEOUT_MS}`]);
		expect(done).toBe(false);
		w.idle();
		await p;
		expect(done).toBe(true);
		expect(IDLE_TIMEOUT_MS).toBeLessThanOrEqual(1500);
	});

	it('on a page already loaded, without an idle callback, takes a timer', async () => {
		const w = fakeWindow('complete', false);
		await afterLoadIdle(w.win);
		expect(w.calls).toEqual(['timer']);
	});
});

describe('the JavaScript before first use', () => {
	const site = mkdtempSync(join(tmpdir(), 'atlas-first-use-'));
	afterAll(() => rmSync(site, { recursive: true, force: true }));
	const write = (path: string, text: string) => {
		mkdirSync(dirname(join(site, path)), { recursive: true });
		writeFileSync(join(site, path), text);
	};

	it('reads the imports of minified chunks as written, static apart from dynamic', () => {
		const code =
			'import{a as b,c}from"./x.js";import"./side.js";export{d}from"../y.js";' +
			'const q=()=>import(`./lazy.js`);const s="not an import.js";';
		expect(staticImports(code).sort()).toEqual(['../y.js', './side.js', './x.js']);
		expect(dynamicImports(code)).toEqual(['./lazy.js']);
		expect(
			pageScripts(
				'<link href="../_app/a.js" rel="modulepreload"><link rel="stylesheet" href="s.css">' +
					'<script>Promise.all([import("../_app/start.js")])</script>'
			).sort()
		).toEqual(['../_app/a.js', '../_app/start.js']);
	});

	it('follows the page’s preloads, the nodes SvelteKit starts with and their static imports, not what loads when used', () => {
		write(
			'pathways/p.html',
			'<link href="../_app/entry/start.js" rel="modulepreload">' +
				'<link href="../_app/nodes/4.js" rel="modulepreload">' +
				'<script>import("../_app/entry/app.js")</script>'
		);
		write('_app/entry/start.js', 'import{k}from"../chunks/kit.js";');
		write(
			'_app/entry/app.js',
			'const n=[()=>import(`../nodes/0.a.js`),()=>import(`../nodes/1.b.js`),()=>import(`../nodes/4.js`)];'
		);
		write('_app/nodes/0.a.js', 'export const layout=1;');
		write('_app/nodes/1.b.js', 'import"../chunks/error-dep.js";');
		write('_app/chunks/error-dep.js', 'export const e=1;');
		write('_app/chunks/kit.js', 'export const k=1;');
		write('_app/nodes/4.js', 'import"../chunks/kit.js";const c=()=>import(`../chunks/cy.js`);');
		write('_app/chunks/cy.js', 'Do not assign mappings to elements without corresponding data');
		const scripts = scriptsBeforeFirstUse(site, 'pathways/p.html');
		expect(scripts).toEqual([
			'/_app/chunks/error-dep.js',
			'/_app/chunks/kit.js',
			'/_app/entry/app.js',
			'/_app/entry/start.js',
			'/_app/nodes/0.a.js',
			'/_app/nodes/1.b.js',
			'/_app/nodes/4.js'
		]);
		expect(bundleReport(site, scripts).absent.cytoscape).toBe(true);
		expect(bundleReport(site, [...scripts, '/_app/chunks/cy.js']).absent.cytoscape).toBe(false);
	});

	it('is a budget of its own in the bench report, next to the total after the diagram loads', () => {
		const weigh = (totalGzip: number) => ({
			totalGzip,
			totalBytes: totalGzip * 3,
			chunks: [],
			modules: [],
			absent: { cytoscape: true, dagre: true }
		});
		const r = {
			date: '',
			machine: { node: '', cpus: 1, loadAverage: [] },
			seed: 1,
			sizes: [],
			node: { sizes: [], real: [], growth: {} } as unknown as Report['node'],
			pageLoads: [],
			clicks: {},
			frames: {},
			exports: [],
			problems: [],
			totalSeconds: 0,
			bundle: {
				...weigh(190 * 1024),
				absent: { cytoscape: false, dagre: true },
				beforeFirstUse: weigh(58 * 1024)
			}
		};
		const all = budgets(r, 1);
		const first = all.find((b) => b.name === 'pathway page JS before first use (KiB gz)');
		expect(first?.measured).toMatch(/^58\.0 KiB/);
		expect(first?.met).toBe(true);
		const total = all.find((b) => /after the diagram loads/.test(b.name));
		// Cytoscape loaded after first use is no fault of the total
		expect(total?.measured).toMatch(/^190\.0 KiB.*neither loaded/);
		const heavy = budgets({ ...r, bundle: { ...r.bundle, beforeFirstUse: weigh(61 * 1024) } }, 1);
		expect(heavy.find((b) => b.name === first?.name)?.met).toBe(false);
	});
});
