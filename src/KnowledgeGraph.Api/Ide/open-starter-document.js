// Opens the starter document (bcp-config.json's graphQLDocument) in a tab when the IDE starts without one, so a first
// visit lands on a query ready to run instead of the welcome screen. Banana Cake Pop has no setting for this; its
// welcome screen's "Create Document" button is the one way in that its own code supports, so this presses it once.
// Only the IDE's first render counts: once a tab is restored or opened, closing every tab leaves the welcome screen be.
(() => {
  const welcomeButton = () => [...document.querySelectorAll('button')]
    .find(button => button.textContent.trim() === 'Create Document');
  const tabIsOpen = () => document.querySelector('.monaco-editor') !== null;

  const watcher = new MutationObserver(() => {
    if (tabIsOpen()) {
      watcher.disconnect();
      return;
    }
    const button = welcomeButton();
    if (button) {
      watcher.disconnect();
      button.click();
    }
  });
  watcher.observe(document.documentElement, { childList: true, subtree: true });
})();
