/** The figure's size from its root element, as the renderer writes it. */
export function svgSize(svg: string): { width: number; height: number } {
	const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
	const read = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1]);
	return { width: read('width') || 1, height: read('height') || 1 };
}
