/** The wording shared by the rules on a reader-visible text without its Chinese. */
import type { DataPath, Diagnostic, Locator, RuleHead } from './rule.ts';

/** An English text without its Chinese: where it is, its field and the field for the Chinese. */
export interface Untranslated {
	at: DataPath;
	pair: readonly [english: string, chinese: string];
}

/** One diagnostic per text, located at the English; `because` opens the hint. */
export function untranslated(
	rule: RuleHead,
	file: Locator,
	missing: Untranslated[],
	because = ''
): Diagnostic[] {
	const count = missing.length === 1 ? '1 text' : `${missing.length} texts`;
	return missing.map(({ at, pair: [en, zh] }) =>
		file.diagnostic(
			rule,
			at,
			`"${en}" has no Chinese translation`,
			`${because}add "${zh}:" beside it, with the same meaning (${count} in this file without Chinese)`
		)
	);
}
