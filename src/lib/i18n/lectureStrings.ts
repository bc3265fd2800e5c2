/**
 * English text of the lecture pages (presentation, presenter view, handout, exported decks),
 * apart from the rest so the explorer's pages do not carry it. Importing this module adds it.
 */
import { addEnglish } from './strings.ts';

const LECTURE_EN = {
	previousStep: 'Previous step',
	nextStep: 'Next step',
	menu: 'Menu',
	ghostLater: 'Show later steps faintly (G)',
	captionsOn: 'Captions (N)',
	fullScreen: 'Full screen (F)',
	blankScreen: 'Blank screen (B)',
	presenterView: 'Presenter view',
	handout: 'Handout (print)',
	print: 'Print',
	exportSteps: 'Export steps (zip of numbered SVGs)',
	exportDeck: 'Export PowerPoint deck (.pptx)',
	exporting: 'Exporting…',
	exitPresentation: 'Back to the explorer (Escape)',
	lectureKeys:
		'Keys: → Space PageDown next · ← PageUp previous · Home End · F full screen · B blank · N captions · G later steps · Escape explorer',
	currentStep: 'Now',
	comingNext: 'Next',
	endOfLecture: 'End of the lecture',
	clock: 'Time',
	elapsed: 'Elapsed',
	restartTimer: 'Restart timer',
	audienceBlank: 'The audience screen is blank (B)',
	captionsHidden: 'Captions are hidden (N)',
	stepsHeading: 'Steps'
} as const;

export type LectureKey = keyof typeof LECTURE_EN;

addEnglish(LECTURE_EN);
