// A visit to /explore in Debian's headless Chromium: search 财政, draw 凉山州财政局's neighbourhood (checked against
// what the API's neighbourhood query returns for that unit), click a relationship and a node and read their evidence,
// expand the node, filter a kind out, open the source document at that place, ask how 平昌县 is connected to
// 四川省教育厅, reload that URL and go back, and check that the page talked to nobody but the API. Saves a screenshot
// per step into the given folder.
// Usage: node explorer-visit.mjs <API base URL> <screenshot folder>
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { failIfRequestsLeft, launchChromium } from './chromium.mjs';

const [baseUrl, screenshots] = process.argv.slice(2);
if (!baseUrl || !screenshots) {
  console.error('usage: node explorer-visit.mjs <API base URL> <screenshot folder>');
  process.exit(2);
}

const origin = new URL(baseUrl).origin;
const timeout = 60_000;
const persisted = join(import.meta.dirname, '..', '..', 'persisted');
await mkdir(screenshots, { recursive: true });

// The API's own answer, through the same persisted operation the page sends: what the page must have drawn.
async function askApi(operationName, variables) {
  const id = `sha256:${createHash('sha256').update(await readFile(join(persisted, `${operationName}.graphql`))).digest('hex')}`;
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ documentId: id, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`${operationName}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const browser = await launchChromium();

const requests = [];
let page;
let step = 0;
async function screenshot(name) {
  const path = join(screenshots, `${String(++step).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path });
  console.log(`screenshot: ${path}`);
}

// What the graph shows: counts of drawn (not hidden) nodes and relationships, and the ids of its nodes.
const drawn = () => page.evaluate(() => {
  const cy = window.explorerGraph;
  return { nodes: cy.nodes(':visible').length, edges: cy.edges(':visible').length, ids: cy.nodes().map(node => node.id()) };
});

// The graph is laid out once its status names what it drew.
const waitForDrawing = () => page.waitForFunction(() => /个节点|条最短路径/.test(document.querySelector('#graph-status').textContent));

// Clicks a drawn node where it is on the screen, as a reader's mouse would.
async function clickNode(id, options = {}) {
  const { x, y } = await page.evaluate(nodeId => {
    const position = window.explorerGraph.getElementById(nodeId).renderedPosition();
    const box = document.querySelector('#graph').getBoundingClientRect();
    return { x: box.left + position.x, y: box.top + position.y };
  }, id);
  await page.mouse.click(x, y, options);
}

// The point on one of the given lines that is farthest from everything else a click could hit there, in page
// coordinates. Its clearance is negative when a node (with a margin) or another line (closer than a few pixels) is
// in the way.
const clearestSpotOnLines = lineIds => page.evaluate(ids => {
  const cy = window.explorerGraph;
  const box = document.querySelector('#graph').getBoundingClientRect();
  const distanceToSegment = (p, a, b) => {
    const length = (b.x - a.x) ** 2 + (b.y - a.y) ** 2;
    const t = Math.max(0, Math.min(1, ((p.x - a.x) * (b.x - a.x) + (p.y - a.y) * (b.y - a.y)) / length));
    return Math.hypot(p.x - a.x - t * (b.x - a.x), p.y - a.y - t * (b.y - a.y));
  };
  const inView = point => point.x > 10 && point.y > 10 && point.x < box.width - 10 && point.y < box.height - 10;
  let best = { clearance: -Infinity };
  for (const id of ids) {
    const edge = cy.getElementById(id);
    const [from, to] = [edge.source().renderedPosition(), edge.target().renderedPosition()];
    for (let t = 0.15; t <= 0.85; t += 0.05) {
      const point = { x: from.x + t * (to.x - from.x), y: from.y + t * (to.y - from.y) };
      if (!inView(point)) continue;
      const fromNodes = Math.min(...cy.nodes().map(node => Math.hypot(node.renderedPosition().x - point.x,
        node.renderedPosition().y - point.y) - node.renderedOuterWidth() / 2 - 8));
      const fromLines = Math.min(...cy.edges().filter(other => other.id() !== id).map(other =>
        distanceToSegment(point, other.source().renderedPosition(), other.target().renderedPosition()) - 8));
      const clearance = Math.min(fromNodes, fromLines);
      if (clearance > best.clearance) best = { id, x: box.left + point.x, y: box.top + point.y, clearance };
    }
  }
  return best;
}, lineIds);

