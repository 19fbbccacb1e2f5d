// Sessions: a timeline of all of them, and one session's page.
import * as api from '../api.js';
import { h, table, facts, recordLink, value, recordPage, figure, noun, count, sources, citing, fittedChart } from '../dom.js';
import { d3 } from '../d3.js';
import { tally } from './resolutions.js';
import { meetingTable } from './meetings.js';
import { organizer } from './sideevents.js';

/** What an empty table of a session's records says instead of showing headers over no rows. */
const NONE = 'The dataset lists none for this session yet.';

export async function sessions() {
  const [{ rows }, lib] = await Promise.all([api.all(api.endpoints.sessions()), d3()]);
  const summary = `Timeline of ${rows.length} sessions: ` + rows.map((s) => `${s.name}, ${api.dateRange(s.startDate, s.endDate)}`).join('; ') + '.';
  return {
    title: 'Sessions',
    content: [
      h('h1', {}, 'Sessions of the Commission on Narcotic Drugs'),
      h('figure', { class: 'chart' }, fittedChart(720, (width) => timeline(lib, rows, summary, width)), h('figcaption', {}, 'Each bar is one segment of a session: its regular session and, where the sources give them, the opening '
        + 'meeting the December before, a high-level segment and the reconvened session in December. The list below gives the same dates.')),
      h('ol', { class: 'timeline-list', id: 'session-list' }, rows.map((s) => h('li', {},
        h('h2', {}, h('a', { href: api.pageOf('sessions', s.id) }, s.name)),
        h('p', {}, `${api.dateRange(s.startDate, s.endDate)}, ${[s.venue && s.venue.name, s.venue && s.venue.city].filter(Boolean).join(', ')}. `,
          otherSegments(s), s.chair ? ['Chair: ', chair(s.chair), '. '] : null, sentence(outcomes(s).join('; ')), '.'))))],
  };
}

/** A session's segments other than the one its dates are (the regular session), as a sentence; null when it has none. */
function otherSegments(s) {
  const others = (s.segments || []).filter((seg) => seg.startDate !== s.startDate || seg.endDate !== s.endDate);
  if (!others.length) return null;
  return `Also: ${others.map((seg) => `${seg.name.toLowerCase()}, ${api.dateRange(seg.startDate, seg.endDate)}`).join('; ')}. `;
}

