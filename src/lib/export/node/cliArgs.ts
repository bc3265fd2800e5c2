/** The export CLI's arguments, checked: every mistake becomes one line with a hint. */
import { parseArgs } from 'node:util';
import { LANGUAGES, type Language } from '../../i18n/languages.ts';
import { THEMES, type Theme } from '../../style/themes.ts';
import { nearest } from '../../text/similarity.ts';
import {
	BACKGROUNDS,
	DEFAULT_EXPORT,
	SCALES,
	type ExportOptions,
	type Format
} from '../exportOptions.ts';
import { EXPORT_FORMATS, formatsOffered, type FormatId } from '../formats.ts';

/** The formats the CLI writes, from the registry. */
const CLI_FORMATS = formatsOffered('cli');

export const USAGE =
	`npm run export -- <pathway-id...|--all> --format ${CLI_FORMATS.join('|')} --out <dir> ` +
	'[--theme light|dark|print] [--no-legend] [--no-citations] [--verbs | --no-verbs] ' +
	'[--step <n> | --steps] ' +
	'[--scale 1|2|4] [--background white|transparent] [--hypothesis <id>] [--lang en|zh] ' +
	'[--dir <atlas folder>]';

const OPTIONS = {
	all: { type: 'boolean' },
	format: { type: 'string' },
	out: { type: 'string' },
	theme: { type: 'string' },
	'no-legend': { type: 'boolean' },
	'no-citations': { type: 'boolean' },
	verbs: { type: 'boolean' },
	'no-verbs': { type: 'boolean' },
	step: { type: 'string' },
	steps: { type: 'boolean' },
	scale: { type: 'string' },
	background: { type: 'string' },
	hypothesis: { type: 'string' },
	lang: { type: 'string' },
	dir: { type: 'string' },
	help: { type: 'boolean', short: 'h' }
} as const;

export interface ExportArgs {
	ids: string[];
	all: boolean;
	out: string;
	dir: string;
	options: ExportOptions;
	/** Lecture mode: every step as its own figure file, or the whole lecture as a .pptx deck. */
	lecture?: 'steps' | 'deck';
}

export class ArgumentError extends Error {}

function oneOf<T extends string | number>(name: string, value: string, allowed: readonly T[]): T {
	const found = allowed.find((a) => String(a) === value);
	if (found !== undefined) return found;
	const guess = nearest(value, allowed.map(String));
	const hint = guess ? ` (did you mean ${guess}?)` : '';
	throw new ArgumentError(`--${name} ${value} is not one of ${allowed.join(', ')}${hint}`);
}

function unknownOption(message: string): ArgumentError {
	const given = /'(-[^']*)'/.exec(message)?.[1] ?? '';
	const guess = nearest(given.replace(/^-+/, ''), Object.keys(OPTIONS));
	return new ArgumentError(
		`unknown option ${given || message}${guess ? ` (did you mean --${guess}?)` : ''}`
	);
}

const figureFormats = () => CLI_FORMATS.filter((f) => EXPORT_FORMATS[f].figure);

/** --steps writes one figure per lecture step; a lecture format (pptx) writes it as a deck. */
function lectureExport(format: FormatId, steps: boolean, step: string | undefined) {
	if (EXPORT_FORMATS[format].lecture) return 'deck';
	if (!steps) return undefined;
	if (step !== undefined) throw new ArgumentError('give --step <n> or --steps, not both');
	if (!EXPORT_FORMATS[format].figure)
		throw new ArgumentError(
			`--steps writes figures: use --format ${figureFormats().join(' or ')}, not ${format}`
		);
	return 'steps';
}

/** `--step -1` as `--step=-1`: a negative number is the option's value, to be refused as a number. */
const negativeValues = (argv: string[]) =>
	argv.flatMap((arg, i) =>
		arg === '--step' && /^-\d/.test(argv[i + 1] ?? '')
			? [`--step=${argv[i + 1]}`]
			: i > 0 && argv[i - 1] === '--step' && /^-\d/.test(arg)
				? []
				: [arg]
	);

/** `undefined` when --help was asked for. */
export function parseExportArgs(argv: string[]): ExportArgs | undefined {
	let parsed;
	try {
		const args = negativeValues(argv);
		parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
	} catch (e) {
		const message = e instanceof Error ? e.message.split('\n')[0]! : String(e);
		if ((e as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
			throw unknownOption(message);
		throw new ArgumentError(message);
	}
	const { values, positionals } = parsed;
	if (values.help) return undefined;
	if (!values.all && !positionals.length)
		throw new ArgumentError('name a pathway id, or --all for every pathway');
	if (values.all && positionals.length)
		throw new ArgumentError('give pathway ids or --all, not both');
	if (!values.format) throw new ArgumentError(`--format is missing: ${CLI_FORMATS.join(', ')}`);
	if (!values.out) throw new ArgumentError('--out is missing: the folder to write the files to');
	const format = oneOf('format', values.format, CLI_FORMATS);
	const lecture = lectureExport(format, Boolean(values.steps), values.step);
	if (values.hypothesis !== undefined && !EXPORT_FORMATS[format].figure)
		throw new ArgumentError(
			`--hypothesis draws a figure: use --format ${figureFormats().join(' or ')}, not ${format}`
		);
	if (values.hypothesis !== undefined && lecture)
		throw new ArgumentError('--hypothesis draws one figure; it does not combine with --steps');
	if (values.verbs && values['no-verbs'])
		throw new ArgumentError('give --verbs or --no-verbs, not both');
	const step = values.step === undefined ? undefined : Number(values.step);
	if (step !== undefined && !(Number.isInteger(step) && step >= 1))
		throw new ArgumentError(`--step ${values.step} is not a step number (1, 2, 3, ...)`);
	const options: ExportOptions = {
		...DEFAULT_EXPORT,
		format: EXPORT_FORMATS[format].lecture ? DEFAULT_EXPORT.format : (format as Format),
		theme: values.theme ? oneOf<Theme>('theme', values.theme, THEMES) : DEFAULT_EXPORT.theme,
		legend: !values['no-legend'],
		citations: !values['no-citations'],
		...(values.verbs || values['no-verbs'] ? { verbs: Boolean(values.verbs) } : {}),
		scale: values.scale ? oneOf('scale', values.scale, SCALES) : DEFAULT_EXPORT.scale,
		background: values.background
			? oneOf('background', values.background, BACKGROUNDS)
			: DEFAULT_EXPORT.background,
		...(step === undefined ? {} : { scope: 'step' as const, step }),
		...(values.hypothesis === undefined ? {} : { hypothesis: values.hypothesis }),
		...(values.lang ? { lang: oneOf<Language>('lang', values.lang, LANGUAGES) } : {})
	};
	return {
		ids: positionals,
		all: Boolean(values.all),
		out: values.out,
		dir: values.dir ?? 'pathways',
		options,
		...(lecture ? { lecture } : {})
	};
}
