// The co-hosting network of side events as a force-directed graph (d3-force), filtered by session; a node's
// events open beside it. The table of participants under it is the text alternative and the keyboard path.
import * as api from '../api.js';
import { h, table, recordLink, count, filterForm } from '../dom.js';
import { d3 } from '../d3.js';

const W = 800;
const H = 560;
/** The size of a node's label on screen, in CSS pixels, whatever the graph is scaled to. */
const LABEL_PX = 13;
/** How many of the most connected nodes get a label, where it fits: more than a few crowd the centre of the graph. */
const LABELLED = 8;

export async function network(query) {
  const session = query.get('session') || '';
  const [lib, doc, sessions] = await Promise.all([
    d3(), api.get(api.endpoints.coHosting(session || undefined)), api.all(api.endpoints.sessions())]);
  const g = api.graph(doc);
  const nodes = [...g.nodes].sort((a, b) => b.degree - a.degree || b.count - a.count || a.label.localeCompare(b.label));
  const top = nodes[0];
  const panel = h('section', { class: 'panel', id: 'node-events', 'aria-live': 'polite', 'aria-labelledby': 'node-events-h' },
    h('h2', { id: 'node-events-h' }, 'Events of a participant'),
    h('p', {}, 'Choose a node in the graph, or “Show events” in the table below.'));
  const select = async (node) => {
    chart.highlight(node.id);
    panel.replaceChildren(h('h2', { id: 'node-events-h', tabindex: '-1' }, `Side events of ${node.label}`), h('p', {}, 'Loading…'));
    const href = api.nodeEvents(node, session || undefined);
    const list = await api.all(href);
    const rows = list.rows.filter((e) => !session || api.idOf(e.session) === session);
    panel.replaceChildren(
      h('h2', { id: 'node-events-h', tabindex: '-1' }, `${count(rows.length, 'side event')} of ${node.label}`),
      h('p', {}, `${node.kind === 'country' ? 'Country' : 'Organization'}: `, recordLink(node), ` · linked to ${count(node.degree, 'other')} · `,
        h('a', { href: api.url(href).href }, 'these events as JSON')),
      h('ul', {}, rows.map((e) => h('li', {}, h('a', { href: api.pageOf('side-events', e.id) }, api.titleOf(e)), ` (${api.sessionLabel(e.session)})`))));
    return panel;
  };
  const chart = draw(lib, g, nodes.slice(0, LABELLED), (node) => select(node));
  const summary = `Co-hosting network${session ? ` of ${api.sessionLabel(session)}` : ''}: ${g.nodes.length} participants and ${g.links.length} links. `
    + (top ? `The most connected is ${top.label}, linked to ${count(top.degree, 'other')} through ${count(top.count, 'event')}.` : '');
  chart.svg.setAttribute('aria-label', summary);

  return {
    title: `Co-hosting network${session ? ` · ${api.sessionLabel(session)}` : ''}`,
    content: [
      h('h1', {}, 'Who co-hosted side events with whom'),
      h('p', { class: 'lede' }, lede(g, session)),
      doc.meta && doc.meta.method ? h('details', { class: 'method' }, h('summary', {}, 'How this is computed'),
        h('p', {}, 'In the API’s words, where ', h('code', {}, 'weight'), ', ', h('code', {}, 'degree'), ' and ', h('code', {}, 'count'),
          ' are fields of its JSON: ', doc.meta.method)) : null,
      filterForm('Choose a session', '#/network', query,
        [{ name: 'session', label: 'Session', options: sessions.rows.map((s) => [s.id, api.sessionLabel(s)]) }]),
      h('p', { id: 'network-summary' }, summary),
      h('div', { class: 'network-layout' },
        h('figure', { class: 'chart network' }, chart.svg,
          h('figcaption', {}, h('span', { class: 'key org' }, 'organization'), ' ', h('span', { class: 'key country' }, 'country'),
            ' · size: events taken part in · drag to move, scroll or pinch to zoom, click a node for its events')),
        panel),
      h('h2', {}, 'Participants, most connected first'),
      table(`Participants in the co-hosting network${session ? ` of ${api.sessionLabel(session)}` : ''}`, [
        { label: 'Participant', text: 'name', cell: (n) => recordLink(n) },
        { label: 'Kind', cell: (n) => n.kind },
        { label: 'Linked to', cell: (n) => String(n.degree) },
        { label: 'Events', cell: (n) => String(n.count) },
        { label: 'Events list', cell: (n) => h('button', { type: 'button', onclick: async () => { await select(n); panel.querySelector('h2').focus(); } }, 'Show events', h('span', { class: 'visually-hidden' }, ` of ${n.label}`)) },
      ], nodes, { id: 'network-nodes' }),
    ],
  };
}

/** What the graph shows, in words, from the graph itself: who is in it, and what a line and a dot's size mean. */
function lede(g, session) {
  const where = session ? `At ${api.sessionLabel(session)}` : 'Over all sessions';
  if (!g.nodes.length) return `${where}, the dataset lists no side event, so there is no one to link.`;
  const orgs = g.nodes.filter((n) => n.kind === 'organization').length;
  const countries = g.nodes.length - orgs;
  return `${where}, ${count(orgs, 'organization')} and ${count(countries, 'country', 'countries')} organized or co-hosted side events. `
    + 'Two of them are linked when they hosted an event together: the thicker the line, the more events they shared, '
    + 'and the bigger the dot, the more events it took part in.';
}

