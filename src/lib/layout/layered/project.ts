/**
 * Minimal weighted movement from desired positions under separation constraints x[r] - x[l] >= gap
 * (an acyclic set): the "satisfy" pass of block-merging VPSC (Dwyer, Marriott & Stuckey 2006).
 */
export function project(
	desired: Float64Array,
	weight: Float64Array,
	constraints: { l: number; r: number; gap: number }[],
	topo: number[]
): Float64Array {
	const n = desired.length;
	const block = new Int32Array(n);
	const offset = new Float64Array(n);
	const members: number[][] = [];
	const inbound: number[][] = [];
	const wsum = new Float64Array(n);
	const wpos = new Float64Array(n);
	const incoming: number[][] = Array.from({ length: n }, () => []);
	constraints.forEach((c, i) => incoming[c.r]!.push(i));
	for (let v = 0; v < n; v++) {
		block[v] = v;
		members.push([v]);
		inbound.push([...incoming[v]!]);
		wsum[v] = weight[v]!;
		wpos[v] = weight[v]! * desired[v]!;
	}
	const posn = (b: number) => wpos[b]! / wsum[b]!;
	const at = (v: number) => posn(block[v]!) + offset[v]!;
	for (const v of topo) {
		let b = block[v]!;
		for (;;) {
			// The most violated constraint into b from another block.
			const list = inbound[b]!;
			let worst = -1;
			let violation = 1e-9;
			let keep = 0;
			for (const ci of list) {
				const c = constraints[ci]!;
				if (block[c.l] === b) continue; // internal now: drop it
				list[keep++] = ci;
				const gap = at(c.l) + c.gap - at(c.r);
				if (gap > violation) {
					violation = gap;
					worst = ci;
				}
			}
			list.length = keep;
			if (worst < 0) break;
			const c = constraints[worst]!;
			const left = block[c.l]!;
			// Merge the smaller block into the larger one, the constraint made tight.
			let into: number, from: number, shift: number;
			if (members[left]!.length >= members[b]!.length) {
				into = left;
				from = b;
				shift = offset[c.l]! + c.gap - offset[c.r]!;
			} else {
				into = b;
				from = left;
				shift = offset[c.r]! - c.gap - offset[c.l]!;
			}
			for (const m of members[from]!) {
				offset[m] = offset[m]! + shift;
				block[m] = into;
			}
			wpos[into] = wpos[into]! + wpos[from]! - shift * wsum[from]!;
			wsum[into] = wsum[into]! + wsum[from]!;
			for (const m of members[from]!) members[into]!.push(m);
			for (const ci of inbound[from]!) inbound[into]!.push(ci);
			members[from] = [];
			inbound[from] = [];
			b = into;
		}
	}
	const x = new Float64Array(n);
	for (let v = 0; v < n; v++) x[v] = at(v);
	return x;
}
