import { defineRule, type DataPath, type Diagnostic, type Locator } from './rule.ts';

/**
 * What was defined twice: a compartment, node or edge (`element`), an edge whose id is made of
 * its ends and relation (`derived-edge`), a catalogue record, or a hypothesis.
 */
export type Duplicated = 'element' | 'derived-edge' | 'record' | 'hypothesis';

function hint(what: Duplicated, line: number): string {
	switch (what) {
		case 'element':
			return `already used at line ${line}; every compartment, node and edge needs its own id`;
		case 'derived-edge':
			return `an edge with the same ends and relation is at line ${line}; give one of them an "id"`;
		case 'record':
			return `already defined at line ${line}; ids must be unique`;
		case 'hypothesis':
			return `already used at line ${line}; every hypothesis needs its own id`;
	}
}

export const duplicateId = defineRule({
	id: 'duplicate-id',
	severity: 'error',
	description: 'an id defined twice in one catalogue or pathway',
	/** `firstAt`: where the id was first defined. */
	check: (
		file: Locator,
		at: DataPath,
		id: string,
		what: Duplicated,
		firstAt: DataPath
	): Diagnostic => {
		const message = `duplicate ${what === 'hypothesis' ? 'hypothesis ' : ''}id "${id}"`;
		return file.diagnostic(duplicateId, at, message, hint(what, file.locate(firstAt).line));
	}
});
