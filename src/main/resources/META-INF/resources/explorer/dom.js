// Small DOM helpers. Text always goes in as text nodes, never as HTML, so no record can inject markup.
import * as api from './api.js';

/** h('a', {href: '#/x', class: 'c'}, 'text', child, [more]) */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElementNS(tag === 'svg' || attrs.svg ? 'http://www.w3.org/2000/svg' : 'http://www.w3.org/1999/xhtml', tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false || k === 'svg') continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === undefined || c === null || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** A link to the explorer page of an API record, or its plain name when the explorer has none. */
export function recordLink(ref, text) {
  if (!ref) return '—';
  const target = api.route(ref.href);
  const label = text || ref.name || ref.label || ref.id;
  return target ? h('a', { href: target }, label) : label;
}

/** A record's topics, each a link to the topic's page (a nested topic carries no href: its page is found by id); null for none. */
export function topicLinks(topics) {
  if (!topics || !topics.length) return null;
  return topics.map((t, i) => [i ? ', ' : '', h('a', { href: api.pageOf('topics', t.id) }, t.name)]);
}

export function value(v) {
  return v === null || v === undefined || v === '' ? '—' : v;
}

/** The noun for n of them: singular for 1, else plural (singular + s unless given). */
export function noun(n, singular, plural = `${singular}s`) {
  return n === 1 ? singular : plural;
}

/** "1 side event", "2 side events": a count with its noun. */
export function count(n, singular, plural) {
  return `${n} ${noun(n, singular, plural)}`;
}

const QUALIFIERS = { exact: '', about: 'about ', 'at-least': 'at least ', 'more-than': 'more than ', nearly: 'nearly ' };

/** A sourced figure with its qualifier, as the source words it ("about 2000"); null where no source gives one. */
export function figure(n, qualifier) {
  return n === null || n === undefined ? null : `${QUALIFIERS[qualifier] || ''}${n}`;
}

/** "2 sponsors, and 1 contradicted claim": a contradicted claim is shown but not counted, as the API counts by default. */
export function claimsHeading(singular, claims) {
  const contradicted = claims.filter((s) => s.claimStatus === 'contradicted').length;
  const counted = count(claims.length - contradicted, singular);
  return contradicted ? `${counted}, and ${count(contradicted, 'contradicted claim')}` : counted;
}

/** A claim's status as a badge, in the API's own word ("confirmed", "unconfirmed", "contradicted"); a disputed one styled as contested. */
export function claimBadge(status) {
  const c = api.claim(status);
  return badge(c.label, c.contested ? 'contested' : c.label);
}

/**
 * Text that cites sources by id ("according to hist-h100"), with each id of the given sources linked to the source's
 * address, its title shown on hover: the dataset's notes name their sources by id, which a reader cannot look up.
 */
export function citing(text, sourceList) {
  if (!text) return value(text);
  const byId = new Map((sourceList || []).filter((s) => s.url).map((s) => [s.id, s]));
  if (!byId.size) return text;
  const ids = [...byId.keys()].sort((a, b) => b.length - a.length).map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return text.split(new RegExp(`\\b(${ids.join('|')})\\b`))
    .map((part, i) => (i % 2 ? h('a', { href: byId.get(part).url, title: byId.get(part).title, rel: 'noopener' }, part) : part));
}

/** A source by its title, linked where it has an address. */
export function sourceLink(s) {
  return s.url ? h('a', { href: s.url, rel: 'noopener' }, s.title) : s.title;
}

/** The record's sources, each linked where it has an address: every page names where its facts come from. */
export function sources(list) {
  if (!list || !list.length) return null;
  return [h('h2', {}, 'Sources'), h('ul', { class: 'sources' }, list.map((s) => h('li', {}, sourceLink(s))))];
}

/** A definition list from [term, value] pairs, leaving out empty ones. */
export function facts(pairs) {
  return h('dl', { class: 'facts' }, pairs.filter(([, v]) => v !== undefined).map(([k, v]) => [h('dt', {}, k), h('dd', {}, value(v))]));
}