/** ranked: the nodes to label, most connected first. */
function draw(lib, g, ranked, onSelect) {
  const radius = lib.scaleSqrt().domain([1, lib.max(g.nodes, (n) => n.count) || 1]).range([5, 16]);
  const sim = lib.forceSimulation(g.nodes)
    .force('link', lib.forceLink(g.links).id((n) => n.id).distance(80).strength((l) => Math.min(0.6, 0.05 * l.weight)))
    .force('charge', lib.forceManyBody().strength(-320))
    .force('center', lib.forceCenter(W / 2, H / 2))
    .force('collide', lib.forceCollide().radius((n) => radius(n.count) + 6))
    .force('x', lib.forceX(W / 2).strength(0.04))
    .force('y', lib.forceY(H / 2).strength(0.06))
    .stop();
  // Lay it out before the first paint (no jiggling, and a fast first chart); dragging warms it up again.
  for (let i = 0; i < 300; i += 1) sim.tick();

  // Frame what the layout drew, whatever its extent, so the graph fills the figure.
  const pad = 40;
  const [x0, x1] = lib.extent(g.nodes, (n) => n.x);
  const [y0, y1] = lib.extent(g.nodes, (n) => n.y);
  const box = g.nodes.length ? [x0 - pad, y0 - pad, Math.max(x1 - x0, 200) + 2 * pad, Math.max(y1 - y0, 140) + 2 * pad] : [0, 0, W, H];
  const svg = lib.create('svg').attr('viewBox', box.join(' ')).attr('role', 'img').attr('class', 'graph');
  const zoomed = svg.append('g');
  svg.call(lib.zoom().scaleExtent([0.4, 6]).on('zoom', (e) => zoomed.attr('transform', e.transform)));
  const link = zoomed.append('g').attr('class', 'links').selectAll('line').data(g.links).join('line')
    .attr('stroke-width', (l) => Math.min(6, 0.6 + l.weight * 0.6));
  const node = zoomed.append('g').attr('class', 'nodes').selectAll('g').data(g.nodes).join('g')
    .attr('class', (n) => `node ${n.kind}`).attr('data-id', (n) => n.id)
    .on('click', (e, n) => onSelect(n));
  node.append('circle').attr('r', (n) => radius(n.count));
  node.append('title').text((n) => `${n.label}: linked to ${count(n.degree, 'other')}, ${count(n.count, 'event')}`);
  // The most connected get a label (the others are named on hover, and in the table), placed where it overlaps no other.
  const labels = ranked.map((n) => ({ n, el: node.filter((d) => d === n).append('text')
    .text(n.label.length > 24 ? n.label.slice(0, 22) + '…' : n.label).node() }));
  const placeLabels = () => {
    const shown = svg.node().getBoundingClientRect().width;
    if (!shown) return; // not on screen (yet, or any more)
    placeApart(labels, box, LABEL_PX * (box[2] / shown), (n) => radius(n.count));
    svg.attr('data-labels', labels.filter((l) => !l.el.hasAttribute('display')).length);
  };
  new ResizeObserver(placeLabels).observe(svg.node());

  const place = () => {
    link.attr('x1', (l) => l.source.x).attr('y1', (l) => l.source.y).attr('x2', (l) => l.target.x).attr('y2', (l) => l.target.y);
    node.attr('transform', (n) => `translate(${n.x},${n.y})`);
  };
  place();
  sim.on('tick', place);
  node.call(lib.drag()
    .on('start', (e, n) => { if (!e.active) sim.alphaTarget(0.2).restart(); n.fx = n.x; n.fy = n.y; })
    .on('drag', (e, n) => { n.fx = e.x; n.fy = e.y; })
    .on('end', (e, n) => { if (!e.active) sim.alphaTarget(0); n.fx = null; n.fy = null; }));
  svg.attr('data-ready', 'true');
  return {
    svg: svg.node(),
    highlight(id) {
      const near = new Set([id]);
      g.links.forEach((l) => { if (l.source.id === id) near.add(l.target.id); if (l.target.id === id) near.add(l.source.id); });
      node.classed('dim', (n) => !near.has(n.id)).classed('selected', (n) => n.id === id);
      link.classed('dim', (l) => l.source.id !== id && l.target.id !== id);
    },
  };
}

/**
 * Puts each label (most connected first) above, below, right or left of its node, the first of these that stays in the
 * frame and clear of the labels already placed; a label with no such place is hidden. size: the font size in the
 * graph's units, so that it shows at LABEL_PX whatever the scale. Deterministic: same layout, same labels.
 */
function placeApart(labels, [bx, by, bw, bh], size, radius) {
  const taken = [];
  const gap = size * 0.2;
  labels.forEach(({ n, el: label }) => {
    const r = radius(n);
    label.removeAttribute('display');
    label.setAttribute('font-size', size);
    label.setAttribute('x', 0);
    label.setAttribute('y', 0);
    const box = label.getBBox(); // its extent with the baseline at the node's centre
    const { width: w, height: h } = box;
    const spots = [[-w / 2, -r - gap - h], [-w / 2, r + gap], [r + gap, -h / 2], [-r - gap - w, -h / 2]]; // top-left corners
    const clear = ([x, y]) => {
      const [x0, y0, x1, y1] = [n.x + x, n.y + y, n.x + x + w, n.y + y + h];
      return x0 >= bx && y0 >= by && x1 <= bx + bw && y1 <= by + bh
        && taken.every(([a0, b0, a1, b1]) => x1 + gap <= a0 || a1 + gap <= x0 || y1 + gap <= b0 || b1 + gap <= y0);
    };
    const spot = spots.find(clear);
    if (!spot) { label.setAttribute('display', 'none'); return; }
    taken.push([n.x + spot[0], n.y + spot[1], n.x + spot[0] + w, n.y + spot[1] + h]);
    label.setAttribute('x', spot[0] - box.x);
    label.setAttribute('y', spot[1] - box.y);
  });
}
