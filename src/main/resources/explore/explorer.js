// The newsgraph explorer page: the actor network drawn with Cytoscape.js, actor search, details of
// actors and of the statements and events behind an edge, and a SPARQL query box. It talks only to
// its own server: /explore/api/... (see org.newsgraph.explore.ExplorerApi) and the read-only
// SPARQL endpoint. All text from the graph goes into the page with textContent, never as HTML.
'use strict';

(function () {
  const WIKIDATA_PAGE = 'https://www.wikidata.org/wiki/';
  const state = { cy: null, sparqlPath: null, graphStorePath: null, queries: [] };
  // For scripting in the browser console (and the page's browser test): the Cytoscape instance.
  window.explorer = state;

  const byId = (id) => document.getElementById(id);

  function element(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    if (className) {
      node.className = className;
    }
    return node;
  }

  async function getJson(path) {
    const response = await fetch(path, { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      throw new Error((await response.text()).trim() || response.statusText);
    }
    return response.json();
  }

  function setStatus(text) {
    byId('graph-status').textContent = text;
  }

  function showError(container, error) {
    container.replaceChildren(element('p', 'Error: ' + error.message, 'error'));
  }

  // ---- The graph ----

  function createGraph() {
    state.cy = cytoscape({
      container: byId('graph'),
      minZoom: 0.2,
      maxZoom: 4,
      style: [
        {
          selector: 'node',
          style: {
            'background-color': 'data(color)',
            width: 'mapData(size, 10, 40, 18, 60)',
            height: 'mapData(size, 10, 40, 18, 60)',
            label: 'data(name)',
            'font-size': 11,
            'text-valign': 'bottom',
            'text-margin-y': 3,
            'text-outline-color': '#ffffff',
            'text-outline-width': 2,
          },
        },
        {
          selector: 'edge',
          style: {
            'line-color': 'data(color)',
            'target-arrow-color': 'data(color)',
            'target-arrow-shape': 'triangle',
            width: 'data(width)',
            'curve-style': 'bezier',
            label: 'data(interaction)',
            'font-size': 9,
            color: '#5f6670',
            'text-rotation': 'autorotate',
            'text-outline-color': '#ffffff',
            'text-outline-width': 2,
          },
        },
        { selector: ':selected', style: { 'overlay-color': '#ffbf00', 'overlay-opacity': 0.35, 'overlay-padding': 4 } },
      ],
    });
    state.cy.on('tap', 'node', (event) => showActor(event.target));
    state.cy.on('tap', 'edge', (event) => showEdge(event.target));
  }

  async function loadNetwork(actorIri) {
    setStatus(actorIri ? 'Loading the neighbourhood…' : 'Loading the actor network…');
    const query = actorIri ? 'api/network?actor=' + encodeURIComponent(actorIri) : 'api/network';
    const graph = await getJson(query);
    const cy = state.cy;
    cy.elements().remove();
    cy.add(graph.elements.nodes.concat(graph.elements.edges));
    const layout = cy.layout({
      name: 'cose', animate: false, randomize: true, nodeDimensionsIncludeLabels: true,
      idealEdgeLength: () => 90, nodeRepulsion: () => 600000, gravity: 0.2,
    });
    layout.run();
    cy.fit(undefined, 30);
    const nodes = cy.nodes().length;
    const edges = cy.edges().length;
    setStatus(nodes === 0
      ? 'No actors with relations yet: build the database from some articles first.'
      : nodes + ' actors, ' + edges + ' relations' + (actorIri ? ' around the chosen actor' : ' (the strongest)'));
    if (actorIri) {
      const focus = cy.getElementById(actorIri);
      if (focus.nonempty()) {
        cy.elements().unselect();
        focus.select();
        showActor(focus);
      }
    }
  }

  // ---- Details ----

  function details() {
    const panel = byId('details');
    panel.replaceChildren();
    return panel;
  }

  function definitionList(pairs) {
    const list = element('dl');
    for (const [term, value] of pairs) {
      if (value === undefined || value === null || value === '') {
        continue;
      }
      list.append(element('dt', term));
      const dd = element('dd');
      if (value instanceof Node) {
        dd.append(value);
      } else {
        dd.textContent = value;
      }
      list.append(dd);
    }
    return list;
  }

  function link(href, text) {
    const anchor = element('a', text);
    anchor.href = href;
    anchor.rel = 'noopener noreferrer';
    anchor.target = '_blank';
    return anchor;
  }

  function showActor(node) {
    const data = node.data();
    const panel = details();
    panel.append(element('h2', data.name));
    panel.append(definitionList([
      ['type', data.type],
      ['Wikidata', data.wikidata ? link(WIKIDATA_PAGE + data.wikidata, data.wikidata) : 'not linked'],
      ['articles', data.articles],
      ['IRI', data.id],
    ]));
    const around = element('button', 'Show its neighbourhood');
    around.type = 'button';
    around.addEventListener('click', () => loadNetwork(data.id).catch((error) => setStatus('Error: ' + error.message)));
    panel.append(around);
  }

  function articleLink(row) {
    if (!row.article) {
      return null;
    }
    const text = row.headline || 'article';
    if (row.url && /^https?:\/\//.test(row.url)) {
      return link(row.url, text);
    }
    // Without a web address, the article's own graph on this server is the source to show.
    return state.graphStorePath
      ? link(state.graphStorePath + '?graph=' + encodeURIComponent(row.article), text)
      : element('span', text);
  }

  function metaLine(parts, articleAnchor) {
    const meta = element('p', parts.filter(Boolean).join(' · '), 'meta');
    if (articleAnchor) {
      meta.append(document.createTextNode(parts.filter(Boolean).length ? ' · ' : ''));
      meta.append(articleAnchor);
    }
    return meta;
  }

  async function showEdge(edge) {
    const data = edge.data();
    const source = edge.source().data('name');
    const target = edge.target().data('name');
    const panel = details();
    panel.append(element('h2', source + ' ' + (data.interaction || '→') + ' ' + target));
    panel.append(definitionList([
      ['supported by', data.count + (data.count === 1 ? ' event or statement' : ' events and statements')],
      ['first', data.firstDate],
      ['last', data.lastDate],
    ]));
    const evidence = element('div');
    evidence.append(element('p', 'Loading the statements and events…', 'hint'));
    panel.append(evidence);
    try {
      const found = await getJson('api/evidence?source=' + encodeURIComponent(data.source)
        + '&target=' + encodeURIComponent(data.target));
      evidence.replaceChildren(statementList(found.statements), eventList(found.events));
    } catch (error) {
      showError(evidence, error);
    }
  }

  function statementList(statements) {
    const section = element('section');
    section.append(element('h3', 'Statements (' + statements.length + ')'));
    const list = element('ul', null, 'evidence');
    for (const row of statements) {
      const item = element('li', null, 'statement');
      item.append(element('p', '“' + row.text + '”', 'quote'));
      item.append(metaLine([row.speakerLabel, row.cue, row.channel, row.kind, row.date], articleLink(row)));
      list.append(item);
    }
    section.append(list);
    return section;
  }

  function eventList(events) {
    const section = element('section');
    section.append(element('h3', 'Events (' + events.length + ')'));
    const list = element('ul', null, 'evidence');
    for (const row of events) {
      const item = element('li', null, 'event');
      item.append(element('p', row.evidence || ('CAMEO ' + row.code), 'quote'));
      if (row.text) {
        item.append(element('p', (row.speakerLabel ? row.speakerLabel + ': ' : '') + '“' + row.text + '”', 'meta'));
      }
      item.append(metaLine(['CAMEO ' + row.code, row.modality, row.date], articleLink(row)));
      list.append(item);
    }
    section.append(list);
    return section;
  }

  // ---- Search ----

  async function search(text) {
    const results = byId('search-results');
    results.replaceChildren();
    if (!text.trim()) {
      return;
    }
    const actors = await getJson('api/search?q=' + encodeURIComponent(text.trim()));
    if (actors.length === 0) {
      results.append(element('li', 'No actor named like “' + text.trim() + '”.', 'hint'));
      return;
    }
    for (const actor of actors) {
      const item = element('li');
      const button = element('button', actor.label + ' (' + (actor.type || '').replace(/^.*#/, '') + ')');
      button.type = 'button';
      button.dataset.actor = actor.actor;
      button.addEventListener('click', () => loadNetwork(actor.actor).catch((error) => setStatus('Error: ' + error.message)));
      item.append(button);
      results.append(item);
    }
  }

  // ---- Queries ----

  async function loadQueries() {
    state.queries = await getJson('api/queries');
    const choice = byId('query-choice');
    state.queries.forEach((query, index) => {
      const option = element('option', query.title);
      option.value = String(index);
      choice.append(option);
    });
    choice.addEventListener('change', () => {
      byId('query-text').value = state.queries[Number(choice.value)].text;
    });
    if (state.queries.length > 0) {
      byId('query-text').value = state.queries[0].text;
    }
  }

  async function runQuery(text) {
    const status = byId('query-status');
    const results = byId('query-results');
    status.textContent = 'Running…';
    results.replaceChildren();
    const response = await fetch(state.sparqlPath, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/sparql-results+json' },
      body: new URLSearchParams({ query: text }),
    });
    if (!response.ok) {
      status.textContent = '';
      results.append(element('p', 'The query failed: ' + (await response.text()).trim(), 'error'));
      return;
    }
    const json = await response.json();
    if (typeof json.boolean === 'boolean') {
      status.textContent = 'Answer: ' + json.boolean;
      return;
    }
    const columns = json.head.vars;
    const rows = json.results.bindings;
    status.textContent = rows.length + (rows.length === 1 ? ' row' : ' rows');
    results.append(resultTable(columns, rows));
  }

  function resultTable(columns, rows) {
    const table = element('table');
    const head = element('tr');
    columns.forEach((column) => head.append(element('th', column)));
    const thead = element('thead');
    thead.append(head);
    table.append(thead);
    const body = element('tbody');
    for (const row of rows) {
      const tr = element('tr');
      for (const column of columns) {
        const cell = element('td');
        const value = row[column];
        if (value && value.type === 'uri' && /^https?:\/\//.test(value.value) && !value.value.includes('w3id.org/newsgraph')) {
          cell.append(link(value.value, value.value));
        } else if (value) {
          cell.textContent = value.value;
        }
        tr.append(cell);
      }
      body.append(tr);
    }
    table.append(body);
    return table;
  }

  // ---- Start ----

  async function start() {
    createGraph();
    byId('search-form').addEventListener('submit', (event) => {
      event.preventDefault();
      search(byId('search-input').value).catch((error) => showError(byId('search-results'), error));
    });
    byId('show-all').addEventListener('click', () => loadNetwork(null).catch((error) => setStatus('Error: ' + error.message)));
    byId('query-form').addEventListener('submit', (event) => {
      event.preventDefault();
      runQuery(byId('query-text').value).catch((error) => showError(byId('query-results'), error));
    });
    const config = await getJson('api/config');
    state.sparqlPath = config.sparql;
    state.graphStorePath = config.graphStore || null;
    await Promise.all([loadNetwork(null), loadQueries()]);
  }

  start().catch((error) => setStatus('The explorer could not start: ' + error.message));
})();
