// Home: what the dataset holds, a search over labels and aliases, and the ways in.

import { el, entityLink, fill, pageParams } from './dom.js';
import { frame, guarded, loading } from './layout.js';
import { t, term } from './i18n.js';
import { runSaved } from './sparql.js';
import { barColors } from './charts.js';

const FZ = 'https://fazhi-kg.org/ontology#';
const LEVELS = ['Province', 'City', 'District', 'County', 'Subdistrict', 'Community'];
const CLASSES = ['Report', 'Region', 'GovernmentBody', 'Mechanism', 'PolicyDocument', 'Indicator', 'Observation',
  'PioneeringClaim', 'Mention'];

frame('home');
drawEntryPoints();
const params = pageParams();
if (params.q) {
  document.getElementById('q').value = params.q;
  guarded(() => search(params.q));
}
guarded(drawEntityCounts);
guarded(drawReports);

function drawEntryPoints() {
  const entries = [
    ['/explore/shared', 'navShared', 'entryShared'],
    ['/explore/firsts', 'navFirsts', 'entryFirsts'],
    ['/explore/metrics', 'navMetrics', 'entryMetrics'],
    ['/explore/query', 'navQuery', 'entryQuery'],
  ];
  fill(document.getElementById('entry-points'), entries.map(([href, title, text]) =>
    el('a', { class: 'card', href }, el('strong', {}, t(title)), t(text))));
}

async function search(text) {
  const box = document.getElementById('search-results');
  loading(box);
  const rows = await runSaved('explorer-search', { q: text });
  if (rows.length === 0) {
    fill(box, el('p', { class: 'muted' }, t('searchNone', text)));
    return;
  }
  fill(box,
    el('p', { class: 'muted' }, t('searchCount', rows.length)),
    el('ul', { class: 'results', id: 'search-list' }, rows.map(searchHit)));
}

function searchHit(row) {
  const kind = row.class.replace(FZ, '');
  const label = row.label || row.matched;
  const inNetwork = kind === 'Mechanism' || kind === 'Region';
  return el('li', {},
    el('span', { class: 'badge' }, term('class', row.class)),
    entityLink(row.entity, label),
    row.matched && row.matched !== label ? el('span', { class: 'muted' }, ' · ' + t('matchedAlias', row.matched)) : null,
    inNetwork ? [' · ', el('a', { href: '/explore/shared?min=1&focus=' + encodeURIComponent(row.entity) }, t('showInNetwork'))] : null);
}

async function drawEntityCounts() {
  const box = document.getElementById('entity-counts');
  loading(box);
  const rows = await runSaved('explorer-overview-entities');
  const counts = new Map(rows.map((row) => [row.class.replace(FZ, ''), Number(row.entities)]));
  fill(box, CLASSES.map((name) => el('div', { class: 'card' },
    el('div', { class: 'stat' }, (counts.get(name) ?? 0).toLocaleString()),
    term('class', name))));
}

async function drawReports() {
  const rows = await runSaved('explorer-overview-reports');
  const years = [...new Set(rows.map((r) => r.year ?? ''))].sort();
  const levels = LEVELS.filter((level) => rows.some((r) => r.level === FZ + level));
  if (rows.some((r) => !r.level)) levels.push('');
  const count = (year, level) => rows
    .filter((r) => (r.year ?? '') === year && (r.level ?? '') === (level ? FZ + level : ''))
    .reduce((sum, r) => sum + Number(r.reports), 0);
  const levelName = (level) => (level ? term('level', level) : t('unknown'));

  fill(document.getElementById('reports-table'), el('table', { class: 'data', id: 'reports-by-year' },
    el('thead', {}, el('tr', {}, el('th', {}, t('year')), levels.map((l) => el('th', { class: 'num' }, levelName(l))),
      el('th', { class: 'num' }, t('total')))),
    el('tbody', {}, years.map((year) => el('tr', {},
      el('td', {}, year || t('unknown')),
      levels.map((l) => el('td', { class: 'num' }, count(year, l) || '')),
      el('td', { class: 'num' }, levels.reduce((sum, l) => sum + count(year, l), 0)))))));

  const colors = barColors(levels.length);
  // eslint-disable-next-line no-new
  new Chart(document.getElementById('reports-chart'), {
    type: 'bar',
    data: {
      labels: years.map((y) => y || t('unknown')),
      datasets: levels.map((level, i) => ({
        label: levelName(level), data: years.map((y) => count(y, level)), backgroundColor: colors[i],
      })),
    },
    options: {
      maintainAspectRatio: false, animation: false,
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
    },
  });
}