/** The text with its first letter in capitals, as a sentence starts. */
function sentence(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The chair's name and country; a chair whose name no source gives is named by country only, and says so. */
function chair(c) {
  if (!c.name) return [recordLink(c.country), ' (the chair’s name is not recorded)'];
  return [c.name, c.country ? [' (', recordLink(c.country), ')'] : null];
}

/**
 * What the session adopted and held, as the sources count it (not the records the dataset lists, which may be fewer):
 * a figure no source gives is said to be unknown, never shown as 0.
 */
function outcomes(s) {
  const said = [];
  if (s.outcomeStatus === 'not-yet-reported') said.push('outcomes not yet reported');
  else if (s.resolutionsAdopted !== null && s.resolutionsAdopted !== undefined) {
    said.push(`${figure(s.resolutionsAdopted, s.resolutionsAdoptedQualifier)} ${noun(s.resolutionsAdopted, 'resolution')} adopted`);
  } else said.push('resolutions adopted not recorded');
  if (s.sideEventsTotal !== null && s.sideEventsTotal !== undefined) {
    said.push(`${figure(s.sideEventsTotal, s.sideEventsTotalQualifier)} ${noun(s.sideEventsTotal, 'side event')} held`);
  }
  if (s.participants) said.push(`${figure(s.participants, s.participantsQualifier)} participants`);
  return said;
}

/** Drawn `width` wide (see fittedChart); on a phone, every other year on the axis. */
function timeline(lib, rows, summary, width) {
  const height = 40 + rows.length * 44;
  const spans = rows.map((s) => ({ s, from: new Date(s.startDate), to: new Date(s.endDate || s.startDate) }));
  // every segment on the axis, the December opening meeting before a session's first year included
  const segments = rows.flatMap((s) => s.segments || []);
  const lo = lib.min([...spans.map((d) => d.from), ...segments.map((seg) => new Date(seg.startDate))]);
  const hi = lib.max([...spans.map((d) => d.to), ...segments.map((seg) => new Date(seg.endDate || seg.startDate))]);
  const x = lib.scaleTime().domain([lib.timeMonth.offset(lo, -3), lib.timeMonth.offset(hi, 3)]).range([20, width - 20]);
  const perYear = (width - 40) / (hi.getFullYear() - lo.getFullYear() + 1);
  const svg = lib.create('svg').attr('viewBox', `0 0 ${width} ${height}`).attr('role', 'img').attr('aria-label', summary).attr('class', 'timeline');
  svg.append('g').attr('transform', `translate(0,${height - 24})`).call(lib.axisBottom(x).ticks(lib.timeYear.every(perYear < 44 ? 2 : 1)).tickFormat(lib.timeFormat('%Y')))
    .attr('aria-hidden', 'true');
  const g = svg.selectAll('g.session').data(spans).join('g').attr('class', 'session')
    .attr('transform', (d, i) => `translate(0,${12 + i * 44})`);
  g.selectAll('rect').data((d) => (d.s.segments && d.s.segments.length ? d.s.segments : [{ startDate: d.s.startDate, endDate: d.s.endDate }]))
    .join('rect').attr('x', (seg) => x(new Date(seg.startDate)))
    .attr('width', (seg) => Math.max(8, x(new Date(seg.endDate || seg.startDate)) - x(new Date(seg.startDate))))
    .attr('y', 14).attr('height', 14).attr('rx', 3);
  // labels near either edge are anchored inwards, so that none is cut off
  g.append('text').attr('x', (d) => x(d.from)).attr('y', 8)
    .attr('text-anchor', (d) => (x(d.from) < width / 4 ? 'start' : x(d.from) > (width * 3) / 4 ? 'end' : 'middle'))
    .text((d) => `CND ${d.s.number} · ${lib.timeFormat('%-d %b %Y')(d.from)}`);
  return svg.node();
}

export async function session(id) {
  const s = await api.get(api.endpoints.session(id));
  const [res, events, meetings] = await Promise.all([
    api.all(api.endpoints.resolutions({ session: s.id })),
    api.all(api.endpoints.sideEvents({ session: s.id })),
    api.all(api.endpoints.meetings({ session: s.id })),
  ]);
  return recordPage({ title: s.name, crumbs: [['#/sessions', 'Sessions']], canonical: api.pageOf('sessions', s.id) },
    facts([
      ['Dates', api.dateRange(s.startDate, s.endDate)],
      ['Venue', [s.venue && s.venue.name, s.venue && s.venue.city].filter(Boolean).join(', ') || null],
      ['Chair', s.chair ? chair(s.chair) : null],
      ['Outcomes', s.outcomeStatus === 'not-yet-reported' ? 'not yet reported: what the session adopted is not yet known' : undefined],
      ['Resolutions adopted', s.outcomeStatus === 'not-yet-reported' ? undefined : figure(s.resolutionsAdopted, s.resolutionsAdoptedQualifier)],
      ['Side events held', figure(s.sideEventsTotal, s.sideEventsTotalQualifier)],
      ['Participants', figure(s.participants, s.participantsQualifier)],
      ['Member States', figure(s.memberStates, s.memberStatesQualifier)],
      ['Non-governmental organizations', figure(s.ngos, s.ngosQualifier)],
      ['Report', s.reportSymbol],
    ]),
    s.segments && s.segments.length ? [h('h2', {}, 'Segments'), h('ol', {}, s.segments.map((seg) => h('li', {},
      h('strong', {}, seg.name), ` (${api.dateRange(seg.startDate, seg.endDate)}). `, value(seg.note))))] : null,
    h('h2', {}, `${count(res.rows.length, 'resolution or decision', 'resolutions and decisions')} in the dataset`),
    table(`Resolutions of ${api.sessionLabel(s)}`, [
      { label: 'Symbol', cell: (r) => h('a', { href: api.pageOf('resolutions', r.id) }, api.resolutionLabel(r)) },
      { label: 'Title', text: 'name', cell: (r) => api.titleOf(r) },
      { label: 'Adoption', cell: (r) => value(r.adoption) },
      { label: 'Vote', cell: (r) => tally(r) },
    ], res.rows, { id: 'session-resolutions', empty: NONE }),
    h('h2', {}, `${count(events.rows.length, 'side event')} in the dataset`),
    h('p', {}, h('a', { href: `#/network?session=${s.id}` }, `Who co-hosted with whom at ${api.sessionLabel(s)}: the network`)),
    table(`Side events of ${api.sessionLabel(s)}`, [
      { label: 'Title', text: 'name', cell: (e) => h('a', { href: api.pageOf('side-events', e.id) }, api.titleOf(e)) },
      { label: 'Organizer', text: 'name', cell: (e) => organizer(e) },
      { label: 'Co-hosts', cell: (e) => `${count((e.hosts || []).length, 'co-host')}${e.hostsComplete === false ? ' named' : ''}` },
    ], events.rows, { id: 'session-side-events', empty: NONE }),
    h('h2', {}, `${count(meetings.rows.length, 'meeting')} in the dataset`),
    meetingTable(`Meetings at ${api.sessionLabel(s)}`, meetings.rows, ['reportedBy', 'counterpart', 'kind', 'description'],
      { id: 'session-meetings', empty: NONE }),
    s.note ? [h('h2', {}, 'Notes from the sources'), h('p', { class: 'note' }, citing(s.note, s.sources))] : null,
    sources(s.sources),
  );
}
