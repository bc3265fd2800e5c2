/** npm run schema: writes schema/*.schema.json from the validator's zod schema. */
import { mkdirSync } from 'node:fs';
import { jsonSchemaText, SCHEMA_FILES } from '../src/lib/schema/jsonSchema.ts';
import { writeFileSafely } from '../src/lib/server/writeFile.js';

mkdirSync('schema', { recursive: true });
for (const name of Object.keys(SCHEMA_FILES) as (keyof typeof SCHEMA_FILES)[]) {
	writeFileSafely(`schema/${name}`, jsonSchemaText(name));
	console.log(`wrote schema/${name}`);
}
