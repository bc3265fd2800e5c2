/**
 * What a key does in the focused diagram: the arrow keys move between its elements (Tab is the
 * page's, so one Tab enters the diagram and one leaves it).
 */

export type DiagramAction =
	| { type: 'move'; delta: 1 | -1 }
	| { type: 'select' }
	| { type: 'clear' }
	| { type: 'zoom'; factor: number }
	| { type: 'fit' };

export const ZOOM_STEP = 1.25;

export function diagramAction(key: string): DiagramAction | undefined {
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
			return { type: 'move', delta: 1 };
		case 'ArrowLeft':
		case 'ArrowUp':
			return { type: 'move', delta: -1 };
		case 'Enter':
		case ' ':
			return { type: 'select' };
		case 'Escape':
			return { type: 'clear' };
		case '+':
		case '=':
			return { type: 'zoom', factor: ZOOM_STEP };
		case '-':
		case '_':
			return { type: 'zoom', factor: 1 / ZOOM_STEP };
		case '0':
			return { type: 'fit' };
		default:
			return undefined;
	}
}
