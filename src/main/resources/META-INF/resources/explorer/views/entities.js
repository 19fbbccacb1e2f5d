// Organizations and countries: lists, and pages with aliases, activity counts and everything linked.
import * as api from '../api.js';
import { h, table, facts, recordLink, value, recordPage, noun, count, claimBadge, claimsHeading, citing, filterForm, listTitle } from '../dom.js';
import { meetingTable } from './meetings.js';
import { organizer } from './sideevents.js';

export async function organizations(query) {
  const q = query.get('q') || '';
  const list = await api.all(api.endpoints.organizations({ q: q || undefined }));
  return {
    title: listTitle('Organizations', query, [{ name: 'q' }]),
    content: [
      h('h1', {}, 'Organizations'),
      filterForm('Search organizations by name or alias', '#/organizations', query, [{ name: 'q', label: 'Search' }]),
      table(`${count(list.rows.length, 'organization')}${q ? ` matching “${q}”` : ''}`, [
        { label: 'Name', text: 'name', cell: (o) => h('a', { href: api.pageOf('organizations', o.id) }, o.name) },
        { label: 'Acronym', cell: (o) => value(o.acronym) },
        { label: 'Type', cell: (o) => value(api.words(o.type)) },
        { label: 'Country', cell: (o) => (o.country ? recordLink(o.country) : '—') },
        { label: 'Aliases', text: 'name', cell: (o) => (o.aliases || []).map((a) => a.alias).join('; ') || '—' },
      ], list.rows, { id: 'organizations' }),
    ],
  };
}

export async function organization(id) {
  const o = await api.get(api.endpoints.organization(id));
  const [events, meetings] = await Promise.all([
    api.all(api.endpoints.organizationSideEvents(o.id)), api.all(api.endpoints.meetings({ counterpart: o.id }))]);
  const organized = events.rows.filter((e) => e.organizer && e.organizer.id === o.id).length;
  return recordPage({ title: o.name, crumbs: [['#/organizations', 'Organizations']], canonical: api.pageOf('organizations', o.id) },
    facts([
      ['Acronym', o.acronym],
      ['Type', api.words(o.type)],
      ['Country', o.country ? recordLink(o.country) : null],
      ['Part of', o.parent ? recordLink(o.parent) : undefined],
      ['Also known as', (o.aliases || []).map((a) => a.alias).join('; ') || null],
    ]),
    h('ul', { class: 'counts', 'aria-label': 'Activity' },
      h('li', {}, h('strong', {}, String(events.rows.length)), ` ${noun(events.rows.length, 'side event')}`),
      h('li', {}, h('strong', {}, String(organized)), ' organized'),
      h('li', {}, h('strong', {}, String(events.rows.length - organized)), ' co-hosted'),
      h('li', {}, h('strong', {}, String(meetings.rows.length)), ` ${noun(meetings.rows.length, 'meeting')}`)),
    h('h2', {}, 'Side events'),
    table(`Side events that list ${o.name}`, [
      { label: 'Title', text: 'name', cell: (e) => h('a', { href: api.pageOf('side-events', e.id) }, api.titleOf(e)) },
      { label: 'Session', cell: (e) => recordLink(e.session, api.sessionLabel(e.session)) },
      { label: 'Role', cell: (e) => (e.organizer && e.organizer.id === o.id ? 'organizer' : 'co-host') },
    ], events.rows, { id: 'organization-events', empty: 'No side event in the dataset lists this organization.' }),
    meetings.rows.length ? [h('h2', {}, 'Meetings'), meetingsWith(`Meetings with ${o.name}`, meetings.rows)] : null,
    o.note ? [h('h2', {}, 'Notes from the sources'), h('p', { class: 'note' }, citing(o.note, o.sources))] : null,
  );
}

function meetingsWith(caption, rows) {
  // no counterpart column: every row's counterpart is the record the page is about
  return meetingTable(caption, rows, ['session', 'reportedBy', 'description'], { id: 'meetings' });
}

export async function countries(query) {
  const q = query.get('q') || '';
  const list = await api.all(api.endpoints.countries({ q: q || undefined }));
  return {
    title: listTitle('Countries', query, [{ name: 'q' }]),
    content: [
      h('h1', {}, 'Countries and territories'),
      filterForm('Search countries', '#/countries', query, [{ name: 'q', label: 'Search' }]),
      table(`${count(list.rows.length, 'country or territory', 'countries and territories')}${q ? ` matching “${q}”` : ''}`, [
        { label: 'Name', text: 'name', cell: (c) => h('a', { href: api.pageOf('countries', c.id) }, c.name) },
        { label: 'ISO 3166', cell: (c) => `${c.iso3} / ${value(c.iso2)}` },
        { label: 'Region', text: 'name', cell: (c) => [c.region && c.region.name, c.subregion && c.subregion.name].filter(Boolean).join(' · ') || '—' },
        { label: 'UN status', cell: (c) => value(api.unStatusLabel(c.unStatus)) },
      ], list.rows, { id: 'countries' }),
    ],
  };
}

