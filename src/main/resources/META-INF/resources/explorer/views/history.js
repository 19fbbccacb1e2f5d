// The Commission's record since 2017: scheduling decisions per year by convention (a stacked bar chart with its
// table), one decision's page, a substance's page, and the bureaus of each session.
import * as api from '../api.js';
import { h, table, facts, recordLink, value, filterForm, listTitle, recordPage, sources, count, citing, fittedChart } from '../dom.js';
import { d3 } from '../d3.js';
import { voteFigure } from './vote.js';

const FILTERS = ['convention', 'outcome', 'recommendedBy'];

/** Scheduling decisions per year, stacked by convention; the table under the chart carries the same counts. */
export async function scheduling(query) {
  const filter = {};
  FILTERS.forEach((f) => { if (query.get(f)) filter[f] = query.get(f); });
  const [lib, list, conventions, outcomes, recommenders] = await Promise.all([
    d3(),
    api.all(api.endpoints.schedulingDecisions(filter)),
    api.get(api.endpoints.schedulingGroups('convention')),
    api.get(api.endpoints.schedulingGroups('outcome')),
    api.get(api.endpoints.schedulingGroups('recommendedBy')),
  ]);
  const keys = conventions.data.map((g) => api.conventionLabel(g.key)).sort();
  const years = [...new Set(list.rows.map((d) => d.session.year))].sort();
  const counts = years.map((year) => {
    const row = { year };
    keys.forEach((k) => { row[k] = 0; });
    list.rows.filter((d) => d.session.year === year).forEach((d) => { row[api.conventionLabel(d.convention)] += 1; });
    return row;
  });
  const options = {
    convention: conventions.data.filter((g) => g.key).map((g) => [g.key, api.conventionLabel(g.key)]),
    outcome: outcomes.data.filter((g) => g.key).map((g) => [g.key, g.label]),
    recommendedBy: recommenders.data.filter((g) => g.key).map((g) => [g.key, g.key.toUpperCase()]),
  };
  const labels = { convention: 'Convention', outcome: 'Outcome', recommendedBy: 'Recommended by' };
  const inTitle = { outcome: (text) => `outcome ${text}`, recommendedBy: (text) => `recommended by ${text}` };
  const controls = FILTERS.map((f) => ({ name: f, label: labels[f], options: options[f], inTitle: inTitle[f] }));
  const form = filterForm('Filter scheduling decisions', '#/scheduling', query, controls);
  const unknownOutcomes = list.rows.filter((d) => d.outcome === null).length;
  const summary = `Scheduling decisions per year by convention, ${list.rows.length} in all: `
    + counts.map((c) => `${c.year}: ${keys.filter((k) => c[k]).map((k) => `${c[k]} under ${k}`).join(', ')}`).join('; ') + '.';

  return {
    title: listTitle('Scheduling decisions', query, controls),
    content: [
      h('h1', {}, 'Scheduling decisions of the Commission',
        h('span', { class: 'subtitle' }, 'Substances placed under, moved within or removed from international control, by year and convention')),
      form,
      h('figure', { class: 'chart' }, fittedChart(720, (width) => stackedBars(lib, counts, keys, summary, width)),
        h('figcaption', {}, 'Decisions per year, stacked by the convention they concern, each counted in the year of the session that took '
          + 'it up, whatever its outcome. “No convention given” counts decisions whose sources name none (for example recommendations '
          + 'that were rejected, or CND 69 items whose outcome no source reports yet). The table below gives the same counts.')),
      table('Scheduling decisions per year and convention', [
        { label: 'Year', cell: (c) => String(c.year) },
        ...keys.map((k) => ({ label: k, cell: (c) => String(c[k]) })),
        { label: 'All', cell: (c) => String(keys.reduce((s, k) => s + c[k], 0)) },
      ], counts, { id: 'scheduling-counts' }),
      h('h2', {}, `${count(list.rows.length, 'decision')}${unknownOutcomes ? `, ${unknownOutcomes} of them with no outcome recorded` : ''}`),
      table('Scheduling decisions, with their session, substances, convention, schedules, outcome and voting', [
        { label: 'Decision', text: 'name', cell: (d) => h('a', { href: api.pageOf('scheduling', d.id) }, d.subject) },
        { label: 'Session', cell: (d) => recordLink(d.session, api.sessionLabel(d.session)) },
        { label: 'Substances', text: 'name', cell: (d) => substanceList(d.substances) },
        { label: 'Convention', text: 'name', cell: (d) => api.conventionLabel(d.convention) },
        { label: 'Schedules', cell: (d) => value((d.schedules || []).join(', ')) },
        { label: 'Outcome', cell: (d) => outcomeText(d) },
        { label: 'Voting', cell: (d) => votingText(d) },
      ], list.rows, { id: 'scheduling-decisions' }),
    ],
  };
}

