// /explore: search the graph, draw an entity's neighbourhood or the shortest paths between two entities, and read
// the evidence of what is drawn. Everything shown follows from the URL (state.js); a click changes the URL and the
// page redraws from it, so reload, links and the back button all give the same view.
import * as api from './api.js';
import { documentView, nodeDetails, relationshipDetails } from './details.js';
import { el } from './dom.js';
import { createGraph } from './graph.js';
import { displayName, nodeKinds, plainRelationship, relationshipKinds, typeNameOfNodeKind } from './kinds.js';
import { navigate, readState, urlOf } from './state.js';

const $ = selector => document.querySelector(selector);
const linkTo = changes => urlOf({ ...readState(), ...changes });
const graph = createGraph($('#graph'), {
  onSelect: id => navigate({ sel: id, doc: '', at: 0, len: 0 }),
  onExpand: id => expand(id),
});

function expand(id) {
  const state = readState();
  if (state.from && state.to) return;
  navigate({ expand: [...new Set([...state.expand, id])], sel: id });
}

// A failed request is not kept (api.js), so trying again asks the API again.
const failure = (what, error) => el('span', { class: 'error' }, `${what}：${error.message} `,
  el('button', { type: 'button', onclick: () => render() }, '重试'));

// Each render is numbered; an answer that arrives after a newer render started is dropped.
let renderCount = 0;

async function render() {
  const state = readState();
  const current = ++renderCount;
  const stale = () => current !== renderCount;
  $('#search-text').value = state.q;
  $('#depth').value = String(state.depth);
  $('#depth').disabled = Boolean(state.from && state.to);
  renderExportLinks(state);
  renderLegend(state);
  await Promise.all([renderResults(state, stale), renderGraph(state, stale)]);
  if (!stale()) await renderDetails(state, stale);
}

function renderExportLinks(state) {
  for (const link of document.querySelectorAll('[data-export]')) {
    const neighbourhood = state.node ? `?${new URLSearchParams({ node: state.node, depth: String(state.depth) })}` : '';
    link.href = `/export/${link.dataset.export}${neighbourhood}`;
  }
}

// The search whose results are listed; other changes of view only mark the current result.
let listedSearch = null;
async function renderResults(state, stale) {
  const pane = $('#results');
  if (listedSearch === state.q) {
    markCurrentResult(state);
    return;
  }
  if (!state.q) {
    pane.replaceChildren(el('p', { class: 'hint' }, '输入名称的任意部分，例如“财政”“平昌”“名师工作室”。'));
    listedSearch = state.q;
    return;
  }
  pane.replaceChildren(el('p', { class: 'muted' }, '搜索中…'));
  let hits;
  try {
    hits = await api.search(state.q);
  } catch (error) {
    if (!stale()) pane.replaceChildren(failure('搜索失败', error));
    return;
  }
  if (stale()) return;
  listedSearch = state.q;
  const groups = Object.keys(nodeKinds)
    .map(typeName => [typeName, hits.filter(hit => typeNameOfNodeKind[hit.kind] === typeName)])
    .filter(([, group]) => group.length > 0);
  pane.replaceChildren(el('div', {},
    el('h2', {}, `“${state.q}” 的结果（${hits.length}）`),
    hits.length === 0 ? el('p', { class: 'muted' }, '没有找到。换一个词试试。') : null,
    groups.map(([typeName, group]) => [
      el('h3', {}, `${nodeKinds[typeName].label}（${group.length}）`),
      el('ul', {}, group.map(hit => {
        const snippet = el('div', { class: 'snippet muted' });
        // The API escapes the text and marks matches with <em>; it is safe to show as HTML.
        snippet.innerHTML = hit.snippet;
        return el('li', {}, el('a', { 'data-navigate': '', 'data-id': hit.node.id }, displayName(hit.node), snippet));
      })),
    ])));
  markCurrentResult(state);
}

// A result's link centres the graph on it. A path end already picked stays, so that the other end can be searched
// for; once both are picked, a new result leaves the path view.
function markCurrentResult(state) {
  const keepPath = !(state.from && state.to);
  for (const link of document.querySelectorAll('#results a[data-id]')) {
    const id = link.dataset.id;
    link.href = linkTo({ node: id, sel: id, expand: [], from: keepPath ? state.from : '', to: keepPath ? state.to : '', doc: '', at: 0, len: 0 });
    link.toggleAttribute('aria-current', id === state.node);
  }
}

