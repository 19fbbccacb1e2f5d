// The landing page: what the dataset is, the release served, licence and citation, downloads, and the views.
import * as api from '../api.js';
import { h, table, bytes, facts, noun } from '../dom.js';

const TITLE = 'Open Drug Policy: CND dataset';
/** What the release holds, as [collection, singular, route, plural when not singular + s]. */
const COLLECTIONS = [
  ['sessions', 'session', '#/sessions'],
  ['resolutions', 'resolution', '#/resolutions'],
  ['side-events', 'side event', '#/side-events'],
  ['topics', 'topic', '#/topics'],
  ['organizations', 'organization', '#/organizations'],
  ['meetings', 'meeting', '#/meetings'],
  ['countries', 'country or territory', '#/countries', 'countries and territories'],
  ['scheduling-decisions', 'scheduling decision', '#/scheduling'],
  ['substances', 'substance', '#/substances'],
  ['bureau-members', 'bureau member', '#/bureaus'],
];

/** The citation of a release in the four common forms. */
function citations(index, release, home) {
  const version = index.dataset.version;
  const date = (release && release.releasedOn) || index.dataset.created.slice(0, 10);
  const [y, m, d] = date.split('-');
  const plain = `Open Drug Policy (${y}). ${TITLE}, release ${version} [Data set]. ${index.license.title} (${index.license.id}). ${home}`;
  const bibtex = `@misc{opendrugpolicy_cnd_${version.replace(/\W/g, '_')},
  author       = {{Open Drug Policy}},
  title        = {${TITLE}},
  year         = {${y}},
  month        = {${Number(m)}},
  version      = {${version}},
  howpublished = {\\url{${home}}},
  note         = {Data set, ${index.license.id}; release ${index.dataset.tag}}
}`;
  const csl = JSON.stringify([{
    id: `opendrugpolicy-cnd-${version}`,
    type: 'dataset',
    author: [{ literal: 'Open Drug Policy' }],
    title: TITLE,
    version,
    issued: { 'date-parts': [[Number(y), Number(m), Number(d)]] },
    URL: home,
    license: index.license.url,
  }], null, 2);
  const ris = ['TY  - DATA', 'AU  - Open Drug Policy', `TI  - ${TITLE}`, `PY  - ${y}`, `DA  - ${y}/${m}/${d}`,
    `ET  - ${version}`, `UR  - ${home}`, `N1  - ${index.license.title} (${index.license.id})`, 'ER  - '].join('\n');
  return [['Plain text', plain], ['BibTeX', bibtex], ['CSL-JSON', csl], ['RIS', ris]];
}

/** schema.org Dataset: the static markup in index.html, completed with the release served. */
function completeJsonLd(index, release, exportsDoc, sessions) {
  const el = document.getElementById('dataset-jsonld');
  if (!el) return;
  const ld = JSON.parse(el.textContent);
  ld.url = location.origin + '/';
  ld.version = index.dataset.version;
  ld.dateModified = (release && release.releasedOn) || index.dataset.created.slice(0, 10);
  ld.license = index.license.url;
  // The period the sessions served cover, from the first session's opening to the last one's close.
  const dates = sessions.flatMap((x) => [x.startDate, x.endDate]).filter(Boolean).sort();
  if (dates.length) ld.temporalCoverage = `${dates[0]}/${dates[dates.length - 1]}`;
  ld.distribution = exportsDoc.exports.filter((e) => e.format === 'csv' || e.file.endsWith('.zip')).map((e) => ({
    '@type': 'DataDownload', name: e.file, encodingFormat: e.mediaType, contentUrl: api.url(e.url).href, contentSize: `${e.bytes} B`,
  }));
  el.textContent = JSON.stringify(ld, null, 2);
}

