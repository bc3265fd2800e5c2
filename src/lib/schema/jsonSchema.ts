/** JSON Schema for editors, generated from the same zod schema the validator uses. */
import { z } from 'zod';
import {
	entitiesFileSchema,
	pathwayFileSchema,
	referencesFileSchema,
	sourceFileSchema
} from './files.ts';

export const SCHEMA_FILES = {
	'pathway.schema.json': {
		schema: pathwayFileSchema,
		title: 'Mechanism Atlas pathway',
		applies: 'pathways/*.yaml'
	},
	'entities.schema.json': {
		schema: entitiesFileSchema,
		title: 'Mechanism Atlas entity catalogue',
		applies: 'pathways/entities.yaml'
	},
	'references.schema.json': {
		schema: referencesFileSchema,
		title: 'Mechanism Atlas reference records',
		applies: 'pathways/references.yaml'
	},
	'source.schema.json': {
		schema: sourceFileSchema,
		title: 'Mechanism Atlas source',
		applies: 'pathways/sources/*.yaml'
	}
} as const;

export function jsonSchemaText(name: keyof typeof SCHEMA_FILES): string {
	const { schema, title } = SCHEMA_FILES[name];
	const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-07' });
	return JSON.stringify({ ...json, title }, null, '\t') + '\n';
}
