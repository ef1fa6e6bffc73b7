// Query: a SPARQL editor with the saved queries as a menu; results as a paged table whose IRIs
// lead to entity pages; CSV and JSON downloads; the query text travels in the URL.

import { download, el, fill, pageParams, resourceHref } from './dom.js';
import { frame, guarded } from './layout.js';
import { lang, t } from './i18n.js';
import { listQueries, loadQuery, postQuery } from './sparql.js';
import { pagedTable, toCsv } from './table.js';

const ACCEPT = 'application/sparql-results+json, text/turtle;q=0.9, text/plain;q=0.5';

frame('query');
const editor = CodeMirror.fromTextArea(document.getElementById('editor'), {
  mode: 'application/sparql-query', lineNumbers: true, matchBrackets: true, indentUnit: 2, lineWrapping: true,
  extraKeys: { 'Ctrl-Enter': () => guarded(run), 'Cmd-Enter': () => guarded(run) },
});
window.explorerEditor = editor;
const menu = document.getElementById('saved-queries');
const question = document.getElementById('question');
let lastResult = null;

document.getElementById('run').addEventListener('click', () => guarded(run));
document.getElementById('download-csv').addEventListener('click', downloadCsv);
document.getElementById('download-json').addEventListener('click', () =>
  download('results.json', 'application/sparql-results+json', JSON.stringify(lastResult, null, 2)));
editor.on('change', updateShareLink);
guarded(start);

async function start() {
  const queries = await listQueries();
  const text = (q) => q.name + ' — ' + ((lang() === 'en' ? q.questionEn : q.questionZh) || q.questionZh || q.questionEn);
  const saved = queries.filter((q) => !q.name.startsWith('explorer-'));
  const internal = queries.filter((q) => q.name.startsWith('explorer-'));
  menu.append(
    el('optgroup', { label: t('savedQueries') }, saved.map((q) => el('option', { value: q.name }, text(q)))),
    el('optgroup', { label: t('explorerQueries') }, internal.map((q) => el('option', { value: q.name }, text(q)))));
  menu.addEventListener('change', () => guarded(() => openSaved(menu.value, queries, false)));
  const params = pageParams();
  if (params.query) {
    editor.setValue(params.query);
    await run();
  } else if (params.name && queries.some((q) => q.name === params.name)) {
    await openSaved(params.name, queries, true);
  } else if (queries.length > 0) {
    await openSaved((saved[0] ?? internal[0]).name, queries, false);
  }
}

async function openSaved(name, queries, runNow) {
  if (!name) return;
  const saved = queries.find((q) => q.name === name);
  menu.value = name;
  fill(question, saved.questionZh, saved.questionEn ? el('span', { class: 'muted' }, ' / ' + saved.questionEn) : null);
  editor.setValue(await loadQuery(name));
  if (runNow) await run();
}

function updateShareLink() {
  const link = document.getElementById('share-link');
  link.href = '/explore/query?query=' + encodeURIComponent(editor.getValue());
}

async function run() {
  const status = document.getElementById('result-status');
  const results = document.getElementById('results');
  fill(status, t('loading'));
  fill(results);
  lastResult = null;
  setDownloads(false);
  history.replaceState(null, '', '/explore/query?query=' + encodeURIComponent(editor.getValue()));
  const started = performance.now();
  let response;
  try {
    response = await postQuery(editor.getValue(), ACCEPT);
  } catch (error) {
    fill(status, el('span', { class: 'warn' }, error.message));
    return;
  }
  const millis = Math.round(performance.now() - started);
  if (!(response.headers.get('Content-Type') ?? '').includes('json')) {
    fill(status, t('rowsCount', '—', millis));
    fill(results, el('pre', { id: 'result-text' }, await response.text()));
    return;
  }
  lastResult = await response.json();
  if ('boolean' in lastResult) {
    fill(status, t('askResult', String(lastResult.boolean)), ' · ', t('rowsCount', 1, millis));
    return;
  }
  const vars = lastResult.head.vars;
  const rows = lastResult.results.bindings;
  fill(status, t('rowsCount', rows.length, millis));
  pagedTable(results, vars.map((name) => ({ title: '?' + name, cell: (row) => termNode(row[name]) })), rows, 50).id = 'result-table';
  setDownloads(true);
}

function setDownloads(enabled) {
  document.getElementById('download-csv').disabled = !enabled || !lastResult?.results;
  document.getElementById('download-json').disabled = !enabled;
}

const PREFIXES = [
  [document.querySelector('meta[name=fazhi-kg-base]')?.content + 'resource/', ''],
  ['https://fazhi-kg.org/ontology#', 'fz:'],
  ['http://www.w3.org/2000/01/rdf-schema#', 'rdfs:'],
  ['http://www.w3.org/1999/02/22-rdf-syntax-ns#', 'rdf:'],
  ['http://www.w3.org/2004/02/skos/core#', 'skos:'],
  ['http://purl.org/dc/terms/', 'dct:'],
  ['http://www.w3.org/ns/prov#', 'prov:'],
  ['http://www.w3.org/ns/org#', 'org:'],
  ['http://purl.org/linked-data/cube#', 'qb:'],
  ['http://www.w3.org/2001/XMLSchema#', 'xsd:'],
];

/** An IRI as shown in a cell: our resources as kind/key, vocabulary terms with their usual prefix. */
function shortIri(value) {
  const match = PREFIXES.find(([namespace]) => value.startsWith(namespace));
  return match ? match[1] + value.slice(match[0].length) : value;
}

/** One RDF term of a result: IRIs link to their entity page, literals show with their language. */
function termNode(term) {
  if (!term) return '';
  if (term.type === 'uri') return el('a', { href: resourceHref(term.value), title: term.value }, shortIri(term.value));
  if (term.type === 'bnode') return '_:' + term.value;
  return [term.value, term['xml:lang'] ? el('span', { class: 'muted' }, ' @' + term['xml:lang']) : null];
}

function downloadCsv() {
  const vars = lastResult.head.vars;
  const rows = lastResult.results.bindings.map((row) => vars.map((name) => row[name]?.value ?? ''));
  download('results.csv', 'text/csv;charset=utf-8', '\uFEFF' + toCsv(vars, rows));
}
