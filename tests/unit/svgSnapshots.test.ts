/**
 * SVG snapshots: every real pathway in every theme, with title, legend and footer, compared byte
 * for byte with tests/snapshots/<pathway>.<theme>.svg, and each hypothesis of a pathway that
 * draws competing hypotheses, light theme, as <pathway>.<hypothesis>.light.svg. A change shows up as a diff to review;
 * `UPDATE_SNAPSHOTS=1 npx vitest run tests/unit/svgSnapshots.test.ts` rewrites the files.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { figureContext } from '../../src/lib/render/figureContext.ts';
import { renderSvg } from '../../src/lib/render/renderSvg.ts';
import { THEMES, type Theme } from '../../src/lib/style/themes.ts';
import { REPO_ROOT } from './helpers/fixtures.ts';
import { realAtlas, subjects } from './helpers/figures.ts';

const SNAPSHOTS = join(REPO_ROOT, 'tests/snapshots');
const update = process.env.UPDATE_SNAPSHOTS === '1';

describe('SVG snapshots', () => {
	const all = subjects(realAtlas());
	interface Figure {
		name: string;
		subject: (typeof all)[number];
		theme: Theme;
		hypothesis?: string;
	}
	const figures: Figure[] = all.flatMap((subject) => [
		...THEMES.map((theme) => ({ name: `${subject.pathway.id}.${theme}.svg`, subject, theme })),
		...(subject.pathway.hypotheses ?? []).map((h) => ({
			name: `${subject.pathway.id}.${h.id}.light.svg`,
			subject,
			theme: 'light' as const,
			hypothesis: h.id
		}))
	]);
	const expected = new Set(figures.map((f) => f.name));

	for (const { name, subject, theme, hypothesis } of figures)
		it(name, () => {
			const svg = renderSvg(
				subject.laidOut,
				{
					scope: 'pathway',
					theme,
					legend: true,
					citations: true,
					title: true,
					...(hypothesis ? { hypothesis } : {})
				},
				figureContext(subject.pathway, subject.records)
			);
			const file = join(SNAPSHOTS, name);
			if (update) {
				mkdirSync(SNAPSHOTS, { recursive: true });
				writeFileSync(file, svg);
			}
			expect(existsSync(file), `${name} is missing: run with UPDATE_SNAPSHOTS=1`).toBe(true);
			expect(svg, `${name} changed: review, then run with UPDATE_SNAPSHOTS=1`).toBe(
				readFileSync(file, 'utf8')
			);
		});

	it('keeps no snapshot of a pathway or theme that no longer exists', () => {
		const stale = readdirSync(SNAPSHOTS).filter((f) => f.endsWith('.svg') && !expected.has(f));
		expect(stale, 'delete these snapshots').toEqual([]);
	});
});
