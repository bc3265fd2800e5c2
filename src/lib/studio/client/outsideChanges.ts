/**
 * Changes made outside the studio (a text editor, git) reach the page from the dev server as an
 * event, not as a reload: the studio merges them in and the curator keeps their place.
 */
import { FILES_CHANGED_EVENT, LIVE_PAGE_EVENT, type FilesChanged } from '../../livePages';

/** Calls `merge` with the files changed outside the page, for as long as the page is open. */
export function onOutsideChange(merge: (files: string[]) => void): void {
	const hot = import.meta.hot;
	if (!hot) return;
	hot.on(FILES_CHANGED_EVENT, (change: FilesChanged) => merge(change.files));
	// Said once connected (Vite queues it until then): from now on this page is not reloaded.
	hot.send(LIVE_PAGE_EVENT);
}
