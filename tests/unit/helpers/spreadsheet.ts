/** Reading a CSV file as a spreadsheet program does: the encoding from its first bytes, then RFC 4180. */

const UTF8_BOM = [0xef, 0xbb, 0xbf];

export const startsWithUtf8Bom = (bytes: Uint8Array): boolean =>
	UTF8_BOM.every((b, i) => bytes[i] === b);

/**
 * Excel (and LibreOffice's default import) take a file for UTF-8 only when it starts with the
 * byte-order mark; otherwise they read it in the system's legacy code page, Windows-1252 in the West.
 */
export function decodeAsExcel(bytes: Uint8Array): string {
	if (startsWithUtf8Bom(bytes)) return new TextDecoder('utf-8').decode(bytes); // drops the BOM
	return new TextDecoder('windows-1252').decode(bytes);
}

/** An RFC 4180 reader: quoted fields with doubled quotes, CRLF between records. */
export function parseCsv(text: string): string[][] {
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

/** The file's records as Excel shows them. */
export const readAsExcel = (bytes: Uint8Array): string[][] => parseCsv(decodeAsExcel(bytes));
