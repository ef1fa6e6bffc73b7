// Indicators: one indicator as bars across regions and years; each bar leads to its sentence.

import { download, el, entityLink, fill, pageParams, regionLink, reportLink } from './dom.js';
import { addOptions, frame, guarded, linkableForm } from './layout.js';
import { t } from './i18n.js';
import { iri, runSaved } from './sparql.js';
import { pagedTable, toCsv } from './table.js';
import { colorByKey } from './charts.js';

frame('metrics');
const form = document.getElementById('filters');
linkableForm(form);
const params = pageParams();
guarded(start);

async function start() {
  const indicators = await runSaved('explorer-indicators');
  addOptions(form.elements.indicator, indicators.map((row) =>
    [row.indicator, row.label + ' (' + row.observations + ' ' + t('observations') + ')']));
  const chosen = indicators.find((row) => row.indicator === params.indicator) ?? indicators[0];
  if (!chosen) return;
  form.elements.indicator.value = chosen.indicator;
  addOptions(form.elements.unit, chosen.units.split(' ').filter(Boolean).sort().map((unit) => [unit, unit]));
  form.elements.indicator.addEventListener('change', () => { form.elements.unit.value = ''; form.requestSubmit(); });
  const rows = (await runSaved('explorer-indicator-values', { indicator: iri(chosen.indicator) }))
    .filter((row) => !params.unit || row.unit === params.unit);
  if (params.sort === 'value') rows.sort((a, b) => Number(b.value) - Number(a.value));
  drawChart(chosen.label, rows);
  drawTable(chosen.label, rows);
}

/** A decimal as people write it: 860 not 860.0, 98.5 stays. */
function formatValue(value) {
  return Number(value).toLocaleString('zh-CN', { maximumFractionDigits: 4 });
}

function barLabel(row) {
  return (row.regionLabel || row.issuerName || t('unknown')) + ' ' + (row.year ?? '');
}

function drawChart(indicatorLabel, rows) {
  const colors = colorByKey(rows.map((row) => row.year ?? ''));
  const chart = new Chart(document.getElementById('metric-chart'), {
    type: 'bar',
    data: {
      labels: rows.map(barLabel),
      datasets: [{
        label: indicatorLabel,
        data: rows.map((row) => Number(row.value)),
        backgroundColor: rows.map((row) => colors.get(row.year ?? '')),
      }],
    },
    options: {
      maintainAspectRatio: false, animation: false,
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: {
          label: (item) => item.formattedValue + ' ' + (rows[item.dataIndex].unit ?? ''),
          afterLabel: (item) => rows[item.dataIndex].subject ?? '',
        } },
      },
      scales: { y: { beginAtZero: true } },
      onClick: (event, active) => { if (active.length > 0) showObservation(rows[active[0].index], active[0].index); },
    },
  });
  window.explorerChart = chart;
  const legend = document.getElementById('year-legend');
  fill(legend, [...colors].map(([year, color]) => el('span', { class: 'swatch', style: 'background:' + color }, year || t('unknown'))));
}

function showObservation(row, index) {
  const box = document.getElementById('selected-observation');
  box.hidden = false;
  fill(box,
    el('h2', {}, t('selectedObservation')),
    el('p', {}, el('strong', {}, barLabel(row) + '：' + formatValue(row.value) + ' ' + (row.unit ?? '')),
      row.subject ? el('span', { class: 'muted' }, ' · ' + t('subject') + '：' + row.subject) : null),
    el('blockquote', { class: 'sentence', id: 'observation-sentence' }, row.sentence ?? ''),
    el('p', {}, reportLink(row), ' · ', entityLink(row.observation, t('entityPage'))));
  box.dataset.index = String(index);
  box.scrollIntoView({ block: 'nearest' });
}

function drawTable(indicatorLabel, rows) {
  pagedTable(document.getElementById('metric-table'), [
    { title: t('region'), cell: regionLink, className: () => 'nowrap' },
    { title: t('year'), cell: (row) => row.year ?? '' },
    { title: t('value'), cell: (row) => formatValue(row.value), className: () => 'num' },
    { title: t('unit'), cell: (row) => row.unit ?? '', className: () => 'nowrap' },
    { title: t('subject'), cell: (row) => row.subject ?? '' },
    { title: t('sentence'), cell: (row) => row.sentence ?? '' },
    { title: t('report'), cell: reportLink },
  ], rows, 50);
  const button = document.getElementById('export-csv');
  button.disabled = rows.length === 0;
  button.addEventListener('click', () => download(indicatorLabel + '.csv', 'text/csv;charset=utf-8',
    '\uFEFF' + toCsv(['region', 'region_label', 'issuer', 'year', 'value', 'unit', 'subject', 'sentence', 'report', 'report_title', 'observation'],
      rows.map((row) => [row.region, row.regionLabel, row.issuerName, row.year, row.value, row.unit, row.subject, row.sentence,
        row.report, row.reportTitle, row.observation]))));
}
