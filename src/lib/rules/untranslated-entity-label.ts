import { isTranslation, LANGUAGE_NAMES, LANGUAGE_TRAITS } from '../i18n/languages.ts';
import type { Entity, Pathway, PathwayNode } from '../model/atlas.ts';
import { defineRule, type DataPath, type Diagnostic, type Locator } from './rule.ts';

/** In a pathway complete in a translation, a node that shows its entity's label needs the entity's translation. */
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
		(p.languages ?? []).filter(isTranslation).flatMap((lang) => {
			const { labelKey } = LANGUAGE_TRAITS[lang];
			const name = LANGUAGE_NAMES[lang];
			const untranslated = (n: PathwayNode) =>
				!n.label[lang] && entities.has(n.entity) && !entities.get(n.entity)?.label[lang];
			return p.nodes
				.filter(untranslated)
				.map((n) =>
					file.diagnostic(
						untranslatedEntityLabel,
						[...itemPath(n.id), 'entity'],
						`node "${n.id}" shows the label of entity "${n.entity}", which has no ${name}`,
						`the pathway declares itself complete in ${name}; add "${labelKey}:" to the entity in entities.yaml, or to the node`
					)
				);
		})
});
