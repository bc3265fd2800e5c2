import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { TYPE } from '../../src/lib/layout/font.ts';
import { layoutPathway } from '../../src/lib/layout/layoutPathway.ts';
import { boxOf, captionPlacement, figureBox } from '../../src/lib/lecture/bounds.ts';
import { camera, readableZoom } from '../../src/lib/lecture/camera.ts';
import { LECTURE_PAPER } from '../../src/lib/lecture/lectureColours.ts';
import { LECTURE_THEME, lectureClass, lectureStyle } from '../../src/lib/lecture/lectureStyle.ts';
import { KINDS } from '../../src/lib/schema/vocabulary.ts';
import { nodePaint } from '../../src/lib/style/visualGrammar.ts';
import { firstSteps, revealStates } from '../../src/lib/lecture/reveal.ts';
import { toCytoscapeElements } from '../../src/lib/style/cytoscapeElements.ts';
import { contrast, mix } from '../../src/lib/style/colour.ts';

import { box, inside, shown } from './helpers/camera.ts';
import { galleryAtlas, galleryPathway } from './helpers/figures.ts';

const atlas = galleryAtlas();
/** A tall lecture of five steps over nested and sibling compartments. */
const cascade = galleryPathway('many-steps');
const laidOut = layoutPathway(cascade, atlas.entities);

describe('presentation camera', () => {
	it('never zooms out so far that the smallest label renders under 24 px', () => {
		expect(readableZoom() * Math.min(TYPE.nodeSize, TYPE.compartmentSize)).toBeCloseTo(24, 6);
		const v = camera({
			figure: box(0, 0, 4000, 4000),
			revealed: undefined,
			current: undefined,
			width: 1920,
			height: 800
		});
		expect(v.zoom).toBe(readableZoom());
	});
	it('keeps one zoom for the whole lecture, fitting a small figure up to a limit', () => {
		const figure = box(0, 0, 600, 100);
		const a = camera({
			figure,
			revealed: box(0, 0, 50, 50),
			current: box(0, 0, 50, 50),
			width: 1920,
			height: 800
		});
		const b = camera({
			figure,
			revealed: figure,
			current: box(500, 0, 600, 100),
			width: 1920,
			height: 800
		});
		expect(a.zoom).toBe(b.zoom);
		expect(a.zoom).toBeCloseTo(2.5);
		// a figure that fits stays put from step to step
		expect(a.pan).toEqual(b.pan);
	});
	it('keeps everything revealed in sight when it fits, without showing past the figure', () => {
		const figure = box(0, 0, 400, 2000);
		const revealed = box(100, 0, 300, 300);
		const v = camera({
			figure,
			revealed,
			current: box(100, 200, 300, 300),
			width: 1000,
			height: 800
		});
		const view = shown(v, 1000, 800);
		expect(inside(revealed, view)).toBe(true);
		expect(view.y).toBeGreaterThanOrEqual(-32 / v.zoom - 1e-6);
	});
	it('follows the current step when what is revealed no longer fits', () => {
		const figure = box(0, 0, 400, 3000);
		const current = box(100, 2400, 300, 2500);
		const v = camera({ figure, revealed: box(0, 0, 400, 2500), current, width: 1000, height: 800 });
		expect(inside(current, shown(v, 1000, 800))).toBe(true);
	});
});

describe('figure boxes', () => {
	it('bound nodes, compartments and edges by their laid-out boxes', () => {
		const ketamine = laidOut.nodes.find((n) => n.id === 'ketamine')!;
		const expected = box(
			ketamine.x - ketamine.width / 2,
			ketamine.y - ketamine.height / 2,
			ketamine.x + ketamine.width / 2,
			ketamine.y + ketamine.height / 2
		);
		const found = boxOf(laidOut, ['ketamine'])!;
		for (const side of ['x', 'y', 'width', 'height'] as const)
			expect(found[side]).toBeCloseTo(expected[side], 6);
		const all = boxOf(
			laidOut,
			[...laidOut.nodes, ...laidOut.edges, ...laidOut.compartments].map((e) => e.id)
		)!;
		expect(inside(all, figureBox(laidOut))).toBe(true);
		expect(boxOf(laidOut, ['no-such-element'])).toBeUndefined();
	});
	it('leave out the compartments revealed with a member, but bound a compartment alone', () => {
		const member = laidOut.nodes.find((n) => n.compartment)!;
		const compartment = laidOut.compartments.find((c) => c.id === member.compartment)!;
		expect(boxOf(laidOut, [member.id, compartment.id])).toEqual(boxOf(laidOut, [member.id]));
		expect(boxOf(laidOut, [compartment.id])).toEqual(
			box(
				compartment.x - compartment.width / 2,
				compartment.y - compartment.height / 2,
				compartment.x + compartment.width / 2,
				compartment.y + compartment.height / 2
			)
		);
	});
	it('bound a step by the nodes it brings, its edges only when it brings no node', () => {
		const edge = laidOut.edges.find((e) => {
			const [a, b] = [e.source, e.target].map((id) => laidOut.nodes.find((n) => n.id === id)!);
			return Math.abs(a!.y - b!.y) > a!.height + b!.height;
		})!;
		const target = laidOut.nodes.find((n) => n.id === edge.target)!;
		expect(boxOf(laidOut, [edge.id, target.id])).toEqual(boxOf(laidOut, [target.id]));
		const alone = boxOf(laidOut, [edge.id])!;
		for (const p of edge.points) expect(inside(box(p.x, p.y, p.x, p.y), alone)).toBe(true);
	});
	it('put the caption beside a tall figure and below a wide one', () => {
		expect(captionPlacement({ ...laidOut, width: 500, height: 2000 })).toBe('side');
		expect(captionPlacement({ ...laidOut, width: 2000, height: 500 })).toBe('below');
	});
});

