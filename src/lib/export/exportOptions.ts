/** The export choices, shared by the viewer's menu and the CLI, and what they mean for a figure. */
import { isTranslation, type Language } from '../i18n/languages.ts';
import type { Scope, SvgOptions } from '../render/options.ts';
import type { Frame } from '../geometry/types.ts';
import type { Theme } from '../style/themes.ts';

import { EXPORT_FORMATS, fileStem, formatsOffered, type FormatId } from './formats.ts';

/** A format of one pathway's file (a lecture's formats write all its steps at once). */
export type Format = {
	[F in FormatId]: (typeof EXPORT_FORMATS)[F]['lecture'] extends false ? F : never;
}[FormatId];
const isFileFormat = (f: FormatId): f is Format => !EXPORT_FORMATS[f].lecture;
/** The export form's formats, in the registry's order. */
export const FORMATS: Format[] = formatsOffered('export-form').filter(isFileFormat);
export const SCALES = [1, 2, 4] as const;
export type Scale = (typeof SCALES)[number];
/** 'white' is the theme's paper (the dark theme's is dark); 'transparent' paints none. */
export const BACKGROUNDS = ['white', 'transparent'] as const;
export type Background = (typeof BACKGROUNDS)[number];

export interface ExportOptions {
	format: Format;
	theme: Theme;
	scope: Scope;
	viewport?: Frame;
	step?: number;
	/** A figure of one hypothesis of the pathway (and the shared elements). */
	hypothesis?: string;
	legend: boolean;
	citations: boolean;
	/** Each arrow's relation written on it; unset, the format's default (a deck's on, else off). */
	verbs?: boolean;
	/** PNG only. */
	scale: Scale;
	background: Background;
	/** The language of the figure's and table's text (curated Chinese where written). Default en. */
	lang?: Language;
}

export const DEFAULT_EXPORT: ExportOptions = {
	format: 'svg',
	theme: 'light',
	scope: 'pathway',
	legend: true,
	citations: true,
	scale: 2,
	background: 'white'
};

export function figureOptions(o: ExportOptions): SvgOptions {
	return {
		scope: o.scope,
		...(o.scope === 'viewport' && o.viewport ? { viewport: o.viewport } : {}),
		...(o.scope === 'step' && o.step !== undefined ? { step: o.step } : {}),
		...(o.hypothesis ? { hypothesis: o.hypothesis } : {}),
		theme: o.theme,
		legend: o.legend,
		citations: o.citations,
		...(o.verbs ? { verbs: true } : {}),
		title: true,
		background: o.background === 'white',
		...(o.lang && isTranslation(o.lang) ? { lang: o.lang } : {})
	};
}

/**
 * e.g. ketamine-nmda-block.dark.svg, ketamine-nmda-block.step-2.light@2x.png, x.evidence.csv,
 * x.sbgn, ketamine-hypotheses.habenula.light.svg, x.zh.light.svg
 */
export const exportFileName = (id: string, o: ExportOptions): string =>
	EXPORT_FORMATS[o.format].fileName(fileStem(id, o.lang), o);
