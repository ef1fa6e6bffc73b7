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
  if (mechanisms.length === 0) {
    status.append(' ' + t('noData'));
    if (filters.min > 1) {
      const one = new URLSearchParams(location.search);
      one.set('min', '1');
      status.append(' ', el('a', { href: '?' + one, id: 'min-one' }, t('tryMinOne')));
    }
  }
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
    if (e.group === 'nodes') e.data.size = e.classes === 'mechanism' ? 22 + 50 * (e.data.weight - 1) / Math.max(1, maxWeight - 1) : 20;
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
        color: '#1f2933', 'text-outline-color': '#ffffff', 'text-outline-width': 2,
        // a crowded network zoomed out shows dots, not a smear of tiny labels; zooming in brings them back
        'min-zoomed-font-size': 8 } },
      { selector: 'node.mechanism', style: { 'background-color': '#d9822b', 'font-size': 14, 'font-weight': 'bold' } },
      { selector: 'node.region', style: { 'background-color': '#2f6fb0', color: '#1d4f85', 'font-weight': 'bold',
        'z-index': 10, 'min-zoomed-font-size': 0 } },
      { selector: 'node.body', style: { 'background-color': '#3f8f5a', shape: 'diamond' } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': '#c5ced8', 'curve-style': 'bezier', opacity: 0.85 } },
      { selector: 'edge.body-link', style: { 'line-style': 'dashed', 'line-color': '#9cc9a9' } },
      { selector: 'edge.cooccurrence', style: { 'line-color': '#e8b88a' } },
      // the count of reports in common where it says something: on the links of two reports or more
      { selector: 'edge.cooccurrence[weight > 1]', style: { label: 'data(weight)', 'font-size': 11,
        color: '#616e7c', 'text-background-color': '#ffffff', 'text-background-opacity': 1 } },
      { selector: '.faded', style: { opacity: 0.12 } },
      { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#b3261e' } },
    ],
    layout: layoutOptions(),
  });
  if (filters.layout === 'cose') fillBox(network);
  // A small network fitted to the box would be blown up; keep labels at reading size.
  if (network.zoom() > 1.3) {
    network.zoom(1.3);
    network.center();
  }
  keepLabelsReadable(network);
  network.on('zoom', () => keepLabelsReadable(network));
  network.on('tap', 'node', (event) => guarded(() => select(event.target.id())));
  network.on('tap', (event) => { if (event.target === network) network.elements().removeClass('faded'); });
  window.explorerNetwork = network;
  return network;
}

/**
 * Stretches a force layout along its short side to the proportions of the box, then fits it: the
 * same zoom, more room between the labels.
 */
function fillBox(network) {
  const bb = network.elements().boundingBox();
  if (network.nodes().length < 3 || bb.w === 0 || bb.h === 0) return;
  const box = network.width() / network.height();
  const sx = Math.max(1, box / (bb.w / bb.h));
  const sy = Math.max(1, (bb.w / bb.h) / box);
  const cx = (bb.x1 + bb.x2) / 2;
  const cy = (bb.y1 + bb.y2) / 2;
  network.nodes().positions((node) => ({ x: cx + (node.position('x') - cx) * sx, y: cy + (node.position('y') - cy) * sy }));
  network.fit(undefined, 30);
}

/**
 * Labels keep a reading size as the network is zoomed out: most for regions, which anchor it,
 * less for mechanisms and bodies, whose labels then vanish (min-zoomed-font-size) only when
 * the network is too crowded to read them anyway; zooming in brings them back.
 */
function keepLabelsReadable(network) {
  const shrink = 1 / Math.min(1, network.zoom());
  const scaled = (fontSize, maxScale) => {
    const scale = Math.min(maxScale, shrink);
    return { 'font-size': fontSize * scale, 'text-outline-width': 2 * scale };
  };
  const region = Math.min(2, shrink);
  network.style()
    .selector('node.region').style({ ...scaled(13, 3), width: 20 * region, height: 20 * region })
    .selector('node.mechanism').style(scaled(14, 1.5))
    .selector('node.body').style(scaled(13, 1.5))
    .update();
}

function layoutOptions() {
  if (filters.layout === 'concentric' && filters.view === 'cooccurrence') {
    // The circle spans the box; only many mechanisms widen it (then it is zoomed out, labels hidden until zoomed in).
    return { name: 'circle', animate: false, padding: 50, nodeDimensionsIncludeLabels: false,
      sort: (a, b) => b.data('weight') - a.data('weight') };
  }
  if (filters.layout === 'concentric') {
    // Mechanisms on the inner ring, regions and bodies around them.
    return { name: 'concentric', animate: false, padding: 30, minNodeSpacing: 30, levelWidth: () => 1,
      nodeDimensionsIncludeLabels: true, concentric: (node) => (node.hasClass('mechanism') ? 2 : 1) };
  }
  // Regions push each other apart more: they are few, linked to many, and carry the largest labels.
  return { name: 'cose', animate: false, padding: 30, nodeDimensionsIncludeLabels: true,
    nodeRepulsion: (node) => (node.hasClass('region') ? 60000 : 6000), idealEdgeLength: () => 70, numIter: 2000 };
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
  const name = label || rows[0]?.mechanismLabel || rows[0]?.mentionText || mechanism;
  const regions = new Set(rows.map((row) => row.region));
  const bodies = cy ? cy.getElementById(mechanism).neighborhood('node.body') : [];
  fill(details,
    el('h2', {}, entityLink(mechanism, name)),
    el('p', { class: 'muted' }, rows.length > 0 ? t('mentionedBy', regions.size, rows.length, name) : t('noData')),
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
  const name = label || rows[0]?.regionLabel || region;
  const box = el('div', { id: 'region-mechanisms' });
  fill(details, el('h2', {}, entityLink(region, name)), el('p', { class: 'muted' }, t('regionMentions', name, rows.length)), box);
  pagedTable(box, [
    { title: t('mechanism'), cell: (row) => mechanismButton(row.mechanism, row.mechanismLabel) },
    { title: t('kind'), cell: (row) => term('kind', row.kind), className: () => 'nowrap' },
    { title: t('years'), cell: (row) => row.years },
    { title: t('mentions'), cell: (row) => row.mentions, className: () => 'num' },
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
