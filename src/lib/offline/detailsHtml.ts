/**
 * An element's details in the one-file export, as the pathway page's details panel shows them:
 * what it is, its hypotheses, every piece of evidence (the full source sentence with the quoted
 * words marked, the support in words, the citation with PMID and DOI), its arrows in and out.
 */
import type { Language } from '../i18n/languages.ts';
import { languageTag } from '../i18n/address.ts';
import { lead, translate } from '../i18n/strings.ts';
import { KIND_NAMES } from '../i18n/vocabulary/kinds.ts';
import { studyText } from '../i18n/vocabulary/studies.ts';
import { SUPPORT_WORDS } from '../i18n/vocabulary/supports.ts';
import type { Evidence } from '../model/atlas.ts';
import { citationLinks, citationWord, UNCONFIRMED_MARK } from '../view/citation.ts';
import { connectionsOf } from '../view/connections.ts';
import { highlightSentence } from '../view/highlight.ts';
import { hypothesesOf, hypothesisLabel } from '../view/hypothesisView.ts';
import { edgeSentence, elementTitle, nodeLabel } from '../view/labels.ts';
import { pick } from '../i18n/localized.ts';
import { alignedTranslation } from '../view/localText.ts';
import type { PathwayPageData } from '../view/pathwayPage.ts';
import { el, fragment, textEl, txt } from '../render/html.ts';

/** The fragment of an element's details, as on the pathway page. */
export const ABOUT = 'about-';

const link = (href: string, text: string) => el('a', { href, rel: 'external noopener' }, txt(text));

function sentencesHtml(ev: Evidence, data: PathwayPageData, lang: Language): string {
	if (ev.support === 'background') return '';
	const source = data.sources.get(ev.source);
	if (!source) return '';
	return ev.sentences
		.map((n) => {
			const sentence = source.sentences[n - 1];
			if (!sentence) return '';
			const parts = highlightSentence(sentence, ev)
				.map((p) => (p.quoted ? textEl('mark', {}, p.text) : txt(p.text)))
				.join('');
			const translated = alignedTranslation(source, [n], lang);
			const translatedLine = translated
				? textEl('p', { class: 'zh', lang: languageTag(lang) }, translated)
				: '';
			return el(
				'blockquote',
				{},
				el('p', {}, parts, ' ', textEl('small', {}, `${source.id} s${n}`)),
				translatedLine
			);
		})
		.join('');
}

/** The one explanation of the unconfirmed mark, which every mark points to. */
export const UNCONFIRMED_NOTE = 'unconfirmed-why';

/**
 * The file's one explanation of the mark: read with each mark (aria-describedby), shown by the
 * stylesheet on hover and focus (the --unconfirmed-why string), written once per file, not with
 * every citation.
 */
export const unconfirmedNote = (lang: Language) =>
	textEl(
		'p',
		{ id: UNCONFIRMED_NOTE, class: 'visually-hidden' },
		citationWord('unconfirmed', lang)
	);

/** The note as a CSS string (a custom property), for the stylesheet's hover and focus text. */
export const unconfirmedNoteCss = (lang: Language) =>
	`:root { --unconfirmed-why: ${JSON.stringify(citationWord('unconfirmed', lang)).replace(/</g, '\\3c ')}; }`;

/** The mark on a record with a detail its source page does not confirm. */
const UNCONFIRMED = el(
	'span',
	{ class: 'unconfirmed', tabindex: '0', 'aria-describedby': UNCONFIRMED_NOTE },
	textEl('span', { 'aria-hidden': 'true' }, UNCONFIRMED_MARK)
);

function citeHtml(ev: Evidence, data: PathwayPageData, lang: Language): string {
	const record =
		ev.support === 'background' ? data.references.get(ev.reference) : data.sources.get(ev.source);
	if (!record) return '';
	const cite = citationLinks(record);
	const title = ev.support === 'background' ? `. ${record.title}` : '';
	return el(
		'p',
		{ class: 'cite' },
		txt(cite.short[lang]),
		cite.unconfirmed ? UNCONFIRMED : '',
		txt(title),
		cite.pubmed ? ` · ${link(cite.pubmed, `PMID ${record.pmid}`)}` : '',
		cite.doi ? ` · ${link(cite.doi, `DOI ${record.doi}`)}` : ''
	);
}

function evidenceHtml(ev: Evidence, data: PathwayPageData, lang: Language): string {
	const note = ev.note ? pick(ev.note, lang) : undefined;
	return el(
		'div',
		{ class: 'evidence', 'data-support': ev.support },
		textEl(
			'span',
			{ class: `support support-${ev.support}` },
			SUPPORT_WORDS[ev.support][lang].long
		),
		ev.study
			? textEl(
					'p',
					{ class: 'study' },
					`${lead(lang, 'study')}${studyText(ev.study, ev.species, lang)}`
				)
			: '',
		sentencesHtml(ev, data, lang),
		note ? textEl('p', { class: 'note' }, `${lead(lang, 'curatorNote')}${note}`) : '',
		citeHtml(ev, data, lang)
	);
}

function headingHtml(id: string, data: PathwayPageData, lang: Language): string {
	const node = data.pathway.nodes.find((n) => n.id === id);
	const edge = data.pathway.edges.find((e) => e.id === id);
	if (edge) return textEl('h3', {}, edgeSentence(edge, data.pathway, data.entities, lang));
	if (!node) return '';
	const entity = data.entities.get(node.entity);
	const kind = entity ? (KIND_NAMES[entity.kind]?.[lang] ?? entity.kind) : '';
	return [
		textEl('h3', {}, nodeLabel(node, lang)),
		textEl('p', { class: 'kind' }, `${lead(lang, 'kind')}${kind}`),
		entity ? textEl('p', {}, pick(entity.description, lang)) : ''
	].join('');
}

function hypothesesHtml(id: string, data: PathwayPageData, lang: Language): string {
	if (!data.pathway.hypotheses?.length) return '';
	const memberOf = hypothesesOf(data.pathway, id);
	const text = memberOf.length
		? `${lead(lang, 'hypotheses')}${memberOf.map((h) => hypothesisLabel(h, lang)).join(' · ')}`
		: translate(lang, 'sharedByAll');
	return textEl('p', { class: 'hypotheses' }, text);
}

function connectionsHtml(id: string, data: PathwayPageData, lang: Language): string {
	const items = connectionsOf(data.pathway, id).map((c) =>
		el(
			'li',
			{},
			c.out ? '→ ' : '← ',
			el('a', { href: fragment(ABOUT + c.edge) }, txt(elementTitle(c.edge, data, lang)))
		)
	);
	if (!items.length) return '';
	return textEl('h4', {}, translate(lang, 'connections')) + el('ul', {}, ...items);
}

/** One element's details, the target of its `#about-<id>` links. */
export function detailsHtml(id: string, data: PathwayPageData, lang: Language): string {
	const element =
		data.pathway.nodes.find((n) => n.id === id) ?? data.pathway.edges.find((e) => e.id === id);
	if (!element) return '';
	const edgeNote = 'note' in element && element.note ? pick(element.note, lang) : undefined;
	return el(
		'section',
		{ class: 'details', id: ABOUT + id },
		headingHtml(id, data, lang),
		hypothesesHtml(id, data, lang),
		textEl('h4', {}, translate(lang, 'evidence')),
		...element.evidence.map((ev) => evidenceHtml(ev, data, lang)),
		edgeNote ? textEl('p', { class: 'note' }, `${lead(lang, 'curatorNote')}${edgeNote}`) : '',
		connectionsHtml(id, data, lang)
	);
}
