// Reads the running API's whole-graph exports the way researchers' tools do, with readers that share no code with
// the API: graphology-graphml (the GraphML reader of graphology, the graph library behind sigma.js) and jsonld.js
// (the JSON-LD reference processor), which expands the JSON-LD with the context the API serves. Prints one JSON
// object with what each reader found; exits 1 when a reader fails. Only the API's own host is ever asked for anything.
// Usage: node read-exports.mjs <API base URL>
import graphology from 'graphology';
import { parse as parseGraphML } from 'graphology-graphml';
import jsonld from 'jsonld';

const [base] = process.argv.slice(2);
if (!base) {
  console.error('usage: node read-exports.mjs <API base URL>');
  process.exit(2);
}

const origin = new URL(base).origin;
const refusedUrls = [];

async function download(url) {
  if (new URL(url).origin !== origin) {
    refusedUrls.push(url);
    throw new Error(`refused to fetch ${url}: not the API's host`);
  }

  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

const evidence = ['evidenceDocumentId', 'evidenceOffset', 'evidenceLength', 'evidenceSnippet'];

function readGraphML(text) {
  // A multigraph: two nodes may be joined by relationships of several kinds.
  const graph = parseGraphML(graphology.MultiDirectedGraph, text);
  const kinds = {};
  graph.forEachNode((_, attributes) => { kinds[attributes.kind] = (kinds[attributes.kind] ?? 0) + 1; });
  let edgesWithoutEvidence = 0;
  let offsetsNotNumbers = 0;
  graph.forEachEdge((_, attributes) => {
    if (!evidence.every(name => name in attributes)) edgesWithoutEvidence++;
    if (typeof attributes.evidenceOffset !== 'number' || typeof attributes.evidenceLength !== 'number') offsetsNotNumbers++;
  });
  return { type: graph.type, multi: graph.multi, nodes: graph.order, edges: graph.size, kinds, edgesWithoutEvidence, offsetsNotNumbers };
}

async function readJsonLd(text) {
  const compacted = JSON.parse(text);
  const documentLoader = async url => ({ contextUrl: null, documentUrl: url, document: JSON.parse(await download(url)) });
  const expanded = await jsonld.expand(compacted, { documentLoader, safe: true });
  const vocabulary = 'urn:knowledgegraph:vocab:';
  const relationshipType = `${vocabulary}Relationship`;
  const nodes = expanded.filter(item => !item['@type']?.includes(relationshipType));
  const relationships = expanded.filter(item => item['@type']?.includes(relationshipType));

  // A term the context does not define would be dropped by expansion (safe mode refuses it instead): count what
  // each item kept against what it was written with.
  const written = compacted['@graph'];
  const itemsThatLostTerms = written
    .filter((item, i) => Object.keys(expanded[i] ?? {}).length !== Object.keys(item).length).length;
  const relationshipsWithoutEvidence = relationships
    .filter(item => !evidence.every(name => `${vocabulary}${name}` in item)).length;
  return { nodes: nodes.length, relationships: relationships.length, itemsThatLostTerms, relationshipsWithoutEvidence };
}

try {
  const graphml = readGraphML(await download(`${origin}/export/graph.graphml`));
  const jsonLd = await readJsonLd(await download(`${origin}/export/graph.jsonld`));
  console.log(JSON.stringify({ graphml, jsonLd, refusedUrls }));
} catch (error) {
  console.error(error);
  console.log(JSON.stringify({ refusedUrls }));
  process.exit(1);
}
