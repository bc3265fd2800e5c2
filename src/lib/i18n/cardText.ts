/** The index card's words about its preview: which of the pathway's steps the picture draws. */
import { everyLanguage, type Texts } from './languages.ts';

export interface CardText {
	/** The preview draws the first `steps` of the pathway's `of` steps. */
	opening: (steps: number, of: number) => string;
	/** The preview draws only the start of the first of `of` steps. */
	partial: (of: number) => string;
	/** The preview draws only the first nodes of a pathway without steps. */
	start: string;
}

export const CARD_TEXT: Texts<CardText> = everyLanguage({
	en: {
		opening: (steps, of) =>
			steps >= of
				? `All ${of} steps`
				: `Its first ${steps === 1 ? 'step' : `${steps} steps`} of ${of}`,
		partial: (of) => `The start of its first step of ${of}`,
		start: 'The start of the pathway'
	},
	zh: {
		opening: (steps, of) => (steps >= of ? `全部${of}个步骤` : `前${steps}个步骤（共${of}个）`),
		partial: (of) => `第1个步骤的开头（共${of}个）`,
		start: '通路的开头'
	}
});

/** What a card says of its preview; nothing of the whole of a pathway without steps. */
export function previewWords(
	text: CardText,
	preview: { steps: number; partial: boolean },
	of: number
): string | undefined {
	if (!preview.steps) return preview.partial ? text.start : undefined;
	return preview.partial ? text.partial(of) : text.opening(preview.steps, of);
}

/** The card's counts: its nodes, its arrows, and its steps where it has any. */
export function countWords(
	counts: { nodes: number; edges: number; steps: number },
	word: (key: 'nodes' | 'arrows' | 'steps') => string
): string {
	const steps = counts.steps ? [`${counts.steps} ${word('steps')}`] : [];
	return [`${counts.nodes} ${word('nodes')}`, `${counts.edges} ${word('arrows')}`, ...steps].join(
		' · '
	);
}
