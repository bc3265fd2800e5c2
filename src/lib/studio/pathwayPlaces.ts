/** Where the parts of a pathway file are, as the studio's edits find them. */
import { valueAt } from './yamlText.ts';

export class ActionError extends Error {}

interface RawNode {
	id?: string;
	entity?: string;
}
export interface RawEdge {
	id?: string;
	source?: string;
	target?: string;
	relation?: string;
}

export const nodeId = (n: RawNode): string | undefined => n.id ?? n.entity;
export const edgeId = (e: RawEdge): string => e.id ?? `${e.source}-${e.relation}-${e.target}`;

export function list<T>(text: string, key: string): T[] {
	const value = valueAt(text, [key]);
	return Array.isArray(value) ? (value as T[]) : [];
}

/** Where an element is in its pathway file: ["nodes", 2] or ["edges", 0]. */
export function locate(text: string, element: string): ['nodes' | 'edges', number] {
	const n = list<RawNode>(text, 'nodes').findIndex((x) => nodeId(x) === element);
	if (n >= 0) return ['nodes', n];
	const e = list<RawEdge>(text, 'edges').findIndex((x) => edgeId(x) === element);
	if (e >= 0) return ['edges', e];
	throw new ActionError(`the pathway has no element "${element}"`);
}

/** Where the evidence of a node, an edge or a hypothesis is: ["hypotheses", 0, "evidence"]. */
export function evidenceOf(text: string, holder: string): (string | number)[] {
	const h = list<{ id?: string }>(text, 'hypotheses').findIndex((x) => x.id === holder);
	const at = h >= 0 ? ['hypotheses', h] : locate(text, holder);
	return [...at, 'evidence'];
}

/** An optional text of a new item, left out when it is not given or blank. */
export const given = <K extends string>(key: K, value: string | undefined) =>
	(value?.trim() ? { [key]: value.trim() } : {}) as Partial<Record<K, string>>;
