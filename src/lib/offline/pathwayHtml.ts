/**
 * One pathway as one self-contained HTML file, for a lecturer to upload or email: the figure
 * (the one SVG renderer's, each element a link to its details), every element's details, the
 * outline, the lecture steps, search and a presentation mode. Fonts, style, script and data are
 * inline; a Content-Security-Policy allows nothing else, so the file asks no address for anything.
 * Without its script it still works: a click follows the `#about-<id>` link and the details show
 * by :target, as on the pathway page before its script runs.
 */
import { createHash } from 'node:crypto';
import { languageTag } from '../i18n/address.ts';
import type { Language } from '../i18n/languages.ts';
import { OFFLINE_TEXT } from '../i18n/offlineText.ts';
import { translate } from '../i18n/strings.ts';
import type { LaidOutPathway } from '../layout/types.ts';
import { LECTURE_KEYS, lectureKeyHelp } from '../lecture/keys.ts';
import { figureContext } from '../render/figureContext.ts';
import { PAGE_FIGURE } from '../render/options.ts';
import { renderSvg } from '../render/renderSvg.ts';
import { elementTitle } from '../view/labels.ts';
import { pick } from '../i18n/localized.ts';
import { elementOrder } from '../view/order.ts';
import type { PathwayPageData } from '../view/pathwayPage.ts';
import { ABOUT, detailsHtml, unconfirmedNote, unconfirmedNoteCss } from './detailsHtml.ts';
import { el, fragment, textEl, txt, voidEl } from '../render/html.ts';

/** What the file carries besides the pathway: made by the caller (fonts are subset in Node). */
export interface HtmlAssets {
	/** @font-face rules with data: URLs. */
	fontCss: string;
	/** The page's stylesheet and script (offlinePage.css, offlineClient.js). */
	css: string;
	script: string;
	atlas: { name: string; version: string; date: string; url?: string };
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Only what the file carries inline: its one style and one script, fonts and images as data. */
export const contentSecurityPolicy = (style: string, script: string) =>
	[
		"default-src 'none'",
		`style-src ${sha256(style)}`,
		`script-src ${sha256(script)}`,
		'font-src data:',
		'img-src data:',
		"base-uri 'none'",
		"form-action 'none'"
	].join('; ');

/** JSON inside <script type="application/json">: no `<` can close the element. */
const jsonData = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

function headerHtml(data: PathwayPageData, lang: Language, assets: HtmlAssets): string {
	const w = OFFLINE_TEXT[lang];
	const { name, version, date, url } = assets.atlas;
	const made = `${w.madeBy} ${name}, ${w.version} ${version}, ${w.madeOn} ${date}`;
	const p = data.pathway;
	return el(
		'header',
		{ class: 'made' },
		el(
			'p',
			{ 'data-testid': 'made' },
			txt(made),
			url ? ` · ${el('a', { href: url }, txt(w.openAtlas))}` : ''
		),
		textEl('h1', {}, pick(p.title, lang)),
		textEl('p', { class: 'summary' }, pick(p.summary, lang))
	);
}

function figureHtml(laidOut: LaidOutPathway, data: PathwayPageData, lang: Language): string {
	const w = OFFLINE_TEXT[lang];
	const svg = renderSvg(
		laidOut,
		{ ...PAGE_FIGURE, legend: true, fragmentLinks: ABOUT, lang },
		figureContext(data.pathway, data)
	);
	const button = (action: string, text: string) =>
		textEl('button', { type: 'button', 'data-zoom': action, hidden: '' }, text);
	return el(
		'div',
		{ class: 'figure-area' },
		el(
			'div',
			{ class: 'tools' },
			button('in', w.zoomIn),
			button('out', w.zoomOut),
			button('fit', w.fit)
		),
		el('div', { class: 'figure', id: 'figure' }, svg)
	);
}

function panelHtml(data: PathwayPageData, lang: Language): string {
	const details = elementOrder(data.pathway).map((id) => detailsHtml(id, data, lang));
	return el(
		'aside',
		{ class: 'panel', 'aria-label': translate(lang, 'details') },
		textEl('p', { class: 'hint' }, translate(lang, 'nothingSelected')),
		...details
	);
}

function outlineHtml(data: PathwayPageData, lang: Language): string {
	const items = elementOrder(data.pathway).map((id) =>
		el('li', {}, el('a', { href: fragment(ABOUT + id) }, txt(elementTitle(id, data, lang))))
	);
	const w = OFFLINE_TEXT[lang];
	return el(
		'section',
		{ class: 'outline' },
		textEl('h2', {}, translate(lang, 'outline')),
		voidEl('input', {
			type: 'search',
			id: 'find',
			'aria-label': w.searchPathway,
			placeholder: w.searchPathway,
			hidden: ''
		}),
		el('ol', { id: 'outline' }, ...items)
	);
}

function stepsHtml(data: PathwayPageData, lang: Language): string {
	const w = OFFLINE_TEXT[lang];
	const steps = data.pathway.steps;
	if (!steps.length) return '';
	const sections = steps.map((s, i) => {
		const n = i + 1;
		const links = s.show.map((id) =>
			el('li', {}, el('a', { href: fragment(ABOUT + id) }, txt(elementTitle(id, data, lang))))
		);
		const move = (to: number, text: string) =>
			to >= 1 && to <= steps.length
				? el('a', { href: `#step-${to}`, class: 'move' }, txt(text))
				: '';
		return el(
			'section',
			{ class: 'step', id: `step-${n}`, 'data-step': String(n) },
			textEl('h3', {}, w.step(n)),
			textEl('p', { class: 'narration' }, pick(s.narration, lang)),
			el('ul', {}, ...links),
			el('p', {}, move(n - 1, w.previousStep), ' ', move(n + 1, w.nextStep))
		);
	});
	return el(
		'section',
		{ class: 'steps' },
		textEl('h2', {}, w.steps),
		textEl('button', { type: 'button', id: 'present', hidden: '' }, w.present),
		textEl('p', { class: 'keys' }, lectureKeyHelp(lang)),
		...sections
	);
}

/** What the script reads: the steps' elements and the lecture keys (from their one table). */
function pageData(data: PathwayPageData) {
	return {
		steps: data.pathway.steps.map((s) => s.show),
		keys: Object.fromEntries(Object.entries(LECTURE_KEYS).map(([action, k]) => [action, k.keys]))
	};
}

export function pathwayHtml(
	laidOut: LaidOutPathway,
	data: PathwayPageData,
	lang: Language,
	assets: HtmlAssets
): string {
	const style = `${assets.fontCss}\n${assets.css}\n${unconfirmedNoteCss(lang)}`;
	const p = data.pathway;
	const body = [
		headerHtml(data, lang, assets),
		el('div', { class: 'explorer' }, figureHtml(laidOut, data, lang), panelHtml(data, lang)),
		stepsHtml(data, lang),
		outlineHtml(data, lang),
		unconfirmedNote(lang),
		el('script', { type: 'application/json', id: 'atlas-data' }, jsonData(pageData(data))),
		`<script>${assets.script}</script>`
	].join('\n');
	return [
		'<!doctype html>',
		`<html lang="${languageTag(lang)}">`,
		'<head>',
		'<meta charset="utf-8">',
		voidEl('meta', {
			'http-equiv': 'Content-Security-Policy',
			content: contentSecurityPolicy(style, assets.script)
		}),
		'<meta name="viewport" content="width=device-width, initial-scale=1">',
		textEl('title', {}, pick(p.title, lang)),
		`<style>${style}</style>`,
		'</head>',
		`<body>${body}</body>`,
		'</html>'
	].join('\n');
}
