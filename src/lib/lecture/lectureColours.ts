/**
 * The colours of the presentation's page around the diagram: the dark theme's palette, with
 * a marker and support colours bright enough for a projector (a unit test checks each against
 * the paper for at least 7:1).
 */
import { PALETTES } from '../style/themes.ts';

const dark = PALETTES.dark;

export const LECTURE_PAPER = {
	paper: dark.background,
	ink: dark.ink,
	muted: dark.muted,
	line: dark.compartmentBorder,
	accent: dark.accent,
	/** The quoted span: dark ink on a yellow marker. */
	mark: '#ffe066',
	markInk: '#15181e',
	stated: '#7ee2a8',
	listed: '#ffc861',
	background: '#d2b8ff'
} as const;

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The colours as CSS custom properties (`--lecture-paper` ...), for a style attribute. */
export const LECTURE_CSS_VARS = Object.entries(LECTURE_PAPER)
	.map(([key, value]) => `--lecture-${kebab(key)}: ${value}`)
	.join('; ');
