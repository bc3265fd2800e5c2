import { defineRule, type DataPath, type Diagnostic, type Locator } from './rule.ts';

export const compartmentCycle = defineRule({
	id: 'compartment-cycle',
	severity: 'error',
	description: 'compartment parents that go round in a circle',
	/** `at`: the parent of the cycle's first compartment; `cycle`: its compartments, in order. */
	check: (file: Locator, at: DataPath, cycle: string[]): Diagnostic => {
		const [first] = cycle;
		const ring = [...cycle, first].map((id) => `"${id}"`).join(' → ');
		const message =
			cycle.length === 1
				? `compartment "${first}" is its own parent`
				: `compartment parents form a cycle: ${ring}`;
		return file.diagnostic(
			compartmentCycle,
			at,
			message,
			'a compartment sits inside its parent, so parents cannot go round in a circle: remove one "parent"'
		);
	}
});
