/**
 * Reader-visible texts without their Chinese. Each is located at the English text; a pathway
 * declared complete in Chinese (`languages: [en, zh]`) makes them errors, otherwise warnings.
 */
import type { Diagnostic } from '../diagnostics.ts';
import type { Entity, Pathway } from '../model/atlas.ts';
import type { DataPath, LocatedFile } from '../yaml/parseLocated.ts';
import { incompleteTranslation } from '../rules/incomplete-translation.ts';
import { missingTranslation } from '../rules/missing-translation.ts';
import { untranslatedEntityLabel } from '../rules/untranslated-entity-label.ts';
import type { Untranslated } from '../rules/untranslated.ts';
import { isRecord } from './schemaIssues.ts';

/** An English field and the field beside it that holds its Chinese. */
type Pair = readonly [english: string, chinese: string];

const LABEL: Pair = ['label', 'zh'];
const NOTE: Pair = ['note', 'noteZh'];

/** Where translatable texts sit in each kind of curated item, and what items each holds. */
interface Shape {
	pairs: Pair[];
	lists?: Record<string, Shape>;
}

const EVIDENCE: Shape = { pairs: [NOTE] };
const PATHWAY: Shape = {
	pairs: [
		['title', 'titleZh'],
		['summary', 'summaryZh']
	],
	lists: {
		compartments: { pairs: [LABEL] },
		nodes: { pairs: [LABEL], lists: { evidence: EVIDENCE } },
		edges: { pairs: [NOTE], lists: { evidence: EVIDENCE } },
		steps: { pairs: [['narration', 'narrationZh']] },
		hypotheses: {
			pairs: [LABEL, ['summary', 'summaryZh']],
			lists: { evidence: EVIDENCE }
		}
	}
};
const ENTITIES: Shape = {
	pairs: [],
	lists: { entities: { pairs: [LABEL, ['description', 'descriptionZh']] } }
};

type Missing = Untranslated;

function missingIn(data: unknown, shape: Shape, at: DataPath): Missing[] {
	if (!isRecord(data)) return [];
	const here = shape.pairs
		.filter(([en, zh]) => typeof data[en] === 'string' && data[zh] === undefined)
		.map((pair) => ({ at: [...at, pair[0]], pair }));
	const nested = Object.entries(shape.lists ?? {}).flatMap(([key, item]) => {
		const list = data[key];
		return Array.isArray(list) ? list.flatMap((x, i) => missingIn(x, item, [...at, key, i])) : [];
	});
	return [...here, ...nested];
}

function report(file: LocatedFile, missing: Missing[], complete: boolean): Diagnostic[] {
	return (complete ? incompleteTranslation : missingTranslation).check(file, missing);
}

export function pathwayTranslations(
	p: Pathway,
	file: LocatedFile,
	itemPath: (id: string) => DataPath,
	entities: ReadonlyMap<string, Entity>
): { errors: Diagnostic[]; warnings: Diagnostic[] } {
	const complete = p.languages?.includes('zh') ?? false;
	const found = report(file, missingIn(file.data, PATHWAY, []), complete);
	if (!complete) return { errors: [], warnings: found };
	return {
		errors: [...found, ...untranslatedEntityLabel.check(p, file, itemPath, entities)],
		warnings: []
	};
}

export function catalogueTranslations(file: LocatedFile): Diagnostic[] {
	return report(file, missingIn(file.data, ENTITIES, []), false);
}
