/**
 * Small edits of a YAML text that leave everything else byte-identical.
 *
 * Re-serialising a whole document would reflow flow lists, padding and long strings, so each
 * edit is spliced into the text at the place the `yaml` Document API locates (node ranges), and
 * then checked: the spliced text must parse to what the same edit made through the Document API
 * gives (`setIn`, `addIn`, `deleteIn`). An edit that cannot be made this way is refused.
 */
import {
	Document,
	isMap,
	isScalar,
	isSeq,
	parseDocument,
	visit,
	type Node,
	type YAMLMap,
	type YAMLSeq
} from 'yaml';

export type YamlPath = (string | number)[];

export class YamlEditError extends Error {}

const TO_STRING = { lineWidth: 0, blockQuote: false, flowCollectionPadding: false } as const;

function parse(text: string): Document.Parsed {
	const doc = parseDocument(text);
	if (doc.errors.length) throw new YamlEditError(`not valid YAML: ${doc.errors[0]?.message}`);
	return doc;
}

function nodeAt(doc: Document.Parsed, path: YamlPath): Node {
	const node = path.length ? doc.getIn(path, true) : doc.contents;
	if (!node || typeof node !== 'object') throw new YamlEditError(`nothing at ${path.join('.')}`);
	return node as Node;
}

function range(node: Node): [number, number, number] {
	if (!node.range) throw new YamlEditError('a node without a place in the text');
	return node.range;
}

const lineStart = (text: string, at: number): number => text.lastIndexOf('\n', at - 1) + 1;