async function searchAndPick(text, kindHeading) {
  await page.locator('#search-text').fill(text);
  await page.locator('#search button').click();
  const group = page.locator('#results h3', { hasText: kindHeading }).first();
  await group.waitFor();
  const first = group.locator('xpath=following-sibling::ul[1]//a').first();
  const id = await first.getAttribute('data-id');
  await first.click();
  await page.locator(`#details [data-node="${id}"]`).waitFor();
  return id;
}

try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  context.on('request', request => requests.push(`${request.method()} ${request.url()}`));
  page = await context.newPage();
  page.setDefaultTimeout(timeout);

  // Step 1: the empty page invites a search.
  await page.goto(`${origin}/explore`);
  await page.getByText('输入名称的任意部分').waitFor();
  await screenshot('empty');

  // Step 2: searching 财政 lists results under their kinds.
  await page.locator('#search-text').fill('财政');
  await page.locator('#search button').click();
  await page.locator('#results h3', { hasText: '单位' }).waitFor();
  const headings = await page.locator('#results h3').allTextContents();
  console.log(`search 财政: ${headings.join(' ')}`);
  if (headings.length < 2) throw new Error(`the results of 财政 are not grouped by kind: ${headings}`);
  await screenshot('search-results');

  // Step 3: picking 凉山州财政局 draws its neighbourhood: as many nodes and relationships as the API returns.
  const unitLink = page.locator('#results a[data-id]', { hasText: '凉山州财政局' }).first();
  const unitId = await unitLink.getAttribute('data-id');
  await unitLink.click();
  await waitForDrawing();
  const { neighborhood } = await askApi('ExploreNeighborhood', { id: unitId, depth: 1 });
  const neighbourhoodDrawn = await drawn();
  console.log(`neighbourhood of ${unitId}: API ${neighborhood.nodes.length} nodes, ${neighborhood.edges.length} edges; drawn ${neighbourhoodDrawn.nodes}, ${neighbourhoodDrawn.edges}`);
  if (neighbourhoodDrawn.nodes !== neighborhood.nodes.length || neighbourhoodDrawn.edges !== neighborhood.edges.length) {
    throw new Error('the drawn neighbourhood differs from the API\'s');
  }
  // The picked unit is selected: its evidence is the sentence where it was first read, with its name marked.
  await page.locator(`#details [data-node="${unitId}"] blockquote.evidence mark`).waitFor();
  const unitQuote = await page.locator('#details blockquote.evidence').textContent();
  const unitMark = await page.locator('#details blockquote.evidence mark').textContent();
  console.log(`evidence of ${unitId}: ${unitQuote}`);
  if (!unitQuote.includes(unitMark) || unitQuote.length <= unitMark.length) {
    throw new Error(`the unit's evidence "${unitMark}" is not quoted in its sentence`);
  }
  await screenshot('neighbourhood');

  // Step 4: clicking a line where 凉山州财政局 leads a measure shows that relationship's evidence, marked in its sentence.
  // The layout is random and lead measures crowd round the unit, so do what a reader does: zoom in with the mouse
  // wheel on the clearest spot of a lead line until no node and no other line is near it, then click there.
  const leadIds = neighborhood.edges.filter(edge => edge.kind === 'LED_BY').map(edge => edge.id);
  let spot = await clearestSpotOnLines(leadIds);
  // A wheel notch zooms by about 5%, and the explorer stops at 3×.
  for (let notches = 0; spot.clearance < 0 && notches < 40; notches += 4) {
    await page.mouse.move(spot.x, spot.y);
    for (let notch = 0; notch < 4; notch++) await page.mouse.wheel(0, -120);
    await page.waitForTimeout(100);
    spot = await clearestSpotOnLines(leadIds);
  }
  if (spot.clearance < 0) throw new Error('every lead line stays covered by a node or another line, even zoomed in');
  console.log(`clicking lead line ${spot.id} at zoom ${await page.evaluate(() => window.explorerGraph.zoom().toFixed(2))}`);
  const lead = neighborhood.edges.find(edge => edge.id === spot.id);
  await page.mouse.click(spot.x, spot.y);
  await page.locator(`#details [data-relationship="${lead.id}"] blockquote.evidence mark`).waitFor();
  const leadMark = await page.locator('#details blockquote.evidence mark').textContent();
  const leadQuote = await page.locator('#details blockquote.evidence').textContent();
  console.log(`evidence of ${lead.kind} ${lead.id}: ${leadQuote}`);
  if (leadMark !== lead.properties.evidence.snippet || leadQuote.length <= leadMark.length) {
    throw new Error(`the relationship's evidence "${lead.properties.evidence.snippet}" is not marked in its sentence`);
  }
  await screenshot('relationship-evidence');

  // Step 5: clicking a measure on the graph shows its properties and its evidence, the measure marked in its source.
  // The layout is random: take a measure in view that no other node overlaps, so the click lands on it.
  const measureId = await page.evaluate(ids => ids.find(id => {
    const cy = window.explorerGraph;
    const box = document.querySelector('#graph').getBoundingClientRect();
    const here = cy.getElementById(id).renderedPosition();
    const inView = here.x > 20 && here.y > 20 && here.x < box.width - 20 && here.y < box.height - 20;
    return inView && cy.nodes().every(node => node.id() === id
      || Math.hypot(node.renderedPosition().x - here.x, node.renderedPosition().y - here.y) > 30);
  }), neighborhood.nodes.filter(node => node.__typename === 'Measure').map(node => node.id));
  if (!measureId) throw new Error('no measure is in view apart from the others');
  const measure = neighborhood.nodes.find(node => node.id === measureId);
  await clickNode(measure.id);
  await page.locator(`#details [data-node="${measure.id}"] blockquote.evidence mark`).waitFor();
  const { node: measureDetails } = await askApi('ExploreNode', { id: measure.id });
  const marked = await page.locator('#details blockquote.evidence mark').textContent();
  const quoted = await page.locator('#details blockquote.evidence').textContent();
  console.log(`evidence of ${measure.title}: ${quoted}`);
  if (!marked.startsWith(measureDetails.evidence.snippet.replace(/…$/u, '')) || !quoted.includes(marked)) {
    throw new Error(`the quote does not mark the evidence "${measureDetails.evidence.snippet}"`);
  }
  if (!(await page.locator('#details dd', { hasText: measureDetails.plan.title }).isVisible())) {
    throw new Error(`the measure's plan ${measureDetails.plan.title} is not among its properties`);
  }
  await screenshot('evidence');

  // Step 6: double-clicking the measure merges its own neighbourhood into the picture: the union of the two.
  const { neighborhood: measureNeighborhood } = await askApi('ExploreNeighborhood', { id: measure.id, depth: 1 });
  const union = kind => new Set([...neighborhood[kind], ...measureNeighborhood[kind]].map(element => element.id)).size;
  await clickNode(measure.id, { clickCount: 2 });
  await page.waitForFunction(expected => window.explorerGraph.nodes().length === expected, union('nodes'));
  await waitForDrawing();
  const expanded = await drawn();
  console.log(`expanded ${measure.id}: drawn ${expanded.nodes} nodes, ${expanded.edges} edges; union of the API's ${union('nodes')}, ${union('edges')}`);
  if (expanded.nodes !== union('nodes') || expanded.edges !== union('edges')) throw new Error('the expansion is not the union of the two neighbourhoods');
  await screenshot('expanded');

  // Step 7: unticking 措施 in the legend hides every measure, and ticking it again brings them back.
  const measures = (await page.evaluate(() => window.explorerGraph.nodes('[kind = "Measure"]').length));
  await page.locator('#legend input[data-kind="Measure"]').uncheck();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('hide') === 'Measure');
  const filtered = await drawn();
  if (filtered.nodes !== expanded.nodes - measures) throw new Error(`with measures hidden, ${filtered.nodes} nodes show, not ${expanded.nodes - measures}`);
  await screenshot('kind-filter');
  await page.locator('#legend input[data-kind="Measure"]').check();
  await page.waitForFunction(() => !new URL(location.href).searchParams.has('hide'));

  // Step 8: the quote links to the document's text at that place.
  await page.locator('#details figcaption a').click();
  await page.locator('#details .document-text mark').waitFor();
  if (!(await page.locator('#details .document-text mark').isVisible())) throw new Error('the document text is not scrolled to the fact');
  await screenshot('document-text');

  // Step 9: how is 平昌县 connected to 四川省教育厅? Pick each, make them the path's ends, and see the path.
  const from = await searchAndPick('平昌县', '地区');
  await page.getByRole('button', { name: '设为路径起点' }).click();
  const to = await searchAndPick('四川省教育厅', '单位');
  await page.getByRole('button', { name: '设为路径终点' }).click();
  await page.locator('#details .path-list li').first().waitFor();
  await waitForDrawing();
  const { paths } = await askApi('ExplorePaths', { from, to });
  const pathTexts = await page.locator('#details .path-list li').allTextContents();
  console.log(`paths: ${pathTexts.join(' | ')}`);
  if (paths.length === 0 || pathTexts.length !== paths.length || !pathTexts[0].startsWith('平昌县') || !pathTexts[0].endsWith('四川省教育厅')) {
    throw new Error(`the path view does not show the API's ${paths.length} paths from 平昌县 to 四川省教育厅`);
  }
  const pathsDrawn = await drawn();
  if (!pathsDrawn.ids.includes(from) || !pathsDrawn.ids.includes(to)) throw new Error('the path\'s ends are not drawn');
  await screenshot('paths');

  // Step 10: the URL alone gives the same view after a reload.
  const url = page.url();
  await page.reload();
  await page.locator('#details .path-list li').first().waitFor();
  await waitForDrawing();
  const reloaded = { paths: await page.locator('#details .path-list li').allTextContents(), drawn: await drawn() };
  if (page.url() !== url || JSON.stringify(reloaded.paths) !== JSON.stringify(pathTexts) || reloaded.drawn.nodes !== pathsDrawn.nodes || reloaded.drawn.edges !== pathsDrawn.edges) {
    throw new Error(`reloading ${url} gave another view: ${JSON.stringify(reloaded)}`);
  }
  await screenshot('paths-reloaded');

  // Step 11: the back button leaves the path view for the view before it, 四川省教育厅's neighbourhood.
  await page.goBack();
  await page.locator(`#details [data-node="${to}"]`).waitFor();
  await waitForDrawing();
  const back = await drawn();
  const { neighborhood: endNeighborhood } = await askApi('ExploreNeighborhood', { id: to, depth: 1 });
  if (back.nodes !== endNeighborhood.nodes.length || back.edges !== endNeighborhood.edges.length) {
    throw new Error(`back: drew ${back.nodes} nodes, ${back.edges} edges, not 四川省教育厅's neighbourhood`);
  }
  await screenshot('back');
} catch (error) {
  console.error(`page at failure: ${page?.url()}`);
  if (page) {
    await screenshot('failure');
  }
  throw error;
} finally {
  await browser.close();
}

failIfRequestsLeft(requests, origin);
