/**
 * Parses YAML and keeps the source position of every value, so that a
 * problem found later can be reported at its line and column.
 */
import {
	isMap,
	isPair,
	isScalar,
	isSeq,
	LineCounter,
	parseDocument,
	visit,
	type Document,
	type Node
} from 'yaml';
import { controlCharacter } from '../rules/control-character.ts';
import { fileTooLarge } from '../rules/file-too-large.ts';
import {
	diagnostic as located,
	type DataPath,
	type Diagnostic,
	type Locator,
	type Place,
	type Position
} from '../rules/rule.ts';
import { tooDeeplyNested } from '../rules/too-deeply-nested.ts';
import { yamlAlias } from '../rules/yaml-alias.ts';
import { yamlSyntax } from '../rules/yaml-syntax.ts';
import { MAX_FLOW_DEPTH, tooDeepAt } from './nesting.ts';

export type { DataPath, Position };

export interface LocatedFile extends Locator {
	data: unknown;
}

interface Found {
	node: Node | null;
	key: Node | null;
}

function step(node: unknown, segment: string | number): Found | null {
	if (isMap(node)) {
		const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === segment);
		if (!pair) return null;
		return { node: (pair.value as Node | null) ?? null, key: pair.key as Node };
	}
	if (isSeq(node) && typeof segment === 'number') {
		const item = node.items[segment] as Node | undefined;
		return item ? { node: item, key: null } : null;
	}
	return null;
}

function positionIn(text: string, offset: number): Position {
	const before = text.slice(0, offset).split('\n');
	return { line: before.length, column: (before.at(-1) as string).length + 1 };
}

/** A file that cannot be parsed at all: its located errors and no data. */
function unparsable(
	path: string,
	text: string,
	offset: number,
	problem: Diagnostic[] | ((where: Place) => Diagnostic)
) {
	const where = { path, ...positionIn(text, offset) };
	const errors = typeof problem === 'function' ? [problem(where)] : problem;
	const file: LocatedFile = {
		path,
		data: undefined,
		locate: () => positionIn(text, offset),
		diagnostic: (rule, _at, m, h) => located(rule, where, m, h)
	};
	return { file, errors };
}

/** The most characters a curated file may have: parsing is bounded in time and memory. */
export const MAX_FILE_CHARACTERS = 8_000_000;
/** A file longer than this is first read in its first part only, in case that part is broken. */
const FIRST_PART = 200_000;
/** So many syntax errors in the first part: the file is reported from it, the rest not parsed. */
const MANY_ERRORS = 20;

/** The syntax errors of a parsed text, one per cause, located. */
function syntaxDiagnostics(
	path: string,
	doc: Document,
	toPosition: (offset: number) => Position,
	further = ''
): Diagnostic[] {
	return syntaxErrors(doc).map((e) => {
		const where = { path, ...toPosition(e.pos[0]) };
		if (isStackOverflow(e.message)) return tooDeeplyNested.check(where);
		return yamlSyntax.check(where, e, further);
	});
}

/**
 * A long file full of one mistake (the same broken line thousands of times) is reported from its
 * first part, fast and in little memory, rather than parsed whole: the parser's time and memory
 * grow with every error it keeps, and it may run out of stack and blame the nesting.
 */
function brokenEarly(path: string, text: string) {
	if (text.length <= FIRST_PART) return undefined;
	const cut = text.lastIndexOf('\n', FIRST_PART) + 1;
	if (cut <= 0) return undefined;
	const head = text.slice(0, cut);
	const lineCounter = new LineCounter();
	const doc = parseOrNull(head, lineCounter);
	if (!doc) return undefined;
	// Errors near the cut may be the cut's (a quote or a list left open): only those well before.
	const before = cut * 0.9;
	doc.errors = doc.errors.filter((e) => e.pos[0] < before && !isStackOverflow(e.message));
	if (doc.errors.length < MANY_ERRORS) return undefined;
	const lines = head.split('\n').length - 1;
	const toPosition = (offset: number): Position => {
		const { line, col } = lineCounter.linePos(offset);
		return { line, column: col };
	};
	const further = ` in the first ${lines.toLocaleString('en')} lines; the rest is read once these are fixed`;
	const [first, ...more] = syntaxDiagnostics(path, doc, toPosition, further).slice(0, 5);
	return unparsable(path, text, 0, [first!, ...more]);
}

const isStackOverflow = (message: string) => /Maximum call stack size exceeded/i.test(message);

function parseOrNull(text: string, lineCounter: LineCounter): Document | undefined {
	try {
		return parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	} catch (e) {
		if (e instanceof RangeError) return undefined;
		throw e;
	}
}

/**
 * Characters YAML does not allow in a file (C0 and C1 controls but tab and line breaks, DEL, and
 * U+FFFE, U+FFFF); nor does the XML of an SVG or a PowerPoint slide. Pasted from a PDF, they are
 * invisible in an editor.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;

/** Every line with a control character, at its first one (the first few, and how many more). */
function controlCharacters(path: string, text: string): Diagnostic[] {
	const found: Diagnostic[] = [];
	let more = 0;
	let line = 1;
	let lineStart = 0;
	let scanned = 0;
	let lastLine = 0;
	for (const m of text.matchAll(CONTROL)) {
		for (
			let i = text.indexOf('\n', scanned);
			i !== -1 && i < m.index;
			i = text.indexOf('\n', i + 1)
		) {
			line++;
			lineStart = i + 1;
		}
		scanned = m.index;
		if (line === lastLine) continue;
		lastLine = line;
		if (found.length >= 5) {
			more++;
			continue;
		}
		const column = m.index - lineStart + 1;
		found.push(controlCharacter.check({ path, line, column }, m[0]));
	}
	if (more) {
		const last = found[found.length - 1]!;
		found[found.length - 1] = {
			...last,
			message: `${last.message} (and ${more} more line(s) like it)`
		};
	}
	return found;
}

