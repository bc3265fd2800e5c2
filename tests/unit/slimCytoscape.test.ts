import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import { slimCytoscape } from '../../src/lib/server/slimCytoscape.ts';

type Hook = (...args: unknown[]) => unknown;
const call = (hook: unknown, self: unknown, ...args: unknown[]) =>
	(typeof hook === 'function' ? hook : (hook as { handler: Hook }).handler).call(self, ...args);

const installed = join(dirname(createRequire(import.meta.url).resolve('cytoscape')), '..');
const src = join(installed, 'src');

describe('the slim Cytoscape plugin', () => {
	const plugin = slimCytoscape();

	it('gives the client build the package source, and the server build the package as published', () => {
		expect(call(plugin.resolveId, {}, 'cytoscape', undefined, { ssr: false })).toBe(
			join(src, 'index.mjs')
		);
		expect(call(plugin.resolveId, {}, 'cytoscape', undefined, { ssr: true })).toBeUndefined();
		expect(
			call(plugin.resolveId, {}, 'cytoscape-dagre', undefined, { ssr: false })
		).toBeUndefined();
	});

	it('stands small modules in for the algorithms, layouts and WebGL redraw, and keeps the rest', () => {
		const load = (path: string) => call(plugin.load, {}, join(src, path)) as string | undefined;
		expect(load('collection/algorithms/index.mjs')).toContain("from './bfs-dfs.mjs'");
		expect(load('collection/algorithms/index.mjs')).not.toContain('pageRank');
		const layouts = load('extensions/layout/index.mjs')!;
		for (const name of ['grid', 'null', 'preset']) expect(layouts).toContain(`name: '${name}'`);
		expect(layouts).not.toContain('cose');
		expect(load('extensions/renderer/canvas/webgl/drawing-redraw-webgl.mjs')).toBe(
			'export default {};\n'
		);
		expect(load('version.mjs')).toMatch(/^export default "3\.\d+\.\d+";/);
		expect(load('core/index.mjs')).toBeUndefined();
	});

	it('is for builds only: the dev server uses the package as published', () => {
		expect(plugin.apply).toBe('build');
	});

	const moved = mkdtempSync(join(tmpdir(), 'slim-cytoscape-'));
	afterAll(() => rmSync(moved, { recursive: true, force: true }));

	it('stops the build, naming what moved, when a release lays its source out differently', () => {
		writeFileSync(join(moved, 'package.json'), JSON.stringify({ version: '9.0.0' }));
		mkdirSync(join(moved, 'src'));
		writeFileSync(join(moved, 'src', 'index.mjs'), '');
		const errors: string[] = [];
		call(slimCytoscape(moved).buildStart, {
			error: (message: string) => errors.push(message)
		});
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatch(/^cytoscape 9\.0\.0: its source no longer has /);
		expect(errors[0]).toContain('collection/algorithms/index.mjs');
		expect(errors[0]).toContain('src/lib/server/slimCytoscape.ts');
	});

	it('starts quietly on the installed release', () => {
		const errors: string[] = [];
		call(plugin.buildStart, { error: (message: string) => errors.push(message) });
		expect(errors).toEqual([]);
	});
});
