import { SPECIES_STUDY_KINDS, type StudyKind } from '../schema/vocabulary.ts';
import { defineRule, type DataPath, type Diagnostic, type Locator } from './rule.ts';

export const speciesWithoutStudy = defineRule({
	id: 'species-without-study',
	severity: 'error',
	description: 'evidence names a species without an animal, ex vivo or in vitro study kind',
	/** `at`: the evidence. */
	check: (
		file: Locator,
		at: DataPath,
		e: { species?: string | undefined; study?: StudyKind | undefined }
	): Diagnostic[] => {
		if (!e.species || (e.study && SPECIES_STUDY_KINDS.has(e.study))) return [];
		const kinds = [...SPECIES_STUDY_KINDS].join(', ');
		const message = e.study
			? `a species is named for a "${e.study}" study`
			: 'a species is named without the kind of study';
		const hint = `a species goes with study: ${kinds}; otherwise leave it out`;
		return [file.diagnostic(speciesWithoutStudy, [...at, 'species'], message, hint)];
	}
});
