/**
 * The studio's write-back: an action's edit is validated with the one validator, refused when a
 * file changed on disk since the studio read it, and written through the one write routine
 * (a temporary file, flushed, renamed into place); every file is compared with what the studio
 * read once more immediately before the renames, so an editor's save during the validation is
 * never overwritten. Undo and redo write the texts back under the same checks.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { formatDiagnostic } from '../../diagnostics.ts';
import { readCuratedDir } from '../../server/readCuratedDir.ts';
import {
	removeFileSafely,
	stageWrite,
	WriteConflict,
	WriteRefusal,
	type StagedWrite
} from '../../server/writeFile.js';
import { catalogueKind, fileId, pathIn, type CuratedFiles } from '../../validate/files.ts';
import { validateAtlas, type ValidationResult } from '../../validate/validateAtlas.ts';
import { ActionError, applyAction, type FileTexts, type StudioAction } from '../actions.ts';
import { describeAction, pathwayNames } from '../actionLabels.ts';

export type RefusalReason = 'bad-request' | 'invalid' | 'conflict' | 'nothing-to-undo' | 'exists';

export class StudioRefusal extends Error {
	constructor(
		readonly reason: RefusalReason,
		message: string
	) {
		super(message);
	}
}

export const hashText = (text: string): string =>
	createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);

interface Change {
	path: string;
	/** null: the file did not exist. */
	before: string | null;
	after: string | null;
}

/** A YAML file of the atlas folder or of its sources/ folder, as the validator reads them. */
const FILE = /^(sources\/)?[^/\\.][^/\\]*\.ya?ml$/i;

/** The name an action knows a file by: entities.yaml, references.yaml, <id>.yaml, sources/<id>.yaml. */
function nameOf(path: string): string {
	const inSources = path.startsWith('sources/');
	const id = (!inSources && catalogueKind(path)) || fileId(path);
	return `${inSources ? 'sources/' : ''}${id}.yaml`;
}

/** Where a file's text on disk first differs from what the studio read, in the curator's words. */
export function firstDifference(read: string | null, now: string | null): string {
	if (now === null) return 'it has been deleted';
	if (read === null) return 'it has been created';
	const a = read.split('\n');
	const b = now.split('\n');
	let line = 0;
	while (line < a.length && line < b.length && a[line] === b[line]) line++;
	const theirs = b[line];
	if (theirs === undefined) return `its lines from ${line + 1} on have been removed`;
	const shown = theirs.length > 80 ? `${theirs.slice(0, 80)}…` : theirs;
	return `line ${line + 1} now reads ${JSON.stringify(shown)}`;
}

/** One action's changes, with what it did in the curator's words. */
interface Entry {
	label: string;
	changes: Change[];
}

/** What undo and redo take back and make again, in one pathway. */
interface History {
	done: Entry[];
	undone: Entry[];
}

/** What an undo or a redo did: the files it wrote and the action it took back or made again. */
export interface Stepped {
	changed: string[];
	label: string;
}

/**
 * Whose history an action goes into: its pathway's (a new pathway's is its own); an action on
 * the shared files (an entity, a reference, a source) goes with the pathway open when it was made.
 */
function historyOf(action: StudioAction, open: string | undefined): string {
	if ('pathway' in action) return action.pathway;
	if (action.kind === 'create-pathway') return action.id;
	return open ?? '';
}

export class AtlasStore {
	private readonly root: string;
	/** Undo and redo per pathway (by its id; '' when none is open): one never touches another's. */
	private readonly histories = new Map<string, History>();

	constructor(
		readonly dir: string,
		private readonly onWrite: (full: string, text: string | null) => void = () => {}
	) {
		this.root = resolve(dir);
	}

	/**
	 * The file at `path` (a path in the atlas folder, as the reader found it), refused unless it is
	 * a YAML file of the atlas folder or its sources/ folder. A link is followed as the validator
	 * follows it, inside the atlas folder only, and the file it leads to is the one read and
	 * written (never through the link).
	 */
	absolute(path: string): string {
		const full = resolve(this.root, path);
		const outside = () =>
			new StudioRefusal('bad-request', `"${path}" is not a file of the atlas folder`);
		if (!FILE.test(path) || !full.startsWith(this.root + sep)) throw outside();
		const realRoot = realpathSync(this.root);
		const within = (real: string) => real.startsWith(realRoot + sep);
		// A folder on the way that is a link (sources/ -> elsewhere) must not lead out either.
		const folder = dirname(full);
		if (existsSync(folder) && !within(realpathSync(folder) + sep)) throw outside();
		if (!existsSync(full)) return full;
		const real = lstatSync(full).isSymbolicLink() ? realpathSync(full) : full;
		if (!within(real)) throw outside();
		if (!lstatSync(real).isFile())
			throw new StudioRefusal('bad-request', `"${path}" is not a plain file`);
		return real;
	}

