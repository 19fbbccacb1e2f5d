// Side events: a list by session and topic, and one event with its organizer and co-hosts in the sources' order.
import * as api from '../api.js';
import { h, table, facts, recordLink, value, recordPage, ofSession, sources, count, topicLinks, filterForm, listTitle, optionText, citing } from '../dom.js';

export async function sideEvents(query) {
  const session = query.get('session') || '';
  const topic = query.get('topic') || '';
  const [list, sessions, topics] = await Promise.all([
    api.all(api.endpoints.sideEvents({ session: session || undefined, topic: topic || undefined, sort: 'session,title' })),
    api.all(api.endpoints.sessions()), api.all(api.endpoints.topics())]);
  const filters = [{ name: 'session', label: 'Session', options: sessions.rows.map((s) => [s.id, api.sessionLabel(s)]) },
    { name: 'topic', label: 'Topic', options: topics.rows.map((t) => [t.id, t.name]) }];
  return {
    title: listTitle('Side events', query, filters),
    content: [
      h('h1', {}, 'Side events'),
      filterForm('Choose a session and a topic', '#/side-events', query, filters),
      table(`${count(list.rows.length, 'side event')}${session ? ` of ${optionText(filters[0], session)}` : ''}${topic ? ` on ${optionText(filters[1], topic)}` : ''}`, [
        { label: 'Title', text: 'name', cell: (e) => h('a', { href: api.pageOf('side-events', e.id) }, api.titleOf(e)) },
        { label: 'Session', cell: (e) => recordLink(e.session, api.sessionLabel(e.session)) },
        { label: 'Organizer', text: 'name', cell: (e) => organizer(e) },
        { label: 'Co-hosts', text: 'name', cell: (e) => hostsInline(e) },
        { label: 'Attendance', cell: (e) => value(e.attendance) },
      ], list.rows, { id: 'side-events' }),
    ],
  };
}

/** The co-hosts in a list's cell: the first four, and how many more; where the source names only some, it says so. */
function hostsInline(e) {
  const hosts = e.hosts || [];
  const partial = e.hostsComplete === false ? ' (the source names only some)' : '';
  if (!hosts.length) return partial ? 'none named by the source' : '—';
  const shown = hosts.slice(0, 4).map((x, i) => [i ? ', ' : '', recordLink(api.party(x.party))]);
  return [shown, hosts.length > 4 ? ` and ${hosts.length - 4} more` : '', partial];
}

/** The organizer's record, else its name as the source lists it (no record of the dataset is that organizer), else none. */
export function organizer(e) {
  return e.organizer ? recordLink(e.organizer) : value(e.organizerNameAsListed);
}

/** Whether the list of co-hosts is all there is: the source may give only its start (hostsComplete false). */
function hostsNote(e, hosts) {
  if (e.hostsComplete !== false) return null;
  return h('p', { class: 'note', id: 'hosts-incomplete' },
    hosts.length ? 'The source lists only some of the co-hosts: the list below is not complete.' : 'The source names none of the co-hosts.');
}

export async function sideEvent(id) {
  const e = await api.get(api.endpoints.sideEvent(id));
  const hosts = [...(e.hosts || [])].sort((a, b) => a.position - b.position);
  return recordPage({ title: api.titleOf(e), crumbs: [['#/side-events', 'Side events'], ofSession('#/side-events', e.session)],
    canonical: api.pageOf('side-events', e.id) },
    facts([
      ['Session', recordLink(e.session)],
      ['Held on', e.heldOn ? [e.heldOn, e.timeAsListed ? `, ${e.timeAsListed}` : ''] : undefined],
      ['Room', e.room || undefined],
      ['Kind', e.kind === 'side-event' ? undefined : api.words(e.kind)],
      ['Organizer', [organizer(e), e.organizer && e.organizerNameAsListed && e.organizerNameAsListed !== e.organizer.name ? ` (listed as “${e.organizerNameAsListed}”)` : '']],
      ['Attendance', e.attendance],
      ['Attendance note', e.attendanceNote || undefined],
      ['Topics', topicLinks(e.topics)],
    ]),
    e.description ? h('p', { class: 'lede' }, citing(e.description, e.sources)) : null,
    h('h2', {}, hosts.length ? `${count(hosts.length, 'co-host')}${e.hostsComplete === false ? ' named' : ''}, in the order the sources list them` : 'Co-hosts'),
    hostsNote(e, hosts),
    hosts.length || e.hostsComplete !== false ? table(`Co-hosts of ${api.titleOf(e)}`, [
      { label: 'Position', cell: (x) => String(x.position) },
      { label: 'Co-host', text: 'name', cell: (x) => recordLink(api.party(x.party)), header: false },
      { label: 'Kind', cell: (x) => x.party.kind },
      { label: 'Role', cell: (x) => h('span', { class: 'nowrap' }, value(x.role)) },
      { label: 'Name as listed', text: 'name', cell: (x) => value(x.nameAsListed) },
    ], hosts, { id: 'hosts', empty: 'The sources name no co-host.' }) : null,
    sources(e.sources),
  );
}
