/** npm run schema: writes schema/*.schema.json from the validator's zod schema. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { jsonSchemaText, SCHEMA_FILES } from '../src/lib/schema/jsonSchema.ts';

mkdirSync('schema', { recursive: true });
for (const name of Object.keys(SCHEMA_FILES) as (keyof typeof SCHEMA_FILES)[]) {
	writeFileSync(`schema/${name}`, jsonSchemaText(name));
	console.log(`wrote schema/${name}`);
}
