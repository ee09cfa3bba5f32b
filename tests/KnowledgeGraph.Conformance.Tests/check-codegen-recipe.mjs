// Runs docs/codegen.md as written, so that the recipe frontend teams follow is the one that is tested: writes each
// ```ts block that starts with a "// <path>" line to that path in a scratch project, checks that the packages its
// ```sh block installs are the versions this project pins, runs the block's other commands there (code generation for
// every operation in persisted/, then tsc --strict), and checks that no generated type is `unknown` or `any`.
// Prints what it did; exits 1 on the first failure. Usage: node check-codegen-recipe.mjs <codegen.md> <repository root>
import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const [recipePath, repositoryRoot] = process.argv.slice(2);
if (!recipePath || !repositoryRoot) {
  console.error('usage: node check-codegen-recipe.mjs <codegen.md> <repository root>');
  process.exit(2);
}

function fail(message) {
  console.error(message);
  process.exit(1);
}

const blocks = [...readFileSync(recipePath, 'utf8').matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)]
  .map(([, language, body]) => ({ language, body }));
const files = blocks
  .filter(block => block.language === 'ts')
  .map(block => ({ path: block.body.match(/^\/\/ (\S+)\n/)?.[1], body: block.body }))
  .filter(file => file.path);
const shellBlocks = blocks.filter(block => block.language === 'sh');
if (!files.some(file => file.path === 'codegen.ts') || shellBlocks.length !== 1) {
  fail(`${recipePath} must hold a \`\`\`ts block starting "// codegen.ts" and exactly one \`\`\`sh block`);
}
const commands = shellBlocks[0].body.trim().split('\n');

// The recipe installs from the registry; here the same packages come from this project's lock file, so they must match.
const pinned = JSON.parse(readFileSync(join(import.meta.dirname, 'package.json'), 'utf8')).dependencies;
const installed = commands.filter(command => command.startsWith('npm install '))
  .flatMap(command => command.split(' ').filter(word => /^@?[^@\s-][^@\s]*@\d/.test(word)));
for (const spec of installed) {
  const at = spec.lastIndexOf('@');
  const [name, version] = [spec.slice(0, at), spec.slice(at + 1)];
  if (pinned[name] !== version) {
    fail(`the recipe installs ${name}@${version}, but package.json pins ${pinned[name] ?? 'no such package'}`);
  }
}
console.log(`the recipe installs the pinned ${installed.join(', ')}`);

const work = mkdtempSync(join(tmpdir(), 'knowledgegraph-codegen-'));
try {
  symlinkSync(join(import.meta.dirname, 'node_modules'), join(work, 'node_modules'));
  symlinkSync(resolve(repositoryRoot, 'schema'), join(work, 'schema'));
  symlinkSync(resolve(repositoryRoot, 'persisted'), join(work, 'persisted'));
  for (const file of files) {
    mkdirSync(dirname(join(work, file.path)), { recursive: true });
    writeFileSync(join(work, file.path), file.body);
  }

  for (const command of commands.filter(command => !command.startsWith('npm install '))) {
    console.log(`$ ${command}`);
    try {
      execSync(command, { cwd: work, stdio: 'inherit', shell: '/bin/bash' });
    } catch {
      throw new Error(`the recipe's command failed: ${command}`);
    }
  }
  console.log('tsc --strict: no errors');

  // Generic helpers (Exact<T extends { [key: string]: unknown }>, …) aside, every exported type describes data:
  // operation results and variables, enums, and scalars. Comments and string literals are no types, so they go first.
  const generated = readFileSync(join(work, 'src', 'gql', 'graphql.ts'), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
    .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''");
  const types = [...generated.matchAll(/^export type (\w+) = ([\s\S]*?);$/gm)];
  const loose = types.filter(([, , body]) => /\b(unknown|any)\b/.test(body)).map(([, name]) => name);
  if (types.length === 0 || loose.length > 0) {
    throw new Error(`generated types typed unknown or any: ${loose.join(', ') || '(no types generated)'}`);
  }
  console.log(`${types.length} generated types, none unknown or any`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
