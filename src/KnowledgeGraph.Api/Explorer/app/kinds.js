// How each kind of node and relationship looks: one table, read by the graph's style sheet and by the legend.

/** Node kinds by GraphQL type name: the Chinese word readers know, a colour and a cytoscape shape. */
export const nodeKinds = {
  Unit: { label: '单位', color: '#1e88e5', shape: 'ellipse' },
  Measure: { label: '措施', color: '#f9a825', shape: 'round-rectangle' },
  Plan: { label: '实施方案', color: '#8d6e63', shape: 'rhomboid' },
  Document: { label: '文件', color: '#546e7a', shape: 'rectangle' },
  Article: { label: '文章', color: '#90a4ae', shape: 'barrel' },
  Region: { label: '地区', color: '#43a047', shape: 'hexagon' },
  School: { label: '学校', color: '#8e24aa', shape: 'diamond' },
  Program: { label: '项目行动', color: '#e53935', shape: 'star' },
  TeacherStudio: { label: '名师工作室', color: '#00acc1', shape: 'octagon' },
  FundingLine: { label: '资金', color: '#6d4c41', shape: 'round-triangle' },
  Target: { label: '目标', color: '#c0ca33', shape: 'triangle' },
  Person: { label: '人物', color: '#d81b60', shape: 'pentagon' },
};

/** The search's NodeKind enum value of each type name, for grouping results. */
export const typeNameOfNodeKind = {
  DOCUMENT: 'Document', PLAN: 'Plan', MEASURE: 'Measure', UNIT: 'Unit', ARTICLE: 'Article', REGION: 'Region',
  SCHOOL: 'School', PROGRAM: 'Program', TEACHER_STUDIO: 'TeacherStudio', FUNDING_LINE: 'FundingLine',
  TARGET: 'Target', PERSON: 'Person',
};

/**
 * Relationship kinds: the word an edge is labelled with and how it is drawn. Lead (LED_BY) and shared
 * responsibility (CO_LED_BY) are the facts journalists ask about, so they stand out: a thick red line against a
 * dashed orange one; every other relationship is a thin grey line.
 */
export const relationshipKinds = {
  LED_BY: { label: '牵头', color: '#c62828', width: 3.5, style: 'solid' },
  CO_LED_BY: { label: '配合', color: '#ef6c00', width: 2, style: 'dashed' },
  PART_OF: { label: '属于' },
  ISSUED_BY: { label: '印发' },
  REPORTED_BY: { label: '报送' },
  LOCATED_IN: { label: '位于' },
  RUN_BY: { label: '承办' },
  FUNDS: { label: '资助' },
  PAID_BY: { label: '出资' },
  HAS_TARGET: { label: '目标' },
  HOLDS_POST: { label: '任职' },
  COVERS: { label: '涵盖' },
  MENTIONED_IN: { label: '提及' },
};

export const plainRelationship = { color: '#9aa5b1', width: 1.2, style: 'solid' };

/** What a node is called on screen: an entity's name, a measure's number and title, a document's title. */
export function displayName(node) {
  switch (node.__typename) {
    case 'Measure': return `${node.number}. ${node.title}`;
    case 'Plan': return node.title;
    case 'Document': return node.documentTitle ?? node.fileName;
    default: return node.name ?? node.id;
  }
}
