/**
 * The atlas's one search: every node and arrow of every pathway, and every source sentence, by
 * its names (labels, synonyms and abbreviations in both languages, ids) and its words (evidence,
 * notes). Built at build time into a small static index (search.json), matched in the browser.
 */
import { inEach, LANGUAGES, type Language } from '../i18n/languages.ts';
import { everyTranslation, pickEach } from '../i18n/localized.ts';
import type { Atlas, Evidence, Pathway } from '../model/atlas.ts';
import { edgeSentence, nodeLabel } from './labels.ts';
import { sentenceIn } from '../i18n/localized.ts';

type Both = Record<Language, string>;

export interface SearchEntry {
	/** The page it opens: a pathway (with ?select=) or a source (with #s<n>). */
	pathway?: string;
	source?: string;
	/** The element (?select=) or the sentence (#s<n>). */
	at: string;
	title: Both;
	/** Where it is: the pathway's or the source's title. */
	where: Both;
	/** Names, normalised. */
	names: string[];
	/** Other words (evidence, notes), normalised. */
	text: string;
}

const GREEK: [RegExp, string][] = [
	[/σ/g, 'sigma'],
	[/α/g, 'alpha'],
	[/β/g, 'beta'],
	[/γ/g, 'gamma'],
	[/δ/g, 'delta'],
	[/κ/g, 'kappa'],
	[/μ/g, 'mu']
];

/** Case, width, Greek letters (σ ↔ sigma), hyphens and spaces do not matter to a match. */
export function normalise(text: string): string {
	let s = text.normalize('NFKC').toLocaleLowerCase();
	for (const [letter, name] of GREEK) s = s.replace(letter, name);
	return s.replace(/[\s\-‐‑–—_·.,/()'’]+/g, '');
}

const evidenceWords = (evidence: Evidence[]) =>
	evidence.flatMap((e) => [e.support === 'background' ? '' : e.quote, ...everyTranslation(e.note)]);

function pathwayEntries(atlas: Atlas, p: Pathway): SearchEntry[] {
	const where = pickEach(p.title);
	const named = (names: (string | undefined)[]) => [
		...new Set(names.filter(Boolean).map((n) => normalise(n!)))
	];
	const nodes = p.nodes.map((n) => {
		const e = atlas.entities.get(n.entity);
		const labels = [n.label, ...(e ? [e.label] : [])].flatMap(everyTranslation);
		const names = [...labels, n.id, e?.id];
		return {
			pathway: p.id,
			at: n.id,
			title: inEach((lang) => nodeLabel(n, lang)),
			where,
			names: named([...names, ...LANGUAGES.flatMap((lang) => e?.synonyms[lang] ?? [])]),
			text: normalise(evidenceWords(n.evidence).join(' '))
		};
	});
	const edges = p.edges.map((e) => {
		const sentence = (lang: Language) => edgeSentence(e, p, atlas.entities, lang);
		return {
			pathway: p.id,
			at: e.id,
			title: inEach(sentence),
			where,
			names: named([e.id, ...LANGUAGES.map(sentence)]),
			text: normalise([...evidenceWords(e.evidence), ...everyTranslation(e.note)].join(' '))
		};
	});
	return [...nodes, ...edges];
}

function sourceEntries(atlas: Atlas): SearchEntry[] {
	return [...atlas.sources.values()].flatMap((s) =>
		s.sentences.map((sentence) => ({
			source: s.id,
			at: `s${sentence.n}`,
			title: inEach((lang) => sentenceIn(s, sentence.n, lang) ?? sentence.text),
			where: inEach(() => s.title),
			names: [],
			text: normalise(
				[sentence.text, ...LANGUAGES.map((l) => sentenceIn(s, sentence.n, l))].join(' ')
			)
		}))
	);
}

export function buildSearchIndex(atlas: Atlas): SearchEntry[] {
	return [...atlas.pathways.flatMap((p) => pathwayEntries(atlas, p)), ...sourceEntries(atlas)];
}

/**
 * The index as its file (search.json) holds it: each pathway's or source's title once, which its
 * entries name by number, and a title the same in every language once. Repeated in every entry,
 * they were half the file.
 */
export interface SearchFile {
	places: { pathway?: string; source?: string; title: Both }[];
	entries: { place: number; at: string; title: Both | string; names: string[]; text: string }[];
}

const placeKey = (e: SearchEntry) => (e.pathway ? `p ${e.pathway}` : `s ${e.source}`);

export function searchFile(index: SearchEntry[]): SearchFile {
	const places = new Map<string, number>();
	const file: SearchFile = { places: [], entries: [] };
	for (const e of index) {
		const key = placeKey(e);
		if (!places.has(key)) {
			places.set(key, file.places.length);
			file.places.push({ pathway: e.pathway, source: e.source, title: e.where });
		}
		const same = LANGUAGES.every((lang) => e.title[lang] === e.title.en);
		const { at, names, text } = e;
		file.entries.push({
			place: places.get(key)!,
			at,
			title: same ? e.title.en : e.title,
			names,
			text
		});
	}
	return file;
}

export function searchIndexOf(file: SearchFile): SearchEntry[] {
	return file.entries.map(({ place, at, title, names, text }) => {
		const { pathway, source, title: where } = file.places[place]!;
		const titles = typeof title === 'string' ? inEach(() => title) : title;
		return { ...(pathway ? { pathway } : { source }), at, title: titles, where, names, text };
	});
}

/** 0 a name exactly, 1 a name's start, 2 inside a name, 3 in the other words; else undefined. */
function rank(entry: SearchEntry, q: string): number | undefined {
	if (entry.names.includes(q)) return 0;
	if (entry.names.some((n) => n.startsWith(q))) return 1;
	if (entry.names.some((n) => n.includes(q))) return 2;
	return entry.text.includes(q) ? 3 : undefined;
}

/** The entries matching `query`, best first (nodes before arrows at equal rank). */
export function searchAtlas(index: SearchEntry[], query: string, limit = 12): SearchEntry[] {
	const q = normalise(query);
	if (!q) return [];
	const hits: { entry: SearchEntry; rank: number }[] = [];
	for (const entry of index) {
		const r = rank(entry, q);
		if (r !== undefined) hits.push({ entry, rank: r });
	}
	return hits
		.sort((a, b) => a.rank - b.rank)
		.slice(0, limit)
		.map((h) => h.entry);
}
