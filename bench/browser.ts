/**
 * The benchmark's browser part, in Chromium through Playwright: page loads (navigation to the
 * diagram visible, and to a click that selects), click-to-details latency, frame times while
 * zooming and panning, the JavaScript a pathway page loads, and the SVG export comparison.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/browser.js';
import { median, percentile } from './stats.ts';

export async function launch(): Promise<Browser> {
	const found = findChromium();
	if (!found.path) throw new Error('no Chromium found: see scripts/browser.js');
	return chromium.launch({ executablePath: found.path, args: CHROMIUM_ARGS });
}

/**
 * A fresh context (nothing cached) and page. tsx compiles the functions handed to the page with
 * esbuild's keepNames, which wraps them in `__name(...)`: the page gets a do-nothing `__name`.
 */
async function freshPage(browser: Browser) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	await context.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((f) => f);' });
	return { context, page: await context.newPage() };
}

/** What to look for in a page: the diagram drawn, the diagram taking clicks, the details shown. */
export interface PageKind {
	name: string;
	visible: string;
	ready: string;
	details: string;
	/** The panel whose content a selection changes. */
	panel: string;
	/** A figure that takes clicks before the interactive diagram is ready (its nodes are g.node). */
	figure?: string;
}

export const ATLAS_PAGE: PageKind = {
	name: 'atlas',
	// the inline figure parsed whole (the viewer's container comes after it), or Cytoscape drawn
	visible: '.static-figure ~ .cy-container, .cy-container[data-ready="true"]',
	ready: '.cy-container[data-ready="true"]',
	// the live panel (a click before the script runs becomes the selection once it runs)
	details: '[data-testid="details-title"]',
	panel: '.details',
	figure: '.static-figure svg'
};

/**
 * The same page with every script removed: a click on the figure follows the element's link, and
 * its name shows by :target, linking to its sentences in the pathway's one-file version.
 */
export const SCRIPT_FREE_PAGE: PageKind = {
	...ATLAS_PAGE,
	name: 'script-free',
	details: '.anchor:target'
};

export const BASELINE_PAGE: PageKind = {
	name: 'baseline',
	visible: '#cy[data-ready="true"]',
	ready: '#cy[data-ready="true"]',
	details: '#panel h3',
	panel: '#panel'
};

interface Marks {
	visible?: number;
	details?: number;
	/** Per pointerdown: when it happened, and when the panel next changed on screen. */
	clicks: { down: number; shown?: number }[];
	frames: number[];
	recording: boolean;
}

/**
 * Runs in the page before any of its scripts: notes, in ms since navigation started, the frame in
 * which the diagram first shows and the one in which the details panel first shows.
 */
function instrument(kind: PageKind) {
	const marks: Marks = { clicks: [], frames: [], recording: false };
	(window as unknown as { __bench: Marks }).__bench = marks;
	// The frame that paints a change: when its work begins, read in its rAF callback. Not the
	// timestamp the callback is given: that is when the frame was scheduled, which comes before
	// whatever long task (a hydration, say) still held the main thread, so it hid that task. (A
	// timer set from the callback would also count whatever else waits in the queue.)
	const afterPaint = (set: (t: number) => void) =>
		requestAnimationFrame(() => set(performance.now()));
	let pendingVisible = false;
	let pendingDetails = false;
	// Prerendered details are in the page from the start, hidden until a link targets them.
	const shown = (selector: string) =>
		Array.from(document.querySelectorAll(selector)).some((el) => el.checkVisibility());
	const check = () => {
		if (!pendingVisible && document.querySelector(kind.visible)) {
			pendingVisible = true;
			afterPaint((t) => (marks.visible = t));
		}
		if (!pendingDetails && marks.clicks.length && shown(kind.details)) {
			pendingDetails = true;
			afterPaint((t) => (marks.details = t));
		}
		const last = marks.clicks[marks.clicks.length - 1];
		if (last && last.shown === undefined && (last as { changed?: boolean }).changed)
			afterPaint((t) => (last.shown ??= t));
	};
	new MutationObserver((records) => {
		const last = marks.clicks[marks.clicks.length - 1];
		if (last && last.shown === undefined) {
			const panel = document.querySelector(kind.panel);
			if (panel && records.some((r) => panel.contains(r.target)))
				(last as { changed?: boolean }).changed = true;
		}
		check();
	}).observe(document, {
		subtree: true,
		childList: true,
		characterData: true,
		attributes: true,
		attributeFilter: ['data-ready']
	});
	addEventListener('pointerdown', (e) => marks.clicks.push({ down: e.timeStamp }), true);
	// a :target change mutates nothing
	addEventListener('hashchange', check);
	const frame = (t: number) => {
		if (marks.recording) marks.frames.push(t);
		requestAnimationFrame(frame);
	};
	requestAnimationFrame(frame);
}

