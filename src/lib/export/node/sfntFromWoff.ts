/**
 * A WOFF 1.0 font unwrapped into the TrueType/OpenType file it compresses (zlib per table; see
 * the W3C WOFF spec). resvg reads only the plain formats, and the site ships WOFF2.
 */
import { inflateSync } from 'node:zlib';

const WOFF = 0x774f4646; // 'wOFF'

export function sfntFromWoff(woff: Uint8Array): Buffer {
	const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
	if (view.getUint32(0) !== WOFF) throw new Error('not a WOFF 1.0 font');
	const flavor = view.getUint32(4);
	const count = view.getUint16(12);
	const tables = Array.from({ length: count }, (_, i) => {
		const at = 44 + i * 20;
		const offset = view.getUint32(at + 4);
		const stored = woff.subarray(offset, offset + view.getUint32(at + 8));
		const length = view.getUint32(at + 12);
		return {
			tag: view.getUint32(at),
			checksum: view.getUint32(at + 16),
			data: stored.length < length ? inflateSync(stored) : Buffer.from(stored)
		};
	});
	let size = 12 + 16 * count;
	const offsets = tables.map((t) => {
		const at = size;
		size += (t.data.length + 3) & ~3; // tables start on 4-byte boundaries
		return at;
	});
	const out = Buffer.alloc(size);
	const power = 2 ** Math.floor(Math.log2(count));
	out.writeUInt32BE(flavor, 0);
	out.writeUInt16BE(count, 4);
	out.writeUInt16BE(power * 16, 6); // searchRange
	out.writeUInt16BE(Math.log2(power), 8); // entrySelector
	out.writeUInt16BE(count * 16 - power * 16, 10); // rangeShift
	tables.forEach((t, i) => {
		const at = 12 + i * 16;
		out.writeUInt32BE(t.tag, at);
		out.writeUInt32BE(t.checksum, at + 4);
		out.writeUInt32BE(offsets[i]!, at + 8);
		out.writeUInt32BE(t.data.length, at + 12);
		t.data.copy(out, offsets[i]!);
	});
	return out;
}
