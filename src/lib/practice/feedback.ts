/** The feedback of a question: the strongest evidence of its element, quoted, with its meaning. */
import type { Language } from '../i18n/languages.ts';
import { SUPPORT_WORDS } from '../i18n/vocabulary/supports.ts';
import type { Evidence } from '../model/atlas.ts';
import { captionEvidence, type CaptionRecords } from '../view/evidenceCaption.ts';
import { supportingEvidence } from '../view/supportingEvidence.ts';
import type { Feedback } from './types.ts';

export function evidenceFeedback(
	evidence: Evidence[],
	records: CaptionRecords,
	lang: Language
): Feedback {
	const chosen = supportingEvidence(evidence);
	const quoted = chosen && captionEvidence(chosen, records, lang);
	if (!quoted) return {};
	return { evidence: quoted, supportMeaning: SUPPORT_WORDS[quoted.support][lang].long };
}
