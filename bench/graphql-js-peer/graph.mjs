// The graph the peer answers from: the API's own CSV export (GET /export/nodes.csv and /export/edges.csv), read once
// at start-up into the lookups the journalist query follows, as an in-memory store would keep them.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

const readCsv = (path) => parse(readFileSync(path), { bom: true, columns: true });

export function loadGraph(nodesCsv, edgesCsv) {
  const nodes = new Map();
  const unitsByName = new Map();
  for (const row of readCsv(nodesCsv)) {
    const node = { id: row.Id, kind: row.Kind, name: row.Label, title: row.title || null, number: row.number === '' ? null : Number(row.number) };
    nodes.set(node.id, node);
    if (node.kind === 'Unit') unitsByName.set(node.name, node);
  }

  // Relationships by type, then by the node at either end, in export order (the API's document order).
  const incoming = new Map();
  const outgoing = new Map();
  const append = (index, type, key, node) => {
    let byNode = index.get(type);
    if (!byNode) index.set(type, (byNode = new Map()));
    let list = byNode.get(key);
    if (!list) byNode.set(key, (list = []));
    list.push(node);
  };
  for (const row of readCsv(edgesCsv)) {
    append(incoming, row.Label, row.Target, nodes.get(row.Source));
    append(outgoing, row.Label, row.Source, nodes.get(row.Target));
  }

  const related = (index, type, id) => index.get(type)?.get(id) ?? [];
  return {
    unitNamed: (name) => unitsByName.get(name),
    units: () => [...unitsByName.values()],
    incoming: (id, type) => related(incoming, type, id),
    outgoing: (id, type) => related(outgoing, type, id),
  };
}