/** Drawn `width` wide (see fittedChart): on a phone, years by their last two digits and the key in rows. */
function stackedBars(lib, counts, keys, summary, width) {
  const height = 320;
  const margin = { top: 16, right: 16, bottom: 28, left: 36 };
  const keyWidth = 170;
  const keyColumns = Math.max(1, Math.floor((width - margin.left) / keyWidth));
  const keyRows = Math.ceil(keys.length / keyColumns);
  const series = lib.stack().keys(keys)(counts);
  const x = lib.scaleBand().domain(counts.map((c) => String(c.year))).range([margin.left, width - margin.right]).padding(0.2);
  const max = lib.max(series, (s) => lib.max(s, (d) => d[1])) || 1;
  const y = lib.scaleLinear().domain([0, max]).nice().range([height - margin.bottom, margin.top]);
  const svg = lib.create('svg').attr('viewBox', `0 0 ${width} ${height + 8 + keyRows * 20}`).attr('role', 'img').attr('aria-label', summary)
    .attr('class', 'bars');
  const year = x.step() < 40 ? (yr) => `’${yr.slice(-2)}` : (yr) => yr;
  svg.append('g').attr('aria-hidden', 'true').attr('transform', `translate(0,${height - margin.bottom})`).call(lib.axisBottom(x).tickFormat(year));
  svg.append('g').attr('aria-hidden', 'true').attr('transform', `translate(${margin.left},0)`).call(lib.axisLeft(y).ticks(5).tickFormat(lib.format('d')));
  svg.append('g').selectAll('g').data(series).join('g').attr('class', (s, i) => `series s${i}`)
    .selectAll('rect').data((s) => s.map((d) => ({ ...d, key: s.key }))).join('rect')
    .attr('x', (d) => x(String(d.data.year))).attr('width', x.bandwidth())
    .attr('y', (d) => y(d[1])).attr('height', (d) => y(d[0]) - y(d[1]))
    .attr('data-year', (d) => d.data.year).attr('data-convention', (d) => d.key).attr('data-count', (d) => d[1] - d[0])
    .append('title').text((d) => `${d.data.year}, ${d.key}: ${d[1] - d[0]}`);
  const legend = svg.append('g').attr('aria-hidden', 'true').attr('transform', `translate(${margin.left},${height + 8})`);
  keys.forEach((k, i) => {
    const item = legend.append('g').attr('class', `series s${i}`)
      .attr('transform', `translate(${(i % keyColumns) * keyWidth},${Math.floor(i / keyColumns) * 20})`);
    item.append('rect').attr('width', 12).attr('height', 12);
    item.append('text').attr('x', 18).attr('y', 11).text(k);
  });
  return svg.node();
}

function substanceList(substances) {
  if (!substances || !substances.length) return '—';
  return substances.map((s, i) => [i ? ', ' : '', recordLink({ ...s.substance, href: s.substance.href })]);
}

