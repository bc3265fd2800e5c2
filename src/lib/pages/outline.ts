/**
 * The pathway page's outline, as HTML: each element in reading order, a link to it and its
 * support in words. The prerendered page carries it once (the server hook puts it in place of
 * OUTLINE_SLOT) and hydration takes it as it is, so the page's script builds no list item per
 * element; a page reached by client-side navigation draws it from the same function.
 */
import type { Language } from '../i18n/languages.ts';
import { SUPPORT_WORDS } from '../i18n/vocabulary/supports.ts';
import { elementById } from '../model/elementIndex.ts';
import { el, textEl, txt } from '../render/html.ts';
import { ABOUT_PREFIX } from '../view/figurePick.ts';
import { elementTitle } from '../view/labels.ts';
import type { PathwayPageData } from '../view/pathwayPage.ts';

export const OUTLINE_SLOT = '<!--atlas-outline-->';

function supportWords(id: string, data: PathwayPageData, lang: Language): string {
	const el = elementById(data.pathway, id);
	return [...new Set(el?.evidence.map((e) => e.support))]
		.map((s) => SUPPORT_WORDS[s][lang].long)
		.join('; ');
}

/**
 * One item per element: before the script runs (or without it) its link shows the element's
 * prerendered details; once it runs, the outline selects it.
 */
export const outlineItems = (
	data: PathwayPageData,
	order: readonly string[],
	lang: Language
): string =>
	order
		.map((id) =>
			el(
				'li',
				{},
				el('a', { href: `#${ABOUT_PREFIX}${id}` }, txt(elementTitle(id, data, lang))),
				' ',
				textEl('span', { class: 'support-words' }, `(${supportWords(id, data, lang)})`)
			)
		)
		.join('');
