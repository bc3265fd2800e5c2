import { defineRule, diagnostic, type Diagnostic, type Place } from './rule.ts';

const hex = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;

/** What is wrong: a whole file in another encoding, or the first byte that is no UTF-8. */
export type NotUtf8 = { encoding: string } | { byte: number };

function said(found: NotUtf8): string {
	if ('encoding' in found) return `the file is ${found.encoding}`;
	const b = found.byte;
	// Latin-1 and Windows-1252 agree on the accented letters, the usual culprits.
	const latin1 = b >= 0xa0 ? ` ("${String.fromCharCode(b)}" in Latin-1)` : '';
	return `byte ${hex(b)}${latin1} is not a UTF-8 character`;
}

export const invalidUtf8 = defineRule({
	id: 'invalid-utf8',
	severity: 'error',
	description: 'a file is not UTF-8 text',
	check: (where: Place, found: NotUtf8): Diagnostic =>
		diagnostic(
			invalidUtf8,
			where,
			`not UTF-8: ${said(found)}`,
			'save the file as UTF-8 (in most editors: "Save with encoding" → UTF-8)'
		)
});
