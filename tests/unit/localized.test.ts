import { describe, expect, it } from 'vitest';
import {
	localizedField,
	localizedLabel,
	mapLocalized,
	optionalLocalized,
	pick
} from '../../src/lib/i18n/localized.ts';

describe('curated text in every language it is written in', () => {
	it('gathers a field and its translation written beside it', () => {
		const step = { narration: 'It blocks the receptor.', narrationZh: '它阻断受体。' };
		expect(localizedField(step, 'narration')).toEqual({
			en: 'It blocks the receptor.',
			zh: '它阻断受体。'
		});
	});

	it('keeps only the English where no translation is written (or an empty one)', () => {
		expect(localizedField({ summary: 'S.' }, 'summary')).toEqual({ en: 'S.' });
		expect(localizedField({ summary: 'S.', summaryZh: '' }, 'summary')).toEqual({ en: 'S.' });
	});

	it('picks the text in a language, else the English', () => {
		expect(pick({ en: 'Title', zh: '标题' }, 'zh')).toBe('标题');
		expect(pick({ en: 'Title', zh: '标题' }, 'en')).toBe('Title');
		expect(pick({ en: 'Title' }, 'zh')).toBe('Title');
	});

	it('gathers a label and its translation under the language’s label key (zh)', () => {
		const node = { label: 'NMDA receptor', zh: 'NMDA受体' };
		const unlabelled: { label?: string; zh: string } = { zh: '氯胺酮' };
		expect(localizedLabel(node)).toEqual({
			en: 'NMDA receptor',
			zh: 'NMDA受体'
		});
		expect(localizedLabel(unlabelled, 'Ketamine')).toEqual({ en: 'Ketamine', zh: '氯胺酮' });
	});

	it('gathers an optional field only where it is written', () => {
		const edge = { note: 'Why.', noteZh: '原因。' };
		expect(optionalLocalized(edge, 'note')).toEqual({
			note: { en: 'Why.', zh: '原因。' }
		});
		expect(optionalLocalized({}, 'note')).toEqual({});
	});

	it('changes the text in each language it is written in', () => {
		const counted = mapLocalized({ en: 'Neuron', zh: '神经元' }, (t) => `${t} (+3)`);
		expect(counted).toEqual({ en: 'Neuron (+3)', zh: '神经元 (+3)' });
	});
});
