// Opens the starter document (bcp-config.json's graphQLDocument) in a tab when the IDE starts without one, so a first
// visit lands on a query ready to run instead of the welcome screen. Banana Cake Pop has no setting for this; its
// welcome screen's "Create Document" button is the one way in that its own code supports, so this presses it once.
// Only the IDE's first render counts: once a tab is restored or opened, closing every tab leaves the welcome screen be.
// The new document takes its text from bcp-config.json, so the button is pressed only once the IDE has that file: on
// a slow first visit the welcome screen can appear before it, and a press then opens an empty "untitled" tab.
// On a first visit the IDE's service worker takes control and the IDE reloads itself, restoring the tabs it had: a
// press before that reload saved an empty "untitled" tab, which the reloaded IDE showed instead of the starter. So the
// button is pressed only in a page the service worker controls (or where there is none, or none took control within
// a few seconds).
(() => {
  const workerGraceMs = 5000;
  let workerGraceOver = false;
  const controlled = () => !('serviceWorker' in navigator) || navigator.serviceWorker.controller !== null || workerGraceOver;
  const welcomeButton = () => [...document.querySelectorAll('button')]
    .find(button => button.textContent.trim() === 'Create Document');
  const tabIsOpen = () => document.querySelector('.monaco-editor') !== null;
  const configLoaded = () => performance.getEntriesByType('resource')
    .some(entry => new URL(entry.name).pathname.endsWith('/bcp-config.json') && entry.responseEnd > 0);

  const stop = () => {
    pageWatcher.disconnect();
    configWatcher.disconnect();
  };
  const pressWhenReady = () => {
    if (tabIsOpen()) {
      stop();
      return;
    }
    const button = welcomeButton();
    if (button && configLoaded() && controlled()) {
      stop();
      // A turn later, so that the IDE has handled the file it just received before the press reads it.
      setTimeout(() => { if (!tabIsOpen()) button.click(); }, 0);
    }
  };

  const pageWatcher = new MutationObserver(pressWhenReady);
  // The file may arrive after the last change to the page; its arrival is then the signal.
  const configWatcher = new PerformanceObserver(pressWhenReady);
  setTimeout(() => { workerGraceOver = true; pressWhenReady(); }, workerGraceMs);
  pageWatcher.observe(document.documentElement, { childList: true, subtree: true });
  configWatcher.observe({ type: 'resource' });
})();
