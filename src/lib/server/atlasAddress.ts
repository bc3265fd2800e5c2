/**
 * The atlas's public address, when one is configured (ATLAS_URL, e.g.
 * `https://example.edu/pharm101/atlas`: its home page, any base path included). The offline file
 * links back to it; the embed's oEmbed answer and its `<iframe>` code use it for absolute URLs.
 * Without it they are root-relative, good on the atlas's own site only.
 */
export function atlasAddress(env: NodeJS.ProcessEnv = process.env): string | undefined {
	const url = env.ATLAS_URL?.trim();
	return url ? url.replace(/\/+$/, '') : undefined;
}
