/**
 * On a narrow screen the details are a sheet over the lower part of the screen: half its height
 * at first, dragged up to most of it, dragged down to close.
 */
export type SheetSize = 'half' | 'full';

/** A drag shorter than this is a tap. */
export const DRAG_PX = 40;

/** Where a drag of the sheet's handle by `dy` px (negative: up) leaves it; 'closed' to close. */
export function afterDrag(size: SheetSize, dy: number): SheetSize | 'closed' {
	if (dy <= -DRAG_PX) return 'full';
	if (dy < DRAG_PX) return size;
	return size === 'full' ? 'half' : 'closed';
}

/** A tap on the handle: the other size. */
export const toggled = (size: SheetSize): SheetSize => (size === 'half' ? 'full' : 'half');
