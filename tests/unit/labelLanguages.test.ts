import { describe, expect, it } from 'vitest';
import { TYPE } from '../../src/lib/layout/font.ts';
import { layoutPathway } from '../../src/lib/layout/layoutPathway.ts';
import { measureText } from '../../src/lib/layout/measureText.ts';
import { labelLines } from '../../src/lib/layout/nodeSize.ts';
import { wrap } from '../../src/lib/render/svg/text.ts';
import type { CuratedFiles } from '../../src/lib/validate/files.ts';
import { validateAtlas } from '../../src/lib/validate/validateAtlas.ts';
import { nodeLabel } from '../../src/lib/view/labels.ts';
import { realAtlas, subjects } from './helpers/figures.ts';
import { readFixture } from './helpers/fixtures.ts';

/** The fixture's own Chinese for the labels these tests give their own. */
const OWN_ZH = /^ +zh: (快速抗抑郁效应|快速起效|NMDA受体)\n/gm;

/** The valid fixture atlas, with its files' text changed by `edit`. */
function atlasWith(edit: (path: string, text: string) => string) {
	const files = readFixture('valid');
	const change = <T extends { path: string; text: string }>(f: T): T => ({
		...f,
		text: edit(f.path, f.text.replace(OWN_ZH, ''))
	});
	const edited: CuratedFiles = {
		...files,
		entities: files.entities && change(files.entities),
		pathways: files.pathways.map(change)
	};
	const result = validateAtlas(edited);
	expect(result.errors).toEqual([]);
	return result.atlas;
}

const ENTITY_ZH = (path: string, text: string) =>
	path.endsWith('entities.yaml')
		? text.replace(
				'label: Rapid antidepressant effect',
				'label: Rapid antidepressant effect\n    zh: 快速抗抑郁作用'
			)
		: text;

describe('node labels in both languages', () => {
	it('a node that relabels its entity does not borrow the entity’s Chinese name', () => {
		const atlas = atlasWith(ENTITY_ZH);
		const node = atlas.pathways[0]!.nodes.find((n) => n.id === 'rapid-effect')!;
		expect(node.label.en).toBe('Rapid effect');
		expect(nodeLabel(node, 'zh')).toBe('Rapid effect');
		const ketamine = atlas.pathways[0]!.nodes.find((n) => n.id === 'ketamine')!;
		expect(nodeLabel(ketamine, 'zh')).toBe('氯胺酮');
	});

	it('a relabelled node shows its own Chinese label', () => {
		const atlas = atlasWith((path, text) =>
			ENTITY_ZH(path, text).replace('label: Rapid effect', 'label: Rapid effect\n    zh: 快速作用')
		);
		const node = atlas.pathways[0]!.nodes.find((n) => n.id === 'rapid-effect')!;
		expect(nodeLabel(node, 'zh')).toBe('快速作用');
		expect(nodeLabel(node, 'en')).toBe('Rapid effect');
	});

	it('sizes every node for its label in either language, so neither overflows', () => {
		const long = 'N-甲基-D-天冬氨酸受体的长长的中文名称';
		const atlas = atlasWith((path, text) =>
			path.endsWith('entities.yaml')
				? text.replace('label: NMDA receptor', `label: NMDA receptor\n    zh: ${long}`)
				: text
		);
		const pathway = atlas.pathways[0]!;
		const laidOut = layoutPathway(pathway, atlas.entities);
		for (const node of pathway.nodes) {
			const box = laidOut.nodes.find((n) => n.id === node.id)!;
			for (const lang of ['en', 'zh'] as const) {
				const lines = labelLines(nodeLabel(node, lang), box.kind);
				const text = measureText(lines.join('\n'), TYPE.nodeSize);
				expect(text.width, `${node.id} ${lang}`).toBeLessThan(box.width);
				expect(text.height, `${node.id} ${lang}`).toBeLessThan(box.height);
			}
		}
	});
});

// A content test: a guarantee on the real content, so it reads the curated atlas.
describe('every curated pathway', () => {
	it('draws every node label inside its box, in English and in Chinese', () => {
		for (const { pathway, laidOut } of subjects(realAtlas())) {
			for (const node of pathway.nodes) {
				const box = laidOut.nodes.find((n) => n.id === node.id)!;
				for (const lang of ['en', 'zh'] as const) {
					const lines = labelLines(nodeLabel(node, lang), box.kind);
					const text = measureText(lines.join('\n'), TYPE.nodeSize);
					const where = `${pathway.id} ${node.id} ${lang}`;
					expect(text.width, where).toBeLessThan(box.width);
					expect(text.height, where).toBeLessThan(box.height);
				}
			}
		}
	});
});

describe('footer lines', () => {
	it('break at spaces only, so a DOI is never cut at one of its hyphens', () => {
		const entry =
			'Niciu MJ et al. Annu Rev Pharmacol Toxicol. 2014. doi:10.1146/annurev-pharmtox-011613-135950';
		const lines = wrap(entry, 180, 10, false);
		expect(lines.length).toBeGreaterThan(1);
		expect(lines).toContain('doi:10.1146/annurev-pharmtox-011613-135950');
		// the label rule would have cut it
		expect(wrap(entry, 180, 10)).not.toContain('doi:10.1146/annurev-pharmtox-011613-135950');
	});
});
