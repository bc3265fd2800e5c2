/**
 * The id a new pathway or entity is offered, from the title or label typed beside it: its words
 * (filler words aside, at most four) as a slug, made unique. The curator may type another.
 */
import { slug } from '../sources/sourceId.ts';

const FILLER = new Set(['a', 'an', 'and', 'the', 'of', 'in', 'on', 'to', 'for', 'by', 'with']);
const MAX_WORDS = 4;

export function suggestedId(text: string, taken: (id: string) => boolean = () => false): string {
	const words = slug(text)
		.split('-')
		.filter((w) => w && !FILLER.has(w));
	const id = words.slice(0, MAX_WORDS).join('-');
	if (!id || !taken(id)) return id;
	for (let n = 2; ; n++) if (!taken(`${id}-${n}`)) return `${id}-${n}`;
}
