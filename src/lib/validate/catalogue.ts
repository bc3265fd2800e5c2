/** The shared catalogues: entities and reference records, each id defined once. */
import type { Diagnostic } from '../diagnostics.ts';
import { localizedField, localizedLabel, localizedList } from '../i18n/localized.ts';
import type { Entity, Reference } from '../model/atlas.ts';
import { entitySchema, referenceSchema } from '../schema/files.ts';
import type { LocatedFile } from '../yaml/parseLocated.ts';
import { duplicateId } from '../rules/duplicate-id.ts';
import { emptyFile } from '../rules/empty-file.ts';
import { fileShape } from '../rules/file-shape.ts';
import { unknownField } from '../rules/unknown-field.ts';
import { checkItems, isRecord } from './schemaIssues.ts';
import { bibliographic } from './sources.ts';

function listOf(file: LocatedFile, key: string, out: Diagnostic[]): unknown {
	if (file.data === null || file.data === undefined) {
		out.push(emptyFile.check(file, key));
		return undefined;
	}
	if (!isRecord(file.data) || !(key in file.data)) {
		out.push(fileShape.check(file, key));
		return undefined;
	}
	for (const extra of Object.keys(file.data).filter((k) => k !== key))
		out.push(unknownField.check(file, [], extra, key));
	return file.data[key];
}

/** A catalogue's records by id, with the list index each came from. */
export interface Catalogue<T> {
	byId: Map<string, T>;
	index: Map<string, number>;
	/** Ids of items that failed the schema: not reported again where they are used. */
	invalid: Set<string>;
	/** The file has no list to read ids from: uses of its ids cannot be checked. */
	broken: boolean;
}

function invalidIds(list: unknown, kept: { index: number }[]): Set<string> {
	if (!Array.isArray(list)) return new Set();
	const good = new Set(kept.map((k) => k.index));
	return new Set(
		list.flatMap((item, i) =>
			!good.has(i) && isRecord(item) && typeof item.id === 'string' ? [item.id] : []
		)
	);
}

/** Keeps the first of each id; a repeat is an error pointing back at the first. */
function uniqueById<T extends { id: string }>(
	file: LocatedFile,
	base: string,
	items: { index: number; value: T }[],
	out: Diagnostic[]
): Pick<Catalogue<T>, 'byId' | 'index'> {
	const byId = new Map<string, T>();
	const firstIndex = new Map<string, number>();
	for (const { index, value } of items) {
		const first = firstIndex.get(value.id);
		if (first !== undefined) {
			out.push(
				duplicateId.check(file, [base, index, 'id'], value.id, 'record', [base, first, 'id'])
			);
			continue;
		}
		firstIndex.set(value.id, index);
		byId.set(value.id, value);
	}
	return { byId, index: firstIndex };
}

export function buildEntities(file: LocatedFile, out: Diagnostic[]): Catalogue<Entity> {
	const list = listOf(file, 'entities', out);
	const items = checkItems(entitySchema, file, list, ['entities'], out);
	const entities = items.map(({ index, value }) => {
		const entity = {
			...value,
			label: localizedLabel(value),
			description: localizedField(value, 'description'),
			synonyms: localizedList(value, 'synonyms'),
			xrefs: value.xrefs ?? {}
		};
		delete entity.descriptionZh; // gathered into the description
		delete entity.zh; // gathered into the label
		delete entity.synonymsZh; // gathered into the synonyms
		return { index, value: entity as Entity };
	});
	return {
		...uniqueById(file, 'entities', entities, out),
		invalid: invalidIds(list, items),
		broken: !Array.isArray(list)
	};
}

export function buildReferences(file: LocatedFile, out: Diagnostic[]): Catalogue<Reference> {
	const list = listOf(file, 'references', out);
	const items = checkItems(referenceSchema, file, list, ['references'], out);
	const refs = items.map(({ index, value }) => ({
		index,
		value: {
			id: value.id,
			...bibliographic(value),
			...(value.listedIn ? { listedIn: value.listedIn } : {})
		}
	}));
	return {
		...uniqueById(file, 'references', refs, out),
		invalid: invalidIds(list, items),
		broken: !Array.isArray(list)
	};
}
