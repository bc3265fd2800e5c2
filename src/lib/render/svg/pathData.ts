/**
 * Path data written short: every point rounded to 0.1 first, then each command written absolute
 * or relative, and a line as H or V when it is level, whichever is shortest. Relative steps are
 * differences of the rounded points, so the drawing is the same as the rounded absolute path.
 */
import type { Point } from '../../geometry/types.ts';

/** Arguments per absolute command; the paths the renderer builds use only these. */
const ARITY: Record<string, number> = { M: 2, L: 2, H: 1, V: 1, Q: 4, A: 7, Z: 0 };
const TOKEN = /[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g;

/** A length in tenths of a unit, as num() rounds it. */
const tenths = (n: number) => Math.round(n * 10);
const decimal = (t: number) => String(t === 0 ? 0 : t / 10);

/** Numbers joined with a space, or with nothing before a minus sign (it separates them). */
function joined(values: string[]): string {
	return values.reduce((out, v, i) => out + (i && !v.startsWith('-') ? ' ' : '') + v, '');
}

/** The ways to write one segment: [command, numbers], absolute and relative to `at`. */
function candidates(cmd: string, args: number[], at: Point): [string, string[]][] {
	const pt = (i: number): Point => ({ x: tenths(args[i]!), y: tenths(args[i + 1]!) });
	const abs = (...ps: Point[]) => ps.flatMap((p) => [decimal(p.x), decimal(p.y)]);
	const rel = (...ps: Point[]) => ps.flatMap((p) => [decimal(p.x - at.x), decimal(p.y - at.y)]);
	switch (cmd) {
		case 'M':
			return [['M', abs(pt(0))]];
		case 'Q':
			return [
				['Q', abs(pt(0), pt(2))],
				['q', rel(pt(0), pt(2))]
			];
		case 'A': {
			const shape = [
				decimal(tenths(args[0]!)),
				decimal(tenths(args[1]!)),
				...args.slice(2, 5).map(String)
			];
			return [
				['A', [...shape, ...abs(pt(5))]],
				['a', [...shape, ...rel(pt(5))]]
			];
		}
		default: {
			const to = end(cmd, args, at);
			const ways: [string, string[]][] = [
				['L', abs(to)],
				['l', rel(to)]
			];
			if (to.y === at.y) ways.push(['H', [decimal(to.x)]], ['h', [decimal(to.x - at.x)]]);
			if (to.x === at.x) ways.push(['V', [decimal(to.y)]], ['v', [decimal(to.y - at.y)]]);
			return ways;
		}
	}
}

/** Where a segment ends, in tenths. */
function end(cmd: string, args: number[], at: Point): Point {
	const last = ARITY[cmd]!;
	if (cmd === 'H') return { x: tenths(args[0]!), y: at.y };
	if (cmd === 'V') return { x: at.x, y: tenths(args[0]!) };
	return { x: tenths(args[last - 2]!), y: tenths(args[last - 1]!) };
}

/** The segment as written after `previous`: a repeated command letter is left out. */
function written([cmd, values]: [string, string[]], previous: string): string {
	const body = joined(values);
	if (cmd !== previous || cmd === 'M') return cmd + body;
	return (body.startsWith('-') ? '' : ' ') + body;
}

/** An absolute path (M, L, H, V, Q, A, Z), written as short as it goes. */
export function compactPath(d: string): string {
	const tokens = d.match(TOKEN) ?? [];
	let out = '';
	let previous = '';
	let at: Point = { x: 0, y: 0 };
	let start = at;
	for (let i = 0; i < tokens.length;) {
		const cmd = tokens[i++]!;
		if (!(cmd in ARITY)) throw new Error(`compactPath: unexpected "${cmd}" in "${d}"`);
		const args = tokens.slice(i, i + ARITY[cmd]!).map(Number);
		i += args.length;
		if (cmd === 'Z') {
			out += 'z';
			previous = 'z';
			at = start;
			continue;
		}
		const shortest = candidates(cmd, args, at)
			.map((c) => ({ cmd: c[0], text: written(c, previous) }))
			.reduce((best, c) => (c.text.length < best.text.length ? c : best));
		out += shortest.text;
		previous = shortest.cmd;
		at = end(cmd, args, at);
		if (cmd === 'M') start = at;
	}
	return out;
}
