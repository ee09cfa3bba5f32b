// Bundles the explorer's page for the API to serve: app/explore.js with cytoscape into one script, beside the page
// and its style sheet. The persisted operations the page sends are imported as `persisted:<Name>` and become their
// ids (sha256 of persisted/<Name>.graphql, as the API registers them), so the page carries no query text and a change
// to an operation's file changes the id the page sends in the same build.
// Usage: node build.mjs <output folder>
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const persistedFolder = join(here, '..', '..', '..', 'persisted');
const output = process.argv[2] ?? join(here, 'dist');

const persistedOperationIds = {
  name: 'persisted-operation-ids',
  setup(bundler) {
    bundler.onResolve({ filter: /^persisted:/ }, args => ({
      path: join(persistedFolder, `${args.path.slice('persisted:'.length)}.graphql`),
      namespace: 'persisted',
    }));
    bundler.onLoad({ filter: /.*/, namespace: 'persisted' }, async args => {
      const id = `sha256:${createHash('sha256').update(await readFile(args.path)).digest('hex')}`;
      return { contents: `export default ${JSON.stringify(id)};`, loader: 'js', watchFiles: [args.path] };
    });
  },
};

await mkdir(output, { recursive: true });
await build({
  entryPoints: [join(here, 'app', 'explore.js')],
  outfile: join(output, 'explore.js'),
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2020',
  // Cytoscape's MIT notice travels with the bundle.
  legalComments: 'eof',
  plugins: [persistedOperationIds],
  logLevel: 'warning',
});
for (const file of ['explore.html', 'explore.css']) {
  await copyFile(join(here, 'app', file), join(output, file));
}