/**
 * A table that scrolls sideways on a phone. columns: [{label, cell: row => node|text, sort?: 'field', text?: 'name'|'prose'}];
 * text marks cells of names or running text, which keep a readable width (explorer.css) rather than a word a line.
 * sort: {current: '-field', href: field => '#/...'} makes the sortable headers links with aria-sort.
 * empty: a sentence said instead of a table when there are no rows (by default the table is shown with its headers).
 */
export function table(caption, columns, rows, { sort, id, empty } = {}) {
  if (!rows.length && empty) return h('p', { class: 'empty', id }, empty);
  const head = h('tr', {}, columns.map((c) => {
    if (!sort || !c.sort) return h('th', { scope: 'col' }, c.label);
    const asc = sort.current === c.sort;
    const desc = sort.current === '-' + c.sort;
    return h('th', { scope: 'col', 'aria-sort': asc ? 'ascending' : desc ? 'descending' : 'none' },
      h('a', { href: sort.href(asc ? '-' + c.sort : c.sort), class: 'sort' }, c.label,
        h('span', { 'aria-hidden': 'true' }, asc ? ' ▲' : desc ? ' ▼' : ' ↕'),
        h('span', { class: 'visually-hidden' }, asc ? ' (sorted ascending; sort descending)' : desc ? ' (sorted descending; sort ascending)' : ' (sort)')));
  }));
  const body = rows.map((r) => h('tr', {}, columns.map((c, i) => (i === 0 && c.header !== false
    ? h('th', { scope: 'row', class: c.text }, c.cell(r)) : h('td', { class: c.text }, c.cell(r))))));
  const t = h('table', { id }, h('caption', {}, h('span', {}, caption)), h('thead', {}, head), h('tbody', {}, body));
  return h('div', { class: 'table-wrap', role: 'region', 'aria-label': caption, tabindex: '0' }, t);
}

/**
 * A chart drawn at the width it is shown at: draw(width) answers an SVG drawn that many CSS pixels wide (at most max).
 * It is drawn first at the width of main's content, and again whenever its box takes another width (a phone turned
 * sideways). An SVG drawn wider than its box is scaled down with its text: a 720-wide chart on a 390 px phone showed
 * 6 px text; drawn at the width it is shown at, its text keeps the size the stylesheet gives.
 */
export function fittedChart(max, draw) {
  const fit = (width) => Math.floor(Math.max(280, Math.min(max, width)));
  const main = document.getElementById('main');
  const style = getComputedStyle(main);
  let drawn = fit(main.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight));
  const box = h('div', { class: 'chart-fit' }, draw(drawn));
  new ResizeObserver(([entry]) => {
    const width = fit(entry.contentRect.width);
    if (entry.contentRect.width && width !== drawn) { drawn = width; box.replaceChildren(draw(width)); }
  }).observe(box);
  return box;
}

/** The "data behind this view" box: every request the view made, as JSON and (lists) as CSV. */
export function requestsBox(requests) {
  return h('section', { class: 'requests', 'aria-labelledby': 'requests-h' },
    h('h2', { id: 'requests-h' }, 'The API requests behind this view'),
    h('ul', {}, requests.map((r) => {
      const csv = api.csvUrl(r);
      return h('li', {},
        h('code', {}, 'GET ' + api.url(r).href), ' ',
        h('a', { href: api.url(r).href, class: 'fmt' }, 'this as JSON'),
        csv ? [' ', h('a', { href: csv.href, class: 'fmt' }, 'as CSV')] : null);
    })));
}

export function badge(text, kind) {
  return h('span', { class: 'badge ' + (kind || '') }, text);
}

