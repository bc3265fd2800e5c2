/**
 * The reader's language: the one the page's address is in (/zh/… Chinese, the rest English).
 * Set by the route, so the prerendered page, hydration and every later navigation agree; the
 * language switch is a link to the other address. The root layout's load has fetched the
 * language's table before anything renders.
 */
import { page } from '$app/state';
import { base } from '$app/paths';
import { languageTag, pageLanguage, segmentOf } from '../i18n/address.ts';
import { LANGUAGE_TRAITS, textsIn, type Language, type Texts } from '../i18n/languages.ts';
import { lead, translate, type StringKey } from '../i18n/strings.ts';

class LanguageState {
	get current(): Language {
		return pageLanguage(page.route, page.params.lang, () => page.url.pathname, base);
	}

	/** The `lang` parameter for resolve(): internal links stay in the reader's language. */
	get segment() {
		return segmentOf(this.current);
	}

	/** Its BCP 47 tag, for a `lang` attribute. */
	get tag() {
		return languageTag(this.current);
	}

	/** The page's own text. */
	t = (key: StringKey): string => translate(this.current, key);

	/** The colon after a heading word, in the language's punctuation. */
	get colon() {
		return LANGUAGE_TRAITS[this.current].colon;
	}

	/** A heading word and its colon, in the language's punctuation: "Kind: ", "类型：". */
	lead = (key: StringKey): string => lead(this.current, key);

	/** A feature's table (the lecture's, the export form's) in the reader's language. */
	text = <T>(texts: Texts<T>): T => textsIn(texts, this.current);
}

export const language = new LanguageState();
