// The frame every explorer page shares: navigation, language toggle, error banner, footer.

import { el, fill } from './dom.js';
import { lang, setLang, t } from './i18n.js';

const NAV = [
  ['home', '/', 'navHome'],
  ['shared', '/explore/shared', 'navShared'],
  ['firsts', '/explore/firsts', 'navFirsts'],
  ['metrics', '/explore/metrics', 'navMetrics'],
  ['query', '/explore/query', 'navQuery'],
];

/** Errors seen on this page, for the user (banner) and for the browser tests. */
window.__explorerErrors = window.__explorerErrors || [];

function report(message) {
  window.__explorerErrors.push(message);
  const banner = document.getElementById('error-banner');
  if (banner) {
    banner.hidden = false;
    banner.append(el('div', {}, t('error') + message));
  }
}

window.addEventListener('error', (event) => report(event.message || String(event.error)));
window.addEventListener('unhandledrejection', (event) => report(String(event.reason?.message ?? event.reason)));

/** Draws the header and footer; active is the key of the current page in the navigation. */
export function frame(active) {
  document.documentElement.lang = lang() === 'en' ? 'en' : 'zh-CN';
  const other = lang() === 'en' ? 'zh' : 'en';
  const header = document.getElementById('top');
  fill(header,
    el('a', { class: 'brand', href: '/' }, t('siteName')),
    el('nav', {}, NAV.map(([key, href, label]) =>
      el('a', { href, class: key === active ? 'active' : null }, t(label)))),
    el('button', {
      type: 'button', class: 'lang', id: 'lang-toggle',
      onclick: () => {
        setLang(other);
        const params = new URLSearchParams(location.search);
        params.delete('lang');
        location.search = params.toString();
      },
    }, t('langToggle')));
  document.body.insertBefore(el('div', { id: 'error-banner', class: 'error', hidden: true, role: 'alert' }), header.nextSibling);
  document.body.append(el('footer', {}, t('footer')));
  for (const node of document.querySelectorAll('[data-t]')) node.textContent = t(node.dataset.t);
  for (const node of document.querySelectorAll('[data-t-placeholder]')) node.placeholder = t(node.dataset.tPlaceholder);
  document.title = t(NAV.find(([key]) => key === active)[2]) + ' · ' + t('siteName');
}

/** Runs an async page step, showing its failure in the banner instead of leaving a blank view. */
export async function guarded(step) {
  try {
    return await step();
  } catch (error) {
    report(error.message ?? String(error));
    return undefined;
  }
}

/** A "loading" placeholder for a container. */
export function loading(container) {
  fill(container, el('p', { class: 'muted' }, t('loading')));
}

/**
 * Makes a GET filter form linkable: its fields start from the page's query string, and submitting
 * navigates to a URL that carries only the non-empty fields.
 */
export function linkableForm(form) {
  const params = new URLSearchParams(location.search);
  for (const field of form.elements) {
    if (!field.name || !params.has(field.name)) continue;
    if (field.type === 'checkbox') field.checked = params.get(field.name) === field.value;
    else field.value = params.get(field.name);
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (value !== '') next.append(name, value);
    if (params.has('lang')) next.set('lang', params.get('lang'));
    location.assign(form.getAttribute('action') + (next.toString() ? '?' + next : ''));
  });
}

/** Adds options [value, text] to a select, then re-applies the page's query-string value to it. */
export function addOptions(select, options) {
  for (const [value, text] of options) select.append(el('option', { value }, text));
  const wanted = new URLSearchParams(location.search).get(select.name);
  if (wanted !== null) select.value = wanted;
}
