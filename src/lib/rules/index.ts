/**
 * Every problem the validator can report (the atlas folder, its files and what they say): one
 * module a rule, each with its id, severity, description and check, registered here and only
 * here. A diagnostic names its rule, so tests and scripts ask WHICH problem was found rather than
 * match its wording, and a reader can look the rule up in docs/validator.md, which lists this
 * table in this order. A rule is always an error or always a warning.
 *
 * Adding a rule: a module <id>.ts beside this one (see rule.ts), its check called where the
 * validator sees what it needs, an entry below, a row in docs/validator.md and an example in
 * tests/unit/diagnosticRules.test.ts.
 */
import { atlasUnreadable } from './atlas-unreadable.ts';
import { unreadableFile } from './unreadable-file.ts';
import { brokenLink } from './broken-link.ts';
import { linkOutsideAtlas } from './link-outside-atlas.ts';
import { notARegularFile } from './not-a-regular-file.ts';
import { folderNamedLikeFile } from './folder-named-like-file.ts';
import { hiddenFile } from './hidden-file.ts';
import { folderNotRead } from './folder-not-read.ts';
import { sourcesNotAFolder } from './sources-not-a-folder.ts';
import { secondCatalogue } from './second-catalogue.ts';
import { missingCatalogue } from './missing-catalogue.ts';
import { invalidFileName } from './invalid-file-name.ts';
import { duplicateFileId } from './duplicate-file-id.ts';
import { noPathways } from './no-pathways.ts';
import { invalidUtf8 } from './invalid-utf8.ts';
import { controlCharacter } from './control-character.ts';
import { yamlSyntax } from './yaml-syntax.ts';
import { yamlAlias } from './yaml-alias.ts';
import { tooDeeplyNested } from './too-deeply-nested.ts';
import { fileTooLarge } from './file-too-large.ts';
import { emptyFile } from './empty-file.ts';
import { fileShape } from './file-shape.ts';
import { unknownField } from './unknown-field.ts';
import { missingField } from './missing-field.ts';
import { wrongType } from './wrong-type.ts';
import { valueNotAllowed } from './value-not-allowed.ts';
import { invalidFormat } from './invalid-format.ts';
import { noNodes } from './no-nodes.ts';
import { duplicateId } from './duplicate-id.ts';
import { unknownEntity } from './unknown-entity.ts';
import { unknownCompartment } from './unknown-compartment.ts';
import { unknownNode } from './unknown-node.ts';
import { unknownElement } from './unknown-element.ts';
import { unknownHypothesis } from './unknown-hypothesis.ts';
import { unknownSource } from './unknown-source.ts';
import { unknownReference } from './unknown-reference.ts';
import { selfLoop } from './self-loop.ts';
import { compartmentCycle } from './compartment-cycle.ts';
import { hypothesisEdgeEnd } from './hypothesis-edge-end.ts';
import { quoteNotInSource } from './quote-not-in-source.ts';
import { quoteTooShort } from './quote-too-short.ts';
import { quoteWithoutSource } from './quote-without-source.ts';
import { quoteCitesReference } from './quote-cites-reference.ts';
import { backgroundQuotesSource } from './background-quotes-source.ts';
import { backgroundWithoutReference } from './background-without-reference.ts';
import { backgroundWithoutNote } from './background-without-note.ts';
import { speciesWithoutStudy } from './species-without-study.ts';
import { translationMisaligned } from './translation-misaligned.ts';
import { provenanceUnclassified } from './provenance-unclassified.ts';
import { provenanceBoth } from './provenance-both.ts';
import { provenanceConfirmsAbsent } from './provenance-confirms-absent.ts';
import { missingTranslation } from './missing-translation.ts';
import { incompleteTranslation } from './incomplete-translation.ts';
import { untranslatedEntityLabel } from './untranslated-entity-label.ts';
import { noEvidence } from './no-evidence.ts';
import { unconnectedNode } from './unconnected-node.ts';
import { notInAnyStep } from './not-in-any-step.ts';
import { hypothesisWithoutEvidence } from './hypothesis-without-evidence.ts';
import { hypothesisWithoutElements } from './hypothesis-without-elements.ts';
import { unusedEntity } from './unused-entity.ts';
import { uncitedSentence } from './uncited-sentence.ts';
import type { RuleModule, Severity } from './rule.ts';

export const RULES = [
	// Reading the atlas folder
	atlasUnreadable,
	unreadableFile,
	brokenLink,
	linkOutsideAtlas,
	notARegularFile,
	folderNamedLikeFile,
	hiddenFile,
	folderNotRead,
	sourcesNotAFolder,
	secondCatalogue,
	missingCatalogue,
	invalidFileName,
	duplicateFileId,
	noPathways,
	// Text and YAML
	invalidUtf8,
	controlCharacter,
	yamlSyntax,
	yamlAlias,
	tooDeeplyNested,
	fileTooLarge,
	// The shape of a file
	emptyFile,
	fileShape,
	unknownField,
	missingField,
	wrongType,
	valueNotAllowed,
	invalidFormat,
	noNodes,
	// Ids and references between them
	duplicateId,
	unknownEntity,
	unknownCompartment,
	unknownNode,
	unknownElement,
	unknownHypothesis,
	unknownSource,
	unknownReference,
	selfLoop,
	compartmentCycle,
	hypothesisEdgeEnd,
	// Evidence
	quoteNotInSource,
	quoteTooShort,
	quoteWithoutSource,
	quoteCitesReference,
	backgroundQuotesSource,
	backgroundWithoutReference,
	backgroundWithoutNote,
	speciesWithoutStudy,
	translationMisaligned,
	provenanceUnclassified,
	provenanceBoth,
	provenanceConfirmsAbsent,
	// Chinese
	missingTranslation,
	incompleteTranslation,
	untranslatedEntityLabel,
	// Gaps a curator should look at
	noEvidence,
	unconnectedNode,
	notInAnyStep,
	hypothesisWithoutEvidence,
	hypothesisWithoutElements,
	unusedEntity,
	uncitedSentence
] as const satisfies readonly RuleModule[];

export type Rule = (typeof RULES)[number];
export type RuleId = Rule['id'];

export const RULE_IDS: readonly RuleId[] = RULES.map((r) => r.id);

export const RULE_BY_ID: ReadonlyMap<RuleId, Rule> = new Map(RULES.map((r) => [r.id, r]));

export const severityOf = (rule: RuleId): Severity => RULE_BY_ID.get(rule)!.severity;
