// A researcher's first visit: open /graphql in Debian's headless Chromium, let Banana Cake Pop load the schema, run
// the starter (journalist) query, wait for its data in the response pane, save a screenshot, and check that the page
// talked to nobody but the API. Usage: node run-starter-query.mjs <API base URL> <screenshot path>
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { chromium } from 'playwright-core';

const [baseUrl, screenshotPath] = process.argv.slice(2);
if (!baseUrl || !screenshotPath) {
  console.error('usage: node run-starter-query.mjs <API base URL> <screenshot path>');
  process.exit(2);
}

const origin = new URL(baseUrl).origin;
const endpoint = `${origin}/graphql`;
const timeout = 60_000;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  // Without the background-networking flags Chromium itself calls Google's hosts, which a closed network refuses.
  args: [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
  ],
});

const requests = [];
let page;
try {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  // On the context rather than the page, so that the IDE's service worker and web workers are recorded too.
  context.on('request', request => requests.push(`${request.method()} ${request.url()}`));
  page = await context.newPage();
  page.setDefaultTimeout(timeout);

  // The API redirects a browser's GET /graphql to the IDE page at /graphql/.
  await page.goto(endpoint);
  const landed = new URL(page.url()).pathname;
  if (landed !== '/graphql/') {
    throw new Error(`GET /graphql landed on ${landed}, not on the IDE at /graphql/`);
  }
  // On a first visit the IDE's service worker takes control and the IDE reloads itself once; act only after that.
  await page.waitForFunction(() =>
    performance.getEntriesByType('navigation')[0]?.type === 'reload' && document.readyState === 'complete');

  // A new document opens with the starter query from bcp-config.json and introspects the schema.
  const introspection = page.waitForResponse(response =>
    response.url() === endpoint && response.request().postData()?.includes('IntrospectionQuery'));
  await page.getByRole('button', { name: 'Create Document' }).click();
  const schema = await introspection;
  if (!schema.ok()) {
    throw new Error(`introspection failed: HTTP ${schema.status()} ${await schema.text()}`);
  }
  await page.getByText('query FinanceBureauMeasures').waitFor();

  const answer = page.waitForResponse(response =>
    response.url() === endpoint && response.request().postData()?.includes('query FinanceBureauMeasures'));
  await page.getByRole('button', { name: /^Run Operation/ }).click();
  const result = await answer;
  const body = await result.text();
  console.log(`FinanceBureauMeasures: HTTP ${result.status()} ${body.slice(0, 600)}`);
  if (JSON.parse(body).data?.units?.nodes?.[0]?.name !== '凉山州财政局') {
    throw new Error('the starter query did not return 凉山州财政局');
  }

  // The response pane is the read-only editor; the operation editor holds the same words, so look for JSON keys.
  await page.waitForFunction(() => [...document.querySelectorAll('.monaco-editor')].some(editor => {
    const text = editor.innerText.replaceAll('\u00a0', ' ');
    return text.includes('"name": "凉山州财政局"') && text.includes('"totalCount":');
  }));
} catch (error) {
  console.error(`page at failure: ${page?.url()}`);
  throw error;
} finally {
  if (page) {
    // Away from the Run button, whose tooltip would cover the response.
    await page.mouse.move(0, 500);
    await mkdir(dirname(screenshotPath), { recursive: true });
    await page.screenshot({ path: screenshotPath });
    console.log(`screenshot: ${screenshotPath}`);
  }
  await browser.close();
}

const posts = [...new Set(requests.filter(request => request.startsWith('POST ')))];
console.log(`GraphQL requests went to: ${posts.join(', ')}`);
// data: and blob: URLs never leave the browser; everything else must go to the API.
const elsewhere = requests.filter(request => {
  const url = new URL(request.slice(request.indexOf(' ') + 1));
  return url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin;
});
if (elsewhere.length > 0) {
  console.error(`the page reached hosts other than ${origin}:\n${elsewhere.join('\n')}`);
  process.exit(1);
}
console.log(`all ${requests.length} requests went to ${origin}`);
