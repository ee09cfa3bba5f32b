// Asks the running API for its schema the way graphql-js-based tools do, with every option of the current spec
// (schema description, isRepeatable, specifiedByURL, input value deprecation, oneOf), rebuilds the schema from the
// answer, and checks that it is the checked-in SDL and that every custom scalar says where its format is specified.
// Prints what it found; exits 1 on the first failure. Usage: node check-introspection.mjs <GraphQL endpoint URL> <schema.graphql>
import { readFileSync } from 'node:fs';
import {
  buildClientSchema, buildSchema, getIntrospectionQuery, isScalarType, isSpecifiedScalarType, lexicographicSortSchema, printSchema,
} from 'graphql';

const [url, schemaPath] = process.argv.slice(2);
if (!url || !schemaPath) {
  console.error('usage: node check-introspection.mjs <GraphQL endpoint URL> <schema.graphql>');
  process.exit(2);
}

const query = getIntrospectionQuery({
  specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true,
});
const response = await fetch(url, {
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  body: JSON.stringify({ query }),
});
const result = await response.json();
if (result.errors?.length || !result.data) {
  console.error(`introspection refused: HTTP ${response.status} ${JSON.stringify(result.errors)}`);
  process.exit(1);
}

const introspected = buildClientSchema(result.data);
console.log(`schema description: ${introspected.description}`);
const customScalars = Object.values(introspected.getTypeMap()).filter(type => isScalarType(type) && !isSpecifiedScalarType(type));
for (const scalar of customScalars) {
  console.log(`scalar ${scalar.name} @specifiedBy(url: ${JSON.stringify(scalar.specifiedByURL)})`);
}
console.log(`directives: ${introspected.getDirectives().map(directive => `@${directive.name}${directive.isRepeatable ? ' repeatable' : ''}`).join(', ')}`);

const failures = [];
if (!introspected.description) {
  failures.push('the schema has no description');
}
if (customScalars.length === 0) {
  failures.push('no custom scalar was introspected');
}
for (const scalar of customScalars.filter(scalar => !URL.canParse(scalar.specifiedByURL ?? ''))) {
  failures.push(`custom scalar ${scalar.name} has no specifiedByURL`);
}
const printed = printSchema(lexicographicSortSchema(introspected));
const checkedIn = printSchema(lexicographicSortSchema(buildSchema(readFileSync(schemaPath, 'utf8'))));
if (printed !== checkedIn) {
  failures.push('the introspected schema differs from the checked-in SDL');
}

for (const failure of failures) {
  console.error(failure);
}
if (failures.length > 0) {
  process.exit(1);
}
console.log('introspection matches the checked-in SDL');