	private read(name: string): string | null {
		const full = this.absolute(this.pathOf(name));
		return existsSync(full) ? readFileSync(full, 'utf8') : null;
	}

	private curated(): CuratedFiles {
		return readCuratedDir(this.dir);
	}

	private relative(shown: string): string {
		const prefix = this.dir.replace(/\/+$/, '') + '/';
		return shown.startsWith(prefix) ? shown.slice(prefix.length) : shown;
	}

	/**
	 * Every curated file the validator reads, by the name the actions know it by (entities.yaml,
	 * <id>.yaml, sources/<id>.yaml), with its path in the atlas folder (x.yml, Entities.YAML, a
	 * link): the studio reads what the validator reads. Of two files with one name, the first.
	 */
	private catalogue(): Map<string, { path: string; text: string }> {
		const files = this.curated();
		const all = [files.entities, files.references, ...files.sources, ...files.pathways];
		const out = new Map<string, { path: string; text: string }>();
		for (const f of all) {
			if (!f) continue;
			const path = this.relative(f.path);
			const name = nameOf(path);
			if (!out.has(name)) out.set(name, { path, text: f.text });
		}
		return out;
	}

	/** The path in the atlas folder of the file an action names (a new file: the name itself). */
	private pathOf(name: string): string {
		return this.catalogue().get(name)?.path ?? name;
	}

	/** Every curated file's text, by the name the actions know it by. */
	texts(): FileTexts {
		return Object.fromEntries([...this.catalogue()].map(([name, f]) => [name, f.text]));
	}

	/** The hash of every curated file as the studio read it. */
	hashes(): Record<string, string> {
		return Object.fromEntries([...this.catalogue()].map(([name, f]) => [name, hashText(f.text)]));
	}

	validate(changed: Record<string, string | null> = {}): ValidationResult {
		const files = this.curated();
		const known = this.catalogue();
		// The changes by path in the atlas folder.
		const byPath = new Map(
			Object.entries(changed).map(([name, text]) => [known.get(name)?.path ?? name, text])
		);
		const swap = <T extends { path: string; text: string }>(list: T[]) =>
			list.flatMap((f) => {
				const rel = this.relative(f.path);
				if (!byPath.has(rel)) return [f];
				const text = byPath.get(rel);
				return text === null || text === undefined ? [] : [{ ...f, text }];
			});
		const knownPaths = new Set([...known.values()].map((f) => f.path));
		const added = [...byPath].filter(([p, t]) => t !== null && !knownPaths.has(p));
		const addedAs = (folder: boolean) =>
			added
				.filter(([p]) => p.startsWith('sources/') === folder)
				.map(([p, t]) => ({ path: pathIn(this.dir, p), text: t as string }));
		return validateAtlas({
			...files,
			...(files.entities && { entities: swap([files.entities])[0] }),
			...(files.references && { references: swap([files.references])[0] }),
			sources: [...swap(files.sources), ...addedAs(true)],
			pathways: [...swap(files.pathways), ...addedAs(false)]
		});
	}

	/**
	 * Applies an action the client asks for, knowing the files at the hashes it sends; `open` is
	 * the pathway open in the studio (whose history an edit of the shared files goes into).
	 */
	apply(action: StudioAction, known: Record<string, string>, open?: string): string[] {
		const current = this.validate();
		let changed: FileTexts;
		try {
			changed = applyAction(this.texts(), action, {
				sourceText: (id) => current.atlas.sources.get(id)?.text
			});
		} catch (e) {
			if (e instanceof ActionError) throw new StudioRefusal('bad-request', e.message);
			throw e;
		}
		const key = historyOf(action, open);
		const label = describeAction(action, pathwayNames(current.atlas, key));
		return this.change(changed, known, key, label);
	}

	/** Writes a new file (an imported source), as an action that undo removes. */
	create(path: string, text: string, open?: string): string[] {
		if (this.read(path) !== null) throw new StudioRefusal('bad-request', `${path} exists already`);
		return this.change({ [path]: text }, {}, open ?? '', `add source ${fileId(path)}`);
	}

	/** A source file written anew, as the curator asked; `hash` is the file as the studio read it. */
	replace(path: string, text: string, hash: string | undefined, open?: string): string[] {
		const known = hash === undefined ? {} : { [path]: hash };
		return this.change({ [path]: text }, known, open ?? '', `replace source ${fileId(path)}`);
	}

	private history(key: string): History {
		let h = this.histories.get(key);
		if (!h) this.histories.set(key, (h = { done: [], undone: [] }));
		return h;
	}

