/**
 * Curated text is a `Localized` object, not a string: a writer that puts it in a template string
 * unpicked prints "[object Object]", and the compiler does not see it. Every text export, the
 * one-file HTML and the speaker notes of a pathway whose every note is written are read for it.
 */
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../src/lib/export/formats.ts';
import { exportText, isTextFormat, type ExportSubject } from '../../src/lib/export/exportText.ts';
import { DEFAULT_EXPORT, type Format } from '../../src/lib/export/exportOptions.ts';
import { LANGUAGES } from '../../src/lib/i18n/languages.ts';
import type { Localized } from '../../src/lib/i18n/localized.ts';
import { captionFor } from '../../src/lib/lecture/caption.ts';
import { stepNotes } from '../../src/lib/lecture/notes.ts';
import type { Contested, Evidence, Pathway } from '../../src/lib/model/atlas.ts';
import { pathwayHtmlFile } from '../../src/lib/offline/node/htmlFile.ts';
import { pathwayPageData } from '../../src/lib/view/pathwayPage.ts';
import { galleryAtlas, subjects } from './helpers/figures.ts';

const UNPICKED = '[object Object]';
const written = (what: string): Localized => ({ en: `The ${what}.`, zh: `${what}的注释。` });
const contested = (reference: string): Contested => ({ reference, note: written('counter') });

/** Every note a pathway can carry, written in every language. */
function withEveryNote(p: Pathway, reference: string): Pathway {
	const annotate = (e: Evidence): Evidence => ({
		...e,
		note: written('evidence note'),
		contested: contested(reference)
	});
	return {
		...p,
		nodes: p.nodes.map((n) => ({ ...n, contested: contested(reference) })),
		edges: p.edges.map((e) => ({
			...e,
			note: written('edge note'),
			contested: contested(reference),
			evidence: e.evidence.map(annotate)
		}))
	};
}

const atlas = galleryAtlas();
const reference = [...atlas.references.keys()][0]!;
const subject: ExportSubject = (() => {
	const first = subjects(atlas).find((s) => s.pathway.id === 'every-support')!;
	return { ...first, pathway: withEveryNote(first.pathway, reference) };
})();
const textFormats = (Object.keys(EXPORT_FORMATS) as Format[]).filter(isTextFormat);

describe('notes in the exports', () => {
	it.each(LANGUAGES)('are written as text in every text format (%s)', (lang) => {
		for (const format of textFormats) {
			const text = exportText(subject, { ...DEFAULT_EXPORT, format, lang });
			expect(text, format).not.toContain(UNPICKED);
		}
	});

	it('are written as text in the CSV, SBGN-ML and .cyjs exports, in the language asked', () => {
		const csv = exportText(subject, { ...DEFAULT_EXPORT, format: 'csv', lang: 'zh' });
		expect(csv).toContain('evidence note的注释。');
		expect(csv).toContain('counter的注释。');
		const sbgn = exportText(subject, { ...DEFAULT_EXPORT, format: 'sbgn', lang: 'en' });
		expect(sbgn).toContain('The edge note.');
		expect(textFormats).toEqual(expect.arrayContaining(['csv', 'sbgn', 'cyjs']));
	});

	it.each(LANGUAGES)('are written as text in the one-file HTML (%s)', async (lang) => {
		const data = pathwayPageData(atlas, subject.pathway);
		const html = await pathwayHtmlFile(subject.laidOut, data, lang, { date: '2025-01-02' });
		expect(html).not.toContain(UNPICKED);
		expect(html).toContain(lang === 'zh' ? 'edge note的注释。' : 'The edge note.');
	});

	it('are written as text in the speaker notes', () => {
		const notesAtlas = { ...atlas, pathways: [subject.pathway] };
		for (const lang of LANGUAGES)
			subject.pathway.steps.forEach((_, i) => {
				const notes = stepNotes(captionFor(subject.pathway, i + 1, notesAtlas, lang));
				expect(notes).not.toContain(UNPICKED);
			});
	});
});
