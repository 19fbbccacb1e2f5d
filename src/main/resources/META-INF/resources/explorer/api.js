// Everything the explorer knows about the API lives in this module: its URLs, and the shapes of its JSON.
// The views only call the functions below. Since issue 12 (items 6, 11, 12) every link the API gives is an absolute
// URL (on the API's public base URL), nested sessions and countries have one shape everywhere, and contradicted
// sponsorship claims are left out unless asked for: this is the one file that knows it.

export const BASE = '/api/v1';

/** Any link the API gives, relative ("/api/v1/...") or absolute ("https://host/api/v1/..."), as a URL. */
export function url(href) {
  return new URL(href, location.origin);
}

/** The same request as a CSV download (every list takes format=csv); null for single records. */
export function csvUrl(href) {
  const u = url(href);
  if (!isList(u)) return null;
  u.searchParams.set('format', 'csv');
  ['page', 'size', 'cursor', 'include'].forEach((p) => u.searchParams.delete(p));
  return u;
}

function isList(u) {
  const p = apiPath(u.href);
  return /^\/(countries|sessions|resolutions|sponsors|side-events|organizations|meetings|sources|topics|scheduling-decisions|substances|bureau-members)$/.test(p)
    || /^\/scheduling-decisions\/[^/]+\/votes$/.test(p)
    || /^\/(resolutions|countries)\/[^/]+\/(votes|sponsors)$/.test(p)
    || /^\/countries\/[^/]+\/scheduling-votes$/.test(p)
    || /^\/organizations\/[^/]+\/side-events$/.test(p);
}

function path(template, params = {}) {
  const u = url(BASE + template);
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') u.searchParams.set(k, v);
  }
  return u.pathname + u.search;
}

const seg = encodeURIComponent;

/** Every sponsorship claim status; the API counts confirmed and unconfirmed ones unless claimStatus asks for more. */
const CLAIM_STATUSES = ['confirmed', 'unconfirmed', 'contradicted'];

/** The requests behind each view. Lists ask for the largest page (200) and follow links.next. */
export const endpoints = {
  index: () => path(''),
  exports: () => path('/exports'),
  releases: () => path('/releases'),
  catalog: () => path('/catalog'),
  count: (collection) => path('/' + collection, { size: 1, fields: 'id' }),
  sessions: () => path('/sessions', { size: 200 }),
  sessionDates: () => path('/sessions', { size: 200, fields: 'id,startDate,endDate' }),
  session: (id) => path('/sessions/' + seg(id)),
  topics: () => path('/topics', { size: 200 }),
  topic: (id) => path('/topics/' + seg(id)),
  resolutions: (f = {}) => path('/resolutions', { ...f, size: 200 }),
  resolutionGroups: (by) => path('/resolutions/groups', { by }),
  resolution: (id) => path('/resolutions/' + seg(id)),
  // every claim, contradicted ones included: the resolution page shows them, marked as disputed
  resolutionSponsors: (id) => path('/resolutions/' + seg(id) + '/sponsors', { claimStatus: CLAIM_STATUSES.join(','), size: 200 }),
  resolutionVotes: (id) => path('/resolutions/' + seg(id) + '/votes', { size: 200 }),
  sideEvents: (f = {}) => path('/side-events', { ...f, size: 200 }),
  sideEventGroups: (by) => path('/side-events/groups', { by }),
  sideEvent: (id) => path('/side-events/' + seg(id)),
  meetings: (f = {}) => path('/meetings', { ...f, size: 200 }),
  organizations: (f = {}) => path('/organizations', { ...f, size: 200 }),
  organization: (id) => path('/organizations/' + seg(id)),
  organizationSideEvents: (id) => path('/organizations/' + seg(id) + '/side-events', { size: 200 }),
  countries: (f = {}) => path('/countries', { ...f, size: 200 }),
  country: (iso3) => path('/countries/' + seg(iso3)),
  countryVotes: (iso3) => path('/countries/' + seg(iso3) + '/votes', { size: 200 }),
  countrySchedulingVotes: (iso3) => path('/countries/' + seg(iso3) + '/scheduling-votes', { size: 200 }),
  // every claim, contradicted ones included: the country page shows them, marked as disputed, as the resolution page does
  sponsor: (iso3) => path('/sponsors/' + seg(iso3), { claimStatus: CLAIM_STATUSES.join(',') }),
  coHosting: (session) => path('/networks/co-hosting', { session }),
  schedulingDecisions: (f = {}) => path('/scheduling-decisions', { ...f, size: 200 }),
  schedulingGroups: (by) => path('/scheduling-decisions/groups', { by }),
  schedulingDecision: (id) => path('/scheduling-decisions/' + seg(id)),
  schedulingVotes: (id) => path('/scheduling-decisions/' + seg(id) + '/votes', { size: 200 }),
  substances: () => path('/substances', { size: 200 }),
  substance: (id) => path('/substances/' + seg(id)),
  bureauMembers: () => path('/bureau-members', { size: 200 }),
};

