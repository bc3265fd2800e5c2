/** Helpers that turn a near miss into a hint: nearest id, closest sentence. */

export function editDistance(a: string, b: string): number {
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			row.push(
				Math.min(
					(prev[j] as number) + 1,
					(row[j - 1] as number) + 1,
					(prev[j - 1] as number) + cost
				)
			);
		}
		prev = row;
	}
	return prev[b.length] as number;
}

/** The candidate closest to `name`, if it is close enough to be a likely typo. */
export function nearest(name: string, candidates: Iterable<string>): string | undefined {
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const c of candidates) {
		const d = editDistance(name.toLowerCase(), c.toLowerCase());
		if (d < bestDistance) [best, bestDistance] = [c, d];
	}
	const limit = Math.max(2, Math.ceil(name.length / 3));
	return bestDistance <= limit ? best : undefined;
}

/** The number of words (runs of letters and digits) in a text. */
export function wordCount(text: string): number {
	return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

function words(text: string): Set<string> {
	return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** Index of the text most like `quote` by shared words, or -1 when none share a word. */
export function mostSimilar(quote: string, texts: string[]): number {
	const q = words(quote);
	let best = -1;
	let bestScore = 0;
	texts.forEach((t, i) => {
		const w = words(t);
		let shared = 0;
		for (const x of q) if (w.has(x)) shared++;
		const score = shared / (q.size || 1);
		if (score > bestScore) [best, bestScore] = [i, score];
	});
	return best;
}
