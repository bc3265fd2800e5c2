/**
 * The speaker notes of a step's slide: the narration, then the supporting sentence with the
 * quoted words in quotation marks, how the source supports it, and the citation.
 */
import { translate } from '../i18n/strings.ts';
import type { Caption } from './caption.ts';

export function stepNotes(caption: Caption): string {
	const lines = [caption.narration];
	const e = caption.evidence;
	if (e) {
		const text = e.parts.map((p) => (p.quoted ? `“${p.text}”` : p.text)).join('');
		const label = e.support === 'background' ? `${translate('en', 'curatorNote')}: ` : '';
		lines.push('', `${label}${text}`, `${translate('en', e.support)}. ${e.citation}`);
	}
	return lines.join('\n');
}