/** A decision's outcome; where no source gives one, said so rather than left blank (CND 69's items were not yet reported). */
function outcomeText(d) {
  return d.outcome === null ? h('span', { class: 'unknown' }, 'not recorded') : d.outcome;
}

function votingText(d) {
  if (d.voting === 'vote') {
    const v = d.votes;
    return v ? `vote: ${v.inFavour ?? '?'} in favour, ${v.against ?? '?'} against, ${v.abstaining ?? '?'} abstaining` : 'vote (tally not recorded)';
  }
  return value(api.words(d.voting));
}

/** One scheduling decision: what it changed, its substances, how it was decided, its roll-call if recorded. */
export async function decision(id) {
  const d = await api.get(api.endpoints.schedulingDecision(id));
  const votes = d.voting === 'vote' ? api.recordedVote(await api.all(api.endpoints.schedulingVotes(d.id))) : null;
  return recordPage({ title: d.subject, crumbs: [['#/scheduling', 'Scheduling decisions']], canonical: api.pageOf('scheduling', d.id) },
    facts([
      ['Session', recordLink(d.session, d.session.name)],
      ['Decided on', d.decidedOn],
      ['Recommended by', d.recommendedBy ? d.recommendedBy.toUpperCase() : null],
      ['WHO Expert Committee meeting', d.ecddMeeting],
      ['Recommendation', d.recommendationNumber],
      ['Proposed change', d.proposedChange],
      ['From convention', d.fromConvention],
      ['Convention', d.convention],
      ['Schedules', (d.schedules || []).join(', ') || null],
      ['Outcome', d.outcome],
      ['Voting', votingText(d)],
      ['Decided by', d.decidedBy ? recordLink(d.decidedBy, api.resolutionLabel(d.decidedBy)) : null],
      ['In force from', d.effectiveOn],
    ]),
    h('h2', {}, count((d.substances || []).length, 'substance')),
    d.substances && d.substances.length
      ? h('ol', { id: 'decision-substances' }, d.substances.map((s) => h('li', {}, recordLink(s.substance))))
      : h('p', {}, 'The sources name no substance for this decision.'),
    votes && votes.rows.length ? [h('h2', {}, 'The roll-call'), voteFigure(votes, { id: d.subject }),
      table(`How each named state voted on “${d.subject}”`, [
        { label: 'Country', cell: (x) => recordLink(x.country) },
        { label: 'Vote', cell: (x) => (api.VOTES.find((v) => v.key === x.vote) || { label: x.vote }).label },
      ], [...votes.rows].sort((a, b) => a.country.name.localeCompare(b.country.name)), { id: 'decision-votes' })] : null,
    d.note ? [h('h2', {}, 'Notes from the sources'), h('p', { class: 'note' }, citing(d.note, d.sources))] : null,
    sources(d.sources),
  );
}

/** The substance register: every substance (or group) a scheduling decision concerns, with its class and other names. */
export async function substances() {
  const list = await api.all(api.endpoints.substances());
  return {
    title: 'Substances',
    content: [
      h('h1', {}, 'Substances', h('span', { class: 'subtitle' }, 'Every substance or group of substances a scheduling decision since 2017 concerns')),
      table(`${count(list.rows.length, 'substance')}, by name`, [
        { label: 'Name', text: 'name', cell: (s) => h('a', { href: api.pageOf('substances', s.id) }, s.name) },
        { label: 'Class', cell: (s) => value(api.words(s.substanceClass)) },
        { label: 'Also known as', text: 'name', cell: (s) => (s.aliases || []).map((a) => a.alias).join('; ') || '—' },
        { label: 'Group', cell: (s) => (s.group ? `yes${s.groupSize ? ` (${s.groupSize})` : ''}` : 'no') },
      ], list.rows, { id: 'substances' }),
    ],
  };
}

