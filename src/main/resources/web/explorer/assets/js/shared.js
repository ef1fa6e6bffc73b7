// Shared initiatives: which regions mention which mechanisms (or which mechanisms occur together),
// as a network; clicking a node shows the evidence. All filters live in the query string.

import { el, entityLink, fill, pageParams, regionLink, reportLink, sentenceWithMark } from './dom.js';
import { addOptions, frame, guarded, linkableForm, loading } from './layout.js';
import { t, term } from './i18n.js';
import { iri, runSaved } from './sparql.js';
import { capNetwork, cooccurrenceElements, networkElements, sharedMechanisms } from './network.js';
import { pagedTable } from './table.js';

const FZ = 'https://fazhi-kg.org/ontology#';
const LEVELS = ['Province', 'City', 'District', 'County', 'Subdistrict', 'Community'];
const DEFAULT_CAP = 300;
/** Mechanisms in the co-occurrence view: beyond this the pairs are too many to read. */
const COOCCURRENCE_CAP = 80;

frame('shared');
const filters = readFilters(pageParams());
const form = document.getElementById('filters');
linkableForm(form);
addOptions(form.elements.level, LEVELS.map((level) => [level, term('level', level)]));
const details = document.getElementById('details');
const mechanismLabels = new Map();
let cy = null;

guarded(fillProvinces);
guarded(draw);

function readFilters(p) {
  const integer = (value, fallback) => (/^\d{1,4}$/.test(value ?? '') ? Number(value) : fallback);
  return {
    min: Math.max(1, integer(p.min, 2)),
    from: integer(p.from, null),
    to: integer(p.to, null),
    level: LEVELS.includes(p.level) ? p.level : null,
    province: /^https?:\/\//.test(p.province ?? '') ? p.province : null,
    kind: ['initiative', 'slogan'].includes(p.kind) ? p.kind : null,
    bodies: p.bodies === '1',
    view: p.view === 'cooccurrence' ? 'cooccurrence' : 'network',
    layout: p.layout === 'concentric' ? 'concentric' : 'cose',
    focus: /^https?:\/\//.test(p.focus ?? '') ? p.focus : null,
    cap: Math.max(1, integer(p.cap, DEFAULT_CAP)),
  };
}

/** The filters as parameters of the explorer-shared-* queries. */
function queryFilters() {
  return {
    fromYear: filters.from, toYear: filters.to,
    level: filters.level && iri(FZ + filters.level),
    province: filters.province && iri(filters.province),
    mechanismKind: filters.kind,
  };
}

async function fillProvinces() {
  const rows = await runSaved('explorer-provinces');
  addOptions(form.elements.province, rows.map((row) => [row.province, row.label + ' (' + row.reports + ')']));
}

async function draw() {
  const status = document.getElementById('status');
  loading(status);
  const [edgeRows, bodyRows] = await Promise.all([
    runSaved('explorer-shared-edges', queryFilters()),
    filters.bodies && filters.view === 'network' ? runSaved('explorer-shared-bodies', queryFilters()) : [],
  ]);
  const mechanisms = sharedMechanisms(edgeRows, filters.min);
  for (const m of mechanisms) mechanismLabels.set(m.iri, m.label);
  let elements;
  let net;
  if (filters.view === 'cooccurrence') {
    const shown = mechanisms.slice(0, Math.min(filters.cap, COOCCURRENCE_CAP));
    net = { mechanisms: shown, omittedNodes: mechanisms.length - shown.length, omittedMechanisms: mechanisms.length - shown.length };
    const { mechanismKind, ...inReports } = queryFilters();
    const reportRows = shown.length === 0 ? []
      : await runSaved('explorer-report-mechanisms', { ...inReports, mechanism: shown.map((m) => iri(m.iri)) });
    elements = cooccurrenceElements(shown, reportRows);
    fill(status, t('cooccurrenceStatus', shown.length, elements.length - shown.length));
  } else {
    net = capNetwork(mechanisms, bodyRows, filters.cap);
    elements = networkElements(net);
    fill(status, t('networkStatus', net.mechanisms.length, net.regions.size),
      filters.bodies ? t('networkBodies', net.bodies.size) : '', t('fullStop'));
  }
  if (net.omittedNodes > 0) {
    const cap = filters.view === 'cooccurrence' ? Math.min(filters.cap, COOCCURRENCE_CAP) : filters.cap;
    status.append(el('span', { class: 'warn', id: 'omitted' }, ' ' + t('networkOmitted', cap, net.omittedNodes, net.omittedMechanisms)));
  }
  if (mechanisms.length === 0) status.append(' ' + t('noData'));
  document.querySelector('#legend .l-region').hidden = filters.view === 'cooccurrence';
  document.querySelector('#legend .l-body').hidden = filters.view === 'cooccurrence' || !filters.bodies;
  cy = drawNetwork(elements);
  const container = document.getElementById('network');
  container.dataset.mechanisms = String(net.mechanisms.length);
  container.dataset.ready = 'true';
  drawMechanismTable(mechanisms);
  if (filters.focus) await focus(filters.focus);
}

