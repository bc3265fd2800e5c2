import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { fontFaceCss } from '../../src/lib/layout/font.ts';

it('the global stylesheet declares the bundled label font exactly as the layout measures it', () => {
	const css = readFileSync('src/lib/styles/fonts.css', 'utf8');
	for (const rule of fontFaceCss().split('\n')) expect(css).toContain(rule);
});
