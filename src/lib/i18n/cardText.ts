/** The index card's words about its preview: which of the pathway's steps the picture draws. */
import { everyLanguage, type Texts } from './languages.ts';

export interface CardText {
	/** The preview draws the first `steps` of the pathway's `of` steps. */
	opening: (steps: number, of: number) => string;
	/** The preview draws only the start of the first of `of` steps. */
	partial: (of: number) => string;
}

export const CARD_TEXT: Texts<CardText> = everyLanguage({
	en: {
		opening: (steps, of) =>
			steps >= of
				? `All ${of} steps`
				: `Its first ${steps === 1 ? 'step' : `${steps} steps`} of ${of}`,
		partial: (of) => `The start of its first step of ${of}`
	},
	zh: {
		opening: (steps, of) => (steps >= of ? `全部${of}个步骤` : `前${steps}个步骤（共${of}个）`),
		partial: (of) => `第1个步骤的开头（共${of}个）`
	}
});
