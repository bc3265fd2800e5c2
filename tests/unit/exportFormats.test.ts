import { describe, expect, it } from 'vitest';
import {
	DEFAULT_EXPORT,
	exportFileName,
	FORMATS,
	type Format
} from '../../src/lib/export/exportOptions.ts';
import { EXPORT_TEXT } from '../../src/lib/export/exportStrings.ts';
import { exportText, isTextFormat } from '../../src/lib/export/exportText.ts';
import {
	EXPORT_FORMATS,
	formatsOffered,
	writesQuestions,
	type FormatId
} from '../../src/lib/export/formats.ts';
import { elsewhere } from '../../src/lib/practice/subject.ts';
import { ArgumentError, parseExportArgs, USAGE } from '../../src/lib/export/node/cliArgs.ts';
import { LANGUAGES } from '../../src/lib/i18n/languages.ts';
import { atlasFrom, realAtlas, subjects } from './helpers/figures.ts';
import { FIXTURES } from './helpers/fixtures.ts';

const ALL = Object.keys(EXPORT_FORMATS) as FormatId[];
const cliError = (argv: string[]) => {
	try {
		parseExportArgs(argv);
	} catch (e) {
		if (e instanceof ArgumentError) return e.message;
		throw e;
	}
	throw new Error(`${argv.join(' ')} was accepted`);
};

/** An LMS's importer takes GIFT as .txt and Moodle XML as .xml: the format stays in the name. */
const ends: Record<string, string> = { gift: 'gift.txt', 'moodle-xml': 'moodle.xml' };

describe('the export format registry', () => {
	it('offers every format somewhere, and names each file with the format as its extension', () => {
		for (const f of ALL) {
			expect(EXPORT_FORMATS[f].offered.length, f).toBeGreaterThan(0);
			// a lecture format's name depends on no figure option
			const name = EXPORT_FORMATS[f].fileName('p', { ...DEFAULT_EXPORT, format: f as Format });
			expect(name.endsWith(`.${ends[f] ?? f}`), `${f}: ${name}`).toBe(true);
		}
	});

	it('names a theme in the file exactly when the format is drawn in one', () => {
		for (const f of ALL) {
			const o = { ...DEFAULT_EXPORT, format: f as Format, theme: 'dark' as const };
			expect(EXPORT_FORMATS[f].fileName('p', o).includes('.dark'), f).toBe(
				EXPORT_FORMATS[f].themed
			);
		}
	});

	it('gives the export form its formats, each with a label in every language', () => {
		expect(FORMATS).toEqual(formatsOffered('export-form'));
		for (const lang of LANGUAGES)
			for (const f of FORMATS) expect(EXPORT_TEXT[lang].formats[f], `${lang} ${f}`).toBeTruthy();
	});

	it('gives the CLI its formats: its usage lists them and a wrong one is refused with the list', () => {
		const cli = formatsOffered('cli');
		expect(cli).toContain('pptx');
		expect(USAGE).toContain(`--format ${cli.join('|')}`);
		const message = cliError(['p', '--format', 'jpeg', '--out', 'o']);
		for (const f of cli) expect(message).toContain(f);
		expect(cliError(['p', '--format', 'csv', '--steps', '--out', 'o'])).toMatch(
			/use --format svg or png, not csv/
		);
	});

	it('writes every text format with its own writer, named as the registry names it', () => {
		const [subject] = subjects(atlasFrom(`${FIXTURES}/valid`));
		const starts: Record<string, RegExp> = {
			svg: /^<svg /,
			cyjs: /^\{/,
			csv: /^\uFEFF/,
			sbgn: /^<\?xml /,
			gift: /^\$CATEGORY: /,
			'moodle-xml': /^<\?xml /
		};
		for (const format of FORMATS.filter(isTextFormat)) {
			const options = { ...DEFAULT_EXPORT, format };
			expect(exportText(subject!, options), format).toMatch(starts[format]!);
			expect(exportFileName('p', options)).toMatch(new RegExp(`\\.${ends[format] ?? format}$`));
		}
		expect(FORMATS.filter(isTextFormat).sort()).toEqual(Object.keys(starts).sort());
	});
});

describe("the other pathways' links, which the export form fetches", () => {
	const atlas = realAtlas();
	it('are read by the practice-question formats alone', () => {
		expect(FORMATS.filter((f) => writesQuestions(f as FormatId)).sort()).toEqual([
			'gift',
			'moodle-xml'
		]);
		for (const subject of subjects(atlas)) {
			const others = elsewhere(atlas, subject.pathway);
			for (const format of FORMATS.filter(isTextFormat))
				if (!writesQuestions(format as FormatId)) {
					const options = { ...DEFAULT_EXPORT, format };
					expect(exportText({ ...subject, elsewhere: others }, options), format).toBe(
						exportText(subject, options)
					);
				}
		}
	});
});
