import { atFileStart, defineRule, type Diagnostic } from './rule.ts';

export const fileTooLarge = defineRule({
	id: 'file-too-large',
	severity: 'error',
	description: 'a file longer than a curated file may be (8 million characters)',
	check: (path: string, length: number, limit: number): Diagnostic => {
		const size = `${(length / 1_000_000).toFixed(1)} million characters`;
		return atFileStart(
			fileTooLarge,
			path,
			`the file is ${size}, more than the ${limit / 1_000_000} million a curated file may have`,
			'split the pathway into smaller ones (the largest curated file is a few tens of thousands)'
		);
	}
});