// The requests made for the view on screen, in order, so that it can name them ("this view as JSON / as CSV").
let viewRequests = [];
let generation = 0;

/** Called by the router before each view: forget the previous view's requests. */
export function beginView() {
  generation += 1;
  viewRequests = [];
  return generation;
}

export function requestsOfView() {
  return viewRequests.slice();
}

function note(href, gen) {
  if (gen === generation && !viewRequests.includes(href)) viewRequests.push(href);
}

const cache = new Map();

export class ApiError extends Error {
  constructor(status, detail, href) {
    super(`${status}: ${detail || 'request failed'} (${href})`);
    this.status = status;
    this.detail = detail;
    this.href = href;
  }
}

/** GET one JSON document (cached for the page's life: the data changes only with a release). */
export function get(href) {
  const u = url(href);
  note(u.pathname + u.search, generation);
  const key = u.href;
  if (!cache.has(key)) {
    cache.set(key, fetch(u, { headers: { Accept: 'application/json' } }).then(async (r) => {
      if (!r.ok) {
        cache.delete(key);
        let detail = r.statusText;
        try { const p = await r.json(); detail = p.detail || p.title || detail; } catch (e) { /* not a problem document */ }
        throw new ApiError(r.status, detail, u.pathname + u.search);
      }
      return r.json();
    }));
  }
  return cache.get(key);
}

/** Every record of a list: its data, following links.next (at most 50 pages). */
export async function all(href) {
  const first = await get(href);
  const rows = [...first.data];
  let next = first.links && first.links.next;
  for (let i = 0; next && i < 50; i += 1) {
    const page = await get(next);
    rows.push(...page.data);
    next = page.links && page.links.next;
  }
  return { rows, meta: first.meta };
}

export async function total(href) {
  return (await get(href)).meta.total;
}

// ---- Shapes: what the views read out of a record ----

/** A nested reference's id ({id, name, href, ...}), or the value itself where the API gives a plain id (a network's links). */
export function idOf(ref) {
  return ref && typeof ref === 'object' ? ref.id : ref;
}

/** How the explorer names a session in a table or list: "CND 68", as the Commission does (the id is cnd-68). */
export function sessionLabel(ref) {
  const id = idOf(ref);
  const number = /^cnd-(\d+)$/.exec(id || '');
  return number ? `CND ${number[1]}` : id;
}

/**
 * How the explorer names a resolution or decision: its UN document symbol, else its number (e.g. "63/17"), else its id
 * (history texts have no symbol). Full records name the number `resolutionNumber`; a nested reference (a scheduling
 * decision's `decidedBy`) names it `number`.
 */
export function resolutionLabel(resolution) {
  return resolution.symbol ?? resolution.resolutionNumber ?? resolution.number ?? resolution.id;
}

/** A convention's name from the API's value ("1961"); decisions whose sources name no convention have null. */
export function conventionLabel(convention) {
  return convention ? `${convention} Convention` : 'No convention given';
}

/** The part of an API link after /api/v1, whatever base URL (and path prefix) the API publishes its links under. */
function apiPath(href) {
  const p = url(href).pathname;
  const at = p.indexOf(BASE + '/');
  return at < 0 ? p : p.slice(at + BASE.length);
}

// API collections whose records have an explorer page, and the explorer route of that page where it differs.
const PAGES = { sessions: 'sessions', resolutions: 'resolutions', 'side-events': 'side-events', organizations: 'organizations',
  countries: 'countries', 'scheduling-decisions': 'scheduling', substances: 'substances', topics: 'topics' };

/**
 * The explorer address of a record's page by its route and id: pageOf('resolutions', 'cnd-68-l6'). The id is one
 * segment, encoded as the router decodes it: a UN symbol's slashes as %2F, so any id the API takes has a page.
 */
export function pageOf(routeName, id) {
  return `#/${routeName}/${encodeURIComponent(id)}`;
}

/** Where an API link opens in the explorer: "https://host/api/v1/countries/AUT" becomes "#/countries/AUT". */
export function route(href) {
  if (!href) return null;
  const m = apiPath(href).match(/^\/([a-z-]+)\/([^/]+)$/);
  return m && PAGES[m[1]] ? `#/${PAGES[m[1]]}/${m[2]}` : null;
}

