// Lints Cypher statements with Neo4j's own parser and semantic analysis (@neo4j-cypher/language-support), as the
// Neo4j store's statements must be: parameterised, and accepted by Neo4j 5.26 (Cypher 5) and by 2025.x and later
// (Cypher 25 by default), so each statement is linted in every Cypher version the parser knows.
//
// Input: the output of `neo4j statements`, one JSON object a line: {"name", "statement", "parameters": [names]},
// from the file named as the first argument, or from stdin. Each parameter is declared, so that a parameter the text
// uses but does not declare is an error too.
// Output: one line per error-severity diagnostic, `NAME (CYPHER n): message at offset N: …text…`, then a summary.
// Exit code: 0 when no statement has an error, 1 when one has, 2 when the input holds no statement or a malformed line.
import { readFileSync } from 'node:fs';
import { allCypherVersions, lintCypherQuery } from '@neo4j-cypher/language-support';

// The Language Server Protocol's DiagnosticSeverity.Error, which the package uses but does not export.
const errorSeverity = 1;

function readStatements(text) {
  const statements = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') {
      return;
    }

    let statement;
    try {
      statement = JSON.parse(line);
    } catch (error) {
      throw new Error(`line ${index + 1} is not JSON (${error.message}): ${line}`);
    }

    if (typeof statement.name !== 'string' || typeof statement.statement !== 'string' || !Array.isArray(statement.parameters)) {
      throw new Error(`line ${index + 1} is not {"name", "statement", "parameters": [names]}: ${line}`);
    }

    statements.push(statement);
  });
  return statements;
}

function errorsOf({ name, statement, parameters }) {
  const declared = Object.fromEntries(parameters.map((parameter) => [parameter, null]));
  return allCypherVersions.flatMap((version) =>
    lintCypherQuery(statement, { parameters: declared, defaultLanguage: version })
      .diagnostics.filter((diagnostic) => diagnostic.severity === errorSeverity)
      .map((diagnostic) => {
        const { start, end } = diagnostic.offsets;
        const near = statement.slice(Math.max(0, start - 20), Math.max(end, start + 1) + 20);
        return `${name} (${version}): ${diagnostic.message} at offset ${start}: …${near}…`;
      }));
}

let statements;
try {
  statements = readStatements(readFileSync(process.argv[2] ?? 0, 'utf8'));
} catch (error) {
  console.error(`cypher-lint: ${error.message}`);
  process.exit(2);
}

if (statements.length === 0) {
  console.error('cypher-lint: no statement to lint; the input was empty.');
  process.exit(2);
}

const errors = statements.flatMap(errorsOf);
errors.forEach((error) => console.log(error));
console.log(`cypher-lint: ${statements.length} statement(s) linted as ${allCypherVersions.join(' and ')}: ${errors.length} error(s).`);
process.exit(errors.length === 0 ? 0 : 1);
