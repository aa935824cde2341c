// The explorer page: draws the fact view (/export/cytoscape) with Cytoscape.js and the fcose
// layout, and lets a reader filter, search and click through it. Everything shown from the
// data is set as text, never as HTML.
(function () {
  'use strict';

  var SENTENCES = 'rdfs_comment';   // the evidence sentences of an edge (see the fact view)
  var ARTICLES = 'dcterms_source';  // the articles an edge was read from
  var ALT_LABELS = 'skos_altLabel';

  var state = { all: null, cy: null, root: '', dates: [], focus: null };
  window.e2eeExplorer = state;

  function list(value) {
    if (value === undefined || value === null) { return []; }
    return Array.isArray(value) ? value : [value];
  }

  function el(tag, text, attrs) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }

  // The server path of an IRI under the graph's root, as the linked-data pages are served.
  function pageOf(iri) {
    return state.root && iri.indexOf(state.root) === 0 ? '/' + iri.substring(state.root.length) : iri;
  }

  function shortId(iri) {
    var cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
    return iri.substring(cut + 1);
  }

  function status(text) {
    document.getElementById('status').textContent = text;
  }

  // ------------------------------------------------------------------ data and drawing

  function load() {
    fetch('/export/cytoscape', { headers: { Accept: 'application/json' } })
      .then(function (r) {
        if (!r.ok) { throw new Error('the graph could not be loaded (' + r.status + ')'); }
        return r.json();
      })
      .then(start)
      .catch(function (e) { status('Error: ' + e.message); });
  }

  function start(json) {
    state.all = json.elements;
    state.root = (json.data && json.data.root) || '';
    var degree = {};
    state.all.edges.forEach(function (e) {
      degree[e.data.source] = (degree[e.data.source] || 0) + 1;
      degree[e.data.target] = (degree[e.data.target] || 0) + 1;
    });
    state.all.nodes.forEach(function (n) { n.data.degree = degree[n.data.id] || 0; });
    var style = json.style.concat([
      { selector: 'node', style: { width: 'mapData(degree, 0, 20, 22, 64)', height: 'mapData(degree, 0, 20, 22, 64)',
        'font-size': '12px', 'text-background-color': '#ffffff', 'text-background-opacity': 0.75,
        'text-background-padding': '1px', 'text-margin-y': 2 } },
      { selector: 'edge', style: { 'min-zoomed-font-size': 9, 'font-size': '7px' } },
      { selector: 'node.match', style: { 'border-width': 4, 'border-color': '#0b57d0' } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#000000' } },
      { selector: '.hidden', style: { display: 'none' } }
    ]);
    cytoscape.use(cytoscapeFcose);
    state.cy = cytoscape({ container: document.getElementById('graph'), style: style, wheelSensitivity: 0.3,
      minZoom: 0.1, maxZoom: 4 });
    state.cy.on('tap', 'node', function (evt) { showNode(evt.target); if (state.focus) { expand(evt.target); } });
    state.cy.on('tap', 'edge', function (evt) { showEdge(evt.target); });
    controls();
    var focus = new URLSearchParams(window.location.search).get('focus');
    if (focus && state.all.nodes.some(function (n) { return n.data.id === focus; })) {
      state.focus = focus;
      state.cy.add(nodeData(focus));
      expand(state.cy.getElementById(focus));
      showNode(state.cy.getElementById(focus));
    } else {
      state.cy.add(state.all.nodes.concat(state.all.edges));
      layout();
      if (focus) { status('No node ' + focus + ' in the graph; showing everything.'); }
    }
  }

  function nodeData(id) {
    return state.all.nodes.filter(function (n) { return n.data.id === id; })[0];
  }

  // Adds a node's neighbours and the edges between what is shown (focus mode).
  function expand(node) {
    var id = node.id();
    var added = [];
    state.all.edges.forEach(function (e) {
      if (e.data.source === id || e.data.target === id) {
        [e.data.source, e.data.target].forEach(function (end) {
          if (state.cy.getElementById(end).empty()) { added.push(state.cy.add(nodeData(end))); }
        });
      }
    });
    state.all.edges.forEach(function (e) {
      if (state.cy.getElementById(e.data.id).empty() && !state.cy.getElementById(e.data.source).empty()
          && !state.cy.getElementById(e.data.target).empty()) {
        state.cy.add(e);
      }
    });
    layout();
    return added.length;
  }

  function layout() {
    applyFilters();
    var shown = state.cy.elements().not('.hidden');
    var run = shown.layout({ name: 'fcose', quality: 'proof', randomize: true, animate: false, nodeRepulsion: 22000,
      idealEdgeLength: 115, edgeElasticity: 0.35, gravity: 0.25, gravityRange: 3.8, nodeSeparation: 110, numIter: 5000,
      packComponents: true, fit: true, padding: 30 });
    run.one('layoutstop', function () {
      state.ready = true;
      status(state.cy.nodes(':visible').length + ' nodes and ' + state.cy.edges(':visible').length + ' edges shown'
        + (state.focus ? ' around ' + state.focus + '; click a node to add its neighbours' : '') + '.');
    });
    run.run();
  }

  // ------------------------------------------------------------------ filters and search

  function controls() {
    var articles = {};
    var dates = {};
    var kinds = {};
    state.all.edges.forEach(function (e) {
      list(e.data[ARTICLES]).forEach(function (a) { articles[a] = true; });
      if (e.data.start) { dates[e.data.start] = true; }
    });
    state.all.nodes.forEach(function (n) { kinds[n.data.kind] = true; });
    var select = document.getElementById('article');
    Object.keys(articles).sort().forEach(function (a) { select.appendChild(el('option', shortId(a), { value: a })); });
    select.addEventListener('change', applyFilters);
    state.dates = Object.keys(dates).sort();
    var slider = document.getElementById('date');
    slider.max = String(state.dates.length);
    slider.value = slider.max;
    slider.addEventListener('input', applyFilters);
    var box = document.getElementById('kinds');
    var legend = document.getElementById('legend');
    Object.keys(kinds).sort().forEach(function (k) {
      var check = el('input', null, { type: 'checkbox', value: k, checked: 'checked' });
      check.addEventListener('change', applyFilters);
      var label = el('label');
      label.appendChild(check);
      label.appendChild(document.createTextNode(' ' + k));
      box.appendChild(label);
      var sample = state.cy.add({ group: 'nodes', data: { id: '_legend_' + k, kind: k } });
      var line = el('div');
      var swatch = el('span', null, { 'class': 'swatch' });
      swatch.style.background = sample.style('background-color');
      state.cy.remove(sample);
      line.appendChild(swatch);
      line.appendChild(document.createTextNode(' ' + k));
      legend.appendChild(line);
    });
    document.getElementById('search').addEventListener('input', search);
    document.getElementById('search').addEventListener('keydown', function (evt) {
      if (evt.key === 'Enter') {
        var first = document.querySelector('#matches li');
        if (first) { first.click(); }
      }
    });
    document.getElementById('reset').addEventListener('click', function () { window.location.href = '/explore'; });
  }

  function applyFilters() {
    var article = document.getElementById('article').value;
    var slider = document.getElementById('date');
    var index = Number(slider.value);
    var until = index >= state.dates.length ? null : state.dates[index];
    document.getElementById('date-label').textContent = until === null ? 'all dates' : until;
    var kinds = {};
    document.querySelectorAll('#kinds input').forEach(function (c) { kinds[c.value] = c.checked; });
    state.cy.batch(function () {
      state.cy.edges().forEach(function (e) {
        var inArticle = !article || list(e.data(ARTICLES)).indexOf(article) >= 0;
        var inTime = until === null || !e.data('start') || e.data('start') <= until;
        var ends = kinds[e.source().data('kind')] !== false && kinds[e.target().data('kind')] !== false;
        e.toggleClass('hidden', !(inArticle && inTime && ends));
      });
      var filtering = article || until !== null;
      state.cy.nodes().forEach(function (n) {
        var kindOk = kinds[n.data('kind')] !== false;
        var linked = n.connectedEdges().not('.hidden').length > 0 || n.id() === state.focus;
        n.toggleClass('hidden', !(kindOk && (linked || (!filtering && n.connectedEdges().empty()))));
      });
    });
  }

  function search() {
    var text = document.getElementById('search').value.trim().toLowerCase();
    var matches = document.getElementById('matches');
    matches.textContent = '';
    state.cy.nodes().removeClass('match');
    if (text.length < 2) { return; }
    // names that are the text come first, then names with a word starting with it, then the rest
    function rank(n) {
      var names = [n.data.label].concat(list(n.data[ALT_LABELS])).map(function (l) { return String(l).toLowerCase(); });
      if (names.indexOf(text) >= 0) { return 0; }
      if (names.some(function (l) { return (' ' + l).indexOf(' ' + text) >= 0; })) { return 1; }
      return names.some(function (l) { return l.indexOf(text) >= 0; }) ? 2 : 3;
    }
    var found = state.all.nodes.map(function (n) { return { node: n, rank: rank(n) }; })
      .filter(function (m) { return m.rank < 3; })
      .sort(function (a, b) {
        return a.rank - b.rank || (a.node.data.label < b.node.data.label ? -1 : a.node.data.label > b.node.data.label ? 1 : 0);
      })
      .slice(0, 20).map(function (m) { return m.node; });
    found.forEach(function (n) {
      var item = el('li', n.data.label + ' (' + n.data.kind + ')', { 'data-id': n.data.id });
      item.addEventListener('click', function () { pick(n.data.id); });
      matches.appendChild(item);
      state.cy.getElementById(n.data.id).addClass('match');
    });
  }

  function pick(id) {
    document.getElementById('matches').textContent = '';
    var node = state.cy.getElementById(id);
    if (node.empty()) {
      node = state.cy.add(nodeData(id));
      expand(node);
    }
    state.cy.elements().unselect();
    node.select();
    state.cy.animate({ center: { eles: node }, zoom: Math.max(state.cy.zoom(), 1.2) }, { duration: 200 });
    showNode(node);
  }

  // ------------------------------------------------------------------ details

  function showNode(node) {
    var d = node.data();
    var panel = document.getElementById('details');
    panel.textContent = '';
    panel.appendChild(el('h2', d.label, { id: 'details-title' }));
    panel.appendChild(el('div', d.kind, { 'class': 'kind' }));
    panel.appendChild(el('div', d.id, { 'class': 'iri' }));
    var links = el('p');
    links.appendChild(el('a', 'Open its page', { href: pageOf(d.id), 'class': 'page' }));
    links.appendChild(document.createTextNode(' · '));
    links.appendChild(el('a', 'Its neighbourhood', { href: '/explore?focus=' + encodeURIComponent(d.id), 'class': 'focus' }));
    panel.appendChild(links);
    var table = el('table');
    Object.keys(d).sort().forEach(function (k) {
      if (['id', 'label', 'kind', 'degree'].indexOf(k) >= 0) { return; }
      var row = el('tr');
      row.appendChild(el('td', k, { 'class': 'p' }));
      row.appendChild(el('td', list(d[k]).join(' | ')));
      table.appendChild(row);
    });
    panel.appendChild(table);
    panel.appendChild(el('h3', 'Facts and their evidence'));
    var facts = el('div', null, { 'class': 'evidence' });
    state.all.edges.filter(function (e) { return e.data.source === d.id || e.data.target === d.id; })
      .forEach(function (e) { facts.appendChild(fact(e.data)); });
    panel.appendChild(facts);
  }

  function showEdge(edge) {
    var panel = document.getElementById('details');
    panel.textContent = '';
    panel.appendChild(el('h2', edge.data('label'), { id: 'details-title' }));
    var box = el('div', null, { 'class': 'evidence' });
    box.appendChild(fact(edge.data()));
    panel.appendChild(box);
  }

  function nameOf(id) {
    var n = nodeData(id);
    return n ? n.data.label : id;
  }

  function fact(data) {
    var div = el('div', null, { 'class': 'fact' });
    var line = el('div');
    line.appendChild(el('a', nameOf(data.source), { href: pageOf(data.source) }));
    line.appendChild(document.createTextNode(' ' + data.label + ' '));
    line.appendChild(el('a', nameOf(data.target), { href: pageOf(data.target) }));
    if (data.start) { line.appendChild(el('span', ' (' + data.start + ')', { 'class': 'when' })); }
    div.appendChild(line);
    list(data[SENTENCES]).forEach(function (s) { div.appendChild(el('blockquote', s)); });
    list(data[ARTICLES]).forEach(function (a) {
      var from = el('div', null, { 'class': 'when' });
      from.appendChild(document.createTextNode('from '));
      from.appendChild(el('a', shortId(a), { href: pageOf(a) }));
      div.appendChild(from);
    });
    return div;
  }

  load();
}());
