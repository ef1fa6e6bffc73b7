// DOM helpers. Text from the data only ever enters the page as text nodes (textContent), never
// as markup, so a label or sentence that contains "<" stays text.

/**
 * Creates an element. attrs: class, href, title, id, type, value, … set as attributes; on* keys
 * that hold functions become listeners. children: strings (text nodes), nodes, arrays, null.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      node.addEventListener(key.slice(2), value);
    } else if (key === 'href') {
      node.setAttribute('href', safeHref(value));
    } else {
      node.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the content of node with children. */
export function fill(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

/** The base IRI of the graph's resources, as the server put it in the page. */
const BASE = document.querySelector('meta[name=fazhi-kg-base]')?.content ?? 'https://fazhi-kg.org/';

/** Where an IRI is shown: IRIs under the base map to this server's root (entity pages), others stay. */
export function resourceHref(iri) {
  if (iri.startsWith(BASE)) return '/' + iri.slice(BASE.length);
  return iri;
}

/** Only http(s) and same-site links; anything else (javascript:, data:) becomes inert. */
function safeHref(href) {
  const value = String(href);
  if (/^(https?:)?\/\//i.test(value) || value.startsWith('/') || value.startsWith('?') || value.startsWith('#')) {
    return value;
  }
  return '#';
}

/** A link to the entity page of iri, showing label (or the IRI when there is no label). */
export function entityLink(iri, label) {
  if (!iri) return label ?? '';
  return el('a', { href: resourceHref(iri), title: iri }, label || iri);
}

/** The report of a query row: its title, else issuer and year, else its IRI's last segment. */
export function reportLink(row) {
  const name = row.reportTitle || [row.issuerName, row.year].filter(Boolean).join(' ') || row.report.replace(/^.*\//, '');
  return entityLink(row.report, name);
}

/** The region of a query row; a report whose region is unknown shows its issuer instead. */
export function regionLink(row) {
  if (row.region) return entityLink(row.region, row.regionLabel);
  return el('span', { class: 'muted' }, row.issuerName ?? '');
}

/**
 * A sentence with the mention in it marked (<mark>), built from text nodes only.
 */
export function sentenceWithMark(sentence, mention) {
  const at = mention ? sentence.indexOf(mention) : -1;
  if (at < 0) return el('span', { class: 'sentence' }, sentence);
  return el('span', { class: 'sentence' }, sentence.slice(0, at),
    el('mark', {}, mention), sentence.slice(at + mention.length));
}

/** Offers text as a file download. */
export function download(fileName, mimeType, text) {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = el('a', { href: '#', download: fileName });
  link.href = url;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The query string of the current page as an object of strings. */
export function pageParams() {
  return Object.fromEntries(new URLSearchParams(location.search));
}
