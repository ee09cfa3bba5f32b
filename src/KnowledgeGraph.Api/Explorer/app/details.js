// The details pane: a node's properties and evidence, a relationship's evidence, a document's text at a span.
import * as api from './api.js';
import { el } from './dom.js';
import { quote, sentenceAround } from './evidence.js';
import { displayName, nodeKinds, relationshipKinds } from './kinds.js';

function properties(rows) {
  return el('dl', {}, rows
    .filter(([, value]) => value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0))
    .flatMap(([name, value]) => [el('dt', {}, name), el('dd', {}, Array.isArray(value) ? value.join('、') : String(value))]));
}

function yuan(min, max) {
  if (min === null || min === undefined) return undefined;
  const format = value => `${value.toLocaleString('zh-CN')} 元`;
  return max !== null && max !== undefined && max !== min ? `${format(min)} – ${format(max)}` : format(min);
}

function nodeProperties(node) {
  return properties([
    ['类型', nodeKinds[node.__typename]?.label ?? node.__typename],
    ['别名', node.aliases],
    ['层级', node.level],
    ['代码', node.code],
    ['编号', node.__typename === 'Measure' ? node.number : node.documentNumber],
    ['所属方案', node.plan?.title],
    ['所属文件', node.document?.documentTitle],
    ['章节', node.section],
    ['完成时限', node.deadline],
    ['金额', yuan(node.amountYuanMin, node.amountYuanMax)],
    ['期间', node.period],
    ['出资方', node.payer],
    ['用途', node.purpose],
    ['指标', node.indicator],
    ['年份', node.year],
    ['目标值', node.value],
    ['职务', node.titles],
    ['日期', node.date],
    ['文件名', node.fileName],
  ]);
}

/**
 * The quoted source sentence of `evidence` with its span marked, and a link to the document's text at that place.
 * `linkTo(changes)` gives the URL of the current view with `changes`.
 */
async function evidenceBlock(evidence, linkTo) {
  const documentId = evidence.document.id;
  const source = await api.documentText(documentId);
  const text = source?.text;
  const spanIsInText = text && text.slice(evidence.offset, evidence.offset + evidence.length).length === evidence.length;
  const parts = spanIsInText
    ? sentenceAround(text, evidence.offset, evidence.length)
    : { before: '', fact: evidence.snippet, after: '' };
  const title = source?.documentTitle ?? source?.fileName ?? '';
  return el('figure', { class: 'evidence-figure' },
    el('blockquote', { class: 'evidence' }, quote(parts)),
    el('figcaption', {},
      el('a', { href: linkTo({ doc: documentId, at: evidence.offset, len: evidence.length }), 'data-navigate': '' },
        `原文：${title}（第 ${evidence.offset} 字起）`)));
}

/** A node's details: name, properties, evidence and what can be done with it. */
export async function nodeDetails(id, { linkTo, actions }) {
  const node = await api.node(id);
  if (!node) return el('p', { class: 'error' }, '图中没有这个节点。');
  const name = displayName(node);
  const evidence = node.evidence;
  return el('div', { 'data-node': id },
    el('h2', {}, name),
    nodeProperties(node),
    el('div', { class: 'actions' }, actions(node, name)),
    el('h2', {}, '证据'),
    evidence ? await evidenceBlock(evidence, linkTo) : el('p', { class: 'muted' },
      node.__typename === 'Document' ? '这是原始文件本身。' : '这个节点没有记录出处；看它的关系上的证据。'),
    node.__typename === 'Document'
      ? el('p', {}, el('a', { href: linkTo({ doc: id, at: 0, len: 0 }), 'data-navigate': '' }, '阅读全文'))
      : null);
}

/** A relationship's details: its type, its ends and the evidence it was read from. */
export async function relationshipDetails(relationship, { linkTo, nameOf }) {
  const look = relationshipKinds[relationship.kind];
  const role = { LEAD: '牵头单位', CO: '配合单位' }[relationship.properties?.role];
  const evidence = relationship.properties?.evidence;
  return el('div', { 'data-relationship': relationship.id },
    el('h2', {}, `${look?.label ?? ''} ${relationship.kind}`),
    properties([
      ['从', nameOf(relationship.sourceId) ?? relationship.sourceId],
      ['到', nameOf(relationship.targetId) ?? relationship.targetId],
      ['角色', role],
    ]),
    el('h2', {}, '证据'),
    evidence ? await evidenceBlock(evidence, linkTo) : el('p', { class: 'muted' }, '这条关系没有记录出处。'));
}

/** A document's whole text with the span [at, at + len) marked. */
export async function documentView(id, at, len, { back }) {
  const source = await api.documentText(id);
  if (!source?.text) return el('p', { class: 'error' }, '这份文件的原文已不在服务器上。');
  const title = [source.documentTitle ?? source.fileName, source.documentNumber].filter(Boolean).join(' ');
  const body = el('div', { class: 'document-text' },
    len > 0 ? quote({ before: source.text.slice(0, at), fact: source.text.slice(at, at + len), after: source.text.slice(at + len) }) : source.text);
  const view = el('div', { 'data-document': id }, el('div', { class: 'actions' }, el('button', { type: 'button', onclick: back }, '← 返回')), el('h2', {}, title), body);
  return view;
}
