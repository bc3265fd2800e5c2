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
import type { Diagnostic } from '../diagnostics.ts';

export type DataPath = readonly (string | number)[];

export interface Position {
	line: number;
	column: number;
}

export interface LocatedFile {
	path: string;
	data: unknown;
	/** Position of the value at `at`, or of its key with `part: 'key'`; the nearest ancestor if absent. */
	locate(at: DataPath, part?: 'key' | 'value'): Position;
	diagnostic(at: DataPath, message: string, hint?: string, part?: 'key' | 'value'): Diagnostic;
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

export function parseLocated(
	path: string,
	text: string
): { file: LocatedFile; errors: Diagnostic[] } {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
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

	const diagnostic = (
		at: DataPath,
		message: string,
		hint?: string,
		part?: 'key' | 'value'
	): Diagnostic => ({
		severity: 'error',
		path,
		...locate(at, part),
		message,
		...(hint ? { hint } : {})
	});

	const errors: Diagnostic[] = doc.errors.map((e) => ({
		severity: 'error',
		path,
		...toPosition(e.pos[0]),
		message: `YAML syntax error: ${e.message.split('\n')[0]}`,
		hint: syntaxHint(e.code)
	}));
	const data = errors.length ? undefined : toData(doc, path, toPosition, errors);
	return { file: { path, data, locate, diagnostic }, errors };
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
		errors.push({
			severity: 'error',
			path,
			...toPosition(offset ?? 0),
			message: `YAML alias error: ${reason.split('\n')[0]}`,
			hint: 'a value starting with * is read as a YAML alias (and & as an anchor): put such text in quotes, e.g. "*R*-ketamine"'
		});
		return undefined;
	}
}

function syntaxHint(code: string): string {
	switch (code) {
		case 'DUPLICATE_KEY':
			return 'each key may appear once in a mapping; remove or rename the repeated one';
		case 'BAD_INDENT':
		case 'MISSING_CHAR':
			return 'check the indentation and that every "key: value" pair has its colon';
		case 'BLOCK_AS_IMPLICIT_KEY':
		case 'MULTILINE_IMPLICIT_KEY':
			return 'a value that contains ": " or starts with a special character must be quoted';
		default:
			return 'quote text that contains ":", "#", "[" or "{", and indent with spaces, not tabs';
	}
}
