// The drawing: a cytoscape graph of nodes and relationships, laid out by its force-directed layout (cose).
import cytoscape from 'cytoscape';
import { displayName, nodeKinds, plainRelationship, relationshipKinds } from './kinds.js';

const longestLabel = 12;
const comfortableZoom = 1.2;
const shortened = text => (text.length > longestLabel ? `${text.slice(0, longestLabel)}…` : text);

function styles(fontFamily) {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)', 'font-family': fontFamily, 'font-size': 11, color: '#1f2933',
        'text-valign': 'bottom', 'text-margin-y': 3, 'text-background-color': '#fcfcfd', 'text-background-opacity': 0.8,
        width: 24, height: 24, 'background-color': 'data(color)', shape: 'data(shape)',
        'border-width': 1, 'border-color': '#ffffff',
      },
    },
    // The centre (or a path's ends) above the lines that meet it, its name on an opaque ground.
    {
      selector: 'node.emphasised',
      style: { width: 34, height: 34, 'border-width': 3, 'border-color': '#263238', 'font-size': 13, 'font-weight': 'bold', 'z-index': 10, 'text-background-opacity': 1 },
    },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#1565c0' } },
    {
      selector: 'edge',
      style: {
        label: 'data(label)', 'font-family': fontFamily, 'font-size': 9, color: '#52606d',
        'text-rotation': 'autorotate', 'text-background-color': '#fcfcfd', 'text-background-opacity': 0.9,
        width: 'data(width)', 'line-color': 'data(color)', 'line-style': 'data(lineStyle)',
        'target-arrow-shape': 'triangle', 'target-arrow-color': 'data(color)', 'arrow-scale': 0.8, 'curve-style': 'bezier',
      },
    },
    // Who leads is the fact most asked about: its lines lie over the others.
    { selector: 'edge[kind = "LED_BY"]', style: { 'z-index': 2 } },
    { selector: 'edge:selected', style: { 'line-color': '#1565c0', 'target-arrow-color': '#1565c0', width: 4 } },
    { selector: '.hidden', style: { display: 'none' } },
  ];
}

function nodeElement(node) {
  const kind = nodeKinds[node.__typename] ?? { color: '#9e9e9e', shape: 'ellipse' };
  const name = displayName(node);
  return { group: 'nodes', data: { id: node.id, label: shortened(name), name, kind: node.__typename, color: kind.color, shape: kind.shape } };
}

function edgeElement(edge) {
  const look = { ...plainRelationship, ...relationshipKinds[edge.kind] };
  return {
    group: 'edges',
    data: {
      id: edge.id, source: edge.sourceId, target: edge.targetId, kind: edge.kind, label: look.label ?? edge.kind,
      color: look.color, width: look.width, lineStyle: look.style, relationship: edge,
    },
  };
}

/** Creates the graph in `container`; a tap selects, a double tap expands. */
export function createGraph(container, { onSelect, onExpand }) {
  const cy = cytoscape({
    container,
    style: styles(getComputedStyle(document.body).fontFamily),
    minZoom: 0.15,
    maxZoom: 3,
    boxSelectionEnabled: false,
  });
  cy.on('tap', 'node, edge', event => onSelect(event.target.id()));
  cy.on('dbltap', 'node', event => onExpand(event.target.id()));
  // What the page drew, for its own browser test and for anyone curious in the console.
  window.explorerGraph = cy;

  // Fitting a handful of nodes would blow them up; a small graph keeps its natural size.
  function fitComfortably(elements) {
    cy.fit(elements, 30);
    if (cy.zoom() > comfortableZoom) {
      cy.zoom(comfortableZoom);
      cy.center(elements);
    }
  }

  let drawnKey = '';
  return {
    /**
     * Draws `subgraph` ({ nodes, edges }), its `emphasised` node ids (the centre, or a path's ends) larger, unless the same `key` is drawn already. Nodes already on screen keep
     * their places and new ones start beside a neighbour, so that an expansion grows the picture instead of
     * shuffling it.
     */
    draw(key, subgraph, emphasised) {
      if (key === drawnKey) return;
      drawnKey = key;
      const nodeIds = new Set(subgraph.nodes.map(node => node.id));
      const edgeIds = new Set(subgraph.edges.map(edge => edge.id));
      const fresh = cy.elements().length === 0;
      cy.batch(() => {
        cy.elements().filter(element => !(element.isNode() ? nodeIds : edgeIds).has(element.id())).remove();
        const added = cy.add([
          ...subgraph.nodes.filter(node => cy.getElementById(node.id).empty()).map(nodeElement),
          ...subgraph.edges.filter(edge => cy.getElementById(edge.id).empty()).map(edgeElement),
        ]);
        added.nodes().forEach(node => {
          const placed = node.neighborhood('node').filter(neighbour => !added.contains(neighbour)).first();
          if (placed.nonempty()) {
            node.position({ x: placed.position('x') + Math.random() * 40 - 20, y: placed.position('y') + Math.random() * 40 - 20 });
          }
        });
        cy.nodes().removeClass('emphasised');
        for (const id of emphasised) cy.getElementById(id).addClass('emphasised');
      });
      const layout = cy.layout({ name: 'cose', animate: false, randomize: fresh, nodeDimensionsIncludeLabels: true, idealEdgeLength: () => 90, nodeRepulsion: () => 12000, fit: false });
      layout.one('layoutstop', () => fitComfortably(cy.nodes().not('.hidden')));
      layout.run();
    },
    clear() {
      drawnKey = '';
      cy.elements().remove();
    },
    /**
     * Hides the nodes of the given kinds (and so their relationships), and fits what is left to the screen when the
     * filter changed. Returns how many nodes are hidden.
     */
    hideKinds(kinds) {
      const hidden = new Set(kinds);
      const before = cy.nodes('.hidden').map(node => node.id()).join();
      cy.nodes().forEach(node => node.toggleClass('hidden', hidden.has(node.data('kind'))));
      const hiddenNodes = cy.nodes('.hidden');
      if (hiddenNodes.map(node => node.id()).join() !== before) {
        // By class, not :visible, which still answers from the style before this change.
        fitComfortably(cy.nodes().not('.hidden'));
      }
      return hiddenNodes.length;
    },
    select(id) {
      cy.elements(':selected').unselect();
      if (id) cy.getElementById(id).select();
    },
    /** The relationship drawn under `id`, or undefined when `id` is not a drawn relationship. */
    relationship(id) {
      const element = cy.getElementById(id);
      return element.nonempty() && element.isEdge() ? element.data('relationship') : undefined;
    },
    /** The full name of a drawn node. */
    nameOf(id) {
      const element = cy.getElementById(id);
      return element.nonempty() ? element.data('name') : undefined;
    },
    resize() {
      cy.resize();
    },
  };
}
