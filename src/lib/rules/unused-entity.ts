import type { Atlas } from '../model/atlas.ts';
import { defineRule, type Diagnostic, type Locator } from './rule.ts';

/** The entity catalogue, and the list index each entity is defined at. */
export interface CatalogueFile {
	file: Locator;
	index: ReadonlyMap<string, number>;
}

export const unusedEntity = defineRule({
	id: 'unused-entity',
	severity: 'warning',
	description: 'an entity that no pathway uses',
	check: (atlas: Atlas, catalogue: CatalogueFile): Diagnostic[] => {
		const used = new Set(atlas.pathways.flatMap((p) => p.nodes.map((n) => n.entity)));
		return [...atlas.entities.keys()]
			.filter((id) => !used.has(id))
			.map((id) =>
				catalogue.file.diagnostic(
					unusedEntity,
					['entities', catalogue.index.get(id) ?? 0],
					`entity "${id}" is used by no pathway`,
					'use it in a pathway, or remove it from the catalogue'
				)
			);
	}
});
