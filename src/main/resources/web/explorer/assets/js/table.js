// Paged tables and CSV. Large results stay usable: a table shows one page at a time.

import { el, fill } from './dom.js';
import { t } from './i18n.js';

/**
 * Renders rows in container as a paged table.
 * columns: [{title, cell: (row) => node or string, className?: (row) => string}]; rows: array;
 * pageSize: rows per page. Returns the table element.
 */
export function pagedTable(container, columns, rows, pageSize = 50) {
  let page = 0;
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  const body = el('tbody');
  const pager = el('div', { class: 'pager' });
  const show = () => {
    fill(body, rows.slice(page * pageSize, (page + 1) * pageSize).map((row) =>
      el('tr', {}, columns.map((column) => el('td', { class: column.className?.(row) }, column.cell(row))))));
    fill(pager,
      el('button', { type: 'button', disabled: page === 0, onclick: () => { page -= 1; show(); } }, t('prev')),
      el('span', {}, ' ' + t('page', page + 1, pages) + ' '),
      el('button', { type: 'button', disabled: page >= pages - 1, onclick: () => { page += 1; show(); } }, t('next')));
    pager.hidden = pages === 1;
  };
  show();
  const table = el('table', { class: 'data' }, el('thead', {}, el('tr', {}, columns.map((c) => el('th', {}, c.title)))), body);
  fill(container, table, pager);
  return table;
}

/** RFC 4180 CSV of a header and rows of strings. */
export function toCsv(header, rows) {
  const field = (value) => {
    const text = value === undefined || value === null ? '' : String(value);
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  };
  return [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
