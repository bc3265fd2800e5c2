/**
 * The handout's figure: the whole pathway through the one SVG renderer, in the print theme
 * (paper, grey-scale safe) with its legend; the references are listed on the page itself.
 *
 * For print it is cut into pages: drawn at the page's width, or larger where that would set text
 * under 7 pt, and cut (between nodes where it can be) into pieces that each fit a page of A4 and
 * of US Letter alike; the first piece leaves room above it for the title and summary, so page 1
 * carries the figure.
 */
import type { Language } from '../i18n/languages.ts';
import type { LaidOutPathway } from '../layout/types.ts';
import type { Pathway } from '../model/atlas.ts';
import { figureContext, type RecordSource } from '../render/figureContext.ts';
import type { SvgOptions } from '../render/options.ts';
import { renderSvg } from '../render/renderSvg.ts';
import { rootTag, type PrintPiece } from './printPiece.ts';

export const HANDOUT_FIGURE: SvgOptions = {
	scope: 'pathway',
	theme: 'print',
	legend: true,
	citations: false,
	title: false,
	// paper has no tooltips
	picture: true
};

const MM = 96 / 25.4;
/** The page margin the handout's `@page` sets, mm. */
export const PAGE_MARGIN_MM = 12;
/** The content box that fits both A4 (210 × 297 mm) and US Letter (215.9 × 279.4 mm), CSS px. */
export const PRINT_PAGE = {
	width: (210 - 2 * PAGE_MARGIN_MM) * MM,
	height: (279.4 - 2 * PAGE_MARGIN_MM) * MM
};
/** Room page 1 keeps above the figure for the title and summary, CSS px. */
export const FIRST_PAGE_HEAD = 330;
/** The smallest printed text, pt (with a hair to spare). */
export const MIN_PRINT_PT = 7.2;
const PT_PER_PX = 0.75;

export const handoutFigure = (
	laidOut: LaidOutPathway,
	data: RecordSource & { pathway: Pathway },
	lang: Language = 'en'
) => renderSvg(laidOut, { ...HANDOUT_FIGURE, lang }, figureContext(data.pathway, data));

type Span = [number, number];

function viewBoxOf(svg: string): { x: number; y: number; width: number; height: number } {
	const [x = 0, y = 0, width = 1, height = 1] = (
		/\sviewBox="([^"]+)"/.exec(rootTag(svg))?.[1] ?? ''
	)
		.split(/\s+/)
		.map(Number);
	return { x, y, width, height };
}

/** The smallest font size the figure sets, in its units. */
export function smallestFont(svg: string): number {
	const sizes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
	return sizes.length ? Math.min(...sizes) : 12;
}

/**
 * Where to cut [start, end) into pieces of at most `limits(i)` units: at the last point before the
 * limit that no span crosses, if there is one in its second half, else at the limit.
 */
export function cuts(
	start: number,
	end: number,
	limit: (i: number) => number,
	spans: Span[]
): number[] {
	const at: number[] = [start];
	// a hair over the limit is rounding, not a piece of its own
	while (end - at.at(-1)! > limit(at.length - 1) + 1e-6) {
		const from = at.at(-1)!;
		const max = from + limit(at.length - 1);
		let cut = max;
		for (let y = max; y > from + (max - from) / 2; y -= 2)
			if (!spans.some(([a, b]) => a < y && y < b)) {
				cut = y;
				break;
			}
		at.push(cut);
	}
	return [...at, end];
}

/** The figure with its root looking at `box` only, drawn `scale` CSS px per unit. */
function crop(
	svg: string,
	box: { x: number; y: number; width: number; height: number },
	scale: number
): PrintPiece {
	const root = rootTag(svg)
		.replace(/\swidth="[^"]*"/, ` width="${Math.round(box.width * scale)}"`)
		.replace(/\sheight="[^"]*"/, ` height="${Math.round(box.height * scale)}"`)
		.replace(/\sviewBox="[^"]*"/, ` viewBox="${box.x} ${box.y} ${box.width} ${box.height}"`);
	return { root, width: box.width * scale, height: box.height * scale };
}

/** The most pages a figure is cut into for print; each page carries a copy of the figure. */
export const MAX_PRINT_PAGES = 12;

/** The whole figure on one page, at the page's width (its text may then be under 7 pt). */
function pageWide(svg: string, view: ReturnType<typeof viewBoxOf>): PrintPiece {
	const scale = Math.min(
		PRINT_PAGE.width / view.width,
		(PRINT_PAGE.height - FIRST_PAGE_HEAD) / view.height
	);
	return crop(svg, view, scale);
}

/** The figure cut for print, in reading order (rows of columns). */
export function printPieces(svg: string, laidOut: LaidOutPathway): PrintPiece[] {
	const view = viewBoxOf(svg);
	const readable = MIN_PRINT_PT / (PT_PER_PX * smallestFont(svg));
	const scale = Math.max(PRINT_PAGE.width / view.width, readable);
	// past a handful of pages a figure is no handout: it is printed whole at the page's width
	const across = Math.ceil((view.width * scale) / PRINT_PAGE.width);
	const down = Math.ceil((view.height * scale) / (PRINT_PAGE.height - FIRST_PAGE_HEAD));
	if (across * down > MAX_PRINT_PAGES) return [pageWide(svg, view)];
	const xs = laidOut.nodes.map((n): Span => [n.x - n.width / 2, n.x + n.width / 2]);
	const ys = laidOut.nodes.map((n): Span => [n.y - n.height / 2, n.y + n.height / 2]);
	const columns = cuts(view.x, view.x + view.width, () => PRINT_PAGE.width / scale, xs);
	const rowLimit = (i: number) => (PRINT_PAGE.height - (i === 0 ? FIRST_PAGE_HEAD : 12)) / scale;
	const rows = cuts(view.y, view.y + view.height, rowLimit, ys);
	return rows.slice(1).flatMap((bottom, r) =>
		columns.slice(1).map((right, c) => {
			const box = {
				x: columns[c]!,
				y: rows[r]!,
				width: right - columns[c]!,
				height: bottom - rows[r]!
			};
			return crop(svg, box, scale);
		})
	);
}