export function parseLocated(
	path: string,
	text: string
): { file: LocatedFile; errors: Diagnostic[] } {
	const controls = controlCharacters(path, text);
	if (controls.length) {
		const start = { path, line: 1, column: 1 };
		const file: LocatedFile = {
			path,
			data: undefined,
			locate: () => ({ line: 1, column: 1 }),
			diagnostic: (rule, _at, m, h) => located(rule, start, m, h)
		};
		return { file, errors: controls };
	}
	if (text.length > MAX_FILE_CHARACTERS) {
		const error = fileTooLarge.check(path, text.length, MAX_FILE_CHARACTERS);
		return unparsable(path, text, 0, [error]);
	}
	const deep = tooDeepAt(text);
	if (deep >= 0) {
		return unparsable(path, text, deep, (where) => tooDeeplyNested.check(where, MAX_FLOW_DEPTH));
	}
	const early = brokenEarly(path, text);
	if (early) return early;
	const lineCounter = new LineCounter();
	const doc = parseOrNull(text, lineCounter);
	if (!doc) return unparsable(path, text, 0, (where) => tooDeeplyNested.check(where));
	const toPosition = (offset: number): Position => {
		const { line, col } = lineCounter.linePos(offset);
		return { line, column: col };
	};
	const origin = (node: Node | null | undefined): number | undefined => node?.range?.[0];

	const locate = (at: DataPath, part: 'key' | 'value' = 'value'): Position => {
		let node: unknown = doc.contents;
		let offset = origin(doc.contents as Node) ?? 0;
		for (const segment of at) {
			const found = step(node, segment);
			if (!found) break;
			const keyOffset = origin(found.key);
			const valueOffset = origin(found.node);
			offset =
				(part === 'key' && segment === at[at.length - 1]
					? keyOffset
					: (valueOffset ?? keyOffset)) ?? offset;
			node = found.node;
		}
		return toPosition(offset);
	};

	const diagnostic: LocatedFile['diagnostic'] = (rule, at, message, hint, part) =>
		located(rule, { path, ...locate(at, part) }, message, hint);

	const errors: Diagnostic[] = syntaxDiagnostics(path, doc, toPosition);
	const data = errors.length ? undefined : toData(doc, path, toPosition, errors);
	// A control character written as an escape ("\u0001" in double quotes) is one all the same.
	const escaped = escapedControl(data);
	if (escaped) {
		const [at, c] = escaped;
		errors.push(controlCharacter.check({ path, ...locate(at) }, c, true));
		return { file: { path, data: undefined, locate, diagnostic }, errors };
	}
	return { file: { path, data, locate, diagnostic }, errors };
}

/** The path of the first text value holding a control character, and the character. */
function escapedControl(
	data: unknown,
	at: (string | number)[] = []
): [DataPath, string] | undefined {
	if (typeof data === 'string') {
		const m = data.match(new RegExp(CONTROL.source));
		return m ? [at, m[0]] : undefined;
	}
	if (Array.isArray(data)) {
		for (let i = 0; i < data.length; i++) {
			const found = escapedControl(data[i], [...at, i]);
			if (found) return found;
		}
		return undefined;
	}
	if (data && typeof data === 'object') {
		for (const [k, v] of Object.entries(data)) {
			const found = escapedControl(v, [...at, k]);
			if (found) return found;
		}
	}
	return undefined;
}

/**
 * One error per cause: the first of each kind of syntax error, with how often it repeats; and
 * when the parser ran out of stack, that alone (everything after it is its echo).
 */
function syntaxErrors(doc: Document) {
	const overflow = doc.errors.find((e) => isStackOverflow(e.message));
	if (overflow) return [{ ...overflow, message: overflow.message, repeats: 0 }];
	const firsts = new Map<
		string,
		{ pos: [number, number]; code: string; message: string; repeats: number }
	>();
	for (const e of doc.errors) {
		const key = `${e.code}\u0000${e.message.split('\n')[0]}`;
		const seen = firsts.get(key);
		if (seen) seen.repeats++;
		else firsts.set(key, { pos: e.pos, code: e.code, message: e.message, repeats: 0 });
	}
	return [...firsts.values()];
}

/** The document as plain data; an alias that cannot be resolved becomes a located error. */
function toData(
	doc: Document,
	path: string,
	toPosition: (offset: number) => Position,
	errors: Diagnostic[]
): unknown {
	try {
		return doc.toJS({ maxAliasCount: 100 });
	} catch (e) {
		if (e instanceof RangeError && isStackOverflow(e.message)) {
			errors.push(tooDeeplyNested.check({ path, line: 1, column: 1 }));
			return undefined;
		}
		let offset: number | undefined;
		visit(doc, {
			Alias(_, node) {
				offset ??= node.range?.[0];
				if (node.resolve(doc) !== undefined) return undefined;
				offset = node.range?.[0];
				return visit.BREAK;
			}
		});
		const reason = e instanceof Error ? e.message : String(e);
		errors.push(yamlAlias.check({ path, ...toPosition(offset ?? 0) }, reason));
		return undefined;
	}
}
