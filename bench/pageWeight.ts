/**
 * How heavy the pathway pages are, and how that grows with the pathway: the built HTML of every
 * pathway page (the figure, the details, the page data), and its growth per node fitted by least
 * squares, so a page's fixed part (styles, header, script tags) is not counted per node; in
 * English and, where the site has it, at the page's Chinese address.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface PageWeight {
	id: string;
	nodes: number;
	real: boolean;
	bytes: number;
	/** The same page at /zh/. */
	zhBytes?: number;
}

export interface PageWeightReport {
	pages: PageWeight[];
	/** Bytes of HTML each further node adds, on the curated pages and on the synthetic ones. */
	realPerNode?: number;
	syntheticPerNode?: number;
	/** The curated pages in Chinese. */
	realPerNodeZh?: number;
}

/** The least-squares slope of bytes against nodes; undefined under two distinct sizes. */
export function perNode(pages: PageWeight[]): number | undefined {
	const n = pages.length;
	const meanX = pages.reduce((s, p) => s + p.nodes, 0) / n;
	const meanY = pages.reduce((s, p) => s + p.bytes, 0) / n;
	const sxx = pages.reduce((s, p) => s + (p.nodes - meanX) ** 2, 0);
	if (!n || !sxx) return undefined;
	return pages.reduce((s, p) => s + (p.nodes - meanX) * (p.bytes - meanY), 0) / sxx;
}

export function pageWeights(
	subjects: { id: string; nodes: number; real: boolean; site: string }[]
): PageWeightReport {
	const pages = subjects.map(({ id, nodes, real, site }) => {
		const zh = join(site, 'zh', 'pathways', `${id}.html`);
		return {
			id,
			nodes,
			real,
			bytes: statSync(join(site, 'pathways', `${id}.html`)).size,
			...(existsSync(zh) ? { zhBytes: statSync(zh).size } : {})
		};
	});
	const realPerNode = perNode(pages.filter((p) => p.real));
	const syntheticPerNode = perNode(pages.filter((p) => !p.real));
	const inChinese = pages
		.filter((p) => p.real && p.zhBytes !== undefined)
		.map((p) => ({ ...p, bytes: p.zhBytes! }));
	const realPerNodeZh = perNode(inChinese);
	return {
		pages,
		...(realPerNode === undefined ? {} : { realPerNode }),
		...(syntheticPerNode === undefined ? {} : { syntheticPerNode }),
		...(realPerNodeZh === undefined ? {} : { realPerNodeZh })
	};
}
