/**
 * What kind of study holds up a claim, and whether it is contested: the format takes them, the
 * validator says exactly where one is wrong, and the CSV, .cyjs and SBGN-ML exports and the SVG
 * figure carry them.
 */
import { describe, expect, it } from 'vitest';
import { evidenceCsv } from '../../src/lib/export/csv.ts';
import { cyjsDocument } from '../../src/lib/export/cyjs.ts';
import { sbgnText } from '../../src/lib/export/sbgn.ts';
import { layoutPathway } from '../../src/lib/layout/layoutPathway.ts';
import type { Atlas } from '../../src/lib/model/atlas.ts';
import { figureContext } from '../../src/lib/render/figureContext.ts';
import { PAGE_FIGURE } from '../../src/lib/render/options.ts';
import { renderSvg } from '../../src/lib/render/renderSvg.ts';
import { ECO_TERMS } from '../../src/lib/schema/eco.ts';
import { validateAtlas } from '../../src/lib/validate/validateAtlas.ts';
import { notShownInHumans } from '../../src/lib/view/filter.ts';
import { pathwayQuery } from '../../src/lib/view/hypothesisView.ts';
import { parseSvg } from './helpers/figures.ts';
import { readFixture } from './helpers/fixtures.ts';

const PATH = 'mem/p.yaml';
const pathway = (body: string) =>
	validateAtlas({
		...readFixture('valid'),
		pathways: [{ path: PATH, text: `title: t\nsummary: s\n${body}` }]
	});

const QUOTE = `source: niciu-2014
        quote: has rapid and potent antidepressant effects`;

/** Two nodes and an arrow between them, its evidence as given. */
const arrow = (evidence: string, edgeExtra = '') => `nodes:
  - entity: ketamine
  - entity: nmda-receptor
edges:
  - source: ketamine
    target: nmda-receptor
    relation: blocks
${edgeExtra}    evidence:
${evidence}`;

describe('the format and the validator', () => {
	it('takes a study kind, a species and counter-evidence into the model', () => {
		const r = pathway(
			arrow(
				`      - support: stated
        ${QUOTE}
        study: animal-in-vivo
        species: rat
        contested:
          reference: pmid-29532791
          note: Not found in mice.
          noteZh: 在小鼠中未发现。
`,
				`    contested:\n      reference: pmid-29532791\n      note: Disputed.\n`
			)
		);
		expect(r.errors).toEqual([]);
		const edge = r.atlas!.pathways[0]!.edges[0]!;
		expect(edge.contested).toEqual({ reference: 'pmid-29532791', note: { en: 'Disputed.' } });
		expect(edge.evidence[0]).toMatchObject({
			study: 'animal-in-vivo',
			species: 'rat',
			contested: {
				reference: 'pmid-29532791',
				note: { en: 'Not found in mice.', zh: '在小鼠中未发现。' }
			}
		});
	});

	it('locates a study kind outside the list at its value', () => {
		const r = pathway(arrow(`      - support: stated\n        ${QUOTE}\n        study: rodent\n`));
		expect(r.errors).toHaveLength(1);
		expect(r.errors[0]).toMatchObject({
			rule: 'value-not-allowed',
			path: PATH,
			line: 14,
			column: 16
		});
		expect(r.errors[0]!.hint ?? r.errors[0]!.message).toMatch(/human-rct/);
	});

	it('locates a species named for a human or review study at the species', () => {
		const r = pathway(
			arrow(
				`      - support: stated\n        ${QUOTE}\n        study: review\n        species: mouse\n`
			)
		);
		expect(r.errors).toHaveLength(1);
		expect(r.errors[0]).toMatchObject({
			rule: 'species-without-study',
			path: PATH,
			line: 15,
			column: 18
		});
		expect(r.errors[0]!.hint).toMatch(/animal-in-vivo/);
	});

	it('locates counter-evidence citing an unknown record at its reference', () => {
		const r = pathway(
			arrow(
				`      - support: stated\n        ${QUOTE}\n`,
				`    contested:\n      reference: pmid-2953179\n      note: Disputed.\n`
			)
		);
		expect(r.errors).toHaveLength(1);
		expect(r.errors[0]).toMatchObject({ rule: 'unknown-reference', line: 11, column: 18 });
		expect(r.errors[0]!.hint).toMatch(/pmid-29532791/);
	});

	it('locates counter-evidence without its note at the contested mapping', () => {
		const r = pathway(
			arrow(
				`      - support: stated\n        ${QUOTE}\n`,
				`    contested:\n      reference: pmid-29532791\n`
			)
		);
		expect(r.errors).toHaveLength(1);
		expect(r.errors[0]).toMatchObject({ rule: 'missing-field', line: 11 });
		expect(r.errors[0]!.message).toMatch(/note/);
	});
});