	private change(
		changed: FileTexts,
		known: Record<string, string>,
		key: string,
		label: string
	): string[] {
		const changes = Object.entries(changed).map(([path, after]) => ({
			path,
			before: this.read(path),
			after
		}));
		for (const c of changes)
			this.checkUnchanged(
				c.path,
				c.before,
				Object.hasOwn(known, c.path) ? known[c.path] : undefined
			);
		this.commit(changes);
		const history = this.history(key);
		history.done.push({ label, changes });
		history.undone.length = 0;
		return changes.map((c) => c.path);
	}

	private checkUnchanged(path: string, onDisk: string | null, knownHash: string | undefined) {
		if (onDisk === null) return;
		if (knownHash !== hashText(onDisk))
			throw new StudioRefusal(
				'conflict',
				`${path} changed on disk since the studio read it; the studio has reloaded it — check the change and try again`
			);
	}

	/** Validates the new texts together with the rest of the atlas, then writes them. */
	private commit(changes: Change[]): void {
		const result = this.validate(Object.fromEntries(changes.map((c) => [c.path, c.after])));
		const first = result.errors[0];
		if (first) {
			const more = result.errors.length > 1 ? ` (and ${result.errors.length - 1} more)` : '';
			throw new StudioRefusal('invalid', `${formatDiagnostic(first)}${more}`);
		}
		this.writeAll(changes);
	}

	/**
	 * Writes the changes, each only if its file is still as the studio read it (`before`): every
	 * new text is written aside and flushed, every file compared with what was read, and only then
	 * are they renamed into place (each compared once more immediately before its rename).
	 */
	private writeAll(changes: Change[]): void {
		const paths = new Map(changes.map((c) => [c.path, this.absolute(this.pathOf(c.path))]));
		const unchanged = (c: Change) => (found: Buffer | null) => {
			const now = found === null ? null : found.toString('utf8');
			const same =
				now === null || c.before === null ? now === c.before : hashText(now) === hashText(c.before);
			if (same) return undefined;
			return (
				`${c.path} changed on disk while the studio was checking your edit (saved from elsewhere, ` +
				`e.g. an editor): ${firstDifference(c.before, now)}. Your edit was not written and that ` +
				`change is kept; the studio has reloaded the file: check it and make your edit again`
			);
		};
		const staged: { change: Change; full: string; write?: StagedWrite }[] = [];
		try {
			for (const change of changes) {
				const full = paths.get(change.path)!;
				const write =
					change.after === null
						? undefined
						: stageWrite(full, change.after, { unchanged: unchanged(change) });
				staged.push({ change, full, ...(write && { write }) });
			}
			for (const { change, full, write } of staged) {
				if (write) write.check();
				else {
					const now = existsSync(full) ? readFileSync(full, 'utf8') : null;
					const conflict = unchanged(change)(now === null ? null : Buffer.from(now, 'utf8'));
					if (conflict) throw new WriteConflict(conflict, full, null);
				}
			}
			for (const { change, full, write } of staged) {
				this.onWrite(full, change.after);
				if (write) write.commit();
				else removeFileSafely(full, { unchanged: unchanged(change) });
			}
		} catch (e) {
			for (const { write } of staged) write?.abort();
			if (e instanceof WriteConflict) throw new StudioRefusal('conflict', e.message);
			if (e instanceof WriteRefusal) throw new StudioRefusal('bad-request', e.message);
			throw e;
		}
	}

	/**
	 * Writes back the texts before the pathway's last action, if the files are still as it left
	 * them; other pathways' histories are not touched.
	 */
	undo(pathway?: string): Stepped {
		const h = this.history(pathway ?? '');
		return this.step(h.done, h.undone, (c) => ({ ...c, before: c.after, after: c.before }));
	}

	redo(pathway?: string): Stepped {
		const h = this.history(pathway ?? '');
		return this.step(h.undone, h.done, (c) => c);
	}

	private step(from: Entry[], to: Entry[], turn: (c: Change) => Change): Stepped {
		const entry = from[from.length - 1];
		if (!entry) throw new StudioRefusal('nothing-to-undo', 'there is nothing to undo or redo');
		const changes = entry.changes.map(turn);
		for (const c of changes) {
			const onDisk = this.read(c.path);
			if (onDisk !== c.before)
				throw new StudioRefusal(
					'conflict',
					`${c.path} changed on disk since the studio wrote it; undo would overwrite that change`
				);
		}
		this.commit(changes);
		from.pop();
		to.push(entry);
		return { changed: changes.map((c) => c.path), label: entry.label };
	}

	/** What undo would take back in this pathway (undefined: nothing). */
	nextUndo(pathway?: string): string | undefined {
		return this.histories.get(pathway ?? '')?.done.at(-1)?.label;
	}

	/** What redo would make again in this pathway (undefined: nothing). */
	nextRedo(pathway?: string): string | undefined {
		return this.histories.get(pathway ?? '')?.undone.at(-1)?.label;
	}
}
