/** The studio page's requests: POST, same origin, with the session's token from the page. */
import type { StudioState } from '../node/studioState.ts';

export interface Reply {
	ok: boolean;
	message?: string;
	reason?: string;
	/** After a refusal: the files as they are now. */
	state?: StudioState;
	changed?: string[];
	/** After an undo or a redo: the action it took back or made again. */
	label?: string;
	/** After an import: the new source's id, and what the CLI would print of it. */
	source?: string;
	report?: string[];
}

export class StudioApi {
	constructor(private readonly token: string) {}

	async post<T = Reply>(route: string, body: unknown): Promise<T & { ok: boolean }> {
		const res = await fetch(`/studio/api/${route}`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', 'x-studio-token': this.token },
			body: JSON.stringify(body)
		});
		const json = (await res.json()) as T;
		return { ...json, ok: res.ok };
	}
}

export function tokenOfPage(): string {
	return document.querySelector<HTMLMetaElement>('meta[name="studio-token"]')?.content ?? '';
}