/** One substance: its class and aliases, and every scheduling decision that names it. */
export async function substance(id) {
  const s = await api.get(api.endpoints.substance(id));
  const list = await api.all(api.endpoints.schedulingDecisions({ substance: s.id }));
  return recordPage({ title: s.name, crumbs: [['#/substances', 'Substances']], canonical: api.pageOf('substances', s.id) },
    facts([
      ['Class', api.words(s.substanceClass)],
      ['Also known as', (s.aliases || []).map((a) => a.alias).join('; ') || null],
      ['A group of substances', s.group ? `yes${s.groupSize ? ` (${s.groupSize})` : ''}` : 'no'],
    ]),
    h('h2', {}, count(list.rows.length, 'scheduling decision')),
    table(`Scheduling decisions naming ${s.name}`, [
      { label: 'Decision', text: 'name', cell: (d) => h('a', { href: api.pageOf('scheduling', d.id) }, d.subject) },
      { label: 'Session', cell: (d) => recordLink(d.session, api.sessionLabel(d.session)) },
      { label: 'Outcome', cell: (d) => outcomeText(d) },
    ], list.rows, { id: 'substance-decisions' }),
    s.note ? h('p', { class: 'note' }, s.note) : null,
    sources(s.sources),
  );
}

const OFFICES = ['chair', 'first-vice-chair', 'second-vice-chair', 'third-vice-chair', 'vice-chair', 'rapporteur'];

/** The bureau of each session: one row per session, one column per office, "not recorded" where no source names the holder. */
export async function bureaus() {
  const [members, sessions] = await Promise.all([api.all(api.endpoints.bureauMembers()), api.all(api.endpoints.sessions())]);
  const offices = OFFICES.filter((o) => members.rows.some((m) => m.office === o));
  const bySession = sessions.rows.map((s) => ({ session: s, members: members.rows.filter((m) => api.idOf(m.session) === s.id) }));
  // Notes are numbered in the order of the table, so that a cell can point to its note by number.
  const noted = bySession.flatMap((b) => offices.flatMap((o) => held(b.members, o))).filter((m) => m.note);
  const number = (m) => noted.indexOf(m) + 1;
  const holder = (ms, office) => {
    const list = held(ms, office);
    if (!list.length) return h('span', { class: 'unknown' }, 'not recorded');
    return list.map((m, i) => [i ? '; ' : '', m.country ? recordLink(m.country) : 'country not recorded',
      m.personName ? ` (${m.personName})` : '', m.regionalGroup ? `, ${api.regionalGroupLabel(m.regionalGroup)}` : '',
      m.note ? h('sup', { class: 'note-ref' }, h('span', { class: 'visually-hidden' }, ' note '), String(number(m))) : null]);
  };
  return {
    title: 'Bureaus',
    content: [
      h('h1', {}, 'Bureaus of the Commission', h('span', { class: 'subtitle' }, 'The chair, vice-chairs and rapporteur elected for each session')),
      h('p', {}, `${count(members.rows.length, 'bureau member')} recorded over ${count(bySession.filter((b) => b.members.length).length, 'session')}. `
        + '“Not recorded” means no source names the holder; it is never guessed. Numbers point to the notes under the table.'),
      table('Bureau of each session, by office', [
        { label: 'Session', cell: (b) => h('a', { href: api.pageOf('sessions', b.session.id) }, `CND ${b.session.number}`, ` (${b.session.year})`) },
        ...offices.map((o) => ({ label: api.officeLabel(o), text: 'name', cell: (b) => holder(b.members, o) })),
      ], bySession, { id: 'bureaus' }),
      h('h2', {}, 'Notes from the sources'),
      h('ol', { id: 'bureau-notes' }, noted.map((m) => h('li', {}, `${api.sessionLabel(m.session)}, ${api.officeLabel(m.office)}: ${m.note}`))),
    ],
  };
}

function held(members, office) {
  return members.filter((m) => m.office === office).sort((a, b) => a.position - b.position);
}
