/**
 * On a narrow screen the step figure keeps a readable scale and scrolls sideways: the box is
 * scrolled so that the nodes of the step it draws are in the middle.
 */
export function centreStep(box: HTMLElement, ids: readonly string[]): void {
	if (box.scrollWidth <= box.clientWidth) return;
	const nodes = ids
		.map((id) => box.querySelector(`#node-${CSS.escape(id)}`))
		.filter((el) => el !== null);
	if (!nodes.length) return;
	const rects = nodes.map((el) => el.getBoundingClientRect());
	const left = Math.min(...rects.map((r) => r.left));
	const right = Math.max(...rects.map((r) => r.right));
	const middle = (left + right) / 2 - box.getBoundingClientRect().left + box.scrollLeft;
	box.scrollLeft = middle - box.clientWidth / 2;
}
