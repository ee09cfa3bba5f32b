// Opens the starter document (bcp-config.json's graphQLDocument) in a tab when the IDE starts without one, so a first
// visit lands on a query ready to run instead of the welcome screen. Banana Cake Pop has no setting for this; its
// welcome screen's "Create Document" button is the one way in that its own code supports, so this presses it once.
// Only the IDE's first render counts: once a tab is restored or opened, closing every tab leaves the welcome screen be.
// The new document takes its text from bcp-config.json, so the button is pressed only once the IDE has that file: on
// a slow first visit the welcome screen can appear before it, and a press then opens an empty "untitled" tab.
(() => {
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
    if (button && configLoaded()) {
      stop();
      // A turn later, so that the IDE has handled the file it just received before the press reads it.
      setTimeout(() => { if (!tabIsOpen()) button.click(); }, 0);
    }
  };

  const pageWatcher = new MutationObserver(pressWhenReady);
  // The file may arrive after the last change to the page; its arrival is then the signal.
  const configWatcher = new PerformanceObserver(pressWhenReady);
  pageWatcher.observe(document.documentElement, { childList: true, subtree: true });
  configWatcher.observe({ type: 'resource' });
})();
