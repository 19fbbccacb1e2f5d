// Meetings: the one way a table of meetings is drawn, which the country, organization and session pages use.
import * as api from '../api.js';
import { h, table, recordLink, value, citing, sourceLink } from '../dom.js';

/** A meeting table's columns, by name, so that every table of meetings words and links a column alike. */
const COLUMNS = {
  session: { label: 'Session', cell: (m) => recordLink(m.session, api.sessionLabel(m.session)) },
  kind: { label: 'Kind', cell: (m) => value(m.kind) },
  reportedBy: { label: 'Reported by', cell: (m) => recordLink(m.reportedBy) },
  counterpart: { label: 'Counterpart', cell: (m) => recordLink(api.party(m.counterpart)) },
  description: { label: 'Description', cell: (m) => h('span', { class: 'prose' }, citing(m.description, m.sources)) },
  sources: { label: 'Sources', cell: (m) => ((m.sources || []).length ? m.sources.map((s, i) => [i ? '; ' : '', sourceLink(s)]) : '—') },
};

/** A table of meetings with the named columns (the first is the row header); options as for table(). */
export function meetingTable(caption, rows, columns, options) {
  return table(caption, columns.map((c) => COLUMNS[c]), rows, options);
}
