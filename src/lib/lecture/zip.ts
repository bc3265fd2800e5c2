/** Files in a zip archive (fflate: the same code in the browser and in Node). */
import { strToU8, zipSync, type Zippable } from 'fflate';

export function zipFiles(
	files: { name: string; data: string | Uint8Array }[]
): Uint8Array<ArrayBuffer> {
	const entries: Zippable = {};
	for (const f of files) entries[f.name] = typeof f.data === 'string' ? strToU8(f.data) : f.data;
	// fflate allocates a plain ArrayBuffer; its types only say ArrayBufferLike
	return zipSync(entries, { level: 6 }) as Uint8Array<ArrayBuffer>;
}
