/**
 * A language is an address: the English page at /…, the Chinese one at /zh/… (the optional
 * route segment [[lang=lang]]). Pure path arithmetic, shared by the routes and the switch.
 */
import { LANGUAGE_TRAITS, LANGUAGES, SOURCE_LANGUAGE, type Language } from './languages.ts';

/** The route segment of a language that has one (English has none): `zh`. */
export type LanguageSegment = string;

const BY_SEGMENT = new Map(
	LANGUAGES.flatMap((lang) => {
		const segment = LANGUAGE_TRAITS[lang].segment;
		return segment ? [[segment, lang] as const] : [];
	})
);

export const isLanguageSegment = (value: string): value is LanguageSegment => BY_SEGMENT.has(value);

/** The language of a route whose optional `lang` parameter is `segment`. */
export const languageOfSegment = (segment: string | undefined): Language =>
	(segment && BY_SEGMENT.get(segment)) || SOURCE_LANGUAGE;

/**
 * The language of an address no route matches (its error page has no `lang` parameter): the
 * path's first segment after the site's `base`.
 */
export function languageOfPath(pathname: string, base = ''): Language {
	const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
	return languageOfSegment(path.split('/')[1]);
}

/**
 * A page's language: its route's `lang` parameter; the address (asked for only then: it changes
 * with every selection, and whoever reads it reruns) where no route matched.
 */
export const pageLanguage = (
	route: { id: string | null },
	segment: string | undefined,
	pathname: () => string,
	base = ''
): Language => (route.id === null ? languageOfPath(pathname(), base) : languageOfSegment(segment));

/** The `lang` route parameter that addresses a language (undefined: none, for English). */
export const segmentOf = (lang: Language): LanguageSegment | undefined =>
	LANGUAGE_TRAITS[lang].segment;

/** The BCP 47 tag for `<html lang>`, `lang` and `hreflang` attributes. */
export const languageTag = (lang: Language): string => LANGUAGE_TRAITS[lang].tag;

/** Entries for a prerendered page, once per language. */
export const inEveryLanguage = <T extends object>(
	entries: T[]
): (T & { lang?: LanguageSegment })[] =>
	LANGUAGES.flatMap((lang) =>
		entries.map((entry) => {
			const segment = segmentOf(lang);
			return segment ? { ...entry, lang: segment } : entry;
		})
	);

type Address = { pathname: string; search?: string; hash?: string };

/**
 * The same page in `lang`: the path with its language segment put on or taken off (after the
 * site's `base`), the query and fragment kept as they are.
 */
export function addressIn(url: Address, lang: Language, base = ''): string {
	const path = url.pathname.startsWith(base) ? url.pathname.slice(base.length) : url.pathname;
	const first = path.split('/')[1] ?? '';
	const bare = isLanguageSegment(first) ? path.slice(first.length + 1) || '/' : path;
	const segment = segmentOf(lang);
	const localised = segment ? `/${segment}${bare === '/' ? '' : bare}` : bare || '/';
	return `${base}${localised}${url.search ?? ''}${url.hash ?? ''}`;
}

/**
 * A link from the page at `url` to itself in `lang`, written from `root`, the site's root as
 * resolve('/') gives it there: relative in a prerendered page ('../'), so the built site works
 * from any folder; absolute in the browser ('/', or the base path).
 */
export function linkIn(url: Address, lang: Language, root: string): string {
	const base = new URL(root, `http://site${url.pathname}`).pathname.replace(/\/$/, '');
	return root.replace(/\/$/, '') + addressIn(url, lang, base).slice(base.length);
}
