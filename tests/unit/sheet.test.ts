import { describe, expect, it } from 'vitest';
import { afterDrag, DRAG_PX, toggled } from '../../src/lib/view/sheet.ts';

describe('the details sheet', () => {
	it('goes up to most of the screen when dragged up', () => {
		expect(afterDrag('half', -DRAG_PX)).toBe('full');
		expect(afterDrag('full', -200)).toBe('full');
	});
	it('goes down a size, then closes, when dragged down', () => {
		expect(afterDrag('full', 100)).toBe('half');
		expect(afterDrag('half', 100)).toBe('closed');
	});
	it('stays as it is after a short move (a tap)', () => {
		expect(afterDrag('half', DRAG_PX - 1)).toBe('half');
		expect(afterDrag('full', 1 - DRAG_PX)).toBe('full');
	});
	it('a tap on the handle switches its size', () => {
		expect(toggled('half')).toBe('full');
		expect(toggled('full')).toBe('half');
	});
});
