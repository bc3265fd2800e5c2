/**
 * Which pathway element a click on the page's inline figure (renderSvg's SVG) hit: nodes and
 * edges carry their id with a prefix (`node-<id>`, `edge-<id>`). Lets the figure take clicks from
 * hydration on, before the interactive diagram has loaded.
 */
const ELEMENT = '[id^="node-"], [id^="edge-"]';

export function figureElementId(target: EventTarget | null): string | undefined {
	if (typeof Element === 'undefined' || !(target instanceof Element)) return undefined;
	// Enter on a focused link of the figure clicks the link, which wraps the element it is for.
	const hit = target.closest(ELEMENT) ?? target.querySelector(`:scope > :is(${ELEMENT})`);
	if (!hit || !hit.closest('svg')) return undefined;
	return hit.id.replace(/^(node|edge)-/, '');
}

/** The fragment the inline figure links each element to, for a click before the script runs. */
export const ABOUT_PREFIX = 'about-';

/** The element a `#about-<id>` fragment names, if it is one; a malformed one names none. */
export function fragmentElementId(hash: string): string | undefined {
	const fragment = hash.replace(/^#/, '');
	if (!fragment.startsWith(ABOUT_PREFIX)) return undefined;
	try {
		return decodeURIComponent(fragment.slice(ABOUT_PREFIX.length)) || undefined;
	} catch {
		return undefined; // e.g. #about-%E0%A4%A, a cut-off escape: ignored, as an unknown id is
	}
}
