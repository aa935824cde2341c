// Makes Fuseki's query UI this project's (see QueryUi.java): the named queries as the query
// page's examples, the project's prefixes, and no write tabs on a read-only server. It reads
// the configuration the server put in the page and adds a mixin to the UI's Vue app, which
// is mounted by the time this module runs (module scripts run in document order).
const config = JSON.parse(document.getElementById('e2k-ui-config').textContent);

if (!config.writable) {
  const style = document.createElement('style');
  style.textContent = 'a.nav-link[href$="/upload"], a.nav-link[href$="/edit"], a.nav-link[href$="/manage/new"] { display: none !important; }';
  document.head.appendChild(style);
}

// Links in the results to IRIs under the graph's root go to this server's page of the IRI.
function localLinks() {
  for (const a of document.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href');
    if (href.startsWith(config.root)) {
      a.setAttribute('href', '/' + href.substring(config.root.length));
      a.removeAttribute('target');
    }
  }
}
new MutationObserver(localLinks).observe(document.body, { childList: true, subtree: true });

const app = document.getElementById('app').__vue_app__;
if (app) {
  app.mixin({
    created() {
      if (this.$options.name === 'DatasetQuery') {
        this.queries = config.queries.map(q => ({ text: q.text, value: q.value }));
        this.prefixes = config.prefixes.map(p => ({ text: p.text, uri: p.uri }));
      }
    }
  });
  window.e2eeQueryUi = { ready: true, queries: config.queries.length };
} else {
  console.warn('e2ee-kg: the Fuseki UI app was not found; its default examples stay');
}
