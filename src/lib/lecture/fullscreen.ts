/** The F key: full screen on, or off again. A browser that refuses (no user gesture) is left be. */
export function toggleFullscreen(doc: Document = document): void {
	const done = doc.fullscreenElement
		? doc.exitFullscreen()
		: doc.documentElement.requestFullscreen?.();
	done?.catch(() => undefined);
}