function merge(subgraphs) {
  const nodes = new Map();
  const edges = new Map();
  for (const subgraph of subgraphs) {
    for (const node of subgraph.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
    for (const edge of subgraph.edges) if (!edges.has(edge.id)) edges.set(edge.id, edge);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

// The path view's list, kept for the details pane when nothing is selected.
let pathsShown = [];

async function renderGraph(state, stale) {
  const status = $('#graph-status');
  renderPathBar(state);
  try {
    if (state.from && state.to) {
      status.textContent = '查找路径…';
      const found = await api.paths(state.from, state.to);
      if (stale()) return;
      pathsShown = found;
      graph.draw(`paths ${state.from} ${state.to}`, merge(found), [state.from, state.to]);
      status.textContent = found.length === 0
        ? '6 步之内没有路径。'
        : `${found.length} 条最短路径，每条 ${found[0].length} 步`;
    } else if (state.node) {
      status.textContent = '加载中…';
      const subgraphs = await Promise.all([
        api.neighborhood(state.node, state.depth),
        ...state.expand.map(id => api.neighborhood(id, 1)),
      ]);
      if (stale()) return;
      if (!subgraphs[0]) {
        graph.clear();
        status.textContent = '图中没有这个节点。';
        return;
      }
      const drawn = merge(subgraphs.filter(Boolean));
      graph.draw(`neighbourhood ${state.node} ${state.depth} ${state.expand.join(',')}`, drawn, [state.node]);
      const truncated = subgraphs.some(subgraph => subgraph?.truncated) ? '（太多，只画了最近的）' : '';
      status.textContent = `${drawn.nodes.length} 个节点，${drawn.edges.length} 条关系${truncated}`;
    } else {
      graph.clear();
      status.textContent = '';
    }
  } catch (error) {
    if (!stale()) status.replaceChildren(failure('出错了', error));
    return;
  }
  const hidden = graph.hideKinds(state.hide);
  if (hidden > 0) status.textContent = `${status.textContent.replace(/，其中 \d+ 个已隐藏$/u, '')}，其中 ${hidden} 个已隐藏`;
  graph.select(state.sel);
}

async function nameOf(id) {
  return graph.nameOf(id) ?? displayName((await api.node(id)) ?? { id });
}

async function renderPathBar(state) {
  const bar = $('#path-bar');
  if (!state.from && !state.to) {
    bar.replaceChildren();
    return;
  }
  const end = async (label, key) => state[key]
    ? el('span', {}, `${label}：`, el('strong', {}, await nameOf(state[key])), ' ',
      el('button', { type: 'button', title: `清除${label}`, onclick: () => navigate({ [key]: '' }) }, '×'))
    : el('span', { class: 'muted' }, `${label}：在详情里选一个节点`);
  bar.replaceChildren(await end('起点', 'from'), ' → ', await end('终点', 'to'));
}

function renderLegend(state) {
  const hidden = new Set(state.hide);
  const kindFilters = Object.entries(nodeKinds).map(([typeName, kind]) => el('label', {},
    el('input', {
      type: 'checkbox', checked: !hidden.has(typeName), 'data-kind': typeName,
      onchange: event => navigate({ hide: event.target.checked ? state.hide.filter(kindName => kindName !== typeName) : [...state.hide, typeName] }),
    }),
    el('span', { class: 'swatch', style: `background:${kind.color};${swatchShape(kind.shape)}` }),
    kind.label));
  const edgeKinds = ['LED_BY', 'CO_LED_BY', 'PART_OF'].map(kind => {
    const look = { ...plainRelationship, ...relationshipKinds[kind] };
    return el('span', {}, el('span', { class: 'edge-swatch', style: `border-top:${look.width}px ${look.style} ${look.color}` }), ` ${look.label} ${kind}`);
  });
  $('#legend').replaceChildren(...kindFilters, ...edgeKinds, el('span', { class: 'muted' }, '其他关系为灰线'));
}

// The legend's swatches echo the graph's shapes closely enough to match them by eye.
function swatchShape(shape) {
  if (shape === 'ellipse') return 'border-radius:50%';
  if (shape === 'diamond') return 'transform:rotate(45deg) scale(.8)';
  if (shape.includes('triangle')) return 'clip-path:polygon(50% 0,100% 100%,0 100%)';
  if (shape === 'star') return 'clip-path:polygon(50% 0,61% 35%,98% 35%,68% 57%,79% 91%,50% 70%,21% 91%,32% 57%,2% 35%,39% 35%)';
  if (shape === 'hexagon') return 'clip-path:polygon(25% 0,75% 0,100% 50%,75% 100%,25% 100%,0 50%)';
  if (shape === 'octagon') return 'clip-path:polygon(30% 0,70% 0,100% 30%,100% 70%,70% 100%,30% 100%,0 70%,0 30%)';
  if (shape === 'pentagon') return 'clip-path:polygon(50% 0,100% 38%,82% 100%,18% 100%,0 38%)';
  if (shape === 'rhomboid') return 'clip-path:polygon(25% 0,100% 0,75% 100%,0 100%)';
  if (shape === 'barrel') return 'border-radius:30%/12%';
  if (shape.startsWith('round')) return 'border-radius:25%';
  return '';
}

async function renderDetails(state, stale) {
  const pane = $('#details');
  let content;
  try {
    if (state.doc) {
      content = await documentView(state.doc, state.at, state.len, { back: () => history.back() });
    } else if (state.sel && graph.relationship(state.sel)) {
      content = await relationshipDetails(graph.relationship(state.sel), { linkTo, nameOf: id => graph.nameOf(id) });
    } else if (state.sel) {
      content = await nodeDetails(state.sel, { linkTo, actions: (node, name) => nodeActions(state, node, name) });
    } else if (state.from && state.to) {
      content = pathList(state);
    } else {
      return;
    }
  } catch (error) {
    content = failure('出错了', error);
  }
  if (stale()) return;
  pane.replaceChildren(content);
  if (state.doc) pane.querySelector('mark')?.scrollIntoView({ block: 'center' });
}

function nodeActions(state, node, name) {
  const inPaths = Boolean(state.from && state.to);
  return [
    inPaths ? null : el('button', { type: 'button', class: 'primary', onclick: () => expand(node.id) }, '展开关系'),
    state.node === node.id && !inPaths ? null : el('a', { href: linkTo({ node: node.id, expand: [], from: '', to: '' }), 'data-navigate': '' }, '以它为中心'),
    el('button', { type: 'button', onclick: () => setPathEnd('from', node.id) }, '设为路径起点'),
    el('button', { type: 'button', onclick: () => setPathEnd('to', node.id) }, '设为路径终点'),
    node.__typename === 'Unit' ? el('a', { href: `/units/${encodeURIComponent(name)}` }, '单位页面') : null,
  ];
}

// Picking the second end of a path opens the path view, with the list of paths in the details pane.
function setPathEnd(end, id) {
  const other = readState()[end === 'from' ? 'to' : 'from'];
  navigate(other ? { [end]: id, sel: '' } : { [end]: id });
}

function pathList(state) {
  const nameIn = path => id => displayName(path.nodes.find(node => node.id === id) ?? { id });
  return el('div', {},
    el('h2', {}, '最短路径'),
    pathsShown.length === 0 ? el('p', { class: 'muted' }, '没有找到路径。') : null,
    el('ol', { class: 'path-list' }, pathsShown.map(path => el('li', {}, path.nodes.flatMap((node, index) => {
      const edge = path.edges[index];
      if (!edge) return [el('strong', {}, displayName(node))];
      const forward = edge.sourceId === node.id;
      const word = `${relationshipKinds[edge.kind]?.label ?? edge.kind}`;
      return [el('strong', {}, nameIn(path)(node.id)), ` ${forward ? '—' : '←'}${word}${forward ? '→' : '—'} `];
    })))),
    el('p', {}, el('a', { href: linkTo({ from: '', to: '', sel: '' }), 'data-navigate': '' }, '回到邻域图')));
}

// Links inside the page change the view without a reload; the URL is the same one a reload would read.
document.addEventListener('click', event => {
  const link = event.target.closest('a[data-navigate]');
  if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  history.pushState(null, '', link.getAttribute('href'));
  render();
});
$('#search').addEventListener('submit', event => {
  event.preventDefault();
  navigate({ q: $('#search-text').value.trim() });
});
$('#depth').addEventListener('change', event => navigate({ depth: Number(event.target.value) }));
window.addEventListener('popstate', render);
window.addEventListener('statechange', render);
render();