type Cy = import('cytoscape').Core;

/** Where element `id` is on the screen, from the live Cytoscape instance. */
function pointOf(page: Page, id: string): Promise<{ x: number; y: number }> {
	return page.evaluate((elementId) => {
		const holder = document.querySelector('.cy-container') as (HTMLElement & { cy?: Cy }) | null;
		const cy = holder?.cy ?? (window as unknown as { cy: Cy }).cy;
		const box = cy.container()!.getBoundingClientRect();
		const at = cy.getElementById(elementId).renderedPosition();
		return { x: box.left + at.x, y: box.top + at.y };
	}, id);
}

/** The `count` nodes (not compartments) drawn nearest the middle of the diagram. */
export function nodesNearCentre(page: Page, count: number): Promise<string[]> {
	return page.evaluate((k) => {
		const holder = document.querySelector('.cy-container') as (HTMLElement & { cy?: Cy }) | null;
		const cy = holder?.cy ?? (window as unknown as { cy: Cy }).cy;
		const w = cy.width() / 2;
		const h = cy.height() / 2;
		return cy
			.nodes(':childless')
			.map((n) => {
				const p = n.renderedPosition();
				return { id: n.id(), d: (p.x - w) ** 2 + (p.y - h) ** 2 };
			})
			.sort((a, b) => a.d - b.d)
			.slice(0, k)
			.map((n) => n.id);
	}, count);
}

const marksOf = (page: Page) =>
	page.evaluate(() => (window as unknown as { __bench: Marks }).__bench);

export interface LoadRun {
	visible: number;
	interactive: number;
	/** When the first of the reader's clicks landed, and the one that selected. */
	firstClick?: number;
	selectingClick?: number;
}

export interface LoadResult {
	url: string;
	runs: LoadRun[];
	visibleMs?: number;
	interactiveMs?: number;
	note?: string;
}

/**
 * 'done' once a click has shown the details; else where to click to select a node now: the node
 * nearest the middle of the live diagram if it is ready, else of the figure that stands in for
 * it, else nowhere yet. (Self-contained: it runs in the page.)
 */
function nextClick(kind: PageKind): 'done' | { x: number; y: number } | null {
	if ((window as unknown as { __bench: Marks }).__bench.details !== undefined) return 'done';
	const holder = document.querySelector('.cy-container') as (HTMLElement & { cy?: Cy }) | null;
	const cy = holder?.cy ?? (window as unknown as { cy?: Cy }).cy;
	const nearest = (points: { x: number; y: number }[], mx: number, my: number) =>
		points.sort(
			(a, b) => (a.x - mx) ** 2 + (a.y - my) ** 2 - (b.x - mx) ** 2 - (b.y - my) ** 2
		)[0] ?? null;
	if (cy && document.querySelector(kind.ready)) {
		const box = cy.container()!.getBoundingClientRect();
		const points = cy.nodes(':childless').map((n) => {
			const p = n.renderedPosition();
			return { x: box.left + p.x, y: box.top + p.y };
		});
		return nearest(points, box.left + box.width / 2, box.top + box.height / 2);
	}
	// The node chosen on the inline figure is kept: its box is read again each turn (it follows
	// any move), not every node's, which at 5,000 nodes took the page's main thread for tens of
	// milliseconds a turn, delaying the very script whose answer is being timed.
	const kept = (window as unknown as { __benchNode?: Element }).__benchNode;
	if (kept?.isConnected && kept.getClientRects().length) {
		const r = kept.getBoundingClientRect();
		return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
	}
	const figure = kind.figure ? document.querySelector(kind.figure) : null;
	if (!figure || !figure.getClientRects().length) return null;
	// What of the figure shows: its box, within the box that clips it, within the window.
	const clip = (figure.parentElement ?? figure).getBoundingClientRect();
	const box = figure.getBoundingClientRect();
	const left = Math.max(box.left, clip.left, 0);
	const top = Math.max(box.top, clip.top, 0);
	const right = Math.min(box.right, clip.right, innerWidth);
	const bottom = Math.min(box.bottom, clip.bottom, innerHeight);
	const points = Array.from(figure.querySelectorAll('g.node'))
		.map((g) => {
			const r = g.getBoundingClientRect();
			return { x: r.left + r.width / 2, y: r.top + r.height / 2, g };
		})
		.filter((p) => p.x >= left && p.x <= right && p.y >= top && p.y <= bottom);
	const chosen = nearest(points, (left + right) / 2, (top + bottom) / 2) as
		((typeof points)[number] & { g: Element }) | null;
	if (!chosen) return null;
	(window as unknown as { __benchNode?: Element }).__benchNode = chosen.g;
	return { x: chosen.x, y: chosen.y };
}

