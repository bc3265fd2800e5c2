/**
 * The sub-path the site is served under (ATLAS_BASE_PATH, e.g. /pharm101/atlas on a course site),
 * read in one place: svelte.config.js sets SvelteKit's `paths.base` from it, and the oEmbed answer
 * writes root-relative URLs with it (SvelteKit's `base` is relative while pages are prerendered).
 * Plain JavaScript: svelte.config.js loads it without a TypeScript loader.
 */

/**
 * `value` as SvelteKit wants it: '' for the root, else a leading slash and no trailing one.
 * @param {string | undefined} value
 * @returns {{ base: string } | { problem: string }}
 */
export function basePathSetting(value) {
	const base = (value ?? '').trim().replace(/\/+$/, '');
	if (!base) return { base: '' };
	if (!base.startsWith('/') || base.startsWith('//'))
		return {
			problem: `ATLAS_BASE_PATH must start with one "/" (e.g. /pharm101/atlas), not "${value}"`
		};
	if (/[?#\s\\]/.test(base))
		return { problem: `ATLAS_BASE_PATH must be a plain path, not "${value}"` };
	return { base };
}

/** The site's base path, from the environment ('' when unset or malformed: the build refuses that). */
export function basePath() {
	const setting = basePathSetting(process.env.ATLAS_BASE_PATH);
	return 'base' in setting ? setting.base : '';
}
