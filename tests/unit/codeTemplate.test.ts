import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../src/lib/view/codeTemplate.ts';

describe('interface text with code slots', () => {
	it('fills the named slots as code and keeps the text around them, in any order', () => {
		expect(
			fillTemplate('run {command}, then {file}.', { command: 'npm test', file: 'x.yaml' })
		).toEqual([
			{ text: 'run ' },
			{ code: 'npm test' },
			{ text: ', then ' },
			{ code: 'x.yaml' },
			{ text: '.' }
		]);
	});

	it('leaves a slot it was not given as text, never as markup', () => {
		expect(fillTemplate('{a}<b>{missing}', { a: '<i>' })).toEqual([
			{ code: '<i>' },
			{ text: '<b>' },
			{ text: '{missing}' }
		]);
	});
});
