/** Small sRGB helpers for hex colours: mixing and WCAG contrast. */

const channels = (hex: string): [number, number, number] => {
	const n = parseInt(hex.replace('#', ''), 16);
	return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};

const toHex = (rgb: number[]) =>
	'#' + rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('');

/** `from` moved a share `t` (0..1) of the way towards `to`. */
export function mix(from: string, to: string, t: number): string {
	const a = channels(from);
	const b = channels(to);
	return toHex(a.map((c, i) => c + (b[i]! - c) * t));
}

/** WCAG 2 relative luminance. */
export function luminance(hex: string): number {
	const [r, g, b] = channels(hex).map((c) => {
		const s = c / 255;
		return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	}) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio, 1..21. */
export function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

/** Whichever of the candidates reads best on `background`. */
export const mostLegible = (background: string, candidates: string[]): string =>
	candidates.reduce((best, c) => (contrast(c, background) > contrast(best, background) ? c : best));

/** `colour` darkened (towards `towards`) until it reaches `ratio` against `background`. */
export function untilContrast(
	colour: string,
	background: string,
	ratio: number,
	towards = '#000000'
): string {
	for (let step = 0; step <= 20; step++) {
		const c = mix(colour, towards, step / 20);
		if (contrast(c, background) >= ratio) return c;
	}
	return towards;
}
