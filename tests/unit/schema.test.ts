import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemaText, SCHEMA_FILES } from '../../src/lib/schema/jsonSchema.ts';

describe('JSON Schema for editors', () => {
	for (const name of Object.keys(SCHEMA_FILES) as (keyof typeof SCHEMA_FILES)[]) {
		it(`schema/${name} is up to date with the validator's schema (npm run schema)`, () => {
			expect(readFileSync(`schema/${name}`, 'utf8')).toBe(jsonSchemaText(name));
		});
	}

	it('lists the closed relation vocabulary and forbids unknown fields', () => {
		const schema = JSON.parse(jsonSchemaText('pathway.schema.json'));
		const edge = schema.properties.edges.items;
		expect(edge.properties.relation.enum).toContain('blocks');
		expect(edge.additionalProperties).toBe(false);
		expect(edge.required).toEqual(expect.arrayContaining(['source', 'target', 'relation']));
	});
});
