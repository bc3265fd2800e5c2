/**
 * The presenter view's pictures: each step's figure and the whole pathway, drawn by the one SVG
 * renderer in the presentation's theme, as the deck and the step exports draw them (a step that
 * names a hypothesis: that hypothesis and the shared elements).
 */
import type { FigureSubject } from '../export/exportText.ts';
import { isTranslation, type Language } from '../i18n/languages.ts';
import { figureContext } from '../render/figureContext.ts';
import { renderSvg } from '../render/renderSvg.ts';
import { LECTURE_THEME } from './lectureStyle.ts';
import { stepFigures } from './stepFigures.ts';

export interface PresenterPictures {
	/** Step n's figure at index n - 1. */
	steps: string[];
	overview: string;
}

const PLAIN = { legend: false, citations: false, title: false, picture: true } as const;

export function presenterPictures(subject: FigureSubject, lang: Language): PresenterPictures {
	const options = { theme: LECTURE_THEME, ...PLAIN, ...(isTranslation(lang) ? { lang } : {}) };
	return {
		steps: stepFigures(subject, options, { title: false, picture: true }).map((f) => f.svg),
		overview: renderSvg(
			subject.laidOut,
			{ scope: 'pathway', ...options },
			figureContext(subject.pathway, subject.records)
		)
	};
}
