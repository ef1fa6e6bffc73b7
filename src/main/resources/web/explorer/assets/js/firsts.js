// Firsts: pioneering claims by scope, and for each mechanism its earliest report and its spread.

import { el, entityLink, fill, pageParams, regionLink, reportLink, sentenceWithMark } from './dom.js';
import { frame, guarded, linkableForm, loading } from './layout.js';
import { t, term } from './i18n.js';
import { runSaved } from './sparql.js';
import { pagedTable } from './table.js';

const SCOPES = ['national', 'province', 'city', 'district', ''];

frame('firsts');
linkableForm(document.getElementById('filters'));
guarded(drawClaims);
guarded(drawTimeline);

/** A claim's text without quote marks and spaces, so that the same first lines up across reports. */
function normalized(text) {
  return text.replace(/[\s“”"‘’'「」《》]/g, '');
}

async function drawClaims() {
  const box = document.getElementById('claims');
  loading(box);
  const rows = await runSaved('explorer-firsts');
  const regionsByClaim = new Map();
  for (const row of rows) {
    const key = normalized(row.what);
    if (!regionsByClaim.has(key)) regionsByClaim.set(key, new Set());
    regionsByClaim.get(key).add(row.region ?? row.report);
  }
  if (rows.length === 0) {
    fill(box, el('p', { class: 'muted' }, t('noData')));
    return;
  }
  fill(box);
  for (const scope of SCOPES) {
    const inScope = rows.filter((row) => (row.scope ?? '') === scope);
    if (inScope.length === 0) continue;
    const table = el('div');
    box.append(el('section', { class: 'claim-group', 'data-scope': scope || 'none' },
      el('h2', {}, term('scope', scope) + ' (' + inScope.length + ')'), table));
    pagedTable(table, [
      { title: t('region'), cell: regionLink, className: () => 'nowrap' },
      { title: t('year'), cell: (row) => row.year ?? '' },
      { title: t('claim'), cell: (row) => {
        const claimants = regionsByClaim.get(normalized(row.what)).size;
        return [row.what, claimants > 1 ? el('div', { class: 'flag' }, t('sameClaim', claimants)) : null];
      } },
      { title: t('sentence'), cell: (row) => (row.sentence ? sentenceWithMark(row.sentence, row.mentionText) : '') },
      { title: t('report'), cell: reportLink },
    ], inScope, 20);
  }
}

async function drawTimeline() {
  const box = document.getElementById('timeline');
  loading(box);
  const params = pageParams();
  const minRegions = /^\d+$/.test(params.min ?? '') ? Number(params.min) : 1;
  const rows = await runSaved('explorer-mechanism-spread');
  const mechanisms = spread(rows)
    .filter((m) => m.regions.size >= minRegions && (!params.kind || m.kind === params.kind));
  if (mechanisms.length === 0) {
    fill(box, el('p', { class: 'muted' }, t('noData')));
    return;
  }
  const allYears = rows.map((row) => Number(row.year));
  const years = [];
  for (let y = Math.min(...allYears); y <= Math.max(...allYears); y += 1) years.push(y);
  pagedTable(box, [
    { title: t('mechanism'), cell: (m) => [entityLink(m.iri, m.label), ' ',
      el('a', { class: 'muted', href: '/explore/shared?min=1&focus=' + encodeURIComponent(m.iri) }, '↗')] },
    { title: t('earliest'), cell: (m) => m.earliest.map((row) => el('div', {},
      el('div', { class: 'meta' }, regionLink(row), ' · ', reportLink(row)),
      el('span', { class: 'sentence muted' }, row.sentence))) },
    ...years.map((year) => ({ title: String(year), cell: (m) => yearCell(m, year), className: (m) => yearClass(m, year) })),
  ], mechanisms, 30).classList.add('timeline');
}

function yearClass(m, year) {
  if (!m.byYear.has(String(year))) return 'cell';
  return String(year) === m.firstYear ? 'cell first' : 'cell on';
}

function yearCell(m, year) {
  const regions = m.byYear.get(String(year));
  if (!regions) return '';
  return el('span', { title: [...regions.values()].sort().join('、') }, t('newRegions', regions.size));
}

/** Per mechanism: regions by year, and the earliest report(s) (first year, then earliest issue date). */
function spread(rows) {
  const byIri = new Map();
  for (const row of rows) {
    let m = byIri.get(row.mechanism);
    if (!m) {
      m = { iri: row.mechanism, label: row.mechanismLabel, kind: row.kind, byYear: new Map(), regions: new Set(), rows: [] };
      byIri.set(row.mechanism, m);
    }
    if (!m.byYear.has(row.year)) m.byYear.set(row.year, new Map());
    m.byYear.get(row.year).set(row.region, row.regionLabel || row.region);
    m.regions.add(row.region);
    m.rows.push(row);
  }
  for (const m of byIri.values()) {
    m.firstYear = [...m.byYear.keys()].sort()[0];
    const firstRows = m.rows.filter((row) => row.year === m.firstYear);
    const firstIssued = firstRows.map((row) => row.issued ?? '9999').sort()[0];
    m.earliest = firstRows.filter((row) => (row.issued ?? '9999') === firstIssued);
  }
  return [...byIri.values()].sort((a, b) => a.firstYear.localeCompare(b.firstYear) || a.label.localeCompare(b.label, 'zh'));
}
