// Proves that frontend teams can consume the checked-in SDL: graphql-js builds and validates it (every custom scalar
// must be declared), GraphQL Code Generator's typescript plugin turns it into types, and tsc type-checks them.
// Prints what it did; exits 1 on the first failure. Usage: node check-schema.mjs <schema.graphql>
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { assertValidSchema, buildSchema } from 'graphql';

const [schemaPath] = process.argv.slice(2);
if (!schemaPath) {
  console.error('usage: node check-schema.mjs <schema.graphql>');
  process.exit(2);
}

const schema = buildSchema(readFileSync(schemaPath, 'utf8'));
assertValidSchema(schema);
const ourTypes = Object.keys(schema.getTypeMap()).filter(name => !name.startsWith('__'));
console.log(`graphql-js built the schema: ${ourTypes.length} types, query type ${schema.getQueryType()?.name}`);

const work = mkdtempSync(join(tmpdir(), 'knowledgegraph-schema-'));
try {
  const typesFile = join(work, 'schema.ts');
  await generate({ schema: schemaPath, generates: { [typesFile]: { plugins: ['typescript'] } }, silent: true }, true);
  const types = readFileSync(typesFile, 'utf8');
  const exported = types.match(/^export (type|enum) /gm)?.length ?? 0;
  console.log(`graphql-codegen wrote ${exported} TypeScript types`);

  // A consumer's use of the generated types, so tsc checks more than declarations nobody reads.
  writeFileSync(join(work, 'consumer.ts'), "import type { Query } from './schema';\nexport type QueryFields = keyof Query;\n");
  execFileSync(
    process.execPath,
    [join(import.meta.dirname, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '--strict', '--skipLibCheck', '--target', 'es2022', '--module', 'es2022', '--moduleResolution', 'bundler', typesFile, join(work, 'consumer.ts')],
    { stdio: 'inherit' });
  console.log('tsc --noEmit --strict: no errors');
} finally {
  rmSync(work, { recursive: true, force: true });
}
