/** What an input gives for one source: its record and its abstract, nothing guessed. */
import type { Bibliographic } from '../model/atlas.ts';
import { flattenMarkup } from '../text/flattenMarkup.ts';

/** The bibliographic record as the atlas keeps it (without what a curator confirms later). */
export type SourceRecord = Omit<Bibliographic, 'unverified' | 'provenance'> & {
	/** The abstract, flattened by the shared markup rule. */
	text: string;
};

/** A record as read, before the checks: the abstract and the title may be missing. */
export type ReadRecord = Partial<SourceRecord>;

/** Which kind of input a record came from, as the source file's `imported.format` says it. */
export type InputKind =
	'PubMed XML' | 'MEDLINE' | 'RIS' | 'EndNote' | 'BibTeX' | 'CSL-JSON' | 'plain text' | 'Crossref';

/** Drops the fields whose value is missing or empty, so the record lists only what was given. */
export function compact<T extends object>(record: T): Partial<T> {
	return Object.fromEntries(
		Object.entries(record).filter(
			([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)
		)
	) as Partial<T>;
}

/**
 * Initials as PubMed writes them: "Mark J." gives "MJ", "Jean-Paul" gives "JP",
 * and initials already written together ("MJ") stay as they are.
 */
export function initialsOf(given: string): string {
	return given
		.split(/[\s.-]+/)
		.filter((part) => part !== '')
		.map((part) => (/^\p{Lu}{1,3}$/u.test(part) ? part : (part[0] ?? '').toUpperCase()))
		.join('');
}

/** "Family I" as PubMed lists an author, or the collective name as written. */
export function authorName(family: string, given?: string, suffix?: string): string {
	const initials = given ? initialsOf(given) : '';
	return [flattenMarkup(family), initials, suffix].filter((part) => part).join(' ');
}

/** The first four-digit year in a date text ("1998 Dec-1999 Jan" gives 1998). */
export function yearIn(date: string | undefined): number | undefined {
	const found = date?.match(/\b(1[89]|20|21)\d{2}\b/);
	return found ? Number(found[0]) : undefined;
}

/** A DOI without its resolver prefix ("https://doi.org/10.1/x" gives "10.1/x"). */
export function bareDoi(doi: string | undefined): string | undefined {
	const trimmed = doi?.trim().replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '');
	return trimmed || undefined;
}