export async function country(iso3) {
  const c = await api.get(api.endpoints.country(iso3));
  const a = c.activity || {};
  const [votes, decisionVotes, hosted, meetings] = await Promise.all([
    a.votes ? api.all(api.endpoints.countryVotes(c.id)) : { rows: [] },
    a.schedulingVotes ? api.all(api.endpoints.countrySchedulingVotes(c.id)) : { rows: [] },
    a.sideEventsHosted ? api.all(api.endpoints.sideEvents({ host: c.id })) : { rows: [] },
    a.meetings ? api.all(api.endpoints.meetings({ counterpart: c.id })) : { rows: [] },
  ]);
  // 404: the country has no sponsorship claim of any status (activity counts only confirmed and unconfirmed ones)
  const sponsorships = await api.get(api.endpoints.sponsor(c.id)).then((s) => s.resolutions, (e) => { if (e.status === 404) return []; throw e; });
  return recordPage({ title: c.name, crumbs: [['#/countries', 'Countries']], canonical: api.pageOf('countries', c.id) },
    facts([
      ['Official name', c.officialName],
      ['ISO 3166-1', `${c.iso3} / ${value(c.iso2)} / M49 ${value(c.m49)}`],
      ['Region', [c.region && c.region.name, c.subregion && c.subregion.name].filter(Boolean).join(' · ') || null],
      ['UN status', api.unStatusLabel(c.unStatus)],
    ]),
    h('ul', { class: 'counts', 'aria-label': 'Activity' },
      h('li', {}, h('strong', {}, String(a.sponsorships || 0)), ` ${noun(a.sponsorships, 'sponsorship')}`),
      h('li', {}, h('strong', {}, String(a.votes || 0)), ` ${noun(a.votes, 'recorded vote')} on resolutions`),
      h('li', {}, h('strong', {}, String(a.schedulingVotes || 0)), ` ${noun(a.schedulingVotes, 'vote')} on scheduling decisions`),
      h('li', {}, h('strong', {}, String(a.sideEventsHosted || 0)), ` ${noun(a.sideEventsHosted, 'side event')} co-hosted`),
      h('li', {}, h('strong', {}, String(a.meetings || 0)), ` ${noun(a.meetings, 'meeting')}`)),
    sponsorships.length ? [h('h2', {}, claimsHeading('sponsorship', sponsorships)), table(`Resolutions ${c.name} is claimed to have sponsored, each claim with its status`, [
      { label: 'Resolution', cell: (s) => h('a', { href: api.pageOf('resolutions', s.id) }, api.resolutionLabel(s)) },
      { label: 'Title', text: 'name', cell: (s) => s.title },
      { label: 'Role', cell: (s) => value(api.words(s.role)) },
      { label: 'Claim', cell: (s) => claimBadge(s.claimStatus) },
    ], sponsorships, { id: 'country-sponsorships' })] : null,
    votes.rows.length ? [h('h2', {}, 'Recorded votes on resolutions'), table(`How ${c.name} voted on resolutions`, [
      { label: 'Resolution', cell: (v) => h('a', { href: api.pageOf('votes', v.resolution.id) }, api.resolutionLabel(v.resolution)) },
      { label: 'Vote', cell: (v) => (api.VOTES.find((x) => x.key === v.vote) || { label: v.vote }).label },
    ], votes.rows, { id: 'country-votes' })] : null,
    decisionVotes.rows.length ? [h('h2', {}, 'Recorded votes on scheduling decisions'), table(`How ${c.name} voted on scheduling decisions`, [
      { label: 'Decision', text: 'name', cell: (v) => h('a', { href: api.pageOf('scheduling', v.decision.id) }, v.decision.subject) },
      { label: 'Session', cell: (v) => recordLink(v.decision.session, api.sessionLabel(v.decision.session)) },
      { label: 'Vote', cell: (v) => (api.VOTES.find((x) => x.key === v.vote) || { label: v.vote }).label },
      { label: 'Note', text: 'prose', cell: (v) => citing(v.note, v.sources) },
    ], decisionVotes.rows, { id: 'country-decision-votes' })] : null,
    hosted.rows.length ? [h('h2', {}, 'Side events co-hosted'), table(`Side events ${c.name} co-hosted`, [
      { label: 'Title', text: 'name', cell: (e) => h('a', { href: api.pageOf('side-events', e.id) }, api.titleOf(e)) },
      { label: 'Session', cell: (e) => recordLink(e.session, api.sessionLabel(e.session)) },
      { label: 'Organizer', text: 'name', cell: (e) => organizer(e) },
    ], hosted.rows, { id: 'country-events' })] : null,
    meetings.rows.length ? [h('h2', {}, 'Meetings'), meetingsWith(`Meetings with ${c.name}`, meetings.rows)] : null,
    c.bureauSeats && c.bureauSeats.length ? [h('h2', {}, 'Bureau seats'), table(`Seats ${c.name} held on the Commission's bureaus`, [
      { label: 'Session', cell: (b) => recordLink(b.session) },
      { label: 'Office', cell: (b) => api.officeLabel(b.office) },
      { label: 'Person', cell: (b) => value(b.personName) },
    ], c.bureauSeats, { id: 'country-bureau-seats' })] : null,
  );
}
