/** The pathway page's hypothesis switcher: what it fades, what it says, and its address. */
import type { Language } from '../i18n/strings.ts';
import type { Hypothesis, Pathway } from '../model/atlas.ts';
import { inHypothesis } from '../model/hypotheses.ts';

/** The chosen hypothesis, when the pathway declares it. */
export const chosenHypothesis = (p: Pathway, id: string | null): Hypothesis | undefined =>
	id === null ? undefined : p.hypotheses?.find((h) => h.id === id);

/** The elements faded when one hypothesis is chosen: those of the others, none when all are shown. */
export function outsideHypothesis(p: Pathway, id: string | undefined): Set<string> {
	if (id === undefined) return new Set();
	return new Set([...p.nodes, ...p.edges].filter((el) => !inHypothesis(el, id)).map((el) => el.id));
}

export const hypothesisLabel = (h: Pick<Hypothesis, 'label' | 'zh'>, lang: Language): string =>
	lang === 'zh' && h.zh ? h.zh : h.label;

/** The hypotheses an element belongs to, in the pathway's order; empty when it is shared. */
export const hypothesesOf = (p: Pathway, id: string): Hypothesis[] => {
	const el = [...p.nodes, ...p.edges].find((x) => x.id === id);
	const own = el?.hypotheses ?? [];
	return (p.hypotheses ?? []).filter((h) => own.includes(h.id));
};

/** The page's query string: the selection and the hypothesis, each only when there is one. */
export function pathwayQuery(state: { select?: string; hypothesis?: string }): string {
	const params = new URLSearchParams();
	if (state.select) params.set('select', state.select);
	if (state.hypothesis) params.set('hypothesis', state.hypothesis);
	const query = params.toString();
	return query ? `?${query}` : '';
}
