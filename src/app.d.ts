// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
			known?: { label: string; href: string }[];
		}
		interface Locals {
			/** The pathway page's inline SVG, put into the HTML once (see hooks.server.ts). */
			inlineFigure?: string;
			/** The pathway page's outline items, put into the HTML once the same way. */
			inlineOutline?: string;
			/** The pathway whose shared data the page reads: fetched from the start (preload). */
			sharedPathway?: string;
		}
	}
}

export {};
