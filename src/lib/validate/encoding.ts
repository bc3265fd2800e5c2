/**
 * Curated files are UTF-8. Bytes that are not (a Latin-1 accent, a UTF-16 file) would otherwise
 * turn silently into "�" on the site, so the first bad byte is reported where it is.
 */
import type { Diagnostic } from '../diagnostics.ts';
import { invalidUtf8 } from '../rules/invalid-utf8.ts';

/** The length of the valid UTF-8 character at `i`, or 0 when the bytes there are not one. */
function charLength(bytes: Uint8Array, i: number): number {
	const b = bytes[i] as number;
	if (b < 0x80) return 1;
	const cont = (k: number, lo = 0x80, hi = 0xbf) => {
		const c = bytes[i + k];
		return c !== undefined && c >= lo && c <= hi;
	};
	if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
	if (b >= 0xe0 && b <= 0xef) {
		// No overlong forms (E0 A0..) and no surrogates (ED 80..9F).
		const lo = b === 0xe0 ? 0xa0 : 0x80;
		const hi = b === 0xed ? 0x9f : 0xbf;
		return cont(1, lo, hi) && cont(2) ? 3 : 0;
	}
	if (b >= 0xf0 && b <= 0xf4) {
		const lo = b === 0xf0 ? 0x90 : 0x80;
		const hi = b === 0xf4 ? 0x8f : 0xbf;
		return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
	}
	return 0;
}

/** Offset of the first byte that does not start a valid UTF-8 character, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	for (let i = 0; i < bytes.length;) {
		const n = charLength(bytes, i);
		if (n === 0) return i;
		i += n;
	}
	return -1;
}

/** "UTF-16 (little-endian)" and the like, when the bytes look like UTF-16 or UTF-32. */
function wideEncoding(bytes: Uint8Array): string | undefined {
	const [b0, b1, b2, b3] = bytes;
	if (b0 === 0xff && b1 === 0xfe)
		return b2 === 0 && b3 === 0 ? 'UTF-32 (little-endian)' : 'UTF-16 (little-endian)';
	if (b0 === 0xfe && b1 === 0xff) return 'UTF-16 (big-endian)';
	if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) return 'UTF-32 (big-endian)';
	// Without a byte-order mark: ASCII text in UTF-16 has a zero byte in every pair.
	const pairs = Math.min(bytes.length >> 1, 256);
	if (pairs < 2) return undefined;
	let even = 0;
	let odd = 0;
	for (let k = 0; k < pairs; k++) {
		if (bytes[2 * k] === 0) even++;
		if (bytes[2 * k + 1] === 0) odd++;
	}
	if (odd >= pairs * 0.75 && even === 0) return 'UTF-16 (little-endian)';
	if (even >= pairs * 0.75 && odd === 0) return 'UTF-16 (big-endian)';
	return undefined;
}

function notUtf8(path: string, bytes: Uint8Array, at: number): Diagnostic {
	let lineStart = 0;
	let line = 1;
	for (let i = 0; i < at; i++) {
		if (bytes[i] === 0x0a) {
			line++;
			lineStart = i + 1;
		}
	}
	const column = [...new TextDecoder().decode(bytes.subarray(lineStart, at))].length + 1;
	return invalidUtf8.check({ path, line, column }, { byte: bytes[at] as number });
}

/** The text of a curated file, or the located reason it is not UTF-8. A UTF-8 byte-order mark is dropped. */
export function decodeUtf8(
	path: string,
	bytes: Uint8Array
): { text: string } | { problem: Diagnostic } {
	const wide = wideEncoding(bytes);
	if (wide) return { problem: invalidUtf8.check({ path, line: 1, column: 1 }, { encoding: wide }) };
	const bad = firstInvalidUtf8(bytes);
	if (bad >= 0) return { problem: notUtf8(path, bytes, bad) };
	return { text: new TextDecoder('utf-8').decode(bytes) };
}
