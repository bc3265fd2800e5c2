/** What afterNextPaint asks of the window. */
export interface PaintWindow {
	document: { hidden: boolean };
	requestAnimationFrame(callback: () => void): unknown;
	setTimeout(handler: () => void, ms?: number): unknown;
}

/**
 * Runs `task` once the browser has painted what the current task changed: in a turn of its own
 * after the next frame. A hidden page draws no frames, so there it runs on the next turn.
 */
export function afterNextPaint(task: () => void, win: PaintWindow = window): void {
	if (win.document.hidden) win.setTimeout(task, 0);
	else win.requestAnimationFrame(() => win.setTimeout(task, 0));
}
