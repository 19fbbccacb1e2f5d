// Resolutions: a filterable, sortable table, and one resolution's page (sponsors with claim status, its vote).
import * as api from '../api.js';
import { h, table, facts, recordLink, value, badge, claimBadge, claimsHeading, citing, filterForm, listTitle, hashWith, recordPage, ofSession, sources, count, topicLinks } from '../dom.js';
import { voteFigure, decisionsHoldingTheRollCall, rollCallElsewhere } from './vote.js';

const FILTERS = ['session', 'topic', 'adoption', 'sponsor'];

export async function resolutions(query) {
  const filter = {};
  ['q', ...FILTERS].forEach((f) => { if (query.get(f)) filter[f] = query.get(f); });
  const sort = query.get('sort') || 'symbol';
  const [list, sessions, topics, adoption, sponsors] = await Promise.all([
    api.all(api.endpoints.resolutions({ ...filter, sort })),
    api.all(api.endpoints.sessions()),
    api.all(api.endpoints.topics()),
    api.get(api.endpoints.resolutionGroups('adoption')),
    api.get(api.endpoints.resolutionGroups('sponsor')),
  ]);
  const options = {
    session: sessions.rows.map((s) => [s.id, api.sessionLabel(s)]),
    topic: topics.rows.map((t) => [t.id, t.name]),
    adoption: adoption.data.filter((g) => g.key).map((g) => [g.key, g.label]),
    sponsor: sponsors.data.filter((g) => g.key).map((g) => [g.key, g.label]).sort((a, b) => a[1].localeCompare(b[1])),
  };
  const inTitle = { adoption: (text) => `adopted by ${text}`, sponsor: (text) => `sponsored by ${text}` };
  const controls = [{ name: 'q', label: 'Search (words, a symbol or a number)' },
    ...FILTERS.map((f) => ({ name: f, label: f[0].toUpperCase() + f.slice(1), options: options[f], inTitle: inTitle[f] }))];
  const form = filterForm('Search and filter resolutions', '#/resolutions', query, controls);

  return {
    title: listTitle('Resolutions', query, [...controls.slice(1), controls[0]]),
    content: [
      h('h1', {}, 'Resolutions'),
      form,
      h('p', { role: 'status', id: 'resolution-count' }, `${count(list.rows.length, 'resolution')}${filter.q ? ` matching “${filter.q}”` : ''}`),
      table('Resolutions, with their session, adoption, sponsors and recorded vote', [
        { label: 'Symbol', sort: 'symbol', cell: (r) => h('a', { href: api.pageOf('resolutions', r.id) }, api.resolutionLabel(r)) },
        { label: 'Title', sort: 'title', text: 'name', cell: (r) => api.titleOf(r) },
        { label: 'Number', sort: 'number', cell: (r) => value(r.resolutionNumber) },
        { label: 'Session', sort: 'session', cell: (r) => recordLink(r.session, api.sessionLabel(r.session)) },
        { label: 'Adoption', cell: (r) => value(r.adoption) },
        { label: 'Adopted on', sort: 'adoptedOn', cell: (r) => value(r.adoptedOn) },
        { label: 'Sponsors', text: 'name', cell: (r) => sponsorList(r.sponsors) },
        { label: 'Vote', cell: (r) => tally(r) },
      ], list.rows, { id: 'resolutions', empty: 'No resolution matches the search and filters.',
        sort: { current: sort, href: (s) => hashWith('#/resolutions', query, { sort: s }) } }),
    ],
  };
}

/** A resolution's tally in words; a vote with no recorded tally says so. */
export function tally(r) {
  if (r.votes) return `${r.votes.inFavour} for, ${r.votes.against} against, ${r.votes.abstaining} abstaining`;
  return r.adoption === 'vote' ? 'no tally recorded' : '—';
}

function sponsorList(sponsors) {
  if (!sponsors || !sponsors.length) return '—';
  return sponsors.map((s, i) => {
    const c = api.claim(s.claimStatus);
    return [i ? ', ' : '', recordLink(s.country), c.contested ? [' ', badge(c.label, 'contested')] : null];
  });
}

export async function resolution(id) {
  const r = await api.get(api.endpoints.resolution(id));
  const [sponsors, votes] = await Promise.all([
    api.all(api.endpoints.resolutionSponsors(r.id)),
    r.adoption === 'vote' ? api.all(api.endpoints.resolutionVotes(r.id)) : null,
  ]);
  const vote = votes ? api.recordedVote(votes) : null;
  const elsewhere = await decisionsHoldingTheRollCall(vote);
  const cited = [...(r.sources || []), ...sponsors.rows.flatMap((s) => s.sources || [])];
  return recordPage({ title: api.resolutionLabel(r), heading: [api.resolutionLabel(r), h('span', { class: 'subtitle' }, api.titleOf(r))], crumbs: [['#/resolutions', 'Resolutions'], ofSession('#/resolutions', r.session)],
    canonical: api.pageOf('resolutions', r.id) },
    facts([
      ['Session', recordLink(r.session)],
      ['Symbol note', r.symbolNote || undefined],
      ['Resolution number', value(r.resolutionNumber)],
      ['Adoption', value(r.adoption)],
      ['Adopted on', value(r.adoptedOn)],
      ['Vote', r.votes ? `${r.votes.inFavour} in favour, ${r.votes.against} against, ${r.votes.abstaining} abstaining` : undefined],
      ['Vote called by', r.voteCalledBy ? recordLink(r.voteCalledBy) : undefined],
      ['Topics', topicLinks(r.topics)],
    ]),
    r.summary ? h('p', { class: 'lede' }, citing(r.summary, cited)) : null,
    h('h2', {}, claimsHeading('sponsor', sponsors.rows)),
    table(`Sponsorship claims on ${api.resolutionLabel(r)}, each with its status`, [
      { label: 'Country', cell: (s) => recordLink(s.country) },
      { label: 'Role', cell: (s) => h('span', { class: 'nowrap' }, value(api.words(s.role))) },
      { label: 'Claim', cell: (s) => claimBadge(s.claimStatus) },
      { label: 'Note', text: 'prose', cell: (s) => citing(s.note, s.sources) },
    ], sponsors.rows, { id: 'sponsors', empty: 'No source names a sponsor of this text.' }),
    vote && vote.rows.length ? [h('h2', {}, 'The recorded vote'), voteFigure(vote, r), h('p', {}, h('a', { href: api.pageOf('votes', r.id) }, 'The vote on its own page, with a table'))] : null,
    elsewhere.length ? [h('h2', {}, 'The recorded vote'), rollCallElsewhere(elsewhere)] : null,
    r.note ? [h('h2', {}, 'Notes from the sources'), h('p', { class: 'note' }, citing(r.note, cited))] : null,
    sources(r.sources),
  );
}

