/**
 * The pathway page's state: what is selected, which hypothesis is chosen, what is hidden, and a
 * layout the reader asked for. The selection and the hypothesis live in the address (?select=,
 * ?hypothesis=), so they deep-link and Back and Forward undo them; the page only presents this.
 */
import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import type { ElementDefinition } from 'cytoscape';
import type { LaidOutPathway } from '../layout/types.ts';
import type { Direction } from '../schema/vocabulary.ts';
import type { PathwayViewer } from '../pages/pathwayViewer.ts';
import type { CytoscapeDiagram } from '../style/cytoscapeDiagram.ts';
import { pathwayFrame, pathwayStart } from '../render/frame.ts';
import {
	chosenHypothesis,
	hypothesisLegend,
	hypothesisMarks,
	outsideHypothesis,
	pathwayQuery,
	type PathwayQuery
} from '../view/hypothesisView.ts';
import { afterNextPaint } from '../view/afterPaint.ts';
import { concealedIds, elementIds, idSet } from '../view/drawnElements.ts';
import type { SharedPathway } from '../pages/sharedPathway.ts';
import type { showNewLayout } from '../view/newLayout.ts';
import { language } from './language.svelte.ts';

/** The pathway's shared data (laid out, its links elsewhere, the stylesheet) and the page's viewer. */
export type PathwayPageProps = SharedPathway & { viewer: PathwayViewer };

/** What the state asks of the live diagram. */
export interface DiagramHandle {
	moveTo(next: ElementDefinition[], show: typeof showNewLayout): void;
}

interface Relaid {
	id: string;
	laidOut: LaidOutPathway;
	diagram: CytoscapeDiagram;
	collapsed: string[];
	/** The filter's hidden elements it was laid out without, as sameMembers compares them. */
	hidden: ReadonlySet<string>;
}

/** The pages that show a pathway's figure with its details: the pathway page and its embed. */
export type PathwayRoute = '/[[lang=lang]]/pathways/[id]' | '/[[lang=lang]]/pathways/[id]/embed';

interface PathwayPageOptions {
	/** Where a selection or a hypothesis goes: the page that shows it. */
	route?: PathwayRoute;
	/** Address parameters the page reads itself (the embed's step), kept as they are. */
	keep?: string[];
}

export class PathwayPage {
	selectParam = $state<string | null>(null);
	hypothesisParam = $state<string | null>(null);
	hideBackground = $state(false);
	/** "Only what is shown in humans": in the address, so a link keeps it. */
	humansOnly = $state(false);
	/** Each arrow's relation written on it. */
	verbs = $state(false);
	/** A layout the reader asked for (direction, collapsed compartments); dagre loads only then. */
	relaid = $state.raw<Relaid>();

	/** The kept parameters, as the address last gave them. */
	private kept: [string, string][] = [];

	constructor(
		private readonly data: () => PathwayPageProps,
		private readonly diagram: () => DiagramHandle | undefined,
		private readonly options: PathwayPageOptions = {}
	) {}

	readonly pathway = $derived.by(() => this.data().pathway);
	readonly ids = $derived(elementIds(this.pathway));
	readonly selected = $derived(
		this.selectParam && this.ids.has(this.selectParam) ? this.selectParam : undefined
	);
	readonly unknownSelection = $derived(
		this.selectParam && !this.ids.has(this.selectParam) ? this.selectParam : undefined
	);
	readonly hypothesis = $derived(chosenHypothesis(this.pathway, this.hypothesisParam));
	readonly outside = $derived(outsideHypothesis(this.pathway, this.hypothesis?.id));
	/** With no hypothesis chosen, each one's elements are marked (colour, outline style, letter). */
	readonly marks = $derived(this.hypothesis ? {} : hypothesisMarks(this.pathway));
	readonly markLegend = $derived(this.hypothesis ? [] : hypothesisLegend(this.pathway));
	readonly hidden = $derived.by(() =>
		idSet(
			this.hideBackground ? this.data().viewer.backgroundOnly : [],
			this.humansOnly ? this.data().viewer.notShownInHumans : []
		)
	);

	readonly mine = $derived(this.relaid?.id === this.pathway.id ? this.relaid : undefined);
	readonly laidOut = $derived.by(() => this.mine?.laidOut ?? this.data().laidOut);
	readonly collapsed = $derived(this.mine?.collapsed ?? []);
	readonly frame = $derived(pathwayFrame(this.laidOut));
	readonly start = $derived(pathwayStart(this.laidOut));
	readonly direction = $derived(this.laidOut.direction);
	/** Elements inside a collapsed compartment: not drawn. */
	readonly concealed = $derived(concealedIds(this.ids, this.laidOut));
	readonly notDrawn = $derived(idSet(this.hidden, this.concealed));

