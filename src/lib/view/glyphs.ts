/** A stylesheet still loading (such as the Chinese font faces, linked once Chinese is shown). */
function loaded(link: HTMLLinkElement): Promise<void> {
	if (link.sheet) return Promise.resolve();
	return new Promise((done) => {
		link.addEventListener('load', () => done(), { once: true });
		link.addEventListener('error', () => done(), { once: true });
	});
}

/**
 * Resolves once the faces that draw `text` in `font` have loaded. A canvas draws with whatever
 * face is loaded at that moment and never redraws by itself, so Cytoscape waits for this.
 */
export async function glyphsReady(font: string, text: string): Promise<void> {
	// A disabled link never loads: SvelteKit lists the CSS it inlined that way.
	const sheets = document.querySelectorAll<HTMLLinkElement>(
		'link[rel="stylesheet"]:not([disabled])'
	);
	await Promise.all([...sheets].map(loaded));
	await document.fonts.load(font, text).catch(() => []);
}
