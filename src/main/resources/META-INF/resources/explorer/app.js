// The explorer's router: hash routes (#/resolutions/cnd-68-l6), so every view has a deep link that a plain
// static server answers (the server only ever serves /). Each view is a module loaded when first opened.
import * as api from './api.js';
import { h, requestsBox } from './dom.js';

const routes = [
  { pattern: /^\/$/, module: './views/landing.js', view: 'landing' },
  { pattern: /^\/sessions$/, module: './views/sessions.js', view: 'sessions', list: 'sessions' },
  { pattern: /^\/sessions\/([^/]+)$/, module: './views/sessions.js', view: 'session' },
  { pattern: /^\/resolutions$/, module: './views/resolutions.js', view: 'resolutions', list: 'resolutions' },
  { pattern: /^\/resolutions\/([^/]+)$/, module: './views/resolutions.js', view: 'resolution' },
  { pattern: /^\/votes\/([^/]+)$/, module: './views/vote.js', view: 'vote' },
  { pattern: /^\/network$/, module: './views/network.js', view: 'network' },
  { pattern: /^\/side-events$/, module: './views/sideevents.js', view: 'sideEvents', list: 'side events' },
  { pattern: /^\/side-events\/([^/]+)$/, module: './views/sideevents.js', view: 'sideEvent' },
  { pattern: /^\/topics$/, module: './views/topics.js', view: 'topics', list: 'topics' },
  { pattern: /^\/topics\/([^/]+)$/, module: './views/topics.js', view: 'topic' },
  { pattern: /^\/meetings$/, module: './views/meetings.js', view: 'meetings' },
  { pattern: /^\/organizations$/, module: './views/entities.js', view: 'organizations', list: 'organizations' },
  { pattern: /^\/organizations\/([^/]+)$/, module: './views/entities.js', view: 'organization' },
  { pattern: /^\/countries$/, module: './views/entities.js', view: 'countries', list: 'countries' },
  { pattern: /^\/countries\/([^/]+)$/, module: './views/entities.js', view: 'country' },
  { pattern: /^\/scheduling$/, module: './views/history.js', view: 'scheduling', list: 'scheduling decisions' },
  { pattern: /^\/scheduling\/([^/]+)$/, module: './views/history.js', view: 'decision' },
  { pattern: /^\/substances$/, module: './views/history.js', view: 'substances', list: 'substances' },
  { pattern: /^\/substances\/([^/]+)$/, module: './views/history.js', view: 'substance' },
  { pattern: /^\/bureaus$/, module: './views/history.js', view: 'bureaus' },
];

const main = () => document.getElementById('main');
const status = (text) => { document.getElementById('status').textContent = text; };

/**
 * The address as the browser holds it: the path still percent-encoded, the query split off. Both are decoded only once
 * split: a search for "a&b" is q=a%26b, one parameter, and a UN symbol is one segment with its slashes as %2F
 * (#/resolutions/E%2FCN.7%2F2025%2FL.6%2FRev.1), as the API takes it; decoded first, it was six segments and no route.
 */
