/**
 * Every file the atlas exports, one entry per format: what it is (mime type, extension, text or
 * bytes, whether it draws a figure), where it is offered and how its file is named. The export
 * form, the presentation menu, the CLI and the writers all read this table; adding a format is
 * one entry here plus its writer (exportText.ts for a text format).
 */
import { LANGUAGE_TRAITS, type Language } from '../i18n/languages.ts';
import type { ExportOptions } from './exportOptions.ts';

/** Where a format is offered: the pathway's export form, the presentation's menu, the CLI. */
export type Offer = 'export-form' | 'presentation-menu' | 'cli';

export interface ExportFormat {
	mime: string;
	/**
	 * text: written as a string (UTF-8); binary: bytes; page: a self-contained HTML file, written
	 * as text but built in Node (its fonts are subset for it).
	 */
	body: 'text' | 'binary' | 'page';
	/** A figure: theme, area, legend, citations and (a raster) scale apply. */
	figure: boolean;
	/** A lecture: one file for all of a pathway's steps. */
	lecture: boolean;
	/** Drawn in a theme (light, dark, print), which its file's name says. */
	themed: boolean;
	/** The practice questions: they read the other pathways' links (pages/practiceLinks.ts). */
	questions?: true;
	offered: readonly Offer[];
	/** The file's name from the pathway's file stem (its id, `.zh` for a Chinese export). */
	fileName: (stem: string, o: ExportOptions) => string;
}

/** A pathway's file stem: a Chinese export is named apart, so both can share a folder. */
export const fileStem = (id: string, lang: Language = 'en'): string =>
	`${id}${LANGUAGE_TRAITS[lang].fileSuffix}`;

/** e.g. ketamine-hypotheses.habenula.step-2.light@2x.png */
function figureName(stem: string, o: ExportOptions): string {
	const scope =
		o.scope === 'step' ? `.step-${o.step ?? 'all'}` : o.scope === 'viewport' ? '.detail' : '';
	const scale = o.format === 'png' ? `@${o.scale}x` : '';
	const hypothesis = o.hypothesis ? `.${o.hypothesis}` : '';
	return `${stem}${hypothesis}${scope}.${o.theme}${scale}.${o.format}`;
}

const BOTH: readonly Offer[] = ['export-form', 'cli'];

export const EXPORT_FORMATS = {
	svg: {
		mime: 'image/svg+xml',
		body: 'text',
		figure: true,
		lecture: false,
		themed: true,
		offered: BOTH,
		fileName: figureName
	},
	png: {
		mime: 'image/png',
		body: 'binary',
		figure: true,
		lecture: false,
		themed: true,
		offered: BOTH,
		fileName: figureName
	},
	cyjs: {
		mime: 'application/json',
		body: 'text',
		figure: false,
		lecture: false,
		themed: true,
		offered: BOTH,
		fileName: (stem, o) => `${stem}.${o.theme}.cyjs`
	},
	csv: {
		mime: 'text/csv;charset=utf-8',
		body: 'text',
		figure: false,
		lecture: false,
		themed: false,
		offered: BOTH,
		fileName: (stem) => `${stem}.evidence.csv`
	},
	sbgn: {
		mime: 'application/xml',
		body: 'text',
		figure: false,
		lecture: false,
		themed: false,
		offered: BOTH,
		fileName: (stem) => `${stem}.sbgn`
	},
	gift: {
		mime: 'text/plain;charset=utf-8',
		body: 'text',
		figure: false,
		lecture: false,
		themed: false,
		questions: true,
		offered: BOTH,
		fileName: (stem) => `${stem}.gift.txt`
	},
	'moodle-xml': {
		mime: 'application/xml',
		body: 'text',
		figure: false,
		lecture: false,
		themed: false,
		questions: true,
		offered: BOTH,
		fileName: (stem) => `${stem}.moodle.xml`
	},
	html: {
		mime: 'text/html;charset=utf-8',
		body: 'page',
		figure: false,
		lecture: false,
		themed: false,
		// the export form downloads the file the build made (/pathways/<id>/offline.html)
		offered: BOTH,
		fileName: (stem) => `${stem}.html`
	},
	pptx: {
		mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
		body: 'binary',
		figure: false,
		lecture: true,
		themed: false,
		offered: ['presentation-menu', 'cli'],
		fileName: (stem) => `${stem}.pptx`
	},
	zip: {
		mime: 'application/zip',
		body: 'binary',
		figure: false,
		lecture: true,
		themed: false,
		offered: ['presentation-menu'],
		fileName: (stem) => `${stem}.steps.zip`
	}
} as const satisfies Record<string, ExportFormat>;

export type FormatId = keyof typeof EXPORT_FORMATS;

/** Whether the format writes the practice questions. */
export const writesQuestions = (format: FormatId): boolean =>
	(EXPORT_FORMATS[format] as ExportFormat).questions === true;

/** The formats offered at `where`, in the table's order. */
export const formatsOffered = (where: Offer): FormatId[] =>
	(Object.keys(EXPORT_FORMATS) as FormatId[]).filter((f) =>
		(EXPORT_FORMATS[f].offered as readonly Offer[]).includes(where)
	);