function drawNetwork(elements) {
  const maxWeight = Math.max(1, ...elements.filter((e) => e.group === 'nodes').map((e) => e.data.weight));
  const maxEdge = Math.max(1, ...elements.filter((e) => e.group === 'edges').map((e) => e.data.weight));
  for (const e of elements) {
    if (e.group === 'nodes') e.data.size = e.classes === 'mechanism' ? 22 + 50 * (e.data.weight - 1) / Math.max(1, maxWeight - 1) : 16;
    else e.data.width = 1 + 6 * (e.data.weight - 1) / Math.max(1, maxEdge - 1);
  }
  const network = cytoscape({
    container: document.getElementById('network'),
    elements,
    minZoom: 0.2,
    maxZoom: 3,
    style: [
      { selector: 'node', style: {
        label: 'data(label)', width: 'data(size)', height: 'data(size)', 'font-size': 13,
        'font-family': getComputedStyle(document.documentElement).fontFamily,
        'text-valign': 'bottom', 'text-margin-y': 3, 'text-wrap': 'wrap', 'text-max-width': '120px',
        color: '#1f2933', 'text-outline-color': '#ffffff', 'text-outline-width': 2 } },
      { selector: 'node.mechanism', style: { 'background-color': '#d9822b', 'font-size': 14, 'font-weight': 'bold' } },
      { selector: 'node.region', style: { 'background-color': '#2f6fb0' } },
      { selector: 'node.body', style: { 'background-color': '#3f8f5a', shape: 'diamond' } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': '#c5ced8', 'curve-style': 'bezier', opacity: 0.85 } },
      { selector: 'edge.body-link', style: { 'line-style': 'dashed', 'line-color': '#9cc9a9' } },
      { selector: 'edge.cooccurrence', style: { 'line-color': '#e8b88a', label: 'data(weight)', 'font-size': 10,
        color: '#616e7c', 'text-background-color': '#ffffff', 'text-background-opacity': 1 } },
      { selector: '.faded', style: { opacity: 0.12 } },
      { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#b3261e' } },
    ],
    layout: layoutOptions(),
  });
  // A small network fitted to the box would be blown up; keep labels at reading size.
  if (network.zoom() > 1.3) {
    network.zoom(1.3);
    network.center();
  }
  network.on('tap', 'node', (event) => guarded(() => select(event.target.id())));
  network.on('tap', (event) => { if (event.target === network) network.elements().removeClass('faded'); });
  window.explorerNetwork = network;
  return network;
}

function layoutOptions() {
  if (filters.layout === 'concentric' && filters.view === 'cooccurrence') {
    return { name: 'circle', animate: false, padding: 40, nodeDimensionsIncludeLabels: true,
      sort: (a, b) => b.data('weight') - a.data('weight') };
  }
  if (filters.layout === 'concentric') {
    // Mechanisms on the inner ring, regions and bodies around them.
    return { name: 'concentric', animate: false, padding: 30, minNodeSpacing: 30, levelWidth: () => 1,
      nodeDimensionsIncludeLabels: true, concentric: (node) => (node.hasClass('mechanism') ? 2 : 1) };
  }
  return { name: 'cose', animate: false, padding: 30, nodeDimensionsIncludeLabels: true,
    nodeRepulsion: () => 6000, idealEdgeLength: () => 60, numIter: 2000 };
}

/** Highlights a node and its neighbours, and shows its details. */
async function select(id) {
  const node = cy.getElementById(id);
  if (node.nonempty()) {
    cy.elements().removeClass('faded').unselect();
    cy.elements().not(node.closedNeighborhood()).addClass('faded');
    node.select();
  }
  if (node.hasClass('region')) await showRegion(id, node.data('label'));
  else if (node.hasClass('body')) showBody(id, node.data('label'));
  else await showMechanism(id, node.data('label') ?? mechanismLabels.get(id));
}

async function focus(target) {
  const node = cy.getElementById(target);
  if (node.nonempty()) {
    await select(target);
    return;
  }
  // Not drawn (filtered out or over the cap): ask which kind of thing it is through the queries.
  const asRegion = await runSaved('explorer-region-mechanisms', { region: iri(target) });
  if (asRegion.length > 0) await showRegion(target, null);
  else await showMechanism(target, null);
}

async function showMechanism(mechanism, label) {
  loading(details);
  const { mechanismKind, ...withoutKind } = queryFilters();
  const rows = await runSaved('explorer-mechanism-evidence', { mechanism: iri(mechanism), ...withoutKind });
  const name = label || rows[0]?.mentionText || mechanism;
  const regions = new Set(rows.map((row) => row.region));
  const bodies = cy ? cy.getElementById(mechanism).neighborhood('node.body') : [];
  fill(details,
    el('h2', {}, entityLink(mechanism, name)),
    el('p', { class: 'muted' }, t('mentionedBy', regions.size, rows.length, name)),
    el('ul', { class: 'evidence', id: 'evidence' }, rows.map((row) => el('li', {},
      el('div', { class: 'meta' }, regionLink(row), ' · ', row.year ?? t('unknown'), ' · ', reportLink(row),
        row.section ? el('span', { class: 'badge' }, term('section', row.section)) : null),
      sentenceWithMark(row.sentence, row.mentionText)))),
    bodies.length > 0 ? [el('h2', {}, t('coMentionedBodies')),
      el('ul', {}, bodies.map((b) => el('li', {}, entityLink(b.id(), b.data('label')))))] : null);
}

async function showRegion(region, label) {
  loading(details);
  const rows = await runSaved('explorer-region-mechanisms', {
    region: iri(region), fromYear: filters.from, toYear: filters.to, mechanismKind: filters.kind,
  });
  const name = label || region;
  const box = el('div', { id: 'region-mechanisms' });
  fill(details, el('h2', {}, entityLink(region, name)), el('p', { class: 'muted' }, t('regionMentions', name, rows.length)), box);
  pagedTable(box, [
    { title: t('mechanism'), cell: (row) => mechanismButton(row.mechanism, row.mechanismLabel) },
    { title: t('kind'), cell: (row) => term('kind', row.kind) },
    { title: t('years'), cell: (row) => row.years },
    { title: t('mentions'), cell: (row) => row.mentions },
  ], rows, 30);
}

function showBody(body, label) {
  fill(details, el('h2', {}, entityLink(body, label)), el('p', { class: 'muted' }, t('coMentionedBodies')),
    el('ul', {}, cy.getElementById(body).neighborhood('node.mechanism').map((m) =>
      el('li', {}, mechanismButton(m.id(), m.data('label'))))));
}

function mechanismButton(mechanism, label) {
  return el('a', { href: '#', onclick: (event) => { event.preventDefault(); guarded(() => select(mechanism)); } }, label);
}

function drawMechanismTable(mechanisms) {
  pagedTable(document.getElementById('mechanism-table'), [
    { title: t('mechanism'), cell: (m) => mechanismButton(m.iri, m.label) },
    { title: t('kind'), cell: (m) => term('kind', m.kind) },
    { title: t('regionCount'), cell: (m) => String(m.regions.size) },
    { title: t('region'), cell: (m) => [...m.regions.values()].map((r) => r.regionLabel).sort().join('、') },
    { title: t('years'), cell: (m) => (m.firstYear === m.lastYear ? m.firstYear ?? '' : m.firstYear + '–' + m.lastYear) },
    { title: '', cell: (m) => entityLink(m.iri, t('entityPage')) },
  ], mechanisms, 25);
}
