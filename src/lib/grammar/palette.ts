/**
 * Okabe & Ito (2008), the colour-blind-safe qualitative palette: a module of its own, so the
 * pathway page's first script (the hypotheses' marks) takes the colours without the kinds' scales.
 */
export const OKABE_ITO = {
	orange: '#e69f00',
	skyBlue: '#56b4e9',
	bluishGreen: '#009e73',
	yellow: '#f0e442',
	blue: '#0072b2',
	vermillion: '#d55e00',
	reddishPurple: '#cc79a7'
} as const;
