// Topics: the dataset's own vocabulary that resolutions and side events are tagged with; the list with how many of
// each carry a topic, and a topic's page with its resolutions and side events.
import * as api from '../api.js';
import { h, table, recordLink, value, recordPage, sources, count, hashWith } from '../dom.js';
import { tally } from './resolutions.js';
import { organizer } from './sideevents.js';

export async function topics() {
  // the counts are the API's groups by topic: two requests, not one list of records per topic
  const [list, resolutionGroups, eventGroups] = await Promise.all([
    api.all(api.endpoints.topics()),
    api.get(api.endpoints.resolutionGroups('topic')),
    api.get(api.endpoints.sideEventGroups('topic')),
  ]);
  const counted = (groups) => new Map(groups.data.filter((g) => g.key).map((g) => [g.key, g.count]));
  const resolutions = counted(resolutionGroups);
  const events = counted(eventGroups);
  const listOf = (base, t, n, singular) => (n ? h('a', { href: hashWith(base, '', { topic: t.id }) }, count(n, singular)) : count(0, singular));
  return {
    title: 'Topics',
    content: [
      h('h1', {}, 'Topics', h('span', { class: 'subtitle' }, 'The dataset’s own vocabulary for what resolutions and side events are about')),
      table(`${count(list.rows.length, 'topic')}, by name`, [
        { label: 'Topic', text: 'name', cell: (t) => h('a', { href: api.pageOf('topics', t.id) }, t.name) },
        { label: 'Description', text: 'prose', cell: (t) => value(t.description) },
        { label: 'Resolutions', cell: (t) => listOf('#/resolutions', t, resolutions.get(t.id) || 0, 'resolution') },
        { label: 'Side events', cell: (t) => listOf('#/side-events', t, events.get(t.id) || 0, 'side event') },
      ], list.rows, { id: 'topics' }),
    ],
  };
}

/** A topic: its description as the API gives it, the resolutions and side events tagged with it, and its sources. */
export async function topic(id) {
  const t = await api.get(api.endpoints.topic(id));
  const [res, events] = await Promise.all([
    api.all(api.endpoints.resolutions({ topic: t.id, sort: 'symbol' })),
    api.all(api.endpoints.sideEvents({ topic: t.id, sort: 'session,title' })),
  ]);
  return recordPage({ title: t.name, crumbs: [['#/topics', 'Topics']], canonical: api.pageOf('topics', t.id) },
    t.description ? h('p', { class: 'lede' }, t.description) : null,
    h('h2', {}, `${count(res.rows.length, 'resolution or decision', 'resolutions and decisions')} on ${lowerFirst(t.name)}`),
    res.rows.length ? h('p', {}, h('a', { href: hashWith('#/resolutions', '', { topic: t.id }) }, `See ${res.rows.length === 1 ? 'it' : 'them'} in the list of resolutions, to filter and sort`)) : null,
    table(`Resolutions on ${t.name}`, [
      { label: 'Symbol', cell: (r) => h('a', { href: api.pageOf('resolutions', r.id) }, api.resolutionLabel(r)) },
      { label: 'Title', text: 'name', cell: (r) => api.titleOf(r) },
      { label: 'Session', cell: (r) => recordLink(r.session, api.sessionLabel(r.session)) },
      { label: 'Adoption', cell: (r) => value(r.adoption) },
      { label: 'Vote', cell: (r) => tally(r) },
    ], res.rows, { id: 'topic-resolutions', empty: 'No resolution in the dataset is tagged with this topic.' }),
    h('h2', {}, `${count(events.rows.length, 'side event')} on ${lowerFirst(t.name)}`),
    events.rows.length ? h('p', {}, h('a', { href: hashWith('#/side-events', '', { topic: t.id }) }, `See ${events.rows.length === 1 ? 'it' : 'them'} in the list of side events, to filter by session`)) : null,
    table(`Side events on ${t.name}`, [
      { label: 'Title', text: 'name', cell: (e) => h('a', { href: api.pageOf('side-events', e.id) }, api.titleOf(e)) },
      { label: 'Session', cell: (e) => recordLink(e.session, api.sessionLabel(e.session)) },
      { label: 'Organizer', text: 'name', cell: (e) => organizer(e) },
    ], events.rows, { id: 'topic-side-events', empty: 'No side event in the dataset is tagged with this topic.' }),
    sources(t.sources),
  );
}

/** A topic's name inside a sentence: "Harm reduction" as "harm reduction"; a name that starts with an acronym is kept. */
function lowerFirst(name) {
  return /^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}
