import { describe, expect, it } from 'vitest';
import {
	languageOfPath,
	pageLanguage,
	addressIn,
	linkIn,
	inEveryLanguage,
	isLanguageSegment,
	languageOfSegment,
	languageTag,
	segmentOf
} from '../../src/lib/i18n/address.ts';

describe('a language is an address', () => {
	it('moves a page between /… and /zh/…, keeping the query and the fragment', () => {
		const url = { pathname: '/pathways/ketamine', search: '?select=nmda&step=3', hash: '#s2' };
		expect(addressIn(url, 'zh')).toBe('/zh/pathways/ketamine?select=nmda&step=3#s2');
		const zh = { ...url, pathname: '/zh/pathways/ketamine' };
		expect(addressIn(zh, 'en')).toBe('/pathways/ketamine?select=nmda&step=3#s2');
	});

	it('leaves a page already in the language where it is', () => {
		expect(addressIn({ pathname: '/zh/sources/jelen-2021' }, 'zh')).toBe('/zh/sources/jelen-2021');
		expect(addressIn({ pathname: '/sources/jelen-2021' }, 'en')).toBe('/sources/jelen-2021');
	});

	it('maps the home page to /zh and back, with no trailing slash', () => {
		expect(addressIn({ pathname: '/' }, 'zh')).toBe('/zh');
		expect(addressIn({ pathname: '/zh' }, 'en')).toBe('/');
		expect(addressIn({ pathname: '/zh' }, 'zh')).toBe('/zh');
	});

	it('takes only a whole /zh segment for the language', () => {
		expect(addressIn({ pathname: '/zhong' }, 'zh')).toBe('/zh/zhong');
		expect(addressIn({ pathname: '/zhong' }, 'en')).toBe('/zhong');
	});

	it('puts the language after the site base path', () => {
		expect(addressIn({ pathname: '/atlas/pathways/a' }, 'zh', '/atlas')).toBe(
			'/atlas/zh/pathways/a'
		);
		expect(addressIn({ pathname: '/atlas/zh' }, 'en', '/atlas')).toBe('/atlas/');
	});

	it('reads the route parameter and writes the language tags', () => {
		expect(languageOfSegment('zh')).toBe('zh');
		expect(languageOfSegment(undefined)).toBe('en');
		expect(segmentOf('zh')).toBe('zh');
		expect(segmentOf('en')).toBeUndefined();
		expect(isLanguageSegment('zh')).toBe(true);
		expect(isLanguageSegment('en')).toBe(false);
		expect(languageTag('zh')).toBe('zh-Hans');
		expect(languageTag('en')).toBe('en');
	});

	it('prerenders every page once per language', () => {
		expect(inEveryLanguage([{ id: 'a' }, { id: 'b' }])).toEqual([
			{ id: 'a' },
			{ id: 'b' },
			{ id: 'a', lang: 'zh' },
			{ id: 'b', lang: 'zh' }
		]);
	});
});

describe('the language of a page', () => {
	it('is its route’s parameter; the address is read only where no route matched', () => {
		const unread = () => {
			throw new Error('the address was read');
		};
		expect(pageLanguage({ id: '/[[lang=lang]]' }, 'zh', unread)).toBe('zh');
		expect(pageLanguage({ id: '/[[lang=lang]]/pathways/[id]' }, undefined, unread)).toBe('en');
		expect(pageLanguage({ id: null }, undefined, () => '/zh/no/such')).toBe('zh');
		expect(pageLanguage({ id: null }, undefined, () => '/no/such')).toBe('en');
	});

	it('at an unknown address is its first segment after the base', () => {
		expect(languageOfPath('/atlas/zh/x', '/atlas')).toBe('zh');
		expect(languageOfPath('/atlas/zhx', '/atlas')).toBe('en');
		expect(languageOfPath('/zh')).toBe('zh');
	});
});

describe('the switch link', () => {
	const here = { pathname: '/zh/pathways/a', search: '?select=b', hash: '' };
	it('is written relative to the root in a prerendered page', () => {
		expect(linkIn(here, 'en', '../../')).toBe('../../pathways/a?select=b');
		expect(linkIn({ pathname: '/' }, 'zh', './')).toBe('./zh');
		expect(linkIn({ pathname: '/zh' }, 'en', './')).toBe('./');
	});
	it('is absolute in the browser, after any base path', () => {
		expect(linkIn(here, 'en', '/')).toBe('/pathways/a?select=b');
		const under = { pathname: '/atlas/pathways/a' };
		expect(linkIn(under, 'zh', '/atlas/')).toBe('/atlas/zh/pathways/a');
		expect(linkIn(under, 'zh', '../')).toBe('../zh/pathways/a');
	});
});
