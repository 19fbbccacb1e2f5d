// Sessions: a timeline of all of them, and one session's page.
import * as api from '../api.js';
import { h, table, facts, recordLink, value, recordPage } from '../dom.js';
import { d3 } from '../d3.js';
import { tally } from './resolutions.js';

export async function sessions() {
  const [{ rows }, lib] = await Promise.all([api.all(api.endpoints.sessions()), d3()]);
  const counts = await Promise.all(rows.map((s) => Promise.all([
    api.total(api.endpoints.resolutions({ session: s.id })), api.total(api.endpoints.sideEvents({ session: s.id }))])));
  const summary = `Timeline of ${rows.length} sessions: ` + rows.map((s) => `${s.name}, ${api.dateRange(s.startDate, s.endDate)}`).join('; ') + '.';
  return {
    title: 'Sessions',
    content: [
      h('h1', {}, 'Sessions of the Commission on Narcotic Drugs'),
      h('figure', { class: 'chart' }, timeline(lib, rows, summary), h('figcaption', {}, 'Each bar spans a session’s segments; the list below gives the same dates.')),
      h('ol', { class: 'timeline-list', id: 'session-list' }, rows.map((s, i) => h('li', {},
        h('h2', {}, h('a', { href: `#/sessions/${s.id}` }, s.name)),
        h('p', {}, `${api.dateRange(s.startDate, s.endDate)}, ${[s.venue && s.venue.name, s.venue && s.venue.city].filter(Boolean).join(', ')}. `,
          s.chair ? ['Chair: ', s.chair.name, s.chair.country ? [' (', recordLink(s.chair.country), ')'] : null, '. '] : null,
          `${counts[i][0]} resolutions, ${counts[i][1]} side events recorded`, s.participants ? `; about ${s.participants} participants.` : '.'))))],
  };
}

function timeline(lib, rows, summary) {
  const width = 720;
  const height = 40 + rows.length * 44;
  const spans = rows.map((s) => ({ s, from: new Date(s.startDate), to: new Date(s.endDate || s.startDate) }));
  const lo = lib.min(spans, (d) => d.from);
  const hi = lib.max(spans, (d) => d.to);
  const x = lib.scaleTime().domain([lib.timeMonth.offset(lo, -3), lib.timeMonth.offset(hi, 3)]).range([20, width - 20]);
  const svg = lib.create('svg').attr('viewBox', `0 0 ${width} ${height}`).attr('role', 'img').attr('aria-label', summary).attr('class', 'timeline');
  svg.append('g').attr('transform', `translate(0,${height - 24})`).call(lib.axisBottom(x).ticks(lib.timeYear.every(1)).tickFormat(lib.timeFormat('%Y')))
    .attr('aria-hidden', 'true');
  const g = svg.selectAll('g.session').data(spans).join('g').attr('class', 'session')
    .attr('transform', (d, i) => `translate(0,${12 + i * 44})`);
  g.selectAll('rect').data((d) => (d.s.segments && d.s.segments.length ? d.s.segments : [{ startDate: d.s.startDate, endDate: d.s.endDate }]))
    .join('rect').attr('x', (seg) => x(new Date(seg.startDate)))
    .attr('width', (seg) => Math.max(8, x(new Date(seg.endDate || seg.startDate)) - x(new Date(seg.startDate))))
    .attr('y', 14).attr('height', 14).attr('rx', 3);
  g.append('text').attr('x', (d) => x(d.from)).attr('y', 8).attr('text-anchor', 'middle')
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
  return recordPage({ title: s.name, collection: ['#/sessions', 'Sessions'], trail: s.id },
    facts([
      ['Dates', api.dateRange(s.startDate, s.endDate)],
      ['Venue', [s.venue && s.venue.name, s.venue && s.venue.city].filter(Boolean).join(', ') || null],
      ['Chair', s.chair ? [s.chair.name, s.chair.country ? [' (', recordLink(s.chair.country), ')'] : null] : null],
      ['Participants', s.participants],
    ]),
    s.segments && s.segments.length ? [h('h2', {}, 'Segments'), h('ol', {}, s.segments.map((seg) => h('li', {},
      h('strong', {}, seg.name), ` (${api.dateRange(seg.startDate, seg.endDate)}). `, value(seg.note))))] : null,
    h('h2', {}, `Resolutions (${res.rows.length})`),
    table(`Resolutions of ${s.id}`, [
      { label: 'Symbol', cell: (r) => h('a', { href: `#/resolutions/${r.id}` }, api.resolutionLabel(r)) },
      { label: 'Title', cell: (r) => r.title },
      { label: 'Adoption', cell: (r) => value(r.adoption) },
      { label: 'Vote', cell: (r) => tally(r) },
    ], res.rows, { id: 'session-resolutions' }),
    h('h2', {}, `Side events (${events.rows.length})`),
    h('p', {}, h('a', { href: `#/network?session=${s.id}` }, `Who co-hosted with whom at ${s.id}: the network`)),
    table(`Side events of ${s.id}`, [
      { label: 'Title', cell: (e) => h('a', { href: `#/side-events/${e.id}` }, e.title) },
      { label: 'Organizer', cell: (e) => recordLink(e.organizer) },
      { label: 'Co-hosts', cell: (e) => String((e.hosts || []).length) },
    ], events.rows, { id: 'session-side-events' }),
    h('h2', {}, `Bilateral meetings (${meetings.rows.length})`),
    table(`Meetings at ${s.id}`, [
      { label: 'Counterpart', cell: (m) => recordLink(api.party(m.counterpart)) },
      { label: 'Reported by', cell: (m) => recordLink(m.reportedBy) },
      { label: 'Kind', cell: (m) => value(m.kind) },
      { label: 'Description', cell: (m) => value(m.description) },
    ], meetings.rows, { id: 'session-meetings' }),
    s.note ? [h('h2', {}, 'Notes from the sources'), h('p', { class: 'note' }, s.note)] : null,
  );
}
