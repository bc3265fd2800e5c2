/**
 * The embed's pure parts: the oEmbed 1.0 answer (oembed.json), the <iframe> code, the URLs they
 * carry with and without a configured address and base path, the height message and ?step=.
 */
import { describe, expect, it } from 'vitest';
import {
	EMBED_SIZE,
	HEIGHT_MESSAGE,
	heightMessage,
	iframeCode,
	oEmbed,
	pathwaySitePath,
	publicUrl
} from '../../src/lib/embed/embedCode.ts';
import { embedStep } from '../../src/lib/embed/embedStep.ts';
import { basePathSetting } from '../../src/lib/server/basePath.js';
import { validateFixture } from './helpers/fixtures.ts';

const { atlas } = validateFixture('valid');
const ketamine = atlas.pathways.find((p) => p.id === 'ketamine')!;

/** What oEmbed 1.0 requires of a response of type rich (https://oembed.com/, 2.3.4). */
function expectRichOEmbed(answer: Record<string, unknown>) {
	expect(answer.version).toBe('1.0');
	expect(answer.type).toBe('rich');
	expect(typeof answer.html).toBe('string');
	expect(Number.isInteger(answer.width) && (answer.width as number) > 0).toBe(true);
	expect(Number.isInteger(answer.height) && (answer.height as number) > 0).toBe(true);
	for (const key of ['title', 'provider_name']) expect(typeof answer[key]).toBe('string');
	// nothing outside the specification's names
	const known = ['version', 'type', 'title', 'provider_name', 'provider_url', 'html', 'width'];
	expect(Object.keys(answer).filter((k) => ![...known, 'height'].includes(k))).toEqual([]);
}

describe('oembed.json', () => {
	it('is a valid oEmbed 1.0 rich answer whose html is the iframe of the embed page', () => {
		const src = 'https://example.edu/pharm101/atlas/pathways/ketamine/embed';
		const answer = oEmbed({
			src,
			title: 'Ketamine',
			provider: 'Mechanism Atlas',
			address: 'https://example.edu/pharm101/atlas'
		});
		expectRichOEmbed(JSON.parse(JSON.stringify(answer)));
		expect(answer).toMatchObject({
			title: 'Ketamine',
			provider_name: 'Mechanism Atlas',
			provider_url: 'https://example.edu/pharm101/atlas',
			width: EMBED_SIZE.width,
			height: EMBED_SIZE.height
		});
		expect(answer.html).toBe(iframeCode(src, 'Ketamine'));
		expect(answer.html).toMatch(
			/^<iframe src="https:\/\/example\.edu\/pharm101\/atlas\/pathways\/ketamine\/embed" title="Ketamine" width="600" height="400"[^>]*><\/iframe>$/
		);
	});

	it('names no provider_url when the atlas has no configured address', () => {
		const answer = oEmbed({ src: '/pathways/ketamine/embed', title: 'K', provider: 'M' });
		expectRichOEmbed({ ...answer });
		expect('provider_url' in answer).toBe(false);
		expect(answer.html).toContain('src="/pathways/ketamine/embed"');
	});
});

describe('the iframe code', () => {
	it('escapes a curated title and the address in its attributes', () => {
		const code = iframeCode('/p/x/embed?select=a&hypothesis=b', 'A "quoted" <b>title</b> & more');
		expect(code).toContain('src="/p/x/embed?select=a&amp;hypothesis=b"');
		expect(code).toContain('title="A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt; &amp; more"');
		expect(code.match(/</g)).toHaveLength(2);
	});

	it('takes the size it is given', () => {
		expect(iframeCode('/e', 't', { width: 360, height: 640 })).toContain(
			'width="360" height="640"'
		);
	});
});

describe('URLs', () => {
	it("are a pathway's pages in either language", () => {
		expect(pathwaySitePath('ketamine', 'en', 'embed')).toBe('/pathways/ketamine/embed');
		expect(pathwaySitePath('ketamine', 'zh', 'oembed.json')).toBe(
			'/zh/pathways/ketamine/oembed.json'
		);
	});

	it('are absolute under a configured address, else root-relative under the base path', () => {
		const path = '/zh/pathways/ketamine/embed';
		expect(publicUrl(path, { base: '', address: undefined })).toBe(path);
		expect(publicUrl(path, { base: '/pharm101/atlas' })).toBe(`/pharm101/atlas${path}`);
		expect(
			publicUrl(path, { base: '/pharm101/atlas', address: 'https://e.edu/pharm101/atlas/' })
		).toBe(`https://e.edu/pharm101/atlas${path}`);
	});
});

describe('ATLAS_BASE_PATH', () => {
	it('is taken with a leading slash and without a trailing one', () => {
		expect(basePathSetting(undefined)).toEqual({ base: '' });
		expect(basePathSetting('')).toEqual({ base: '' });
		expect(basePathSetting('/')).toEqual({ base: '' });
		expect(basePathSetting('/pharm101/atlas/')).toEqual({ base: '/pharm101/atlas' });
	});

	it('refuses what is not a path from the root, with one line', () => {
		for (const bad of ['pharm101', '//host/x', '/a?b', '/a b']) {
			const setting = basePathSetting(bad);
			expect('problem' in setting, bad).toBe(true);
			if ('problem' in setting) expect(setting.problem).toContain('ATLAS_BASE_PATH');
		}
	});
});

describe('the height message', () => {
	it('names itself, the pathway and a whole number of pixels', () => {
		expect(heightMessage('ketamine', 399.2)).toEqual({
			type: HEIGHT_MESSAGE,
			pathway: 'ketamine',
			height: 400
		});
		expect(HEIGHT_MESSAGE).toBe('mechanism-atlas:height');
	});
});

describe('?step=', () => {
	it('draws what steps 1..n reveal and hides the rest, narrated in the language asked', () => {
		const step = embedStep(ketamine, '2', 'zh')!;
		expect(step).toMatchObject({ n: 2, count: 3, narration: '它阻断NMDA受体。' });
		for (const id of ['ketamine', 'nmda-receptor', 'ketamine-blocks-nmda-receptor'])
			expect(step.hidden.has(id), id).toBe(false);
		for (const id of ['mtor', 'rapid-effect', 'mtor-to-effect'])
			expect(step.hidden.has(id), id).toBe(true);
	});

	it('is clamped to the steps there are, and absent without a value', () => {
		expect(embedStep(ketamine, '99', 'en')).toMatchObject({
			n: 3,
			narration: 'mTOR is one of three targets.'
		});
		expect(embedStep(ketamine, 'x', 'en')?.n).toBe(1);
		expect(embedStep(ketamine, null, 'en')).toBeUndefined();
		const last = embedStep(ketamine, '3', 'en')!;
		expect(last.hidden.size).toBe(0);
	});

	it('is nothing on a pathway without lecture steps', () => {
		expect(embedStep({ ...ketamine, steps: [] }, '1', 'en')).toBeUndefined();
	});
});