function parse() {
  const [p, q] = location.hash.replace(/^#/, '').split('?');
  return { path: p || '/', query: new URLSearchParams(q || '') };
}

/** A route's captured segments, each decoded on its own; a segment that is no percent-encoding of text is not found. */
function segments(path, route) {
  return path.match(route.pattern).slice(1).map((part) => {
    try {
      return decodeURIComponent(part);
    } catch (e) {
      throw Object.assign(new Error(`No view at #${path}: “${part}” is not a valid percent-encoding (a % is written %25).`), { status: 404 });
    }
  });
}

let current = 0;

async function show() {
  // In-page anchors (the skip link's #main) are not routes: leave the view as it is.
  if (location.hash && !location.hash.startsWith('#/')) return;
  const { path, query } = parse();
  let shown = location.hash || '#/';
  const gen = api.beginView();
  current = gen;
  markNav();
  const route = routes.find((r) => r.pattern.test(path));
  const root = main();
  root.setAttribute('aria-busy', 'true');
  status('Loading…');
  let title;
  let content;
  let canonical;
  try {
    if (!route) throw Object.assign(new Error(`No view at #${path}.`), { status: 404 });
    const args = segments(path, route);
    const mod = await import(route.module);
    ({ title, content, canonical } = await mod[route.view](...args, query));
  } catch (e) {
    // a 400: the address asks a list for filters the API refuses (session=cnd-67,,cnd-68), told in the API's words
    const refused = e.status === 400 && route;
    title = e.status === 404 ? 'Not found' : refused ? 'Filters the API refuses' : 'Something went wrong';
    content = [h('h1', { tabindex: '-1' }, title),
      h('p', { role: 'alert' }, (e.status === 404 || refused) && e.detail ? withPageLinks(e.detail) : e.message),
      route ? null : oneSegment(path), refused ? h('p', {}, h('a', { href: '#' + path }, 'The same page without filters')) : null, backLinks(path)];
  }
  if (gen !== current) return; // the reader has moved on
  if (canonical && canonical !== `#${path}`) {
    // A record opened by another of its names (a resolution by its UN symbol) is shown at its one address, the record's
    // id, so that what a reader bookmarks or shares, and what the API's links lead to, is one page; replaced, not pushed,
    // so Back leaves the record rather than opening the other name again.
    history.replaceState(history.state, '', canonical + (query.toString() ? `?${query}` : ''));
    shown = location.hash;
  }
  root.replaceChildren(...[content].flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false), requestsBox(api.requestsOfView()));
  root.removeAttribute('aria-busy');
  document.title = `${title} · Open Drug Policy explorer`;
  status(`${title} loaded`);
  const h1 = root.querySelector('h1');
  if (h1 && !firstLoad) { h1.setAttribute('tabindex', '-1'); h1.focus(); }
  firstLoad = false;
  // For the performance budget: when each view (with its chart, if it has one) is in the document.
  performance.mark(`explorer:rendered:${route ? route.view : 'error'}`);
  root.dataset.view = route ? route.view : 'error';
  root.dataset.ready = String(gen);
  root.dataset.hash = shown; // which address the view on screen is for: tests wait for it after a click
  document.dispatchEvent(new CustomEvent('explorer:ready', { detail: { view: root.dataset.view } }));
}

let firstLoad = true;

/**
 * The API's words, with each record's API path in them a link to its page here: a country asked for by its alpha-2 code
 * (#/countries/BR) is told "... whose alpha-3 code is BRA: /api/v1/countries/BRA.", and the reader is in the explorer.
 */
function withPageLinks(detail) {
  return detail.split(/(\/api\/v1\/[a-z-]+\/[A-Za-z0-9][A-Za-z0-9-]*)/).map((part, i) => {
    const page = i % 2 ? api.route(part) : null;
    return page ? h('a', { href: page }, part) : part;
  });
}

/**
 * A record's id written with its slashes unencoded (#/resolutions/E/CN.7/2025/L.6/Rev.1, a UN symbol pasted as it is
 * printed) matches no route: the address it most likely means, with the id as one segment, as a link.
 */
function oneSegment(path) {
  const m = path.match(/^\/([a-z-]+)\/(.+\/.+)$/);
  if (!m) return null;
  let id;
  try { id = decodeURIComponent(m[2]); } catch (e) { return null; }
  const meant = `/${m[1]}/${encodeURIComponent(id)}`;
  if (!routes.some((r) => r.pattern.test(meant))) return null;
  return h('p', {}, 'An id with a slash in it (a UN document symbol) is one part of the address, its slashes written %2F: ', h('a', { href: `#${meant}`, class: 'address' }, `#${meant}`));
}

/** Where a reader can go from a page that is not there: the list of its kind of record (#/resolutions/x), and the start. */
function backLinks(path) {
  const parent = (path.match(/^\/[^/]+(?=\/)/) || [''])[0]; // the kind's own list, however many slashes the id was written with
  const list = parent && routes.find((r) => r.list && r.pattern.test(parent));
  return h('p', {}, list ? [h('a', { href: '#' + parent }, `All ${list.list}`), ' · '] : null, h('a', { href: '#/' }, 'Back to the start'));
}

function markNav() {
  const here = location.hash.split('?')[0] || '#/';
  document.querySelectorAll('#nav a').forEach((a) => {
    const target = a.getAttribute('href').split('?')[0];
    const active = target.startsWith('#/') && (here === target || here.startsWith(target + '/'));
    if (active) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  });
}

window.addEventListener('hashchange', show);
show();