describe('presentation style', () => {
	it('hides later steps, or ghosts them when asked', () => {
		expect(lectureClass('later', false)).toBe('lecture-hidden');
		expect(lectureClass('later', true)).toBe('lecture-ghost');
		expect(lectureClass('current', true)).toBe('lecture-current');
		expect(lectureClass('earlier', false)).toBe('lecture-earlier');
	});
	it('draws in headless Cytoscape: hidden elements are not displayed, ghosted compartments keep their children visible', () => {
		// step 2: the inhibitory cell's compartment and everything after it are still to come
		const states = revealStates(cascade, firstSteps(cascade, cascade.steps), 2);
		// one Cytoscape per mode: switching the classes of one instance from hidden to ghosted leaves
		// headless Cytoscape's visible() stale for the children of a compartment
		const drawn = (ghost: boolean) => {
			const cy = cytoscape({
				headless: true,
				styleEnabled: true,
				elements: toCytoscapeElements(laidOut),
				style: lectureStyle({ reducedMotion: true })
			});
			for (const [id, s] of states) cy.getElementById(id).addClass(lectureClass(s, ghost));
			const visible = cy
				.elements()
				.filter((e) => e.visible())
				.map((e) => e.id());
			return { cy, visible };
		};
		const hidden = drawn(false);
		expect(new Set(hidden.visible)).toEqual(
			new Set([...states].filter(([, s]) => s !== 'later').map(([id]) => id))
		);
		hidden.cy.destroy();
		const { cy, visible } = drawn(true);
		expect(visible).toHaveLength(cy.elements().length);
		// a ghosted compartment fades itself, not its children
		expect(states.get('gaba-cell')).toBe('later');
		expect(cy.getElementById('gaba-cell').style('opacity')).toBe('1');
		expect(Number(cy.getElementById('gaba-cell').style('background-opacity'))).toBeLessThan(0.5);
		expect(Number(cy.getElementById('bdnf').style('opacity'))).toBeLessThan(0.5);
		expect(Number(cy.getElementById('ketamine').style('opacity'))).toBeLessThan(1);
		expect(Number(cy.getElementById('nmda-receptor').style('opacity'))).toBe(1);
		cy.destroy();
	});
	it('has no transitions when the reader prefers reduced motion', () => {
		const duration = (reducedMotion: boolean) =>
			lectureStyle({ reducedMotion }).find((s) => 'transition-duration' in s.style)?.style[
				'transition-duration' as never
			];
		expect(duration(true)).toBe(0);
		expect(duration(false)).toBeGreaterThan(0);
		expect(duration(false)).toBeLessThanOrEqual(300);
	});
	it('is readable on a projector: text colours at least 7:1 against the paper', () => {
		const { paper, ink, muted, accent, stated, listed, background, mark, markInk } = LECTURE_PAPER;
		for (const c of [ink, muted, accent, stated, listed, background])
			expect(contrast(c, paper), c).toBeGreaterThanOrEqual(7);
		expect(contrast(markInk, mark)).toBeGreaterThanOrEqual(7);
	});
	it('dims earlier steps so that every label keeps 3:1 against what lies behind it', () => {
		const cy = cytoscape({
			headless: true,
			styleEnabled: true,
			elements: toCytoscapeElements(laidOut),
			style: lectureStyle({ reducedMotion: true })
		});
		cy.getElementById('ketamine').addClass(lectureClass('earlier', false));
		const opacity = Number(cy.getElementById('ketamine').style('opacity'));
		cy.destroy();
		expect(opacity).toBeLessThan(1);
		const paper = LECTURE_PAPER.paper;
		for (const kind of KINDS) {
			const { text, fill } = nodePaint(kind, LECTURE_THEME);
			const dimmed = (c: string) => mix(paper, c, opacity);
			expect(contrast(dimmed(text), dimmed(fill)), kind).toBeGreaterThanOrEqual(3);
		}
	});
});