/**
 * One load in a fresh context (nothing cached): navigation to the diagram visible, and to the
 * details panel shown by a click on a node. The reader's clicks are played from the first frame
 * on, one after another, on whatever shows the diagram, so "interactive" is the first moment a click
 * selects, whichever of the figure or the live diagram takes it.
 */
async function loadOnce(
	browser: Browser,
	kind: PageKind,
	url: string,
	timeoutMs: number
): Promise<LoadRun> {
	const { context, page } = await freshPage(browser);
	try {
		await page.addInitScript(instrument, kind);
		await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
		const until = Date.now() + timeoutMs;
		for (;;) {
			// One round trip a turn: the driver's own latency is not the page's.
			const next = await page.evaluate(nextClick, kind);
			if (next === 'done') break;
			if (Date.now() > until) throw new Error(`no click selected within ${timeoutMs / 1000} s`);
			if (next) await page.mouse.click(next.x, next.y);
			else await page.waitForTimeout(5);
		}
		const marks = await marksOf(page);
		const before = marks.clicks.filter((c) => c.down <= marks.details!);
		return {
			visible: marks.visible!,
			interactive: marks.details!,
			firstClick: marks.clicks[0]?.down,
			selectingClick: before[before.length - 1]?.down
		};
	} finally {
		await context.close();
	}
}

function summary(url: string, runs: LoadRun[], note?: string): LoadResult {
	return {
		url,
		runs,
		...(runs.length
			? {
					visibleMs: median(runs.map((r) => r.visible)),
					interactiveMs: median(runs.map((r) => r.interactive))
				}
			: {}),
		...(note ? { note } : {})
	};
}

const firstLine = (error: unknown) =>
	(error instanceof Error ? error.message : String(error)).split('\n')[0]!;

/** `times` loads of `url`; stops at the first that fails (a timeout, say), keeping the others. */
export async function pageLoads(
	browser: Browser,
	kind: PageKind,
	url: string,
	times: number,
	timeoutMs = 60_000
): Promise<LoadResult> {
	const runs: LoadRun[] = [];
	for (let i = 0; i < times; i++) {
		try {
			runs.push(await loadOnce(browser, kind, url, timeoutMs));
		} catch (error) {
			return summary(url, runs, `stopped: ${firstLine(error)}`);
		}
	}
	return summary(url, runs);
}

/**
 * Loads of two pages taken in turn (a, b, a, b...), so that whatever else the machine is doing
 * weighs on both alike.
 */
export async function pairedLoads(
	browser: Browser,
	a: { kind: PageKind; url: string },
	b: { kind: PageKind; url: string; times?: number; timeoutMs?: number },
	times: number,
	timeoutMs = 60_000
): Promise<[LoadResult, LoadResult]> {
	const runsA: LoadRun[] = [];
	const runsB: LoadRun[] = [];
	let noteA: string | undefined;
	let noteB: string | undefined;
	for (let i = 0; i < times; i++) {
		if (!noteA)
			try {
				runsA.push(await loadOnce(browser, a.kind, a.url, timeoutMs));
			} catch (error) {
				noteA = `stopped: ${firstLine(error)}`;
			}
		if (!noteB && i < (b.times ?? times))
			try {
				runsB.push(await loadOnce(browser, b.kind, b.url, b.timeoutMs ?? timeoutMs));
			} catch (error) {
				noteB = `stopped: ${firstLine(error)}`;
			}
	}
	return [summary(a.url, runsA, noteA), summary(b.url, runsB, noteB)];
}

/** A fresh, instrumented page at `url`, its diagram ready and settled. */
async function readyPage(browser: Browser, kind: PageKind, url: string) {
	const { context, page } = await freshPage(browser);
	await page.addInitScript(instrument, kind);
	await page.goto(url);
	await page.waitForSelector(kind.ready, { state: 'attached', timeout: 120_000 });
	await page.waitForTimeout(500);
	return { context, page };
}

