/** The three themes: screen light, screen dark, and print (paper, grey-scale safe). */

export const THEMES = ['light', 'dark', 'print'] as const;
export type Theme = (typeof THEMES)[number];

export interface Palette {
	background: string;
	ink: string;
	muted: string;
	edge: string;
	/** Highlight and selection. */
	accent: string;
	compartmentFill: string;
	compartmentBorder: string;
	compartmentText: string;
	/** Opacity of elements outside the current focus. */
	faded: number;
}

export const PALETTES: Record<Theme, Palette> = {
	light: {
		background: '#ffffff',
		ink: '#1d2330',
		muted: '#5a6272',
		edge: '#3d4452',
		accent: '#0b5cad',
		compartmentFill: '#f3f5f8',
		compartmentBorder: '#9aa3b0',
		compartmentText: '#4a5262',
		faded: 0.18
	},
	dark: {
		background: '#15181e',
		ink: '#e6e8ec',
		muted: '#a4abb8',
		edge: '#c3c8d2',
		accent: '#7cc4ff',
		compartmentFill: '#1f242c',
		compartmentBorder: '#5b6472',
		compartmentText: '#b9c0cc',
		faded: 0.2
	},
	print: {
		background: '#ffffff',
		ink: '#000000',
		muted: '#333333',
		edge: '#000000',
		accent: '#000000',
		compartmentFill: '#ffffff',
		compartmentBorder: '#555555',
		compartmentText: '#000000',
		faded: 0.25
	}
};
