import type { Pathway } from '../model/atlas.ts';
import { defineRule, type DataPath, type Diagnostic, type Locator } from './rule.ts';

/** In a pathway with lecture steps, every node and edge should appear in one. */
export const notInAnyStep = defineRule({
	id: 'not-in-any-step',
	severity: 'warning',
	description: 'an element that no lecture step reveals',
	check: (p: Pathway, file: Locator, itemPath: (id: string) => DataPath): Diagnostic[] => {
		if (!p.steps.length) return [];
		const shown = new Set(p.steps.flatMap((s) => s.show));
		return [...p.nodes, ...p.edges]
			.filter((el) => !shown.has(el.id))
			.map((el) =>
				file.diagnostic(
					notInAnyStep,
					itemPath(el.id),
					`"${el.id}" is revealed by no lecture step`,
					`add "${el.id}" to the "show" list of a step`
				)
			);
	}
});
