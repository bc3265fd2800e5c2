/**
 * Which source modules the bytes of a built chunk come from, read from its source map (the
 * benchmark builds with --sourcemap): each mapped stretch of generated code counts for the source
 * it maps to. Enough to name the largest modules of a page, as a bundle visualiser would.
 */
import { existsSync, readFileSync } from 'node:fs';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

/** The numbers of one base64 VLQ segment. */
function decodeSegment(segment: string): number[] {
	const out: number[] = [];
	let value = 0;
	let shift = 0;
	for (const char of segment) {
		const digit = DIGIT.get(char)!;
		value += (digit & 31) << shift;
		if (digit & 32) {
			shift += 5;
			continue;
		}
		out.push(value & 1 ? -(value >>> 1) : value >>> 1);
		value = 0;
		shift = 0;
	}
	return out;
}

/** Where a source file comes from: a package, or a project path. */
export function moduleName(source: string): string {
	const clean = source.replace(/^(\.\.\/)+/, '').replace(/^\.\//, '');
	const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(clean);
	return pkg ? pkg[1]! : clean;
}

/** Bytes of the chunk `file` per source module (by moduleName); empty without a map. */
export function bytesBySource(file: string): Map<string, number> {
	const sizes = new Map<string, number>();
	const mapFile = `${file}.map`;
	if (!existsSync(mapFile)) return sizes;
	const map = JSON.parse(readFileSync(mapFile, 'utf8')) as { sources: string[]; mappings: string };
	const lines = readFileSync(file, 'utf8').split('\n');
	let source = 0;
	map.mappings.split(';').forEach((line, row) => {
		const length = lines[row]?.length ?? 0;
		let column = 0;
		const segments = line ? line.split(',').map(decodeSegment) : [];
		segments.forEach((seg, i) => {
			column += seg[0]!;
			if (seg.length >= 4) source += seg[1]!;
			// a segment runs to the next one's column; a segment with no source maps to nothing
			let next = length;
			if (i + 1 < segments.length) next = column + segments[i + 1]![0]!;
			if (seg.length < 4) return;
			const name = moduleName(map.sources[source] ?? '?');
			sizes.set(name, (sizes.get(name) ?? 0) + Math.max(0, next - column));
		});
	});
	return sizes;
}
