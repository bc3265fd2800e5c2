import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyAction, type StudioAction } from '../../src/lib/studio/actions.ts';

const ENTITIES = `# The catalogue
entities:
  - id: ketamine
    label: Ketamine # the usual name
    kind: drug
    synonyms: [racemic ketamine]
    description: Dissociative anaesthetic.
  - id: nmda-receptor
    label: NMDA receptor
    kind: receptor
    description: >-
      Ionotropic glutamate
      receptor.
`;

const ctx = { sourceText: () => undefined };
const edit = (a: StudioAction, text = ENTITIES): string =>
	applyAction({ 'entities.yaml': text }, a, ctx)['entities.yaml'] as string;

describe('studio entity edits', () => {
	it('sets a label, its Chinese and a description in place, comments kept', () => {
		const out = edit({
			kind: 'set-entity-field',
			entity: 'ketamine',
			field: 'label',
			value: 'Ketamine (racemic)'
		});
		expect(out).toBe(ENTITIES.replace('label: Ketamine #', 'label: Ketamine (racemic) #'));
		const zh = edit({ kind: 'set-entity-field', entity: 'ketamine', field: 'zh', value: '氯胺酮' });
		expect(zh).toBe(ENTITIES.replace('# the usual name\n', '# the usual name\n    zh: 氯胺酮\n'));
		const described = edit({
			kind: 'set-entity-field',
			entity: 'nmda-receptor',
			field: 'description',
			value: 'Ionotropic glutamate receptor, blocked by ketamine.'
		});
		expect(parse(described).entities[1].description).toBe(
			'Ionotropic glutamate receptor, blocked by ketamine.'
		);
		expect(described.startsWith(ENTITIES.slice(0, ENTITIES.indexOf('    description: >-')))).toBe(
			true
		);
		const zhDescription = edit({
			kind: 'set-entity-field',
			entity: 'ketamine',
			field: 'descriptionZh',
			value: '分离性麻醉药。'
		});
		expect(zhDescription).toBe(
			ENTITIES.replace(
				'    description: Dissociative anaesthetic.\n',
				'    description: Dissociative anaesthetic.\n    descriptionZh: 分离性麻醉药。\n'
			)
		);
	});

	it('sets synonyms on one line, adds them where the format puts them, and empties them', () => {
		const set = (entity: string, values: string[], field = 'synonyms') =>
			edit({ kind: 'set-entity-list', entity, field, values });
		expect(set('ketamine', ['racemic ketamine', ' Ketalar ', ''])).toBe(
			ENTITIES.replace('[racemic ketamine]', '[racemic ketamine, Ketalar]')
		);
		expect(set('nmda-receptor', ['NMDAR'])).toBe(
			ENTITIES.replace('    kind: receptor\n', '    kind: receptor\n    synonyms: [NMDAR]\n')
		);
		expect(set('ketamine', [])).toBe(ENTITIES.replace('    synonyms: [racemic ketamine]\n', ''));
	});

	it('refuses an unknown entity or a field that is not an entity text', () => {
		expect(() =>
			edit({ kind: 'set-entity-field', entity: 'nope', field: 'label', value: 'x' })
		).toThrow('the catalogue has no entity "nope"');
		expect(() =>
			edit({ kind: 'set-entity-field', entity: 'ketamine', field: 'kind', value: 'protein' })
		).toThrow('"kind" cannot be set on an entity');
	});
});
