/** Small statistics for the benchmark: medians, growth exponents, formatting. */

export function median(values: number[]): number {
	if (!values.length) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function percentile(values: number[], p: number): number {
	if (!values.length) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

/** Runs `fn` `times` times; the median wall time in ms and the last result. */
export function timed<T>(fn: () => T, times = 1): { ms: number; runs: number[]; result: T } {
	const runs: number[] = [];
	let result!: T;
	for (let i = 0; i < times; i++) {
		const start = performance.now();
		result = fn();
		runs.push(performance.now() - start);
	}
	return { ms: median(runs), runs, result };
}

/**
 * The exponent k of time ≈ c·n^k, fitted by least squares on log–log: 1 is linear, 2 quadratic.
 * Points with no time (skipped, failed) are left out.
 */
export function growthExponent(
	points: { n: number; ms: number | undefined }[]
): number | undefined {
	const usable = points.filter((p): p is { n: number; ms: number } => !!p.ms && p.ms > 0);
	if (usable.length < 2) return undefined;
	const xs = usable.map((p) => Math.log(p.n));
	const ys = usable.map((p) => Math.log(p.ms));
	const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
	const my = ys.reduce((a, b) => a + b, 0) / ys.length;
	let num = 0;
	let den = 0;
	xs.forEach((x, i) => {
		num += (x - mx) * (ys[i]! - my);
		den += (x - mx) ** 2;
	});
	return Math.round((num / den) * 100) / 100;
}

export const ms = (v: number | undefined): string =>
	v === undefined || Number.isNaN(v)
		? '—'
		: v >= 10_000
			? `${(v / 1000).toFixed(1)} s`
			: v >= 1000
				? `${(v / 1000).toFixed(2)} s`
				: `${v.toFixed(v < 100 ? 1 : 0)} ms`;

/** Sizes in KiB (1,024 bytes), the unit of the page-weight budget. */
export const kb = (bytes: number | undefined): string =>
	bytes === undefined ? '—' : `${(bytes / 1024).toFixed(1)} KiB`;

export const ratio = (v: number | undefined): string =>
	v === undefined || !Number.isFinite(v) ? '—' : `${v.toFixed(v < 10 ? 1 : 0)}×`;

/** A plain-text table: columns padded to their widest cell. */
export function table(head: string[], rows: (string | number)[][]): string {
	const cells = [head, ...rows.map((r) => r.map(String))];
	const widths = head.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
	const line = (r: string[]) =>
		r
			.map((c, i) => c.padEnd(widths[i]!))
			.join('  ')
			.trimEnd();
	return [
		line(head),
		widths.map((w) => '-'.repeat(w)).join('  '),
		...cells.slice(1).map(line)
	].join('\n');
}
