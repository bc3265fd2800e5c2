/** A practice question, generated from a pathway's data: never written by hand. */
import type { CaptionEvidence, CaptionRecords } from '../view/evidenceCaption.ts';
import type { Pathway } from '../model/atlas.ts';
import type { Localized } from '../i18n/localized.ts';
import type { Kind } from '../schema/vocabulary.ts';

export type QuestionKind = 'next' | 'relation' | 'support' | 'hypothesis';

export interface Option {
	/** What the option names: a node id or entity, a relation, a support level, a hypothesis id. */
	key: string;
	text: string;
}

export interface Feedback {
	/** The step's narration, for a question about what comes next. */
	narration?: string;
	/** The strongest evidence of the element the answer is about. */
	evidence?: CaptionEvidence;
	/** What the evidence's support level means, in words. */
	supportMeaning?: string;
	/** A hypothesis question: what the answer's hypothesis proposes. */
	proposes?: string;
}

export interface Question {
	/** Stable across seeds and languages: `<kind>:<element id>`. */
	id: string;
	kind: QuestionKind;
	prompt: string;
	/** One to four distinct options, exactly one of them right. */
	options: Option[];
	correct: number;
	/** The element the answer is about, and the lecture step that first draws it (1-based). */
	element: string;
	step: number;
	feedback: Feedback;
}

/** A node of another pathway, offered as a plausible wrong answer. */
export interface Distractor {
	entity: string;
	label: Localized;
	kind: Kind;
}

/** The rest of the atlas: its nodes, and what its arrows say (`<entity> <relation> <entity>`). */
export interface Elsewhere {
	nodes: readonly Distractor[];
	links: readonly string[];
}

/** What the generator reads: the pathway, its records, its nodes' kinds and other pathways' nodes. */
export interface PracticeSubject {
	pathway: Pathway;
	records: CaptionRecords;
	/** Each node's kind, by node id. */
	kinds: ReadonlyMap<string, Kind>;
	elsewhere: Elsewhere;
	/** Every link of the atlas, this pathway's included, in entity terms. */
	links: ReadonlySet<string>;
}
