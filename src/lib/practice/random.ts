/**
 * A small seeded random source (mulberry32) and a shuffle on it: a round drawn from the same seed
 * is the same round, on every device and in every language.
 */

export type Random = () => number;

/** A 32-bit hash of a text (FNV-1a), to seed from `?round=<seed>` and a question's id. */
export function hashText(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
	return h >>> 0;
}

/** mulberry32: small, fast and good enough for drawing questions (and test data). */
export function mulberry32(seed: number): Random {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export const seeded = (seed: string): Random => mulberry32(hashText(seed));

/** A new array in an order drawn from `random` (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j] as T, out[i] as T];
	}
	return out;
}

/** A fresh seed for "try again": short, readable in an address. */
export const newSeed = (random: Random = Math.random): string =>
	Math.floor(random() * 36 ** 6)
		.toString(36)
		.padStart(6, '0');
