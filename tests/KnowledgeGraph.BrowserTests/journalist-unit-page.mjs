// A journalist opens a unit's page on a phone, in Debian's headless Chromium: the page shows every measure the test
// got from the GraphQL API for the unit, in Chinese, and talks to nobody but the API. Saves screenshots.
// Usage: node journalist-unit-page.mjs <API base URL> <screenshot folder> <unit name> <file of expected titles, one a line>
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launchChromium } from './chromium.mjs';

const [baseUrl, screenshots, unitName, titlesFile] = process.argv.slice(2);
if (!baseUrl || !screenshots || !unitName || !titlesFile) {
  console.error('usage: node journalist-unit-page.mjs <API base URL> <screenshot folder> <unit name> <titles file>');
  process.exit(2);
}

const origin = new URL(baseUrl).origin;
const expectedTitles = (await readFile(titlesFile, 'utf8')).split('\n').filter(line => line.length > 0);
await mkdir(screenshots, { recursive: true });

const browser = await launchChromium();

const requests = [];
try {
  // A phone's screen: the page must read in one column without sideways scrolling.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  context.on('request', request => requests.push(request.url()));
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);

  await page.goto(`${origin}/units/${encodeURIComponent(unitName)}`);
  await page.getByRole('heading', { level: 1, name: unitName }).waitFor();
  const shown = await page.locator('.measure-title').allTextContents();
  const missing = expectedTitles.filter(title => !shown.includes(title));
  if (missing.length > 0) {
    throw new Error(`The page does not show these measures the API returns: ${missing.join(' | ')}`);
  }
  for (const title of expectedTitles.slice(0, 3)) {
    if (!(await page.locator('.measure-title', { hasText: title }).first().isVisible())) {
      throw new Error(`The measure ${title} is on the page but not visible.`);
    }
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (overflow > 0) {
    throw new Error(`The page is ${overflow}px wider than the phone's screen.`);
  }
  await page.screenshot({ path: join(screenshots, '01-unit-page-phone.png') });
  await page.screenshot({ path: join(screenshots, '02-unit-page-phone-full.png'), fullPage: true });
  console.log(`shown ${shown.length} measures, ${expectedTitles.length} expected among them`);

  const elsewhere = requests.filter(url => new URL(url).origin !== origin);
  if (elsewhere.length > 0) {
    throw new Error(`The page asked other hosts: ${elsewhere.join(', ')}`);
  }
} finally {
  await browser.close();
}
