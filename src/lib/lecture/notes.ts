/**
 * The speaker notes of a step's slide: the narration, then the supporting sentence with the
 * quoted words in quotation marks (in Chinese, the source's aligned Chinese sentence under it),
 * how the source supports it, and the citation.
 */
import { LANGUAGE_TRAITS, type Language } from '../i18n/languages.ts';
import { lead } from '../i18n/strings.ts';
import { SUPPORT_WORDS } from '../i18n/vocabulary/supports.ts';
import type { Caption } from './caption.ts';

export function stepNotes(caption: Caption, lang: Language = 'en'): string {
	const lines = [caption.narration];
	const e = caption.evidence;
	if (e) {
		const text = e.parts.map((p) => (p.quoted ? `“${p.text}”` : p.text)).join('');
		const label = e.support === 'background' ? lead(lang, 'curatorNote') : '';
		lines.push('', `${label}${text}`, ...(e.translation ? [e.translation] : []));
		lines.push(
			`${SUPPORT_WORDS[e.support][lang].long}${LANGUAGE_TRAITS[lang].fullStop}${e.citation}`
		);
	}
	return lines.join('\n');
}
