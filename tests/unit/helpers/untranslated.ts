/**
 * What a text made in the pseudo-locale shows that no language's table gave it: everything left
 * once the marked texts (`⟦…⟧`, nested) are taken out, less what is rightly English in every
 * language: a source's own sentences, a record's bibliographic details, ids.
 */
import { PSEUDO_CLOSE, PSEUDO_OPEN } from '../../../src/lib/i18n/pseudo.ts';
import type { Atlas } from '../../../src/lib/model/atlas.ts';
import { GENERATED_BY } from '../../../src/lib/export/cyjs.ts';
import { ECO_TERMS } from '../../../src/lib/schema/eco.ts';
import { RELATIONS, SUPPORTS } from '../../../src/lib/schema/vocabulary.ts';
import { referenceText } from '../../../src/lib/render/referenceText.ts';
import { journalLine, shortCitation } from '../../../src/lib/view/citation.ts';

const MARKED = new RegExp(`${PSEUDO_OPEN}[^${PSEUDO_OPEN}${PSEUDO_CLOSE}]*${PSEUDO_CLOSE}`, 'g');

/** The text with every marked (translated) text taken out, innermost first. */
export function unmarked(text: string): string {
	let left = text;
	for (let before = ''; before !== left;) {
		before = left;
		left = left.replace(MARKED, ' ');
	}
	return left;
}

/** Everything that stays English in every language: sources' sentences, citations, ids. */
export function englishByRight(atlas: Atlas): string {
	const records = [...atlas.sources.values(), ...atlas.references.values()];
	return [
		...[...atlas.sources.values()].flatMap((s) => [
			s.text,
			...s.sentences.map((x) => x.text),
			// its curated translation, which every language's page shows beside the English
			...(s.zh ?? [])
		]),
		...records.flatMap((r) => [
			referenceText(r, 'en', '').text,
			shortCitation(r),
			journalLine(r),
			...(r.authors ?? [])
		]),
		...records.map((r) => r.id),
		...atlas.pathways.flatMap((p) => [
			p.id,
			...p.nodes.map((n) => n.id),
			...p.edges.map((e) => e.id)
		]),
		...RELATIONS,
		...SUPPORTS,
		...[...ECO_TERMS.values()].map((t) => t.id),
		// the product's name, which the Moodle category path and .cyjs files carry in every language
		GENERATED_BY,
		'PMID',
		'doi',
		'et al.'
	].join('\n');
}

/**
 * The pieces of `text` (split at punctuation) that are English and neither marked nor English by
 * right: the interface text the pseudo-locale did not reach.
 */
export function untranslated(text: string, byRight: string): string[] {
	return unmarked(text)
		.split(/[\n()[\]{},;:·•→—–|<>"“”‘…=*†/]+|\.\s|\s\d+(?=\s|$)|\bs\d+\b|\s{2,}/)
		.map((piece) => piece.trim().replace(/^[.\s]+|[.\s]+$/g, ''))
		.filter((piece) => /[A-Za-z]{2}/.test(piece) && !byRight.includes(piece));
}

const ENTITIES = new Map([
	['lt', '<'],
	['gt', '>'],
	['quot', '"'],
	['apos', "'"],
	['amp', '&']
]);

/** The words of HTML or XML (escaped, even twice) and of GIFT, without the markup and comments. */
export function wordsOfMarkup(markup: string): string {
	// comments and a question's id are for the LMS, not its reader
	let text = markup
		.replace(/^\s*\/\/.*$|<!--[\s\S]*?-->|<idnumber>[^<]*<\/idnumber>/gm, ' ')
		.replace(/<!\[CDATA\[|\]\]>/g, ' ');
	for (let before = ''; before !== text;) {
		before = text;
		text = text.replace(/&(\w+);/g, (m, name: string) => ENTITIES.get(name) ?? m);
	}
	return text
		.replace(/<[^>]*>/g, ' ')
		.replace(/\[html\]|\$CATEGORY:|\$course\$|\\(?=[:=~#{}])/g, ' ')
		.replace(/&#?\w+;/g, ' ');
}

/** The texts of a Moodle XML file: what its `<text>` elements hold (the rest is settings). */
export const moodleTexts = (xml: string): string =>
	[...xml.matchAll(/<text>([\s\S]*?)<\/text>/g)].map((m) => m[1]).join('\n');
