/**
 * The shape of every request the studio's API takes, checked before anything is read or written:
 * a malformed request (a body that is not a JSON object, a missing field, a number for a text, an
 * import whose text is not text) is refused with one line naming the field, never a stack trace.
 */
import { z } from 'zod';
import { DIRECTIONS, RELATIONS } from '../../schema/vocabulary.ts';
import { REFERENCE_DETAILS, type StudioAction } from '../actions.ts';

const text = z.string();
const index = z.number().int().nonnegative();
const inPathway = { pathway: text };

/** What in a pathway file a field edit names (fieldEdits.ts's Target). */
const target = z.discriminatedUnion('in', [
	z.object({ in: z.literal('pathway') }),
	z.object({ in: z.literal('element'), id: text }),
	z.object({ in: z.literal('step'), index }),
	z.object({ in: z.literal('compartment'), id: text }),
	z.object({ in: z.literal('hypothesis'), id: text }),
	z.object({ in: z.literal('evidence'), element: text, index })
]);

const action = z.discriminatedUnion('kind', [
	z.object({
		kind: z.literal('create-pathway'),
		id: text,
		title: text,
		titleZh: text.optional(),
		summary: text,
		summaryZh: text.optional(),
		direction: z.enum(DIRECTIONS),
		entity: text
	}),
	z.object({
		kind: z.literal('create-entity'),
		id: text,
		label: text,
		zh: text.optional(),
		entityKind: text,
		description: text,
		descriptionZh: text.optional(),
		xrefs: z.record(z.string(), text).optional()
	}),
	z.object({
		kind: z.literal('create-reference'),
		id: text,
		title: text,
		journal: text.optional(),
		year: z.number().int().optional(),
		pmid: text.optional(),
		doi: text.optional(),
		page: text,
		confirmed: z.array(z.enum(REFERENCE_DETAILS))
	}),
	z.object({
		kind: z.literal('add-node'),
		...inPathway,
		entity: text,
		compartment: text.optional()
	}),
	z.object({
		kind: z.literal('add-compartment'),
		...inPathway,
		id: text,
		label: text,
		zh: text.optional(),
		compartmentKind: text,
		parent: text.optional()
	}),
	z.object({
		kind: z.literal('add-edge'),
		...inPathway,
		source: text,
		target: text,
		relation: z.enum(RELATIONS)
	}),
	z.object({
		kind: z.literal('set-relation'),
		...inPathway,
		edge: text,
		relation: z.enum(RELATIONS)
	}),
	z.object({ kind: z.literal('reverse-edge'), ...inPathway, edge: text }),
	z.object({ kind: z.literal('delete-node'), ...inPathway, node: text }),
	z.object({ kind: z.literal('delete-edge'), ...inPathway, edge: text }),
	z.object({
		kind: z.literal('set-compartment'),
		...inPathway,
		node: text,
		compartment: text.nullable()
	}),
	z.object({
		kind: z.literal('add-quote'),
		...inPathway,
		element: text,
		source: text,
		start: index,
		end: index,
		support: z.enum(['stated', 'listed'])
	}),
	z.object({
		kind: z.literal('add-background'),
		...inPathway,
		element: text,
		reference: text,
		note: text
	}),
	z.object({ kind: z.literal('remove-evidence'), ...inPathway, element: text, index }),
	z.object({
		kind: z.literal('add-step'),
		...inPathway,
		show: z.array(text),
		narration: text,
		narrationZh: text.optional()
	}),
	z.object({ kind: z.literal('set-narration'), ...inPathway, index, narration: text }),
	z.object({ kind: z.literal('move-step'), ...inPathway, from: index, to: index }),
	z.object({ kind: z.literal('delete-step'), ...inPathway, index }),
	z.object({ kind: z.literal('add-to-step'), ...inPathway, index, element: text }),
	z.object({ kind: z.literal('remove-from-step'), ...inPathway, index, element: text }),
	z.object({
		kind: z.literal('set-field'),
		...inPathway,
		target,
		field: text,
		value: text.nullable()
	}),
	z.object({ kind: z.literal('set-ids'), ...inPathway, target, field: text, ids: z.array(text) }),
	z.object({
		kind: z.literal('add-hypothesis'),
		...inPathway,
		id: text,
		label: text,
		zh: text.optional(),
		summary: text,
		summaryZh: text.optional()
	}),
	z.object({ kind: z.literal('delete-compartment'), ...inPathway, id: text }),
	z.object({
		kind: z.literal('set-contested'),
		...inPathway,
		target,
		contested: z.object({ reference: text, note: text, noteZh: text.optional() }).nullable()
	}),
	z.object({
		kind: z.literal('set-entity-field'),
		entity: text,
		field: text,
		value: text.nullable()
	}),
	z.object({
		kind: z.literal('set-entity-list'),
		entity: text,
		field: text,
		values: z.array(text)
	}),
	z.object({
		kind: z.literal('add-uncited'),
		source: text,
		start: index,
		end: index,
		reason: text
	}),
	z.object({ kind: z.literal('set-uncited-reason'), source: text, index, reason: text }),
	z.object({ kind: z.literal('remove-uncited'), source: text, index })
]);

const open = { pathway: text.optional() };

const BODIES = {
	state: z.object(open),
	undo: z.object(open),
	redo: z.object(open),
	action: z.object({ ...open, action, hashes: z.record(z.string(), text).default({}) }),
	import: z
		.object({
			...open,
			name: text.max(1000).optional(),
			text: text.optional(),
			pmid: text.optional(),
			doi: text.optional(),
			/** Write over the source already in the atlas (the CLI's --force). */
			replace: z.boolean().optional(),
			hashes: z.record(z.string(), text).default({})
		})
		.refine((b) => [b.text, b.pmid, b.doi].filter((x) => x !== undefined).length === 1, {
			message: 'give the source as exactly one of "text", "pmid" or "doi"'
		})
};

export type Route = keyof typeof BODIES;

export type RequestBody<R extends Route> = z.infer<(typeof BODIES)[R]>;

/** Thrown for a request the studio cannot take: `message` is one line for the curator. */
export class MalformedRequest extends Error {}

export const isRoute = (route: string): route is Route => Object.hasOwn(BODIES, route);

/** The request's body, checked for its route; a MalformedRequest names the first wrong field. */
export function checkedBody<R extends Route>(route: R, body: unknown): RequestBody<R> {
	if (typeof body !== 'object' || body === null || Array.isArray(body))
		throw new MalformedRequest('the request body is not a JSON object');
	const result = BODIES[route].safeParse(body);
	if (result.success) return result.data as RequestBody<R>;
	const issue = result.error.issues[0]!;
	const field = issue.path.length ? `"${issue.path.join('.')}"` : 'the request';
	const message = issue.message.replace(/^Invalid input: /, '').split('\n')[0];
	throw new MalformedRequest(`${field}: ${message}`);
}

/** The action, typed as the studio's (the schema above is its twin). */
export const studioAction = (a: RequestBody<'action'>['action']): StudioAction => a as StudioAction;
