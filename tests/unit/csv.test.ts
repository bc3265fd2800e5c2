import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCell, evidenceCsv } from '../../src/lib/export/csv.ts';
import { realAtlas, xssAtlas } from './helpers/figures.ts';

/** An RFC 4180 reader: quoted fields with doubled quotes, CRLF between records. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted && c === '"' && text[i + 1] === '"') {
			cell += '"';
			i++;
		} else if (c === '"') quoted = !quoted;
		else if (quoted || (c !== ',' && c !== '\r')) cell += c;
		else if (c === ',') {
			row.push(cell);
			cell = '';
		} else if (text[i + 1] === '\n') {
			rows.push([...row, cell]);
			row = [];
			cell = '';
			i++;
		} else cell += c;
	}
	if (cell || row.length) throw new Error('the last record has no CRLF');
	return rows;
}

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
});

describe('evidence table', () => {
	it('has one record per piece of evidence, every record as wide as the header', () => {
		for (const atlas of [realAtlas(), xssAtlas()])
			for (const p of atlas.pathways) {
				const rows = parseCsv(evidenceCsv(p, atlas));
				expect(rows[0]).toEqual([...CSV_COLUMNS]);
				const evidence = [...p.nodes, ...p.edges].reduce((n, el) => n + el.evidence.length, 0);
				expect(rows.length - 1, p.id).toBe(evidence);
				for (const row of rows) expect(row.length).toBe(CSV_COLUMNS.length);
			}
	});

	it('gives the quote, its whole sentence and the citation, or the curator note', () => {
		const atlas = realAtlas();
		const p = atlas.pathways.find((x) => x.id === 'ketamine-nmda-block')!;
		const rows = parseCsv(evidenceCsv(p, atlas)).slice(1);
		const edge = rows.find((r) => r[1] === 'blocks')!;
		expect(edge[0]).toBe('Ketamine \u2192 NMDA receptor');
		expect(edge[2]).toBe('stated');
		expect(edge[4]).toContain(edge[3]!.replace(/\s+/g, ' ').slice(0, 20));
		expect(edge[4]).toMatch(/^\[s\d+\] /);
		expect(edge[5]).toMatch(/\(20\d\d\).*doi:10\./);
		const background = [...atlas.pathways.flatMap((x) => parseCsv(evidenceCsv(x, atlas)))].find(
			(r) => r[2] === 'background'
		)!;
		expect(background[3]).toBe('');
		expect(background[6]!.length).toBeGreaterThan(0);
	});

	it('keeps hostile curated text as inert cells', () => {
		const atlas = xssAtlas();
		const rows = parseCsv(evidenceCsv(atlas.pathways[0]!, atlas));
		expect(rows.flat()).toContain(
			'<script>window.__xss = 9</script> [x](javascript:window.__xss=10)'
		);
		for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
	});
});
