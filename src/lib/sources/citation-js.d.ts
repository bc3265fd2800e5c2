/** The part of Citation.js that the source importer uses (the packages ship no types). */
declare module '@citation-js/core' {
	export const plugins: {
		input: {
			chain(data: unknown, options: { forceType?: string; generateGraph?: boolean }): unknown[];
		};
	};
}
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-bibtex';
