// A recorded vote as a tile grid of countries by vote (no map geometry needed), with the abstainers the record
// does not name stated as such, and a table for readers who cannot use the picture.
import * as api from '../api.js';
import { h, table, recordLink, recordPage, ofSession } from '../dom.js';

/** The tile grid: one column per vote, one tile per named country, and a marked tile per unnamed vote. */
export function voteFigure(vote, resolution) {
  const tally = vote.tally || {};
  const unnamed = vote.unnamed || {};
  const summary = api.VOTES.map((v) => {
    const named = vote.rows.filter((r) => r.vote === v.key).length;
    const un = unnamed[v.metaKey] || 0;
    return `${v.label.toLowerCase()}: ${tally[v.metaKey] ?? named}${un ? ` (${named} named, ${un} not named in the record)` : ''}`;
  }).join('; ');
  return h('figure', { class: 'vote', 'aria-labelledby': 'vote-caption' },
    h('figcaption', { id: 'vote-caption' }, `Recorded vote on ${api.resolutionLabel(resolution)}: ${summary}.`),
    h('div', { class: 'vote-columns' }, api.VOTES.map((v) => {
      const rows = vote.rows.filter((r) => r.vote === v.key).sort((a, b) => a.country.name.localeCompare(b.country.name));
      const un = unnamed[v.metaKey] || 0;
      return h('section', { class: `vote-group ${v.key}`, 'aria-label': `${v.label}: ${rows.length + un}` },
        h('h3', {}, v.label, ' ', h('span', { class: 'n', dataset: { count: v.key } }, String(tally[v.metaKey] ?? rows.length))),
        h('ul', { class: 'tiles' },
          rows.map((r) => h('li', {}, h('a', { class: 'tile', href: api.route(r.country.href) || '#', title: `${r.country.name} (${api.regionOf(r.country)})`,
            'aria-label': `${r.country.name}, ${v.label.toLowerCase()}`, dataset: { vote: v.key, country: r.country.id } }, r.country.id))),
          Array.from({ length: un }, () => h('li', {}, h('span', { class: 'tile unnamed', role: 'img',
            'aria-label': `One state ${v.label.toLowerCase()}, not named in the record`, dataset: { vote: v.key, unnamed: 'true' } }, '?')))),
        un ? h('p', { class: 'unnamed-note' }, `${un} ${un === 1 ? 'state' : 'states'} ${v.label.toLowerCase()} not named in the record (shown as ?).`) : null);
    })),
    vote.note ? h('p', { class: 'note' }, vote.note) : null);
}

/** The scheduling decisions on which a resolution's roll-call is recorded instead (decision 63/17's), each with its subject. */
export async function decisionsHoldingTheRollCall(vote) {
  return vote && !vote.rows.length ? Promise.all(vote.recordedOn.map((d) => api.get(api.endpoints.schedulingDecision(d.decision)))) : [];
}

/** Says where the roll-call is, with a link to each decision's page; null when the resolution's roll-call is its own. */
export function rollCallElsewhere(decisions) {
  if (!decisions.length) return null;
  return h('p', { id: 'roll-call-elsewhere' }, 'No state\'s vote is named on this text itself: the roll-call of this vote is recorded on the scheduling decision it took, ',
    decisions.map((d, i) => [i ? ' and ' : '', h('a', { href: api.pageOf('scheduling', d.id) }, d.subject)]), '.');
}

export async function vote(id) {
  const r = await api.get(api.endpoints.resolution(id));
  const v = api.recordedVote(await api.all(api.endpoints.resolutionVotes(r.id)));
  const elsewhere = await decisionsHoldingTheRollCall(v);
  const rows = [...v.rows].sort((a, b) => a.country.name.localeCompare(b.country.name));
  const label = (key) => (api.VOTES.find((x) => x.key === key) || { label: key }).label;
  return recordPage({ title: `Vote on ${api.resolutionLabel(r)}`, heading: `The recorded vote on ${api.resolutionLabel(r)}`, crumbs: [['#/resolutions', 'Resolutions'], ofSession('#/resolutions', r.session), [api.pageOf('resolutions', r.id), api.resolutionLabel(r)]],
    canonical: api.pageOf('votes', r.id) },
    h('p', { class: 'lede' }, r.title, r.adoptedOn ? `, adopted on ${r.adoptedOn}` : '', r.voteCalledBy ? ['; the vote was called by ', recordLink(r.voteCalledBy)] : null, '.'),
    v.rows.length ? voteFigure(v, r) : rollCallElsewhere(elsewhere) || h('p', {}, 'No recorded roll-call for this resolution.'),
    rows.length ? [h('h2', {}, 'The vote as a table'),
      table(`How each named state voted on ${api.resolutionLabel(r)}`, [
        { label: 'Country', text: 'name', cell: (x) => recordLink(x.country) },
        { label: 'Region', cell: (x) => api.regionOf(x.country) },
        { label: 'Vote', cell: (x) => label(x.vote) },
      ], rows, { id: 'vote-table' })] : null,
    !elsewhere.length && v.unnamed && Object.values(v.unnamed).some((n) => n > 0)
      ? h('p', { id: 'unnamed-statement' }, 'Not named in the record: ', api.VOTES.filter((x) => v.unnamed[x.metaKey] > 0)
        .map((x) => `${v.unnamed[x.metaKey]} ${x.label.toLowerCase()}`).join(', '), '. The sources give the tally but not these names; they are not guessed.')
      : null,
  );
}
