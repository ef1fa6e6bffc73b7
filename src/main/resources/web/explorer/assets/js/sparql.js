// The explorer's only data source: the saved queries at /queries/NAME.rq, run against /sparql
// (SPARQL 1.1 protocol, POST form, results as application/sparql-results+json).
//
// Parameters: a saved query that takes parameters holds one row
//   VALUES (?a ?b …) { (default-a default-b …) }
// and, for a list of values, blocks
//   VALUES ?name { UNDEF }
// The explorer replaces them with values it serialises itself (integers, string literals escaped
// like JSON strings, which SPARQL reads the same way, IRIs checked for forbidden characters,
// UNDEF), so user input never becomes query syntax.

const ENDPOINT = '/sparql';
const queryTexts = new Map();

/** The text of the saved query name (fetched once per page). */
export async function loadQuery(name) {
  if (!queryTexts.has(name)) {
    queryTexts.set(name, fetch('/queries/' + encodeURIComponent(name) + '.rq').then(async (response) => {
      if (!response.ok) throw new Error('/queries/' + name + '.rq: HTTP ' + response.status);
      return response.text();
    }));
  }
  return queryTexts.get(name);
}

/** The list of saved queries: [{name, questionZh, questionEn}]. */
export async function listQueries() {
  const response = await fetch('/queries');
  if (!response.ok) throw new Error('/queries: HTTP ' + response.status);
  return response.json();
}

/** An IRI parameter value (distinguishes IRIs from strings). */
export function iri(value) {
  return { iri: value };
}

/** One parameter value as SPARQL syntax. */
export function sparqlTerm(value) {
  if (value === null || value === undefined || value === '') return 'UNDEF';
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw new Error('parameter is not an integer: ' + value);
    return String(value);
  }
  if (typeof value === 'object' && 'iri' in value) {
    if (!/^https?:\/\/[^\s<>"{}|\\^`]+$/.test(value.iri)) throw new Error('not an http(s) IRI: ' + value.iri);
    return '<' + value.iri + '>';
  }
  return JSON.stringify(String(value));
}

const VALUES_ROW = /VALUES\s*\(([^)]*)\)\s*\{\s*\(([^)]*)\)\s*\}/;

/**
 * Binds params ({name: value} without '?') in query: an array replaces the block
 * VALUES ?name { UNDEF }; any other value goes into the parameter row, where parameters not given
 * keep the query's default. Fails when params names a variable the query does not take.
 */
export function bindParams(query, params) {
  let bound = query;
  const scalars = {};
  for (const [name, value] of Object.entries(params)) {
    if (Array.isArray(value)) bound = bindList(bound, name, value);
    else scalars[name] = value;
  }
  return bindRow(bound, scalars);
}

function bindList(query, name, values) {
  const block = new RegExp('VALUES\\s*\\?' + name + '\\s*\\{\\s*UNDEF\\s*\\}');
  if (!/^\w+$/.test(name) || !block.test(query)) throw new Error('query takes no list ?' + name);
  const terms = values.length === 0 ? '' : values.map(sparqlTerm).join(' ');
  return query.replace(block, () => 'VALUES ?' + name + ' { ' + terms + ' }');
}

function bindRow(query, params) {
  const match = VALUES_ROW.exec(query);
  const names = Object.keys(params);
  if (!match) {
    if (names.length > 0) throw new Error('query takes no parameters, given: ' + names.join(', '));
    return query;
  }
  const variables = match[1].trim().split(/\s+/).map((v) => v.replace(/^[?$]/, ''));
  const defaults = splitRow(match[2]);
  for (const name of names) {
    if (!variables.includes(name)) throw new Error('query takes ' + variables.join(', ') + ', not ' + name);
  }
  const row = variables.map((v, i) => (v in params ? sparqlTerm(params[v]) : defaults[i]));
  const replaced = 'VALUES (' + variables.map((v) => '?' + v).join(' ') + ') { (' + row.join(' ') + ') }';
  return query.slice(0, match.index) + replaced + query.slice(match.index + match[0].length);
}

/** Splits a VALUES row into its terms, keeping quoted strings whole. */
function splitRow(row) {
  return row.match(/"(?:[^"\\]|\\.)*"\S*|<[^>]*>|\S+/g) ?? [];
}

/**
 * Sends query text to /sparql (POST form) and returns the response; fails with the server's
 * first line of explanation when the status is not 2xx.
 */
export async function postQuery(query, accept = 'application/sparql-results+json') {
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: accept },
    body: new URLSearchParams({ query }),
  });
  if (!response.ok) {
    const message = (await response.text()).split('\n')[0];
    throw new Error('SPARQL ' + response.status + ': ' + message);
  }
  return response;
}

/** Runs query text against /sparql; returns the parsed SPARQL JSON results. */
export async function runQuery(query) {
  return (await postQuery(query)).json();
}

/** Runs the saved query name with params; returns rows as {variable: plain string value}. */
export async function runSaved(name, params = {}) {
  const json = await runQuery(bindParams(await loadQuery(name), params));
  return plainRows(json);
}

/** SPARQL JSON bindings as objects of plain strings (missing variables are absent). */
export function plainRows(json) {
  return json.results.bindings.map((binding) =>
    Object.fromEntries(Object.entries(binding).map(([name, term]) => [name, term.value])));
}
