/** The reader's language, kept across pages and visits. */
import {
	isLanguage,
	loadLanguage,
	translate,
	type Language,
	type StringKey
} from '../i18n/strings.ts';

const KEY = 'atlas-language';

function stored(): Language {
	if (typeof localStorage === 'undefined') return 'en';
	const value = localStorage.getItem(KEY);
	return isLanguage(value) ? value : 'en';
}

class LanguageState {
	current = $state<Language>('en');

	/** Called once in the browser, after hydration, so server and client render the same first. */
	async restore(): Promise<void> {
		const lang = stored();
		if (lang !== this.current) await this.set(lang);
	}

	/** Switches once the language's table has loaded, so no text shows in a mix of both. */
	async set(lang: Language): Promise<void> {
		await loadLanguage(lang);
		this.current = lang;
		localStorage.setItem(KEY, lang);
		document.documentElement.lang = lang === 'zh' ? 'zh-Hans' : 'en';
	}

	t = (key: StringKey): string => translate(this.current, key);
}

export const language = new LanguageState();
