/**
 * Edits of an entity of the shared catalogue (entities.yaml): its texts and their Chinese, and
 * its synonyms. Each is one small edit of the text (see yamlText.ts).
 */
import { entitySchema } from '../schema/files.ts';
import { ActionError, list } from './pathwayPlaces.ts';
import { deleteKey, setFlowList, setScalar } from './yamlText.ts';

export type EntityEdit =
	| { kind: 'set-entity-field'; entity: string; field: string; value: string | null }
	| { kind: 'set-entity-list'; entity: string; field: string; values: string[] };

/** The texts and the lists of an entity a curator may set, in the order the format writes them. */
export const ENTITY_TEXTS: readonly string[] = ['label', 'zh', 'description', 'descriptionZh'];
export const ENTITY_LISTS: readonly string[] = ['synonyms', 'synonymsZh'];
const ORDER = Object.keys(entitySchema.shape);

function indexOf(text: string, id: string): number {
	const i = list<{ id?: string }>(text, 'entities').findIndex((e) => e.id === id);
	if (i < 0) throw new ActionError(`the catalogue has no entity "${id}"`);
	return i;
}

/** A text set (removed when left empty), or a list set on one line (removed when emptied). */
export function editEntity(text: string, a: EntityEdit): string {
	const i = indexOf(text, a.entity);
	if (a.kind === 'set-entity-field') {
		if (!ENTITY_TEXTS.includes(a.field))
			throw new ActionError(`"${a.field}" cannot be set on an entity`);
		const value = a.value?.trim() ?? '';
		if (!value) return deleteKey(text, ['entities', i], a.field);
		return setScalar(text, ['entities', i, a.field], value, ORDER);
	}
	if (!ENTITY_LISTS.includes(a.field))
		throw new ActionError(`"${a.field}" is not a list of an entity`);
	const values = a.values.map((v) => v.trim()).filter(Boolean);
	return setFlowList(text, ['entities', i, a.field], values, ORDER);
}
