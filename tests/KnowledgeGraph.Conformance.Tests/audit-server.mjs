// Runs graphql-http's GraphQL-over-HTTP audits against a running server and prints one line per audit:
// "<status> <id> <name>" (status ok, notice (MAY), warn (SHOULD) or error (MUST)), then the reason of each failure.
// Exits 1 when any audit fails, MAYs included. Usage: node audit-server.mjs <GraphQL endpoint URL>
import { serverAudits } from 'graphql-http';

const [url] = process.argv.slice(2);
if (!url) {
  console.error('usage: node audit-server.mjs <GraphQL endpoint URL>');
  process.exit(2);
}

const results = [];
for (const audit of serverAudits({ url })) {
  results.push(await audit.fn());
}

for (const result of results) {
  console.log(`${result.status} ${result.id} ${result.name}`);
}

const failures = results.filter(result => result.status !== 'ok');
for (const failure of failures) {
  const body = await failure.response.text().catch(() => '(body already read)');
  console.log(`\n${failure.status} ${failure.id} ${failure.name}\n  ${failure.reason}\n  HTTP ${failure.response.status} ${failure.response.headers.get('content-type')} ${body.slice(0, 300)}`);
}

console.log(`\n${results.length - failures.length} passed, ${failures.length} failed`);
process.exit(failures.length === 0 ? 0 : 1);
