import { describe, expect, it } from 'vitest';
import { localizedField } from '../../src/lib/i18n/localizedField.ts';
import { pick } from '../../src/lib/i18n/localized.ts';

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
});
