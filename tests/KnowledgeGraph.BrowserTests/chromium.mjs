// Debian's headless Chromium, as every browser test drives it.
import { chromium } from 'playwright-core';

export function launchChromium() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    // Without the background-networking flags Chromium itself calls Google's hosts, which a closed network refuses.
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

// Ends the test run with a failure when any recorded request (`METHOD url`) went to a host other than `origin`: the
// pages must work offline and talk only to our API. data: and blob: URLs never leave the browser.
export function failIfRequestsLeft(requests, origin) {
  const elsewhere = requests.filter(request => {
    const url = new URL(request.slice(request.indexOf(' ') + 1));
    return url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin;
  });
  if (elsewhere.length > 0) {
    console.error(`the page reached hosts other than ${origin}:\n${elsewhere.join('\n')}`);
    process.exit(1);
  }
  console.log(`all ${requests.length} requests went to ${origin}`);
}
