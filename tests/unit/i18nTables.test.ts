import { describe, expect, expectTypeOf, it } from 'vitest';
import { EXPORT_TEXT } from '../../src/lib/export/exportStrings.ts';
import { everyLanguage, LANGUAGES, type Language } from '../../src/lib/i18n/languages.ts';
import { LECTURE_TEXT } from '../../src/lib/i18n/lectureText.ts';
import { PRACTICE_TEXT } from '../../src/lib/i18n/practiceText.ts';
import { loadLanguage, PAGE_EN, translate, type StringKey } from '../../src/lib/i18n/strings.ts';
import { KIND_NAMES } from '../../src/lib/i18n/vocabulary/kinds.ts';
import { RELATION_WORDS } from '../../src/lib/i18n/vocabulary/relations.ts';
import { sentenceCount } from '../../src/lib/i18n/vocabulary/sentenceCounts.ts';
import { SUPPORT_WORDS } from '../../src/lib/i18n/vocabulary/supports.ts';
import { ZH } from '../../src/lib/i18n/zh.ts';
import { KINDS, RELATIONS, SUPPORTS } from '../../src/lib/schema/vocabulary.ts';

type Texts = Record<Language, unknown>;

/** A vocabulary table (word → language → text) turned round into one table per language. */
const perLanguage = <W extends string>(table: Record<W, Record<Language, unknown>>): Texts =>
	Object.fromEntries(
		LANGUAGES.map((lang) => [
			lang,
			Object.fromEntries(
				Object.entries<Record<Language, unknown>>(table).map(([w, t]) => [w, t[lang]])
			)
		])
	) as Texts;

const SENTENCE_COUNTS = {
	one: sentenceCount(1, false),
	two: sentenceCount(2, false),
	sixOrMore: sentenceCount(6, true)
};

const TABLES: Record<string, Texts> = {
	page: everyLanguage({ en: PAGE_EN, zh: ZH }),
	lecture: LECTURE_TEXT,
	practice: PRACTICE_TEXT,
	export: EXPORT_TEXT,
	kinds: perLanguage(KIND_NAMES),
	relations: perLanguage(RELATION_WORDS),
	supports: perLanguage(SUPPORT_WORDS),
	sentenceCounts: perLanguage(SENTENCE_COUNTS)
};

/** Texts that are the same in both languages on purpose: names of formats. */
const SAME_IN_BOTH = new Set(['Cytoscape JSON (.cyjs)']);

/** Each text of a table by its path of keys ("formats.svg"), however deep. */
function leaves(value: unknown, path = ''): [string, unknown][] {
	if (typeof value !== 'object' || value === null) return [[path, value]];
	return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

const englishEverywhere = new Set(
	Object.values(TABLES).flatMap((t) => leaves(t.en).map(([, text]) => text))
);

describe.each(Object.entries(TABLES))('the %s table', (_name, table) => {
	const en = leaves(table.en);
	const zh = leaves(table.zh);

	it('has in Chinese exactly the keys it has in English', () => {
		expect(zh.map(([path]) => path).sort()).toEqual(en.map(([path]) => path).sort());
	});

	it('has English text for every key', () => {
		for (const [path, text] of en)
			expect(typeof text === 'string' && text.trim(), path).toBeTruthy();
	});

	it('translates every text: none empty, none left in English', () => {
		for (const [path, text] of zh) {
			expect(typeof text === 'string' && text.trim(), path).toBeTruthy();
			if (!SAME_IN_BOTH.has(text as string)) expect(englishEverywhere.has(text), path).toBe(false);
		}
	});
});

describe('the vocabulary', () => {
	it('words every kind, relation and support of the schema, and no other', () => {
		expect(Object.keys(KIND_NAMES).sort()).toEqual([...KINDS].sort());
		expect(Object.keys(RELATION_WORDS).sort()).toEqual([...RELATIONS].sort());
		expect(Object.keys(SUPPORT_WORDS).sort()).toEqual([...SUPPORTS].sort());
	});
});

describe("the page's table", () => {
	it('holds none of the lecture pages\u2019 words', () => {
		const lectureKeys = Object.keys(LECTURE_TEXT.en);
		expect(Object.keys(PAGE_EN).filter((k) => lectureKeys.includes(k))).toEqual([]);
		expect(Object.keys(ZH).filter((k) => lectureKeys.includes(k))).toEqual([]);
	});

	it('has no lecture key in its key type, so a page cannot ask for one', () => {
		expectTypeOf<'previousStep'>().not.toExtend<StringKey>();
		expectTypeOf<'atlas'>().toExtend<StringKey>();
		// Never called: `npm run check` compiles this file and fails if the line type-checks.
		const _askForALectureKey = () =>
			// @ts-expect-error the lecture's words are read from LECTURE_TEXT, not the page's table
			translate('en', 'previousStep');
		expect(typeof _askForALectureKey).toBe('function');
	});

	it('is English until the Chinese table is loaded, then Chinese', async () => {
		expect(translate('zh', 'atlas')).toBe(PAGE_EN.atlas);
		await loadLanguage('zh');
		expect(translate('zh', 'atlas')).toBe(ZH.atlas);
		expect(translate('en', 'atlas')).toBe(PAGE_EN.atlas);
	});
});
