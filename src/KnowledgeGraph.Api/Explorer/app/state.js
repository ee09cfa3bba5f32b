// The page's whole view lives in its URL's query string, so that every view can be shared, reloaded and reached
// again with the back button:
//   q       the search text            node    the entity whose neighbourhood is drawn
//   depth   1–3 relationships           expand  nodes whose neighbourhoods are merged in (comma-separated ids)
//   hide    node kinds filtered out     sel     the selected node or relationship (its details are shown)
//   from,to path endpoints (both set: the shortest paths are drawn instead of a neighbourhood)
//   doc,at,len  a document's text, scrolled to the span [at, at + len)

const lists = new Set(['expand', 'hide']);
const numbers = new Set(['depth', 'at', 'len']);

export function readState(search = location.search) {
  const parameters = new URLSearchParams(search);
  const state = { q: '', node: '', depth: 1, expand: [], hide: [], sel: '', from: '', to: '', doc: '', at: 0, len: 0 };
  for (const [key, value] of parameters) {
    if (!(key in state)) continue;
    if (lists.has(key)) state[key] = value.split(',').filter(Boolean);
    else if (numbers.has(key)) state[key] = Number.parseInt(value, 10) || state[key];
    else state[key] = value;
  }
  state.depth = Math.min(3, Math.max(1, state.depth));
  return state;
}

export function urlOf(state) {
  const parameters = new URLSearchParams();
  for (const [key, value] of Object.entries(state)) {
    const text = Array.isArray(value) ? value.join(',') : String(value);
    if (text && !(key === 'depth' && value === 1) && !(numbers.has(key) && value === 0)) {
      parameters.set(key, text);
    }
  }
  const query = parameters.toString();
  return query ? `/explore?${query}` : '/explore';
}

/** A new state from the current one with `changes` applied, pushed as a history entry. */
export function navigate(changes, { replace = false } = {}) {
  const next = { ...readState(), ...changes };
  const url = urlOf(next);
  if (url !== location.pathname + location.search) {
    history[replace ? 'replaceState' : 'pushState'](null, '', url);
  }
  window.dispatchEvent(new Event('statechange'));
}