/** An atlas of one pathway whose arrow rests on a human trial and is contested. */
function contestedAtlas(): Atlas {
	const r = pathway(
		arrow(
			`      - support: stated\n        ${QUOTE}\n        study: human-trial\n`,
			`    contested:\n      reference: pmid-29532791\n      note: Disputed by later trials.\n`
		)
	);
	expect(r.errors).toEqual([]);
	return r.atlas!;
}

describe('the exports', () => {
	const atlas = contestedAtlas();
	const p = atlas.pathways[0]!;
	const laidOut = layoutPathway(p, atlas.entities);
	const eco = ECO_TERMS.get('human-trial')!.id;

	it('gives the CSV a study, ECO and contested column, in both languages', () => {
		const rows = evidenceCsv(p, atlas).split('\r\n');
		expect(rows[0]).toMatch(/,study,eco,contested$/);
		expect(rows.find((r) => r.includes('blocks'))).toContain(eco);
		expect(evidenceCsv(p, atlas, 'zh')).toContain('人体临床试验');
	});

	it('carries the study kinds, their ECO ids and the marks in the .cyjs edges', () => {
		const edge = cyjsDocument(laidOut, 'light').elements.edges[0]!.data;
		expect(edge).toMatchObject({ study: 'human-trial', eco, contested: true, human: true });
	});

	it('writes the study kind, its ECO term and the counter-evidence into the SBGN-ML notes', () => {
		const text = sbgnText(laidOut, p, atlas);
		expect(text).toContain(`Study: Human clinical trial (design not given) (${eco}`);
		expect(text).toContain('Contested: Disputed by later trials.');
	});
});

describe('the figure', () => {
	const atlas = contestedAtlas();
	const p = atlas.pathways[0]!;
	const laidOut = layoutPathway(p, atlas.entities);
	const svg = (lang: 'en' | 'zh', legend = true) =>
		parseSvg(renderSvg(laidOut, { ...PAGE_FIGURE, legend, lang }, figureContext(p, atlas)));

	it('draws a "?" badge on the contested arrow and an "H" badge where it rests on people', () => {
		const doc = svg('en');
		const marks = [...doc.getElementsByTagName('g')].filter((g) =>
			(g.getAttribute('class') ?? '').split(' ').includes('edge-mark')
		);
		const inDiagram = marks.filter((g) => !isInLegend(g));
		expect(inDiagram.map((g) => g.textContent?.trim())).toEqual(['?', 'H']);
		expect(inDiagram[0]!.getElementsByTagName('circle')).toHaveLength(1);
		expect(inDiagram[1]!.getElementsByTagName('rect')).toHaveLength(1);
	});

	it('explains the marks in the legend, in the figure’s language', () => {
		expect(legendText(svg('en'))).toMatch(/contested: see the other side.*shown in humans/s);
		expect(legendText(svg('zh'))).toMatch(/有争议.*人体研究所示/s);
	});

	it('neither draws nor explains a mark where no arrow carries one', () => {
		const plain = pathway(
			arrow(`      - support: stated\n        ${QUOTE}\n        study: review\n`)
		);
		const q = plain.atlas!.pathways[0]!;
		const text = renderSvg(
			layoutPathway(q, plain.atlas!.entities),
			{ ...PAGE_FIGURE, legend: true },
			figureContext(q, plain.atlas!)
		);
		expect(text).not.toContain('edge-mark');
		expect(text).not.toContain('contested');
	});
});

function isInLegend(el: Element): boolean {
	for (let at: Element | null = el; at; at = at.parentNode as Element | null)
		if (at.getAttribute?.('class') === 'figure-legend') return true;
	return false;
}

function legendText(doc: Document): string {
	const legend = [...doc.getElementsByTagName('g')].find(
		(g) => g.getAttribute('class') === 'figure-legend'
	);
	return legend?.textContent ?? '';
}

describe('"only what is shown in humans"', () => {
	it('hides arrows without human evidence and nodes that end no shown arrow', () => {
		const r = pathway(`nodes:
  - entity: ketamine
  - entity: nmda-receptor
  - entity: mtor
edges:
  - source: ketamine
    target: nmda-receptor
    relation: blocks
    evidence:
      - support: stated
        ${QUOTE}
        study: human-trial
  - source: ketamine
    target: mtor
    relation: activates
    evidence:
      - support: stated
        ${QUOTE}
        study: animal-in-vivo
        species: mouse
`);
		const p = r.atlas!.pathways[0]!;
		expect([...notShownInHumans(p)]).toEqual(['mtor', 'ketamine-activates-mtor']);
	});

	it('puts the filter in the address, beside the selection and the hypothesis', () => {
		expect(pathwayQuery({ select: 'a', humans: true })).toBe('?select=a&humans=1');
		expect(pathwayQuery({ humans: false })).toBe('');
	});
});