export function bytes(n) {
  if (n === null || n === undefined) return '—';
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

/** The explorer route `base` ("#/resolutions") with its query changed; an empty value removes the parameter. */
export function hashWith(base, query, changes) {
  const q = new URLSearchParams(query);
  for (const [k, v] of Object.entries(changes)) { if (v) q.set(k, v); else q.delete(k); }
  const s = q.toString();
  return base + (s ? '?' + s : '');
}

/**
 * A list's title with the filters it is shown with, in words, as the network's names its session: "Side events · CND 68
 * · Harm reduction". A select's value is named by its option's text (through the filter's inTitle, where a bare word
 * would not say what it filters: "adopted by vote"), a search is quoted, and a value that is no option is shown as given.
 */
export function listTitle(name, query, filters) {
  const parts = filters.filter((f) => query.get(f.name)).map((f) => {
    const v = query.get(f.name);
    if (!f.options) return `matching “${v}”`;
    return unknownValues(f, v).length ? optionText(f, v) : (f.inTitle || String)(optionText(f, v));
  });
  return [name, ...parts].join(' · ');
}

/**
 * A select filter's value in words: its option's text, or the value as given in quotes where it is none of the options;
 * a comma list (the API's "any of": session=cnd-67,cnd-68) as each value's words joined by "or".
 */
export function optionText(filter, v) {
  return v.split(',').map((part) => {
    const option = filter.options.find(([key]) => key === part.trim());
    return option ? option[1] : `“${part.trim()}”`;
  }).join(' or ');
}

/** The values of a select filter's (comma-separated) value that are none of its options. */
function unknownValues(filter, v) {
  return v.split(',').map((part) => part.trim()).filter((part) => part && !filter.options.some(([key]) => key === part));
}

/**
 * A form of one control per filter that opens `base` with the choices, the rest of the query kept; each control starts
 * at the query's current value. A filter is a select ({name, label, options: [[value, text]], inTitle?}) or, without
 * options, a search box ({name, label}). A value in the address that is none of a select's options (a mistyped session
 * id, which the API answers with an empty list, not an error) is said under the form, which would otherwise show "any".
 */
export function filterForm(ariaLabel, base, query, filters) {
  const unknown = filters.filter((f) => f.options && query.get(f.name) && unknownValues(f, query.get(f.name)).length);
  // a list of several known values has no option of its own: one is added, so the select shows it rather than "any"
  const several = (f) => { const v = query.get(f.name); return v && v.includes(',') && !unknownValues(f, v).length ? [[v, optionText(f, v)]] : []; };
  return h('form', { class: 'filters', 'aria-label': ariaLabel, role: filters.some((f) => !f.options) ? 'search' : undefined,
    onsubmit: (e) => {
      e.preventDefault();
      const changes = {};
      filters.forEach((f) => { changes[f.name] = e.target.elements[f.name].value.trim(); });
      location.hash = hashWith(base, query, changes);
    } },
  filters.map((f) => h('label', {}, f.label, ' ', f.options
    ? h('select', { name: f.name }, h('option', { value: '' }, 'any'),
      [...several(f), ...f.options].map(([v, text]) => h('option', { value: v, selected: query.get(f.name) === v || undefined }, text)))
    : h('input', { type: 'search', name: f.name, value: query.get(f.name) || undefined }))),
  h('button', { type: 'submit' }, 'Apply'), ' ', h('a', { href: base }, 'Clear'),
  unknown.length ? h('p', { class: 'note', id: 'unknown-filter' }, unknown.map((f, i) => [i ? ' ' : '',
    `No ${f.label.toLowerCase()} is ${unknownValues(f, query.get(f.name)).map((u) => `“${u}”`).join(' or ')}: the API lists no record for it, so nothing matches it.`])) : null);
}

/** A breadcrumb to a list's records of one session: "CND 68", opening the list filtered to that session. */
export function ofSession(list, session) {
  if (!session) return null;
  return [hashWith(list, '', { session: api.idOf(session) }), api.sessionLabel(session)];
}

/**
 * A record's page: a breadcrumb trail of the pages above it ([href, label] each, its collection first), its heading (the
 * title unless given), then its content. The trail ends with the parent, not the page itself, whose name is the heading
 * just below (as in the GOV.UK Design System's breadcrumbs): it ended with the record's id, a slug no reader needs.
 * canonical: the page's one address (api.pageOf(route, record.id)), which the router shows when the record was opened
 * by another name the API takes (a resolution by its UN symbol).
 */
export function recordPage({ title, heading = title, crumbs, canonical }, ...content) {
  const links = crumbs.filter(Boolean).map(([href, label], i) => [i ? ' / ' : '', h('a', { href }, label)]);
  return {
    title,
    canonical,
    content: [h('nav', { class: 'crumbs', 'aria-label': 'Breadcrumb' }, links), h('h1', {}, ...[].concat(heading)), ...content],
  };
}
