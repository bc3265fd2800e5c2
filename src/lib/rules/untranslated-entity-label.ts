import type { Entity, Pathway } from '../model/atlas.ts';
import { defineRule, type DataPath, type Diagnostic, type Locator } from './rule.ts';

/** In a pathway complete in Chinese, a node that shows its entity's label needs the entity's Chinese. */
export const untranslatedEntityLabel = defineRule({
	id: 'untranslated-entity-label',
	severity: 'error',
	description: 'a node of a pathway complete in Chinese shows an entity label with no Chinese',
	check: (
		p: Pathway,
		file: Locator,
		itemPath: (id: string) => DataPath,
		entities: ReadonlyMap<string, Entity>
	): Diagnostic[] =>
		p.nodes
			.filter((n) => !n.label.zh && entities.has(n.entity) && !entities.get(n.entity)?.label.zh)
			.map((n) =>
				file.diagnostic(
					untranslatedEntityLabel,
					[...itemPath(n.id), 'entity'],
					`node "${n.id}" shows the label of entity "${n.entity}", which has no Chinese`,
					'the pathway declares itself complete in Chinese; add "zh:" to the entity in entities.yaml, or to the node'
				)
			)
});