	/** Reads the selection and the hypothesis from the address after every navigation. */
	fromAddress(url: URL): void {
		this.selectParam = url.searchParams.get('select');
		this.hypothesisParam = url.searchParams.get('hypothesis');
		this.humansOnly = url.searchParams.get('humans') === '1';
		const keep = this.options.keep ?? [];
		this.kept = [...url.searchParams].filter(([name]) => keep.includes(name));
	}

	/** The "only what is shown in humans" switch: the choice goes into the address. */
	showHumansOnly(on: boolean): void {
		this.humansOnly = on;
		this.navigate({ select: this.selected, hypothesis: this.hypothesis?.id }, true);
	}

	select(id: string | undefined, { replaceState = false } = {}): void {
		if (id === this.selected) return;
		// Shown at once; the URL (deep links, back and forward) follows through the router.
		this.selectParam = id ?? null;
		this.navigate({ select: id, hypothesis: this.hypothesis?.id }, replaceState);
	}

	/** The hypothesis switcher: the choice is in the address, so it links and Back undoes it. */
	chooseHypothesis(id: string): void {
		this.hypothesisParam = id || null;
		this.navigate({ select: this.selected, hypothesis: id || undefined }, false);
	}

	/** A click on the live diagram: a collapsed compartment opens, anything else is selected. */
	pickOnDiagram(id: string | undefined): void {
		if (id && this.collapsed.includes(id)) this.toggleCompartment(id);
		else this.select(id);
	}

	toggleCompartment(id: string): void {
		const shut = this.collapsed.includes(id);
		const collapsed = shut ? this.collapsed.filter((c) => c !== id) : [...this.collapsed, id];
		void this.relayout({ collapsed });
	}

	/** A selection inside a collapsed compartment (outline, search, back and forward) opens it. */
	async openAround(id: string): Promise<void> {
		const { openedFor } = await import('../view/relaidView.ts');
		await this.relayout({ collapsed: openedFor(this.pathway, this.collapsed, id) });
	}

	/**
	 * A filter switched on or off: the figure is laid out again without what it hides, so no
	 * compartment is left empty or overlapping. With no filter and no other choice, the page's own.
	 */
	followFilters(): void {
		const hidden = this.hidden;
		if (sameMembers(hidden, this.mine?.hidden ?? NONE)) return;
		if (hidden.size === 0 && !this.mine) return;
		void this.relayout({ hidden });
	}

	async relayout(next: {
		direction?: Direction;
		collapsed?: string[];
		hidden?: ReadonlySet<string>;
	}): Promise<void> {
		const views = await import('../view/relaidView.ts');
		const want = {
			direction: next.direction ?? this.direction,
			collapsed: next.collapsed ?? this.collapsed,
			hidden: next.hidden ?? this.hidden
		};
		const { pathway, entities } = this.data();
		const { laidOut, diagram } = views.relaidView(pathway, entities, want);
		this.relaid = { id: pathway.id, laidOut, diagram, ...want };
		this.diagram()?.moveTo(diagram.elements, views.showNewLayout);
	}

	/** The address the router is yet to go to, and whether it replaces the current entry. */
	private pending: { href: string; replaceState: boolean } | undefined;

	/**
	 * The address follows the state once the change is painted: the router's work on a
	 * navigation (it reads every link of the page, and a large figure has thousands) would
	 * otherwise hold the details back. Changes made before then make one entry in the history,
	 * a new one if any of them asked for it.
	 */
	private navigate(state: PathwayQuery, replaceState: boolean): void {
		const id = this.pathway.id;
		state = { ...state, humans: this.humansOnly };
		// The path comes from resolve(); the rule cannot see through the added query string.
		const route = this.options.route ?? '/[[lang=lang]]/pathways/[id]';
		const href = `${resolve(route, { lang: language.segment, id })}${pathwayQuery(state, this.kept)}`;
		const waiting = this.pending;
		this.pending = { href, replaceState: replaceState && (waiting?.replaceState ?? true) };
		if (waiting) return;
		afterNextPaint(() => {
			const next = this.pending!;
			this.pending = undefined;
			// a reader who has left the page by then is not taken back to it
			if (next.href.split('?', 1)[0] !== location.pathname) return;
			// eslint-disable-next-line svelte/no-navigation-without-resolve
			goto(next.href, { keepFocus: true, noScroll: true, replaceState: next.replaceState });
		});
	}
}

const NONE: ReadonlySet<string> = new Set();
const sameMembers = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
	a.size === b.size && [...a].every((x) => b.has(x));
