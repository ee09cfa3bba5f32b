// A researcher's first visit, in Debian's headless Chromium: open /graphql and find the IDE ready (the starter
// journalist query in a tab, the schema loaded and browsable), run the query, read its results in Chinese, and check
// that the page talked to nobody but the API. Saves a screenshot per step into the given folder.
// Usage: node researcher-first-visit.mjs <API base URL> <screenshot folder>
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { failIfRequestsLeft, launchChromium } from './chromium.mjs';

const [baseUrl, screenshots] = process.argv.slice(2);
if (!baseUrl || !screenshots) {
  console.error('usage: node researcher-first-visit.mjs <API base URL> <screenshot folder>');
  process.exit(2);
}

const origin = new URL(baseUrl).origin;
const endpoint = `${origin}/graphql`;
const timeout = 60_000;
await mkdir(screenshots, { recursive: true });

const browser = await launchChromium();

const requests = [];
let page;
let step = 0;
const nextScreenshotPath = name => join(screenshots, `${String(++step).padStart(2, '0')}-${name}.png`);
async function screenshot(name) {
  const path = nextScreenshotPath(name);
  // Away from the button just pressed, and past its tooltip's fade, so that the tooltip covers nothing the step shows.
  await page.mouse.move(0, 500);
  await page.waitForFunction(() => document.querySelector('[role="tooltip"]') === null);
  await page.screenshot({ path });
  console.log(`screenshot: ${path}`);
}

try {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  // On the context rather than the page, so that the IDE's service worker and web workers are recorded too.
  context.on('request', request => requests.push(`${request.method()} ${request.url()}`));
  page = await context.newPage();
  page.setDefaultTimeout(timeout);
  // The IDE introspects once it has a tab, which may be before its service worker's reload: log what the API said,
  // so that a schema the IDE could not load comes with the reason.
  page.on('response', response => {
    if (response.url() === endpoint && response.request().postData()?.includes('__schema')) {
      response.text().then(text => console.log(`introspection: HTTP ${response.status()} ${text.slice(0, 300)}`), () => {});
    }
  });

  // The API redirects a browser's GET /graphql to the IDE page at /graphql/.
  await page.goto(endpoint);
  const landed = new URL(page.url()).pathname;
  if (landed !== '/graphql/') {
    throw new Error(`GET /graphql landed on ${landed}, not on the IDE at /graphql/`);
  }
  // On a first visit the IDE's service worker takes control and the IDE reloads itself once; look only after that.
  await page.waitForFunction(() =>
    performance.getEntriesByType('navigation')[0]?.type === 'reload' && document.readyState === 'complete');

  // Step 1: without a click, the starter query is open in a tab.
  await page.getByText('query FinanceBureauMeasures').waitFor();
  await screenshot('starter-tab-open');

  // Step 2: the schema is loaded, and its types (our custom scalars among them) are listed in the Schema Reference.
  await page.getByText('Schema available').waitFor();
  await page.getByRole('tab', { name: 'Schema Reference' }).click();
  await page.getByText('Everything the knowledge graph answers.').waitFor();
  await page.getByText('Scalars', { exact: true }).click();
  for (const type of ['DateOnly', 'Long']) {
    await page.getByText(type, { exact: true }).first().waitFor();
  }
  await page.getByText('Objects', { exact: true }).click();
  for (const type of ['Measure', 'Unit', 'Plan']) {
    await page.getByText(type, { exact: true }).first().waitFor();
  }
  await screenshot('schema-reference');

  // Step 3: the query runs and its results show in the response pane.
  await page.getByRole('tab', { name: 'Operation' }).click();
  const answer = page.waitForResponse(response =>
    response.url() === endpoint && response.request().postData()?.includes('query FinanceBureauMeasures'));
  await page.getByRole('button', { name: /^Run Operation/ }).click();
  const result = await answer;
  const body = await result.json();
  const unit = body.data?.units?.nodes?.[0];
  console.log(`FinanceBureauMeasures: HTTP ${result.status()}: ${unit?.name} leads ${unit?.lead?.nodes?.length} of ${unit?.lead?.totalCount}, supports ${unit?.support?.nodes?.length} of ${unit?.support?.totalCount} measures`);
  if (unit?.name !== '凉山州财政局' || !unit.support?.totalCount || unit.support.nodes.length !== unit.support.totalCount) {
    throw new Error(`the starter query did not list every measure of 凉山州财政局: ${JSON.stringify(body).slice(0, 600)}`);
  }
  // The response pane is the read-only editor; the operation editor holds the same words, so look for JSON keys.
  const responsePane = page.locator('.monaco-editor').filter({ hasText: '"name": "凉山州财政局"' });
  await responsePane.filter({ hasText: `"totalCount": ${unit.lead.totalCount}` }).waitFor();
  await screenshot('query-result');

  // Step 4: the Chinese in the response is drawn with real glyphs, not tofu: with the pane's own font, two different
  // characters look different, and neither looks like an unassigned code point (the missing-glyph box).
  const glyphs = await responsePane.evaluate(pane => {
    const span = [...pane.querySelectorAll('span')].find(s => s.childElementCount === 0 && s.textContent.includes('凉山州财政局'));
    const style = getComputedStyle(span);
    const draw = text => {
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 64;
      const context = canvas.getContext('2d');
      context.font = `48px ${style.fontFamily}`;
      context.fillText(text, 4, 52);
      return Array.from(context.getImageData(0, 0, 64, 64).data).join();
    };
    const [liang, cai, missing] = [draw('凉'), draw('财'), draw('\u0378')];
    return { fontFamily: style.fontFamily, distinct: liang !== cai, notMissing: liang !== missing && cai !== missing };
  });
  console.log(`CJK glyphs in ${glyphs.fontFamily}: distinct ${glyphs.distinct}, not the missing-glyph box ${glyphs.notMissing}`);
  if (!glyphs.distinct || !glyphs.notMissing) {
    throw new Error('the response pane draws Chinese as tofu');
  }
  const chinese = nextScreenshotPath('chinese-response');
  await responsePane.screenshot({ path: chinese });
  console.log(`screenshot: ${chinese}`);
} catch (error) {
  console.error(`page at failure: ${page?.url()}`);
  if (page) {
    await screenshot('failure');
  }
  throw error;
} finally {
  await browser.close();
}

const posts = [...new Set(requests.filter(request => request.startsWith('POST ')))];
console.log(`GraphQL requests went to: ${posts.join(', ')}`);
failIfRequestsLeft(requests, origin);
