/** The pathway page's hypothesis switcher: what it fades, what it says, and its address. */
import { pick } from '../i18n/localized.ts';
import type { Language } from '../i18n/languages.ts';
import type { Hypothesis, Pathway } from '../model/atlas.ts';
import { elementById } from '../model/elementIndex.ts';
import { inHypothesis } from '../model/hypotheses.ts';
import { hypothesisMark, markClass, markLetters } from '../style/hypothesisMarks.ts';

/** The chosen hypothesis, when the pathway declares it. */
export const chosenHypothesis = (p: Pathway, id: string | null): Hypothesis | undefined =>
	id === null ? undefined : p.hypotheses?.find((h) => h.id === id);

/** The elements faded when one hypothesis is chosen: those of the others, none when all are shown. */
export function outsideHypothesis(p: Pathway, id: string | undefined): Set<string> {
	if (id === undefined) return new Set();
	return new Set([...p.nodes, ...p.edges].filter((el) => !inHypothesis(el, id)).map((el) => el.id));
}

export const hypothesisLabel = (h: Pick<Hypothesis, 'label'>, lang: Language): string =>
	pick(h.label, lang);

/** The hypotheses an element belongs to, in the pathway's order; empty when it is shared. */
export const hypothesesOf = (p: Pathway, id: string): Hypothesis[] => {
	const own = elementById(p, id)?.hypotheses ?? [];
	return (p.hypotheses ?? []).filter((h) => own.includes(h.id));
};

/** The page's address state: the selection, the hypothesis, the "shown in humans" filter. */
export interface PathwayQuery {
	select?: string;
	hypothesis?: string;
	humans?: boolean;
}

/** The page's query string: each part only when there is one. */
export function pathwayQuery(state: PathwayQuery, kept: [string, string][] = []): string {
	const params = new URLSearchParams();
	if (state.select) params.set('select', state.select);
	if (state.hypothesis) params.set('hypothesis', state.hypothesis);
	if (state.humans) params.set('humans', '1');
	// parameters another page reads itself (the embed's step), as they were
	for (const [name, value] of kept) params.append(name, value);
	const query = params.toString();
	return query ? `?${query}` : '';
}

/** Per marked element, its mark's class and, for an edge, its letters (the "all" view). */
export function hypothesisMarks(p: Pathway): Record<string, { class: string; letters?: string }> {
	const order = (p.hypotheses ?? []).map((h) => h.id);
	const marks: Record<string, { class: string; letters?: string }> = {};
	for (const n of p.nodes) {
		const cls = markClass(order, n.hypotheses);
		if (cls) marks[n.id] = { class: cls };
	}
	for (const e of p.edges) {
		const cls = markClass(order, e.hypotheses);
		if (cls) marks[e.id] = { class: cls, letters: markLetters(order, e.hypotheses ?? []) };
	}
	return marks;
}

/** The legend of the "all" view: each hypothesis with its colour, outline style and letter. */
export const hypothesisLegend = (p: Pathway) =>
	(p.hypotheses ?? []).map((h, i) => ({
		id: h.id,
		label: h.label,
		...hypothesisMark(i)
	}));
