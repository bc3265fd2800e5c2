/** The studio page's state: what the server last said, what is open and selected, and the edits. */
import type { StudioAction } from '../actions.ts';
import type { StudioElement, StudioState } from '../node/studioState.ts';
import type { Relation } from '../../schema/vocabulary.ts';
import type { Reply, StudioApi } from './api.ts';

export interface Notice {
	kind: 'error' | 'done';
	text: string;
}

/** A span of a source picked for citing. */
export interface PickedSpan {
	source: string;
	start: number;
	end: number;
	text: string;
}

type PathwayAction = Exclude<
	StudioAction,
	{
		kind:
			| 'create-pathway'
			| 'create-entity'
			| 'create-reference'
			| 'set-entity-field'
			| 'set-entity-list'
			| 'add-uncited'
			| 'set-uncited-reason'
			| 'remove-uncited';
	}
>;
type WithoutPathway<A> = A extends unknown ? Omit<A, 'pathway'> : never;

export class Studio {
	state = $state<StudioState>();
	pathwayId = $state<string>();
	selected = $state<string>();
	notice = $state<Notice>();
	/** Changes made outside the studio, and the edits they made it refuse: shown until dismissed. */
	warnings = $state<string[]>([]);
	busy = $state(false);
	/** Bumped on every new state: the diagram is drawn again from the new layout. */
	version = $state(0);
	/** Drawing an arrow: the node picked first; the next node picked is the target. */
	drawFrom = $state<string>();
	drawing = $state(false);
	relation = $state<Relation>('activates');
	span = $state<PickedSpan>();
	/** Why the last request was refused (the server's reason), until the next one. */
	refusal = $state<string>();
	/** The last source imported, and the import's report: the source panel opens it. */
	imported = $state<{ source: string; report: string[] }>();

	constructor(private readonly api: StudioApi) {}

	get pathway() {
		return this.state?.pathway;
	}

	get element(): StudioElement | undefined {
		return this.pathway?.elements.find((e) => e.id === this.selected);
	}

	private take(state: StudioState | undefined): void {
		if (!state) return;
		this.state = state;
		this.version++;
		// A pathway the files no longer make (an invalid hand edit) keeps the selection for later.
		const gone = state.pathway && !state.pathway.elements.some((e) => e.id === this.selected);
		if (gone) this.selected = undefined;
	}

	/** Files changed outside the studio: merged into the page, which keeps the curator's place. */
	async mergeOutsideChange(files: string[]): Promise<void> {
		this.warn(
			`Changed outside the studio: ${files.join(', ')}. The studio shows them as they are now.`
		);
		await this.load();
	}

	private warn(text: string): void {
		if (!this.warnings.includes(text)) this.warnings = [...this.warnings, text];
	}

	dismissWarnings(): void {
		this.warnings = [];
	}

	async load(): Promise<void> {
		this.take(await this.api.post<StudioState>('state', { pathway: this.pathwayId }));
	}

	/** Opens a pathway; the address keeps it, so a reload (the dev server's, after a hand edit) reopens it. */
	async open(id: string | undefined): Promise<void> {
		this.pathwayId = id;
		history.replaceState(null, '', id ? `?pathway=${encodeURIComponent(id)}` : location.pathname);
		this.selected = undefined;
		this.drawFrom = undefined;
		await this.load();
	}

	private async send(
		route: string,
		body: object,
		done: string | ((reply: Reply) => string)
	): Promise<boolean> {
		this.busy = true;
		this.refusal = undefined;
		try {
			const reply: Reply = await this.api.post(route, { ...body, pathway: this.pathwayId });
			if (!reply.ok) {
				this.refusal = reply.reason;
				const text = reply.message ?? 'refused';
				// A conflict stays in view until read; any other refusal until the next action.
				if (reply.reason === 'conflict') this.warn(text);
				this.notice = reply.reason === 'conflict' ? undefined : { kind: 'error', text };
				this.take(reply.state);
				return false;
			}
			await this.load();
			this.notice = { kind: 'done', text: typeof done === 'string' ? done : done(reply) };
			return true;
		} finally {
			this.busy = false;
		}
	}

	/** One action, with the hashes of the files as the studio last read them. */
	act(action: StudioAction, done: string): Promise<boolean> {
		return this.send('action', { action, hashes: this.state?.hashes ?? {} }, done);
	}

	edit(action: WithoutPathway<PathwayAction>, done: string): Promise<boolean> {
		if (!this.pathwayId) return Promise.resolve(false);
		return this.act({ ...action, pathway: this.pathwayId } as PathwayAction, done);
	}

	/** Undo and redo in the open pathway's own history, naming the action. */
	undo = (): Promise<boolean> => this.send('undo', {}, (r) => `Undone: ${r.label ?? ''}`);
	redo = (): Promise<boolean> => this.send('redo', {}, (r) => `Redone: ${r.label ?? ''}`);

	/** A source imported (or, asked for, written over the one in the atlas), its report kept. */
	importSource(
		body: { name?: string; text?: string; pmid?: string; doi?: string },
		replace = false
	) {
		const hashes = this.state?.hashes ?? {};
		return this.send('import', { ...body, replace, hashes }, (reply) => {
			if (reply.source) this.imported = { source: reply.source, report: reply.report ?? [] };
			return `Source ${reply.source ?? ''} ${replace ? 'replaced' : 'added'}.`;
		});
	}

	/** A node or arrow picked in the list of elements: selected, never drawn from. */
	select(id: string | undefined): void {
		this.selected = id;
	}

	/** A node or arrow picked on the diagram; while drawing, nodes make an arrow. */
	async pick(id: string | undefined): Promise<void> {
		const isNode = this.pathway?.elements.some((e) => e.id === id && e.kind === 'node');
		if (!this.drawing || !id || !isNode) {
			this.selected = id;
			return;
		}
		if (!this.drawFrom) {
			this.drawFrom = id;
			this.selected = id;
			return;
		}
		const source = this.drawFrom;
		await this.drawArrow(source, id);
	}

	/** An arrow drawn on the diagram, with the relation chosen for drawing. */
	async drawArrow(source: string, target: string): Promise<void> {
		this.drawFrom = undefined;
		await this.edit(
			{ kind: 'add-edge', source, target, relation: this.relation },
			`Arrow ${source} ${this.relation} ${target} added.`
		);
	}
}