/** The end of the line holding `at` (after its newline), when only blanks or a comment follow. */
function lineEnd(text: string, at: number): number {
	if (at > 0 && text[at - 1] === '\n') return at;
	const nl = text.indexOf('\n', at);
	const rest = text.slice(at, nl === -1 ? text.length : nl);
	if (!/^\s*(#.*)?$/.test(rest)) return at;
	return nl === -1 ? text.length : nl + 1;
}

const column = (text: string, at: number): number => at - lineStart(text, at);

/** A scalar as it is written in the file: plain where YAML allows, else quoted, on one line. */
export function scalarText(value: string | number | boolean, inFlow = false): string {
	const text = new Document(value).toString(TO_STRING).replace(/\n$/, '');
	if (inFlow && typeof value === 'string' && /[,[\]{}]/.test(text) && !/^["']/.test(text))
		return JSON.stringify(value);
	return text;
}

/** A value written as block YAML, with lists of plain values kept on one line as `[a, b]`. */
export function newYamlText(value: unknown): string {
	const doc = new Document(value);
	visit(doc, {
		Seq(_, seq) {
			if (seq.items.every((i) => isScalar(i))) seq.flow = true;
		}
	});
	return doc.toString(TO_STRING).replace(/\n$/, '');
}

function indentLines(text: string, first: string, rest: string): string {
	return text
		.split('\n')
		.map((l, i) => (l === '' ? '' : (i === 0 ? first : rest) + l))
		.join('\n');
}

function splice(text: string, from: number, to: number, insert: string): string {
	return text.slice(0, from) + insert + text.slice(to);
}

/** The same data, keys in any order (a new key is placed by the key order, not at the end). */
function sameValue(a: unknown, b: unknown): boolean {
	return JSON.stringify(sortedKeys(a)) === JSON.stringify(sortedKeys(b));
}

function sortedKeys(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(sortedKeys);
	if (!value || typeof value !== 'object') return value;
	const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	return Object.fromEntries(entries.map(([k, v]) => [k, sortedKeys(v)]));
}

/** Splices, then checks that the result means what the Document API edit means. */
function checked(text: string, spliced: string, expected: (doc: Document.Parsed) => void): string {
	const want = parse(text);
	expected(want);
	const got = parse(spliced);
	if (!sameValue(got.toJS(), want.toJS()))
		throw new YamlEditError('this edit cannot be made without rewriting the file');
	return spliced;
}

/**
 * The order a map's keys are written in (the schema's): a new key goes before the first key that
 * follows it in this order, else after the map's last pair.
 */
export type KeyOrder = readonly string[];

/** Sets a scalar leaf (an existing one, or a new key of a block map). */
export function setScalar(
	text: string,
	path: YamlPath,
	value: string | number,
	order: KeyOrder = []
): string {
	const doc = parse(text);
	const existing = doc.getIn(path, true);
	const expect = (d: Document.Parsed) => d.setIn(path, value);
	if (isScalar(existing)) {
		const [start, end] = range(existing);
		const inFlow = isFlowParent(doc, path.slice(0, -1));
		return checked(text, splice(text, start, end, scalarText(value, inFlow)), expect);
	}
	if (existing !== undefined) throw new YamlEditError(`${path.join('.')} is not a single value`);
	const key = path[path.length - 1];
	if (typeof key !== 'string') throw new YamlEditError('a new key must be a name');
	const pair = { key, valueText: scalarText(value), order };
	return checked(text, addPair(text, doc, path.slice(0, -1), pair), expect);
}

function isFlowParent(doc: Document.Parsed, path: YamlPath): boolean {
	const parent = nodeAt(doc, path);
	return (isMap(parent) || isSeq(parent)) && Boolean(parent.flow);
}

interface NewPair {
	key: string;
	valueText: string;
	/** The value is indented lines under `key:`. */
	block?: boolean;
	order?: KeyOrder;
}

/** Inserts `key: <valueText>` (or `key:` then indented lines) where the key order puts it. */
function addPair(text: string, doc: Document.Parsed, mapPath: YamlPath, pair: NewPair): string {
	const map = nodeAt(doc, mapPath);
	if (!isMap(map) || map.flow || !map.items.length)
		throw new YamlEditError(`${mapPath.join('.') || 'the file'} is not a block map`);
	const firstKey = map.items[0]?.key as Node;
	const indent = ' '.repeat(column(text, range(firstKey)[0]));
	const lines = pair.block
		? `${indent}${pair.key}:\n${indentLines(pair.valueText, indent, indent)}`
		: `${indent}${pair.key}: ${pair.valueText}`;
	const next = followingKey(map, pair.key, pair.order ?? []);
	if (next && next !== firstKey) {
		const at = abovePrecedingComments(text, lineStart(text, range(next)[0]));
		return splice(text, at, at, `${lines}\n`);
	}
	const at = lineEnd(text, range(map)[2]);
	const before = at > 0 && text[at - 1] !== '\n' ? '\n' : '';
	return splice(text, at, at, `${before}${lines}\n`);
}

/** The first key of the map that the order puts after `key`. */
function followingKey(map: YAMLMap, key: string, order: KeyOrder): Node | undefined {
	const place = order.indexOf(key);
	if (place < 0) return undefined;
	const pair = map.items.find((p) => {
		const k = isScalar(p.key) ? order.indexOf(String(p.key.value)) : -1;
		return k > place;
	});
	return pair?.key as Node | undefined;
}

/** A comment on the lines just above a key belongs to it: a new key goes above the comment. */
function abovePrecedingComments(text: string, at: number): number {
	while (at > 0) {
		const prev = lineStart(text, at - 1);
		if (!/^\s*#/.test(text.slice(prev, at))) break;
		at = prev;
	}
	return at;
}

/** Appends an item to a list; creates the list (`key:` then the item) when it is missing. */
export function appendItem(
	text: string,
	seqPath: YamlPath,
	value: unknown,
	order: KeyOrder = []
): string {
	const doc = parse(text);
	const seq = doc.getIn(seqPath, true);
	const expect = (d: Document.Parsed) => {
		if (d.getIn(seqPath) === undefined) d.setIn(seqPath, d.createNode([]));
		d.addIn(seqPath, value);
	};
	if (seq === undefined) {
		const key = seqPath[seqPath.length - 1];
		if (typeof key !== 'string') throw new YamlEditError('a new list must have a name');
		const valueText = indentLines(newYamlText(value), '  - ', '    ');
		const pair = { key, valueText, block: true, order };
		return checked(text, addPair(text, doc, seqPath.slice(0, -1), pair), expect);
	}
	if (!isSeq(seq)) throw new YamlEditError(`${seqPath.join('.')} is not a list`);
	return checked(text, appendToSeq(text, seq, value, seqPath), expect);
}

function appendToSeq(text: string, seq: YAMLSeq, value: unknown, seqPath: YamlPath): string {
	const last = seq.items[seq.items.length - 1] as Node | undefined;
	if (seq.flow && last && !isScalar(last))
		throw new YamlEditError(`${seqPath.join('.')} is a one-line list of maps`);
	if (seq.flow && last) {
		const at = range(last)[1];
		return splice(text, at, at, `, ${scalarText(value as string, true)}`);
	}
	if (seq.flow) return replaceEmptyFlow(text, seq, value);
	if (!last) throw new YamlEditError(`${seqPath.join('.')} is an empty list`);
	const dash = dashOf(text, last);
	const indent = ' '.repeat(column(text, dash));
	const at = lineEnd(text, range(last)[2]);
	const before = text[at - 1] === '\n' ? '' : '\n';
	return splice(
		text,
		at,
		at,
		`${before}${indentLines(newYamlText(value), `${indent}- `, `${indent}  `)}\n`
	);
}

/**
 * Inserts an item into a block list right after the item at `index`, in that item's indentation
 * (a comment above the next item stays with it).
 */
export function insertItemAfter(
	text: string,
	seqPath: YamlPath,
	index: number,
	value: unknown
): string {
	const doc = parse(text);
	const seq = nodeAt(doc, seqPath);
	if (!isSeq(seq) || seq.flow) throw new YamlEditError(`${seqPath.join('.')} is not a block list`);
	const item = seq.items[index] as Node | undefined;
	if (!item) throw noItem(seq, index);
	const indent = ' '.repeat(column(text, dashOf(text, item)));
	const at = itemLines(text, seq, index)[1];
	const before = at > 0 && text[at - 1] !== '\n' ? '\n' : '';
	const lines = indentLines(newYamlText(value), `${indent}- `, `${indent}  `);
	return checked(text, splice(text, at, at, `${before}${lines}\n`), (d) => {
		const list = d.getIn(seqPath, true) as YAMLSeq;
		list.items.splice(index + 1, 0, d.createNode(value));
	});
}

/** `evidence: []` becomes a block list holding the item. */
function replaceEmptyFlow(text: string, seq: YAMLSeq, value: unknown): string {
	const [start, end] = range(seq);
	if (isScalar(value) || typeof value !== 'object') {
		return splice(text, start, end, `[${scalarText(value as string, true)}]`);
	}
	const keyIndent = column(text, lineStart(text, start) + indentOf(text, start));
	const pad = ' '.repeat(keyIndent + 2);
	let from = start;
	while (from > 0 && text[from - 1] === ' ') from--;
	return splice(text, from, end, `\n${indentLines(newYamlText(value), `${pad}- `, `${pad}  `)}`);
}

function indentOf(text: string, at: number): number {
	const line = text.slice(lineStart(text, at));
	return line.length - line.trimStart().length;
}

/** Where the `- ` of a block list item is. */
function dashOf(text: string, item: Node): number {
	let at = range(item)[0] - 1;
	while (at >= 0 && text[at] === ' ') at--;
	if (text[at] !== '-') throw new YamlEditError('a list item without its dash');
	return at;
}

/** The lines of a block list item: from the start of its dash's line to the end of its last line. */
function itemLines(text: string, seq: YAMLSeq, index: number): [number, number] {
	const item = seq.items[index] as Node | undefined;
	if (!item) throw noItem(seq, index);
	return [lineStart(text, dashOf(text, item)), lineEnd(text, range(item)[2])];
}

/** The index is the one asked for (counted from 0), so the message names it as it was sent. */
function noItem(seq: YAMLSeq, index: number): YamlEditError {
	const n = seq.items.length;
	return new YamlEditError(
		`there is no item at index ${index}: the list has ${n} item${n === 1 ? '' : 's'}, counted from 0`
	);
}

/** Removes one item of a list; a block list left empty is written `key: []`. */
export function removeItem(text: string, seqPath: YamlPath, index: number): string {
	const doc = parse(text);
	const seq = nodeAt(doc, seqPath);
	if (!isSeq(seq)) throw new YamlEditError(`${seqPath.join('.')} is not a list`);
	const expect = (d: Document.Parsed) => d.deleteIn([...seqPath, index]);
	if (seq.flow) return checked(text, removeFlowItem(text, seq, index), expect);
	const [from, to] = itemLines(text, seq, index);
	const removed = splice(text, from, to, '');
	if (seq.items.length > 1) return checked(text, removed, expect);
	const colon = colonOfKey(text, doc, seqPath);
	return checked(text, splice(removed, colon + 1, colon + 1, ' []'), expect);
}

/** Where the `:` after the key holding a list is (before the list's first line). */
function colonOfKey(text: string, doc: Document.Parsed, seqPath: YamlPath): number {
	const key = seqPath[seqPath.length - 1];
	const map = nodeAt(doc, seqPath.slice(0, -1));
	const pair = isMap(map) ? map.items.find((p) => isScalar(p.key) && p.key.value === key) : null;
	if (!pair) throw new YamlEditError(`${seqPath.join('.')} is not the value of a key`);
	const colon = text.indexOf(':', range(pair.key as Node)[1]);
	if (colon < 0) throw new YamlEditError('a key without its colon');
	return colon;
}

function removeFlowItem(text: string, seq: YAMLSeq, index: number): string {
	const items = seq.items as Node[];
	const item = items[index];
	if (!item) throw noItem(seq, index);
	const prev = items[index - 1];
	const next = items[index + 1];
	if (next) return splice(text, range(item)[0], range(next)[0], '');
	if (prev) return splice(text, range(prev)[1], range(item)[1], '');
	return splice(text, range(item)[0], range(item)[1], '');
}

/** Moves a block list item, with its lines as they are, to another place in the list. */
export function moveItem(text: string, seqPath: YamlPath, from: number, to: number): string {
	const doc = parse(text);
	const seq = nodeAt(doc, seqPath);
	if (!isSeq(seq) || seq.flow) throw new YamlEditError(`${seqPath.join('.')} is not a block list`);
	if (to < 0 || to >= seq.items.length) throw new YamlEditError(`there is no place at index ${to}`);
	const expect = (d: Document.Parsed) => {
		const list = d.getIn(seqPath, true) as YAMLSeq;
		const [moved] = list.items.splice(from, 1);
		list.items.splice(to, 0, moved);
	};
	if (from === to) return text;
	const [start, end] = itemLines(text, seq, from);
	let lines = text.slice(start, end);
	if (!lines.endsWith('\n')) lines += '\n';
	const removed = splice(text, start, end, '');
	const after = parse(removed).getIn(seqPath, true) as YAMLSeq;
	const at =
		to < after.items.length
			? itemLines(removed, after, to)[0]
			: itemLines(removed, after, after.items.length - 1)[1];
	const before = at > 0 && removed[at - 1] !== '\n' ? '\n' : '';
	return checked(text, splice(removed, at, at, before + lines), expect);
}

/** Removes a key (and its value's lines) from a block map. */
export function deleteKey(text: string, mapPath: YamlPath, key: string): string {
	const doc = parse(text);
	const map = nodeAt(doc, mapPath) as YAMLMap;
	if (!isMap(map) || map.flow) throw new YamlEditError(`${mapPath.join('.')} is not a block map`);
	const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
	if (!pair) return text;
	const start = lineStart(text, range(pair.key as Node)[0]);
	const valueEnd = pair.value ? range(pair.value as Node)[2] : range(pair.key as Node)[2];
	const keyStart = range(pair.key as Node)[0];
	const from = start + indentOf(text, start) === keyStart ? start : keyStart;
	return checked(text, splice(text, from, lineEnd(text, valueEnd), ''), (d) =>
		d.deleteIn([...mapPath, key])
	);
}

/**
 * Sets a key of a block map to a map of plain values, written as `key:` then its indented pairs
 * where the key order puts it (what the key held before is replaced).
 */
export function setMap(
	text: string,
	path: YamlPath,
	value: Record<string, string>,
	order: KeyOrder = []
): string {
	const key = path[path.length - 1];
	if (typeof key !== 'string') throw new YamlEditError('a map must have a name');
	const mapPath = path.slice(0, -1);
	const base = parse(text).getIn(path, true) === undefined ? text : deleteKey(text, mapPath, key);
	const valueText = indentLines(newYamlText(value), '  ', '  ');
	const pair = { key, valueText, block: true, order };
	return checked(text, addPair(base, parse(base), mapPath, pair), (d) =>
		d.setIn(path, d.createNode(value))
	);
}

/** The value at a path, as plain data. */
export function valueAt(text: string, path: YamlPath): unknown {
	const node = parse(text).getIn(path, true);
	return node && typeof node === 'object' && 'toJSON' in node
		? (node as { toJSON(): unknown }).toJSON()
		: node;
}

/** Sets a list of plain values, written on one line as `[a, b]`; an empty list removes the key. */
export function setFlowList(
	text: string,
	path: YamlPath,
	values: string[],
	order: KeyOrder = []
): string {
	const key = path[path.length - 1];
	if (typeof key !== 'string') throw new YamlEditError('a list must have a name');
	if (!values.length) return deleteKey(text, path.slice(0, -1), key);
	const doc = parse(text);
	const existing = doc.getIn(path, true);
	const flow = `[${values.map((v) => scalarText(v, true)).join(', ')}]`;
	const expect = (d: Document.Parsed) => d.setIn(path, d.createNode(values));
	if (existing === undefined) {
		const pair = { key, valueText: flow, order };
		return checked(text, addPair(text, doc, path.slice(0, -1), pair), expect);
	}
	if (!isSeq(existing) || !existing.flow)
		throw new YamlEditError(`${path.join('.')} is not a one-line list`);
	const [start, end] = range(existing);
	return checked(text, splice(text, start, end, flow), expect);
}
