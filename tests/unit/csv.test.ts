import { describe, expect, it } from 'vitest';
import {
	CSV_COLUMNS,
	csvCell,
	csvDocument,
	evidenceCsv as evidenceText
} from '../../src/lib/export/csv.ts';
import type { Atlas, Pathway } from '../../src/lib/model/atlas.ts';
import { galleryAtlas, xssAtlas } from './helpers/figures.ts';
import { decodeAsExcel, readAsExcel, startsWithUtf8Bom } from './helpers/spreadsheet.ts';

/** The file's bytes as they are written (UTF-8). */
const csvBytes = (text: string): Uint8Array => new TextEncoder().encode(text);
/** The evidence table's records, read back from its bytes as Excel reads them. */
const evidenceRows = (p: Pathway, atlas: Atlas): string[][] =>
	readAsExcel(csvBytes(evidenceText(p, atlas)));

describe('CSV cells', () => {
	it('quotes what RFC 4180 needs quoted, doubling quotes', () => {
		expect(csvCell('plain')).toBe('plain');
		expect(csvCell('a, b')).toBe('"a, b"');
		expect(csvCell('say "hi"')).toBe('"say ""hi"""');
		expect(csvCell('two\nlines')).toBe('"two\nlines"');
	});

	it('disarms cells a spreadsheet would run as a formula', () => {
		for (const bad of ['=1+1', '+SUM(A1)', '-2', '@cmd', '\tx', '\rx'])
			expect(csvCell(bad).replace(/^"/, '')).toMatch(/^'/);
		expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
		expect(csvCell('(S)-ketamine')).toBe('(S)-ketamine');
	});

	it('guards the first cell of the file too, the byte-order mark before the apostrophe', () => {
		const text = csvDocument([
			['=1+1', 'b'],
			['c', 'd']
		]);
		expect(text).toBe("\uFEFF'=1+1,b\r\nc,d\r\n");
		expect(readAsExcel(csvBytes(text))[0]![0]).toBe("'=1+1");
	});
});

describe('evidence table', () => {
	it('opens in Excel as UTF-8: byte-order mark detected, γ and → intact', () => {
		const atlas = galleryAtlas();
		const p = atlas.pathways.find((x) => x.id === 'many-steps')!;
		const bytes = csvBytes(evidenceText(p, atlas));
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(startsWithUtf8Bom(bytes)).toBe(true);
		const cells = readAsExcel(bytes).flat();
		expect(cells[0]).toBe('element');
		expect(cells.some((c) => c.includes('\u03b3'))).toBe(true);
		expect(cells.some((c) => c.includes(' \u2192 '))).toBe(true);
		expect(cells.join('')).not.toMatch(/\u00ce\u00b3|\u00e2/);
		// the failure the mark prevents: the same bytes without it are read as Windows-1252
		const unmarked = decodeAsExcel(bytes.slice(3));
		expect(unmarked).toContain('\u00ce\u00b3');
		// Node's decoder leaves 0x86 0x92 as C1 controls where Excel shows † ’
		expect(unmarked).toMatch(/\u00e2[\u0086\u2020][\u0092\u2019]/);
	});

	it('has one record per piece of evidence, every record as wide as the header', () => {
		for (const atlas of [galleryAtlas(), xssAtlas()])
			for (const p of atlas.pathways) {
				const rows = evidenceRows(p, atlas);
				expect(rows[0]).toEqual([...CSV_COLUMNS]);
				const evidence = [...p.nodes, ...p.edges].reduce((n, el) => n + el.evidence.length, 0);
				expect(rows.length - 1, p.id).toBe(evidence);
				for (const row of rows) expect(row.length).toBe(CSV_COLUMNS.length);
			}
	});

	it('gives the quote, its whole sentence and the citation, or the curator note', () => {
		const atlas = galleryAtlas();
		const p = atlas.pathways.find((x) => x.id === 'every-support')!;
		const rows = evidenceRows(p, atlas).slice(1);
		const edge = rows.find((r) => r[1] === 'blocks')!;
		expect(edge[0]).toBe('Ketamine \u2192 NMDA receptor');
		expect(edge[2]).toBe('stated');
		expect(edge[4]).toContain(edge[3]!.replace(/\s+/g, ' ').slice(0, 20));
		expect(edge[4]).toMatch(/^\[s\d+\] /);
		expect(edge[5]).toMatch(/\(20\d\d\).*doi:10\./);
		const background = [...atlas.pathways.flatMap((x) => evidenceRows(x, atlas))].find(
			(r) => r[2] === 'background'
		)!;
		expect(background[3]).toBe('');
		expect(background[6]!.length).toBeGreaterThan(0);
	});

	it('keeps hostile curated text as inert cells', () => {
		const atlas = xssAtlas();
		const rows = evidenceRows(atlas.pathways[0]!, atlas);
		expect(rows.flat()).toContain(
			'<script>window.__xss = 9</script> [x](javascript:window.__xss=10)'
		);
		for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
	});
});
