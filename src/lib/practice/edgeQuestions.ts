/**
 * Questions about one arrow. "Which way does it push?" asks for its relation (never offering a
 * relation another arrow of the atlas draws between the same two entities); "Stated, listed or assumed?" asks how
 * strongly the source supports it (never offering a level other evidence of it has).
 */
import type { Language } from '../i18n/languages.ts';
import { fill, PRACTICE_TEXT } from '../i18n/practiceText.ts';
import { RELATION_WORDS } from '../i18n/vocabulary/relations.ts';
import type { PathwayEdge, PathwayNode } from '../model/atlas.ts';
import type { Relation, Support } from '../schema/vocabulary.ts';
import { supportingEvidence } from '../view/supportingEvidence.ts';
import { claimText, nodeById, nodeText, stepsOf } from './elements.ts';
import { evidenceFeedback } from './feedback.ts';
import { chooseOptions } from './options.ts';
import { linkKey } from './subject.ts';
import type { Random } from './random.ts';
import type { Option, PracticeSubject, Question } from './types.ts';

/** The relations offered as wrong answers: those that say which way a cause pushes. */
const PUSHES: readonly Relation[] = [
	'activates',
	'inhibits',
	'blocks',
	'increases',
	'decreases',
	'releases',
	'binds',
	'modulates',
	'leads-to'
];
const SUPPORT_ORDER: readonly Support[] = ['stated', 'listed', 'background'];

const relationOption = (r: Relation, lang: Language): Option => ({
	key: r,
	text: RELATION_WORDS[r][lang]
});

function about(s: PracticeSubject, e: PathwayEdge, lang: Language) {
	const step = stepsOf(s.pathway).get(e.id) ?? 1;
	return {
		element: e.id,
		step,
		feedback: evidenceFeedback(e.evidence, s.records, lang)
	};
}

export function relationQuestion(
	s: PracticeSubject,
	e: PathwayEdge,
	lang: Language,
	random: Random
): Question | undefined {
	const nodes = nodeById(s.pathway);
	const label = (id: string) => nodeText(nodes.get(id) as PathwayNode, lang);
	const [from, to] = [e.source, e.target].map((id) => nodes.get(id)?.entity ?? id);
	const alsoTrue = (r: string) => r !== e.relation && s.links.has(linkKey(from ?? '', r, to ?? ''));
	const wrong = [PUSHES.map((r) => relationOption(r, lang))];
	const choice = chooseOptions(relationOption(e.relation, lang), wrong, alsoTrue, random);
	if (!choice) return undefined;
	const prompt = fill(PRACTICE_TEXT[lang].relation, {
		source: label(e.source),
		target: label(e.target)
	});
	return { id: `relation:${e.id}`, kind: 'relation', prompt, ...choice, ...about(s, e, lang) };
}

export function supportQuestion(
	s: PracticeSubject,
	e: PathwayEdge,
	lang: Language,
	random: Random
): Question | undefined {
	const strongest = supportingEvidence(e.evidence)?.support;
	if (!strongest) return undefined;
	const words = PRACTICE_TEXT[lang].supports;
	const option = (level: Support): Option => ({ key: level, text: words[level] });
	const alsoTrue = (level: string) =>
		level !== strongest && e.evidence.some((x) => x.support === level);
	const choice = chooseOptions(option(strongest), [SUPPORT_ORDER.map(option)], alsoTrue, random);
	if (!choice) return undefined;
	const prompt = fill(PRACTICE_TEXT[lang].support, { claim: claimText(s.pathway, e, lang) });
	return { id: `support:${e.id}`, kind: 'support', prompt, ...choice, ...about(s, e, lang) };
}
