/**
 * Every curated pathway's whole figure, as `export --format svg --no-legend --no-citations`
 * writes it, fitted to a 1920 × 1080 screen: labels the back row reads, a figure that fills the
 * screen, and no arrow through a text it does not belong to. Measured on the SVG's own geometry.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPORT } from '../../src/lib/export/exportOptions.ts';
import { figureSvg } from '../../src/lib/export/exportText.ts';
import { realAtlas, subjects } from './helpers/figures.ts';
import {
	arrowsThroughText,
	figureGeometry,
	fillFitted,
	labelPxFitted
} from './helpers/figureGeometry.ts';

const SCREEN = { width: 1920, height: 1080 };
const WHOLE = { ...DEFAULT_EXPORT, legend: false, citations: false };

/** The bar: 24 px for pathways of up to 20 nodes, 20 px above that. */
const labelFloor = (nodes: number) => (nodes <= 20 ? 24 : 20);

describe('whole figures of the curated pathways, fitted to 1920 × 1080', () => {
	for (const subject of subjects(realAtlas())) {
		const { pathway } = subject;
		describe(pathway.id, () => {
			const geometry = figureGeometry(figureSvg(subject, WHOLE));

			it('draws every node and edge it measures', () => {
				expect(geometry.nodes).toHaveLength(pathway.nodes.length);
				expect(geometry.edges).toHaveLength(pathway.edges.length);
			});

			it('has node labels the back of a hall can read', () => {
				const px = labelPxFitted(geometry, SCREEN);
				expect(px).toBeGreaterThanOrEqual(labelFloor(pathway.nodes.length));
			});

			it('fills at least 60 % of the screen', () => {
				expect(fillFitted(geometry, SCREEN)).toBeGreaterThanOrEqual(0.6);
			});

			it('draws no arrow through a node or a compartment title that is not its own', () => {
				expect(arrowsThroughText(geometry)).toEqual([]);
			});
		});
	}
});
