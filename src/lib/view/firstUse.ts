/**
 * When the interactive diagram (Cytoscape, some 130 KiB gzipped) loads: not with the page, whose
 * inline figure takes clicks and Enter from hydration on, but at the reader's first use that only
 * the live diagram can answer (a wheel or pinch zoom, a drag, a zoom key), or once the page is
 * idle after its load, whichever comes first.
 */
import { diagramAction } from './diagramKeys.ts';

/** The longest the idle load waits after the page's load for an idle moment. */
export const IDLE_TIMEOUT_MS = 1000;

/** What of an input event tells whether it needs the live diagram (a DOM event fits). */
export interface UseEvent {
	type: string;
	/** Pointer events: the buttons held (a drag holds one). */
	buttons?: number;
	/** Touch events: the fingers down (a pinch has two). */
	touches?: { length: number };
	key?: string;
	ctrlKey?: boolean;
	metaKey?: boolean;
	altKey?: boolean;
}

/** The events the figure's box listens to for a first use. */
export const USE_EVENTS = [
	'wheel',
	'pointermove',
	'touchstart',
	'gesturestart',
	'keydown'
] as const;

/**
 * Whether the event is a use only the live diagram answers: a wheel (or trackpad pinch, which
 * browsers send as a wheel with Ctrl), a pinch, a drag (a pointer moved with a button held),
 * a zoom or fit key. A click is not: the inline figure answers it.
 */
export function needsDiagram(e: UseEvent): boolean {
	switch (e.type) {
		case 'wheel':
		case 'gesturestart':
			return true;
		case 'pointermove':
			return (e.buttons ?? 0) !== 0;
		case 'touchstart':
			return (e.touches?.length ?? 0) > 1;
		case 'keydown': {
			if (e.ctrlKey || e.metaKey || e.altKey || !e.key) return false;
			const action = diagramAction(e.key);
			return action?.type === 'zoom' || action?.type === 'fit';
		}
		default:
			return false;
	}
}

/**
 * An attachment for the figure's box: calls `use` once, at the reader's first use that needs the
 * live diagram, then stops listening. Listeners are passive: the event goes on as it would.
 */
export function onFirstUse(use: () => void): (node: HTMLElement) => () => void {
	return (node) => {
		const stop = () => {
			for (const type of USE_EVENTS) node.removeEventListener(type, handle);
		};
		function handle(event: Event) {
			if (!needsDiagram(event as unknown as UseEvent)) return;
			stop();
			use();
		}
		for (const type of USE_EVENTS) node.addEventListener(type, handle, { passive: true });
		return stop;
	};
}

/** What afterLoadIdle asks of the window: its load, its idle callback where it has one (Safari has not). */
export interface IdleWindow {
	document: { readyState: DocumentReadyState };
	addEventListener(type: 'load', listener: () => void, options?: { once: boolean }): void;
	setTimeout(handler: () => void, ms?: number): unknown;
	requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
}

/**
 * Resolves once the page has loaded (its `load` event) and then the browser is idle, or
 * `timeoutMs` after the load at most; where the browser has no idle callback, on the next turn
 * after the load.
 */
export function afterLoadIdle(win: IdleWindow, timeoutMs = IDLE_TIMEOUT_MS): Promise<void> {
	const loaded =
		win.document.readyState === 'complete'
			? Promise.resolve()
			: new Promise<void>((done) => win.addEventListener('load', () => done(), { once: true }));
	return loaded.then(
		() =>
			new Promise<void>((done) => {
				if (typeof win.requestIdleCallback === 'function')
					win.requestIdleCallback(() => done(), { timeout: timeoutMs });
				else win.setTimeout(done, 1);
			})
	);
}