/** A side event host or meeting counterpart: {kind: 'country'|'organization', id, name, href}. */
export function party(p) {
  return { kind: p.kind, id: p.id, name: p.name || p.label || p.id, href: p.href };
}

/** A claim status, named as the API names it; anything but confirmed and unconfirmed is disputed by a source (contested). */
export function claim(status) {
  return { label: status, contested: status !== 'confirmed' && status !== 'unconfirmed' };
}

/** A title as the sources give it, marked where they give only its start (titleComplete false). */
export function titleOf(record) {
  return record.titleComplete === false && !record.title.endsWith('…') ? `${record.title} …` : record.title;
}

/** Names an API code by a table of the words for it; a code the table lacks is shown as it is. */
function wordsFrom(table) {
  return (code) => table[code] || code;
}

const REGIONAL_GROUPS = {
  african: 'African States', 'asia-pacific': 'Asia-Pacific States', 'eastern-european': 'Eastern European States',
  grulac: 'Latin American and Caribbean States (GRULAC)', weog: 'Western European and other States (WEOG)',
};

/** A UN regional group as the UN names it (the API's value is a short code: weog, grulac, ...). */
export const regionalGroupLabel = wordsFrom(REGIONAL_GROUPS);

const UN_STATUSES = { member: 'Member State', observer: 'Non-member observer State', none: 'Not a member or observer' };

/** A country's standing at the UN as the UN names it (the API's value is a code: member, observer, none). */
export const unStatusLabel = wordsFrom(UN_STATUSES);

// codes that are not their words with spaces for hyphens
const WORDS = {
  'co-sponsor': 'co-sponsor', 'un-entity': 'UN entity', 'red-cross-red-crescent': 'Red Cross or Red Crescent',
  'mdma-precursor': 'MDMA precursor', 'no-vote': 'without a vote',
};

/**
 * A code of the API (a sponsor's role, an organization's type, an event's kind, a substance's class, how a decision was
 * taken) in words: "main sponsor" for main-sponsor.
 */
export function words(code) {
  return code ? WORDS[code] || code.replace(/-/g, ' ') : code;
}

const OFFICES = {
  chair: 'Chair', 'first-vice-chair': 'First Vice-Chair', 'second-vice-chair': 'Second Vice-Chair',
  'third-vice-chair': 'Third Vice-Chair', 'vice-chair': 'Vice-Chair', rapporteur: 'Rapporteur',
};

/** A bureau office as the Commission writes it: "First Vice-Chair" for first-vice-chair. */
export const officeLabel = wordsFrom(OFFICES);

export const VOTES = [
  { key: 'in-favour', metaKey: 'inFavour', label: 'In favour' },
  { key: 'against', metaKey: 'against', label: 'Against' },
  { key: 'abstaining', metaKey: 'abstaining', label: 'Abstaining' },
];

/** A nested country's M49 region, as every nested country carries it (id, name, iso2, m49, region, href); "—" where M49 assigns none. */
export function regionOf(country) {
  return (country && country.region && country.region.name) || '—';
}

/** A recorded vote: named rows by vote, and the tally, roll-call and unnamed counts from meta. */
export function recordedVote(list) {
  const rows = list.rows.map((r) => ({ country: r.country, vote: r.vote, resolution: r.resolution }));
  const m = list.meta || {};
  return { rows, tally: m.tally || null, rollCall: m.rollCall || null, unnamed: m.unnamed || null, note: m.note || null, recordedOn: m.recordedOn || [] };
}

/** The co-hosting graph as d3-force takes it: nodes {id,label,kind,degree,count,href}, links {source,target,weight,events}. */
export function graph(doc) {
  return {
    nodes: doc.nodes.map((n) => ({ ...n })),
    links: doc.links.map((l) => ({ source: idOf(l.source), target: idOf(l.target), weight: l.weight, events: l.events || [] })),
    meta: doc.meta,
  };
}

/** The side events of a network node: an organization's own list, or the events a country co-hosted. */
export function nodeEvents(node, session) {
  return node.kind === 'country'
    ? path('/side-events', { host: node.id, session, size: 200 })
    : path('/organizations/' + seg(node.id) + '/side-events', { size: 200 });
}

/** A session's dates as a readable range. */
export function dateRange(start, end) {
  if (!start) return 'dates unknown';
  return end && end !== start ? `${start} to ${end}` : start;
}
