// node server.mjs <port> <nodes.csv> <edges.csv> [workers=2]
// graphql-js through graphql-http's Node adapter at POST /graphql, on worker processes sharing the port (node:cluster),
// each holding the whole graph, as the API holds it in one process.
import cluster from 'node:cluster';
import http from 'node:http';
import { createHandler } from 'graphql-http/lib/use/http';
import { loadGraph } from './graph.mjs';
import { rootValue, schema } from './schema.mjs';

const [port, nodesCsv, edgesCsv, workers = '2'] = process.argv.slice(2);

if (cluster.isPrimary) {
  for (let i = 0; i < Number(workers); i++) cluster.fork();
  cluster.on('exit', (worker, code) => {
    console.error(`worker ${worker.process.pid} exited with ${code}`);
    process.exit(1);
  });
  console.log(`graphql-js peer on http://127.0.0.1:${port}/graphql with ${workers} workers`);
} else {
  const handler = createHandler({ schema, rootValue: rootValue(loadGraph(nodesCsv, edgesCsv)) });
  http
    .createServer((request, response) => (request.url === '/graphql' ? handler(request, response) : response.writeHead(404).end()))
    .listen(Number(port), '127.0.0.1');
}
