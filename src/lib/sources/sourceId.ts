/** The id a new source gets: "<first author's family name>-<year>", unique in the folder. */
import { ID_PATTERN } from '../schema/files.ts';
import type { SourceRecord } from './record.ts';

/** Lower-case ASCII letters and digits joined by single hyphens; accents dropped. */
export function slug(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** "Hayashi T" gives "Hayashi"; a collective name ("CANMAT Group") is kept whole. */
function familyName(author: string): string {
	const personal = /^(.+?) \p{Lu}{1,4}(?: (?:Jr|Sr|II|III|IV|2nd|3rd))?$/u.exec(author);
	return personal?.[1] ?? author;
}

function firstWords(text: string, count: number): string {
	return slug(text).split('-').slice(0, count).join('-');
}

/** The default id, or undefined when the record gives nothing to make one from. */
export function defaultId(record: SourceRecord): string | undefined {
	const first = record.authors?.[0];
	const name = first ? firstWords(familyName(first), 3) : firstWords(record.title, 3);
	const id = [name, record.year].filter((part) => part !== undefined && part !== '').join('-');
	return ID_PATTERN.test(id) ? id : undefined;
}

/** The id itself if free, else the id with -b, -c, … */
export function uniqueId(id: string, taken: (candidate: string) => boolean): string {
	if (!taken(id)) return id;
	for (const letter of 'bcdefghijklmnopqrstuvwxyz') {
		if (!taken(`${id}-${letter}`)) return `${id}-${letter}`;
	}
	throw new Error(`too many sources named ${id}: give one with --id`);
}
