/**
 * Vite plugin for `npm run studio`: the dev server with the curation studio on. It does nothing
 * in a build, or unless ATLAS_STUDIO=1; the studio's code loads only when it is on.
 */
import type { Plugin } from 'vite';

const studioOn = (): boolean => process.env.ATLAS_STUDIO === '1';

export function studioPlugin(atlasDir: () => string): Plugin {
	return {
		name: 'mechanism-atlas-studio',
		apply: 'serve',
		config() {
			// The studio writes files: it listens on this machine only.
			if (studioOn()) return { server: { host: '127.0.0.1' } };
		},
		async configureServer(server) {
			if (!studioOn()) return;
			const { installStudio } = await import('./install.ts');
			installStudio(server, atlasDir());
		}
	};
}