export async function landing() {
  const [index, releases, exportsDoc, sessions, ...counts] = await Promise.all([
    api.get(api.endpoints.index()),
    api.get(api.endpoints.releases()),
    api.get(api.endpoints.exports()),
    api.all(api.endpoints.sessionDates()),
    ...COLLECTIONS.map(([c]) => api.total(api.endpoints.count(c))),
  ]);
  const release = releases.data.find((r) => r.version === index.dataset.version) || releases.data[0];
  completeJsonLd(index, release, exportsDoc, sessions.rows);
  const first = sessions.rows[0];
  const last = sessions.rows[sessions.rows.length - 1];
  const home = location.origin + '/';
  const zip = exportsDoc.exports.find((e) => e.file.endsWith('.zip'));
  const csvs = exportsDoc.exports.filter((e) => e.format === 'csv');

  const content = [
    h('h1', {}, TITLE),
    h('p', { class: 'lede' }, 'Open data on humanitarian drug policy at the UN Commission on Narcotic Drugs (CND): its sessions',
      first ? ` (${first.id.toUpperCase().replace('-', ' ')} in ${first.startDate.slice(0, 4)} to ${last.id.toUpperCase().replace('-', ' ')} in ${last.startDate.slice(0, 4)})` : '',
      ', the resolutions and decisions adopted there, the Member States that sponsored them and how they voted, ',
      'the substances the Commission placed under international control, the bureaus that chaired each session, ',
      'the side events held around them, the organizations that organized and co-hosted those events, and the meetings between delegations and with organizations. ',
      'Every record names its sources; a value no source gives is left empty, never guessed, and where sources disagree each claim is kept.'),
    h('ul', { class: 'counts', 'aria-label': 'What the release holds' }, COLLECTIONS.map(([, singular, href, plural], i) => h('li', {},
      h('a', { href }, h('strong', {}, String(counts[i])), ' ', noun(counts[i], singular, plural))))),
    h('section', { 'aria-labelledby': 'release-h' },
      h('h2', { id: 'release-h' }, 'The release served'),
      facts([
        ['Release', index.dataset.version],
        ['Released on', release ? release.releasedOn : index.dataset.created.slice(0, 10)],
        ['Content hash (SHA-256)', h('code', { class: 'hash' }, index.dataset.sha256)],
        ['Licence', h('a', { href: index.license.url }, `${index.license.title} (${index.license.id})`)],
        ['Attribution', index.license.attribution],
      ]),
      release && release.summary ? h('p', {}, release.summary) : null),
    h('section', { 'aria-labelledby': 'explore-h' },
      h('h2', { id: 'explore-h' }, 'Explore'),
      h('ul', { class: 'cards' },
        card('#/sessions', 'Sessions', 'A timeline of the sessions; each with its resolutions, side events, meetings and chair.'),
        card('#/resolutions', 'Resolutions', 'Filter and sort by session, topic, adoption and sponsor; sponsors with the status of each claim.'),
        card('#/votes/cnd-68-l6', 'The recorded vote on L.6/Rev.1', 'Who voted for, against and abstained on the expert-review resolution, and the abstainer the record does not name.'),
        card('#/network?session=cnd-68', 'Co-hosting network', 'Who co-hosted side events with whom: an interactive graph, by session.'),
        card('#/side-events', 'Side events', 'Each event with its organizer and co-hosts in the order the sources list them.'),
        card('#/topics', 'Topics', 'The themes the dataset tags resolutions and side events with, in its own vocabulary; each with its resolutions and events.'),
        card('#/organizations', 'Organizations', 'Every organization, with the aliases the sources use and its events.'),
        card('#/countries', 'Countries', 'Sponsorships, votes, side events hosted and meetings of each country.'),
        card('#/scheduling', 'Scheduling decisions', 'Substances placed under international control since 2017, per year and convention, with each decision’s vote.'),
        card('#/bureaus', 'Bureaus', 'The chair, vice-chairs and rapporteur of each session, where the sources name them.'))),
    h('section', { 'aria-labelledby': 'download-h' },
      h('h2', { id: 'download-h' }, 'Download'),
      zip ? h('p', {}, h('a', { href: api.url(zip.url).href, class: 'button' }, `Download ${zip.file}`), ` (${bytes(zip.bytes)}): every table as CSV in a `,
        'Frictionless data package, whose datapackage.json gives each file’s size and SHA-256. SHA-256 of the zip: ', h('code', { class: 'hash' }, zip.sha256)) : null,
      table('Per-table exports (CSV; JSON and NDJSON at the same address with .json or .ndjson)', [
        { label: 'File', cell: (e) => h('a', { href: api.url(e.url).href }, e.file) },
        { label: 'Rows', cell: (e) => String(e.rows) },
        { label: 'Size', cell: (e) => bytes(e.bytes) },
        { label: 'SHA-256', cell: (e) => h('code', { class: 'hash' }, e.sha256) },
      ], csvs, { id: 'exports' })),
    h('section', { 'aria-labelledby': 'cite-h' },
      h('h2', { id: 'cite-h' }, 'Cite this release'),
      citations(index, release, home).map(([name, text], i) => h('details', { open: i === 0 || undefined, class: 'cite' },
        h('summary', {}, name), h('pre', { tabindex: '0', 'aria-label': `Citation as ${name}` }, text)))),
    h('section', { 'aria-labelledby': 'dev-h' },
      h('h2', { id: 'dev-h' }, 'For developers'),
      h('ul', {},
        h('li', {}, h('a', { href: '/api/v1' }, 'The API index'), ': every collection, the release and the licence, as JSON.'),
        h('li', {}, h('a', { href: '/q/swagger-ui/' }, 'Swagger UI'), ': every operation, with examples to try.'),
        h('li', {}, h('a', { href: '/q/openapi' }, 'The OpenAPI document'), ', and ', h('a', { href: '/api/v1/catalog' }, 'the DCAT-AP catalogue'), ' for harvesters.'),
        h('li', {}, 'Each view of this explorer lists the API requests it is built from, as JSON and as CSV.'))),
  ];
  return { title: 'The CND dataset', content };
}

function card(href, title, text) {
  return h('li', {}, h('a', { href }, h('strong', {}, title)), h('p', {}, text));
}
