/**
 * Pages of the dev server that show a change of the curated files themselves (the studio): each
 * says so once it is connected, and is then sent the change instead of a reload, so the page keeps
 * its place. No Node import: the studio's page reads the event names from here.
 */

/** Sent by a page, through Vite's `import.meta.hot`, to say that it shows changes itself. */
export const LIVE_PAGE_EVENT = 'atlas:live-page';

/** Sent to such a page when files of the atlas folder changed outside it. */
export const FILES_CHANGED_EVENT = 'atlas:files-changed';

export interface FilesChanged {
	/** The files, by their path in the atlas folder ("ketamine.yaml"). */
	files: string[];
}

/** Whether a message a page sent on the dev server's socket is its word that it is live. */
export function isLivePageMessage(raw: unknown): boolean {
	try {
		const message = JSON.parse(String(raw)) as { type?: unknown; event?: unknown };
		return message.type === 'custom' && message.event === LIVE_PAGE_EVENT;
	} catch {
		return false;
	}
}
