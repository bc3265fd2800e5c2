/**
 * The evidence table as CSV (RFC 4180): one row per piece of evidence of every node and edge.
 * Cells a spreadsheet would run as a formula (= + - @, tab, CR) get a leading apostrophe.
 * The text starts with a byte-order mark: without it Excel and LibreOffice's default import read
 * UTF-8 as the system's legacy code page (γ becomes "Î³").
 */
import type { Bibliographic, Evidence, Pathway, PathwayNode, Source } from '../model/atlas.ts';
import { everyLanguage, type Language, type Texts } from '../i18n/languages.ts';
import { studyText } from '../i18n/vocabulary/studies.ts';
import { ECO_TERMS } from '../schema/eco.ts';
import { shortCitation } from '../view/citation.ts';
import { nodeLabel } from '../view/labels.ts';
import { pick } from '../i18n/localized.ts';
import { alignedTranslation } from '../view/localText.ts';

export const CSV_COLUMNS = [
	'element',
	'relation',
	'support',
	'quote',
	'sentence',
	'citation',
	'note',
	'study',
	'eco',
	'contested'
] as const;

type Column = (typeof CSV_COLUMNS)[number];
/** The header row in each language, column for column (English: the columns' own names). */
const CSV_HEADERS: Texts<Record<Column, string>> = everyLanguage({
	en: Object.fromEntries(CSV_COLUMNS.map((c) => [c, c])) as Record<Column, string>,
	zh: {
		element: '元素',
		relation: '关系',
		support: '证据等级',
		quote: '引文',
		sentence: '原文句子',
		citation: '出处',
		note: '编者注',
		study: '研究类型',
		eco: 'ECO',
		contested: '争议（反方证据）'
	}
});

export interface EvidenceRecords {
	sources: ReadonlyMap<string, Source>;
	references: ReadonlyMap<string, Bibliographic>;
}

/** A cell that a spreadsheet cannot take for a formula, quoted where RFC 4180 needs it. */
export function csvCell(value: string): string {
	const inert = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(inert) ? `"${inert.replaceAll('"', '""')}"` : inert;
}

export const csvRow = (cells: string[]): string => cells.map(csvCell).join(',');

/** U+FEFF, written as EF BB BF in UTF-8: how a spreadsheet knows the file is UTF-8. */
export const BYTE_ORDER_MARK = '\uFEFF';

/** The whole file: byte-order mark, then CRLF-terminated records of guarded cells. */
export const csvDocument = (rows: string[][]): string =>
	BYTE_ORDER_MARK + rows.map((r) => csvRow(r) + '\r\n').join('');

function citation(r: Bibliographic | undefined, fallback: string): string {
	if (!r) return fallback;
	return r.doi ? `${shortCitation(r)}, doi:${r.doi}` : shortCitation(r);
}

/** The study kind in words, its ECO id, and the counter-evidence when contested. */
function kindCells(e: Evidence, records: EvidenceRecords, lang: Language): string[] {
	const study = e.study ? studyText(e.study, e.species, lang) : '';
	const eco = (e.study && ECO_TERMS.get(e.study)?.id) ?? '';
	const c = e.contested;
	const against = c
		? `${pick(c.note, lang)} (${citation(records.references.get(c.reference), c.reference)})`
		: '';
	return [study, eco, against];
}

function evidenceCells(e: Evidence, records: EvidenceRecords, lang: Language): string[] {
	return [...claimCells(e, records, lang), ...kindCells(e, records, lang)];
}

function claimCells(e: Evidence, records: EvidenceRecords, lang: Language): string[] {
	const note = e.note ? pick(e.note, lang) : '';
	if (e.support === 'background')
		return ['', '', citation(records.references.get(e.reference), e.reference), note];
	const source = records.sources.get(e.source);
	const sentence = e.sentences
		.map((n) => source?.sentences.find((s) => s.n === n))
		.flatMap((s) => (s ? [`[s${s.n}] ${s.text}`] : []))
		.join(' ');
	const translated = source && alignedTranslation(source, e.sentences, lang);
	return [
		e.quote,
		translated ? `${sentence} ${translated}` : sentence,
		citation(source, e.source),
		note
	];
}

/** In Chinese: headers, labels and curator notes; quotes stay verbatim, the aligned Chinese after the sentence. */
export function evidenceCsv(
	pathway: Pathway,
	records: EvidenceRecords,
	lang: Language = 'en'
): string {
	const labels = new Map(pathway.nodes.map((n: PathwayNode) => [n.id, nodeLabel(n, lang)]));
	const label = (id: string) => labels.get(id) ?? id;
	const cells = (e: Evidence) => evidenceCells(e, records, lang);
	const rows = [
		...pathway.nodes.flatMap((n) =>
			n.evidence.map((e) => [label(n.id), '', e.support, ...cells(e)])
		),
		...pathway.edges.flatMap((edge) =>
			edge.evidence.map((e) => [
				`${label(edge.source)} \u2192 ${label(edge.target)}`,
				edge.relation,
				e.support,
				...cells(e)
			])
		)
	];
	const header = CSV_COLUMNS.map((c) => CSV_HEADERS[lang][c]);
	return csvDocument([header, ...rows]);
}
