/** The wording shared by the rules on a reference to an id that is not defined. */
import { nearest } from '../text/similarity.ts';
import type { DataPath, Diagnostic, Locator, RuleHead } from './rule.ts';

/** `unknown <kind> "<id>"`, with the nearest known id as the hint, else `otherwise`. */
export function unknownName(
	rule: RuleHead,
	file: Locator,
	at: DataPath,
	kind: string,
	id: string,
	known: Iterable<string>,
	otherwise: string
): Diagnostic {
	const guess = nearest(id, known);
	const hint = guess ? `did you mean "${guess}"?` : otherwise;
	return file.diagnostic(rule, at, `unknown ${kind} "${id}"`, hint);
}
