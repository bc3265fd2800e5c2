/** Which elements a hypothesis of a pathway shows: its own and the shared ones. */

/** Anything that may name the hypotheses it belongs to. */
export interface Member {
	hypotheses?: string[];
}

/** Whether an element is drawn when one hypothesis is chosen: shared elements always are. */
export const inHypothesis = (el: Member, id: string): boolean =>
	!el.hypotheses?.length || el.hypotheses.includes(id);