export interface ClickResult {
	clicks: number;
	missed: number;
	medianMs: number;
	maxMs: number;
}

/**
 * On a ready page, clicks `count` nodes near the middle one after another: pointerdown to the
 * panel showing the element.
 */
export async function clickLatency(
	browser: Browser,
	kind: PageKind,
	url: string,
	count: number
): Promise<ClickResult> {
	const { context, page } = await readyPage(browser, kind, url);
	const latencies: number[] = [];
	let missed = 0;
	for (const id of await nodesNearCentre(page, count)) {
		const at = await pointOf(page, id);
		await page.mouse.click(at.x, at.y);
		try {
			await page.waitForFunction(
				() => {
					const marks = (window as unknown as { __bench: Marks }).__bench;
					return marks.clicks[marks.clicks.length - 1]?.shown !== undefined;
				},
				undefined,
				{ timeout: 5000 }
			);
			const marks = await marksOf(page);
			const last = marks.clicks[marks.clicks.length - 1]!;
			latencies.push(last.shown! - last.down);
		} catch {
			missed++; // the click selected nothing new (it hit a label band, say): not a latency
		}
		// let a centring animation end before measuring where the next element is
		await page.waitForTimeout(400);
	}
	await context.close();
	return {
		clicks: latencies.length,
		missed,
		medianMs: median(latencies),
		maxMs: Math.max(...latencies)
	};
}

export interface FrameResult {
	frames: number;
	medianMs: number;
	p95Ms: number;
	maxMs: number;
	/** Share of frames longer than one 60 Hz frame (16.7 ms). */
	slowShare: number;
}

/** Frame times (requestAnimationFrame deltas) during a scripted wheel zoom and drag pan. */
export async function zoomPanFrames(
	browser: Browser,
	kind: PageKind,
	url: string
): Promise<FrameResult> {
	const { context, page } = await readyPage(browser, kind, url);
	const box = (await page.locator(kind.ready).boundingBox())!;
	const cx = box.x + box.width / 2;
	const cy = box.y + box.height / 2;
	await page.mouse.move(cx, cy);
	await page.evaluate(() => ((window as unknown as { __bench: Marks }).__bench.recording = true));
	for (let i = 0; i < 12; i++) {
		await page.mouse.wheel(0, -120);
		await page.waitForTimeout(30);
	}
	await page.mouse.down();
	for (let i = 0; i < 40; i++) await page.mouse.move(cx - i * 8, cy - i * 4, { steps: 2 });
	await page.mouse.up();
	for (let i = 0; i < 12; i++) {
		await page.mouse.wheel(0, 120);
		await page.waitForTimeout(30);
	}
	await page.waitForTimeout(200);
	const { frames } = await marksOf(page);
	await context.close();
	const deltas = frames.slice(1).map((t, i) => t - frames[i]!);
	return {
		frames: deltas.length,
		medianMs: median(deltas),
		p95Ms: percentile(deltas, 0.95),
		maxMs: Math.max(...deltas),
		slowShare: deltas.filter((d) => d > 16.7 + 0.5).length / Math.max(1, deltas.length)
	};
}

/** Every script a page loads until its diagram is ready and the network is quiet. */
export async function scriptsLoaded(
	browser: Browser,
	kind: PageKind,
	url: string
): Promise<string[]> {
	const { context, page } = await freshPage(browser);
	const scripts: string[] = [];
	page.on('response', (response) => {
		if (response.request().resourceType() === 'script')
			scripts.push(new URL(response.url()).pathname);
	});
	await page.goto(url);
	await page.waitForSelector(kind.ready, { state: 'attached' });
	await page.waitForLoadState('networkidle');
	await context.close();
	return [...new Set(scripts)];
}

export interface ExportRun {
	svg: string;
	ms: number[];
}

/** The export comparison page: renderSvg and cytoscape-svg on one pathway, `runs` times each. */
export async function exportBoth(
	browser: Browser,
	pagesUrl: string,
	id: string,
	runs: number
): Promise<{ ours: ExportRun; theirs: ExportRun }> {
	const { context, page } = await freshPage(browser);
	await page.goto(`${pagesUrl}/exporter.html`);
	await page.waitForSelector('body[data-ready="true"]');
	const result = await page.evaluate(
		([pathway, n]) =>
			(
				window as unknown as {
					exportBoth: (id: string, runs: number) => Promise<{ ours: ExportRun; theirs: ExportRun }>;
				}
			).exportBoth(pathway as string, n as number),
		[id, runs] as const
	);
	await context.close();
	return result;
}
