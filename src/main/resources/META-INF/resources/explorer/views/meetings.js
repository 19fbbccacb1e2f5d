// Meetings: every meeting a source reports, by session; and the one way a table of meetings is drawn, which the
// country, organization and session pages use too.
import * as api from '../api.js';
import { h, table, recordLink, value, citing, filterForm, listTitle, sourceLink, count } from '../dom.js';

/**
 * A meeting table's columns, by name and in the order every table of meetings shows them (when, who met whom, what was
 * said), so that every table of meetings words, links and orders a column alike.
 */
const COLUMNS = {
  session: { label: 'Session', cell: (m) => recordLink(m.session, api.sessionLabel(m.session)) },
  reportedBy: { label: 'Reported by', text: 'name', cell: (m) => recordLink(m.reportedBy) },
  counterpart: { label: 'Counterpart', text: 'name', cell: (m) => recordLink(api.party(m.counterpart)) },
  kind: { label: 'Kind', cell: (m) => value(m.kind) },
  description: { label: 'Description', text: 'prose', cell: (m) => citing(m.description, m.sources) },
  sources: { label: 'Sources', text: 'name', cell: (m) => ((m.sources || []).length ? m.sources.map((s, i) => [i ? '; ' : '', sourceLink(s)]) : '—') },
};

/** A table of meetings with the named columns, in COLUMNS' order (the first is the row header); options as for table(). */
export function meetingTable(caption, rows, columns, options) {
  return table(caption, Object.keys(COLUMNS).filter((c) => columns.includes(c)).map((c) => COLUMNS[c]), rows, options);
}

export async function meetings(query) {
  const session = query.get('session') || '';
  const [list, sessions] = await Promise.all([
    api.all(api.endpoints.meetings({ session: session || undefined })), api.all(api.endpoints.sessions())]);
  const filters = [{ name: 'session', label: 'Session', options: sessions.rows.map((s) => [s.id, api.sessionLabel(s)]) }];
  return {
    title: listTitle('Meetings', query, filters),
    content: [
      h('h1', {}, 'Meetings', h('span', { class: 'subtitle' },
        'Bilateral meetings with delegations and institutional meetings with organizations, as reported by the organization that held them')),
      filterForm('Choose a session', '#/meetings', query, filters),
      meetingTable(`${count(list.rows.length, 'meeting')}${session ? ` at ${api.sessionLabel(session)}` : ''}`,
        list.rows, ['session', 'kind', 'reportedBy', 'counterpart', 'description', 'sources'], { id: 'meetings' }),
    ],
  };
}
