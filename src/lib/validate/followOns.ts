/**
 * Root cause first. A file the pathways depend on (the entity catalogue, the references, a
 * source) is reported before the pathways; and when it cannot be used, what it would have
 * checked is not reported once per use (a cascade of "unknown entity") but counted in one line
 * on its own error.
 */
import { byLocation, type Diagnostic } from '../diagnostics.ts';
import { catalogueKind, pathIn, type CuratedFiles } from './files.ts';

export type FollowOnKind = 'entity' | 'reference' | 'source';

const WHAT: Record<FollowOnKind, string> = {
	entity: 'entity reference',
	reference: 'background reference',
	source: 'quote'
};

export class FollowOns {
	private readonly counts = new Map<string, { kind: FollowOnKind; n: number }>();
	constructor(
		private readonly files: {
			entity: string;
			reference?: string;
			/** Broken sources: id → path. */
			sources: Map<string, string>;
		}
	) {}

	/** Counts one use of a broken file that was not checked (`id` names the source). */
	count = (kind: FollowOnKind, id?: string): void => {
		const path = kind === 'source' ? this.files.sources.get(id ?? '') : this.files[kind];
		if (!path) return;
		const c = this.counts.get(path) ?? { kind, n: 0 };
		c.n++;
		this.counts.set(path, c);
	};

	/** Adds the count to the first error of each broken file. */
	summarise(errors: Diagnostic[]): void {
		for (const [path, { kind, n }] of this.counts) {
			const i = errors.findIndex((d) => d.path === path);
			const root = errors[i];
			if (!root) continue;
			const line = `${n} ${WHAT[kind]}${n === 1 ? '' : 's'} in the pathways ${n === 1 ? 'is' : 'are'} not checked until this is fixed`;
			errors[i] = { ...root, hint: root.hint ? `${root.hint}; ${line}` : line };
		}
	}
}

/** 0 for the entity catalogue, 1 for the references, 2 for sources, 3 for pathways and the rest. */
function tier(path: string, root: string): number {
	const prefix = pathIn(root, '');
	const name = path.slice(prefix.length);
	if (path.startsWith(prefix) && !name.includes('/')) {
		const kind = catalogueKind(name);
		if (kind === 'entities') return 0;
		if (kind === 'references') return 1;
		return 3;
	}
	return path.startsWith(pathIn(root, 'sources/')) ? 2 : 3;
}

/** Errors in the files others depend on first, then by file, line and column. */
export function rootCauseFirst(errors: Diagnostic[], files: CuratedFiles): Diagnostic[] {
	const isEntities = (p: string) => p === files.entities?.path;
	const isReferences = (p: string) => p === files.references?.path;
	const tierOf = (p: string) => (isEntities(p) ? 0 : isReferences(p) ? 1 : tier(p, files.root));
	return [...errors].sort((a, b) => tierOf(a.path) - tierOf(b.path) || byLocation(a, b));
}
