// The nk bank browser: plain JavaScript over the JSON API at /api, charts as inline SVG.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const SVG = 'http://www.w3.org/2000/svg';
  const FACETS = ['layer', 'scope', 'degree', 'recommended_action', 'risk'];
  let stats = null;

  async function api(path, options) {
    const resp = await fetch('/api' + path, Object.assign({ credentials: 'same-origin', headers: { 'Accept': 'application/json' } }, options || {}));
    const body = await resp.json().catch(() => ({}));
    if (!resp.ok) {
      const msg = body && body.error ? body.error.message : resp.statusText;
      throw new Error(resp.status + ': ' + msg);
    }
    return body;
  }

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'class') e.className = v; else if (k === 'text') e.textContent = v; else e.setAttribute(k, v);
    }
    for (const c of children) if (c != null) e.append(c);
    return e;
  }

  function svg(tag, attrs) {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    return e;
  }

  function snippet(text) {
    const span = el('div', { class: 'snippet' });
    (text || '').split(/(\*\*[^*]+\*\*)/).forEach((part) => {
      if (part.startsWith('**') && part.endsWith('**')) span.append(el('b', { text: part.slice(2, -2) }));
      else span.append(document.createTextNode(part));
    });
    return span;
  }

  function pill(text, cls) { return el('span', { class: 'pill ' + (cls || ''), text: text }); }

  function fillSelect(select, values) {
    const keep = select.value;
    while (select.options.length > 1) select.remove(1);
    values.forEach((v) => select.add(new Option(v, v)));
    select.value = keep;
  }

  // ---- charts --------------------------------------------------------------------------------
  function donut(target, counts) {
    target.replaceChildren();
    const entries = Object.entries(counts);
    const total = entries.reduce((s, [, v]) => s + v, 0);
    if (!total) { target.append(el('div', { class: 'empty', text: 'no active entries' })); return; }
    const colors = { negative: '#c8553d', positive: '#3f8f5f' };
    const root = svg('svg', { viewBox: '0 0 300 120', role: 'img', 'aria-label': 'polarity', class: 'donut' });
    const r = 44, cx = 60, cy = 60, circ = 2 * Math.PI * r;
    let offset = 0;
    root.append(svg('circle', { cx, cy, r, fill: 'none', stroke: '#eceff5', 'stroke-width': 18 }));
    entries.forEach(([k, v]) => {
      const len = circ * v / total;
      const c = svg('circle', { cx, cy, r, fill: 'none', stroke: colors[k] || '#7a86a8', 'stroke-width': 18,
        'stroke-dasharray': len + ' ' + (circ - len), 'stroke-dashoffset': -offset, transform: 'rotate(-90 ' + cx + ' ' + cy + ')' });
      c.append(svg('title')); c.lastChild.textContent = k + ': ' + v;
      root.append(c);
      offset += len;
    });
    const t = svg('text', { x: cx, y: cy + 6, 'text-anchor': 'middle', 'font-size': 18, 'font-weight': 700, fill: '#1f2633' });
    t.textContent = total; root.append(t);
    entries.forEach(([k, v], i) => {
      const y = 38 + i * 26;
      root.append(svg('rect', { x: 128, y: y - 11, width: 13, height: 13, rx: 3, fill: colors[k] || '#7a86a8' }));
      const l = svg('text', { x: 148, y: y, 'font-size': 12.5, fill: '#1f2633' });
      l.textContent = k + '  ' + v + ' (' + Math.round(100 * v / total) + '%)';
      root.append(l);
    });
    target.append(root);
  }

  function bars(target, counts, onPick) {
    target.replaceChildren();
    const entries = Object.entries(counts).sort((a, b) => b[1] - a[1]);
    if (!entries.length) { target.append(el('div', { class: 'empty', text: 'no values for this facet' })); return; }
    const max = Math.max(...entries.map(([, v]) => v));
    const rowH = 24, labelW = 150, width = 300;
    const root = svg('svg', { viewBox: '0 0 ' + width + ' ' + (entries.length * rowH + 6), role: 'img', 'aria-label': 'facet distribution', class: 'bars' });
    entries.forEach(([k, v], i) => {
      const y = i * rowH + 4;
      const g = svg('g', { class: 'bar' });
      const label = svg('text', { x: labelW - 6, y: y + 14, 'text-anchor': 'end', 'font-size': 11.5, fill: '#454d5e' });
      label.textContent = k.length > 24 ? k.slice(0, 23) + '…' : k;
      const w = Math.max(2, (width - labelW - 34) * v / max);
      const rect = svg('rect', { x: labelW, y: y + 3, width: w, height: rowH - 9, rx: 3, fill: '#5470a8' });
      const num = svg('text', { x: labelW + w + 5, y: y + 14, 'font-size': 11.5, fill: '#1f2633' });
      num.textContent = v;
      const title = svg('title'); title.textContent = k + ': ' + v;
      g.append(title, label, rect, num);
      g.addEventListener('click', () => onPick(k));
      root.append(g);
    });
    target.append(root);
  }

  function drawFacet() {
    if (!stats) return;
    const facet = $('facet-pick').value;
    bars($('chart-facets'), stats.by_facet[facet] || {}, (value) => {
      if (facet === 'layer') $('f-layer').value = value;
      else if (facet === 'recommended_action') $('f-action').value = value;
      search();
    });
  }

  // ---- stats, search, detail ------------------------------------------------------------------
  async function loadStats() {
    stats = await api('/stats');
    const pol = stats.by_polarity || {};
    $('bank-summary').textContent = stats.active_entries + ' active entries · ' + (pol.negative || 0) + ' negative · '
      + (pol.positive || 0) + ' positive · ' + stats.revisions + ' revisions';
    fillSelect($('f-domain'), Object.keys(stats.by_domain || {}).filter((d) => d !== '(none)').sort());
    fillSelect($('f-layer'), Object.keys((stats.by_facet || {}).layer || {}).sort());
    fillSelect($('f-action'), Object.keys((stats.by_facet || {}).recommended_action || {}).sort());
    fillSelect($('f-depth'), Object.keys(stats.by_depth || {}));
    donut($('chart-polarity'), pol);
    drawFacet();
  }

  async function search(ev) {
    if (ev) ev.preventDefault();
    const params = new URLSearchParams();
    const q = $('q').value.trim();
    if (q) params.set('query', q);
    [['f-polarity', 'polarity'], ['f-domain', 'domain'], ['f-layer', 'layer'], ['f-action', 'recommended_action'],
      ['f-depth', 'depth'], ['f-status', 'status']].forEach(([id, name]) => { if ($(id).value) params.set(name, $(id).value); });
    params.set('limit', '50');
    const list = $('results');
    try {
      const r = await api('/entries?' + params.toString());
      list.replaceChildren();
      $('result-count').textContent = r.total + ' match' + (r.total === 1 ? '' : 'es');
      r.hits.forEach((h) => {
        const meta = el('div', { class: 'meta' }, pill(h.polarity, h.polarity), h.status !== 'active' ? pill(h.status, h.status) : null,
          ...(h.flags || []).map((f) => pill(f, 'flag')), document.createTextNode(h.id + (h.domain ? ' · ' + h.domain : '') + (h.facets.layer ? ' · ' + h.facets.layer : '')));
        const li = el('li', { 'data-id': h.id, class: 'hit' }, el('div', { class: 'title', text: h.title }), meta, snippet(h.snippet));
        li.addEventListener('click', () => { document.querySelectorAll('.results li').forEach((x) => x.classList.remove('selected')); li.classList.add('selected'); showEntry(h.id); });
        list.append(li);
      });
      if (!r.hits.length) list.append(el('li', { class: 'muted', text: 'No entries match.' }));
    } catch (e) {
      list.replaceChildren(el('li', { class: 'muted', text: 'Search failed: ' + e.message }));
    }
  }

  function field(record, name) {
    const v = record[name];
    if (v == null || v === '') return null;
    const text = typeof v === 'string' ? v : JSON.stringify(v, null, 1);
    return el('div', { class: 'field' }, el('div', { class: 'name', text: name.replace(/_/g, ' ') }), el('div', { text: text }));
  }

  async function showEntry(id) {
    const d = $('detail');
    d.replaceChildren(el('div', { class: 'placeholder', text: 'loading ' + id + '…' }));
    try {
      const base = '/entries/' + encodeURIComponent(id);
      const [e, h, c] = await Promise.all([api(base), api(base + '/history'), api(base + '/citations')]);
      const rec = e.record || {};
      const u = e.usefulness || {};
      const kv = el('dl', { class: 'kv' });
      [['id', e.id], ['revision', e.revision + ' (' + e.status + ')'], ['shape / depth', e.shape + ' / ' + e.depth],
        ['polarity', e.polarity + ' — ' + e.polarity_rule], ['domain', e.domain || '—'], ['task', e.task_id || '—'],
        ['source', (e.provenance || {}).source || '—'], ['author', (e.provenance || {}).author || '—'],
        ['stored', (e.provenance || {}).created_at || '—']].forEach(([k, v]) => kv.append(el('dt', { text: k }), el('dd', { text: String(v) })));
      Object.entries(e.facets || {}).forEach(([k, v]) => kv.append(el('dt', { text: k }), el('dd', { text: v })));
      const useful = el('div', { class: 'useful', id: 'usefulness' });
      [['surfaced', u.surfaced], ['adopted', u.adopted], ['rejected', u.rejected], ['helped', u.adopted_then_success],
        ['partial', u.adopted_then_partial], ['misled', u.adopted_then_failure]].forEach(([k, v]) =>
        useful.append(el('div', { class: 'num' }, el('b', { text: String(v || 0) }), el('span', { text: k }))));
      const cited = e.imported_bank_use || {};
      const revs = el('ul', { class: 'revs' });
      (h.revisions || []).forEach((r) => revs.append(el('li', {}, el('b', { text: 'r' + r.revision + ' ' }), pill(r.status, r.status),
        document.createTextNode(((r.provenance || {}).created_at || '') + ' · ' + ((r.provenance || {}).author || '') + (r.reason ? ' — ' + r.reason : '')))));
      d.replaceChildren(
        el('h3', { text: e.title }),
        el('div', {}, pill(e.polarity, e.polarity), ...(e.flags || []).map((f) => pill(f, 'flag')), e.status !== 'active' ? pill(e.status, e.status) : null),
        kv,
        ...['claim', 'attempted_route', 'observation', 'synthesised_diagnosis', 'rationale', 'recommended_alternative', 'ruled_out_routes', 'applicability', 'evidence']
          .map((n) => field(rec, n)).filter((x) => x),
        el('div', { class: 'section-title', text: 'Usefulness (consultations)' }), useful,
        el('div', { class: 'section-title', text: 'Cited by' }), citedBy(c),
        el('div', { class: 'muted', text: 'Imported research sessions: cited by ' + (cited.cited || 0) + ' and rejected by ' + (cited.rejected || 0) + ' experiments.' }),
        el('div', { class: 'section-title', text: 'Revisions' }), revs,
        el('div', { class: 'section-title', text: 'Record' }), el('pre', { class: 'json', text: JSON.stringify(rec, null, 2) }));
    } catch (err) {
      d.replaceChildren(el('div', { class: 'placeholder', text: 'Cannot load ' + id + ': ' + err.message }));
    }
  }

  function outcomePill(outcome) {
    if (!outcome) return pill('no finding yet', 'open');
    return pill(outcome, outcome === 'success' ? 'positive' : (outcome === 'failure' ? 'negative' : 'partial'));
  }

  function when(iso) {
    return iso ? iso.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC').slice(0, 23) : '';
  }

  // The live ledger's experiments that cited (adopted) or rejected the entry.
  function citedBy(c) {
    const ul = el('ul', { class: 'cites', id: 'cited-by' });
    (c.experiments || []).forEach((x) => {
      const li = el('li', { 'data-experiment': x.experiment_id },
        el('div', {}, el('span', { class: x.decision, text: (x.decision === 'adopt' ? 'cited' : 'rejected') + ' ' }),
          el('b', { text: x.experiment_id }), document.createTextNode(' · task ' + x.task + ' · saw r' + x.seen_revision + ' '),
          outcomePill(x.outcome)),
        el('div', { class: 'muted', text: when(x.proposed_at) + (x.reason ? ' — ' + x.reason : '') }));
      ul.append(li);
    });
    if (!(c.experiments || []).length) ul.append(el('li', { class: 'empty', text: 'No live experiment has cited or rejected this entry yet.' }));
    return el('div', {}, el('div', { class: 'muted', text: 'Live experiments: cited by ' + (c.cited || 0) + ', rejected by ' + (c.rejected || 0) + '.' }), ul);
  }

  function entryLink(id, text) {
    const a = el('a', { href: '#', class: 'entry-link', text: text || id });
    a.addEventListener('click', (ev) => { ev.preventDefault(); showEntry(id); });
    return a;
  }

  async function loadRecent() {
    const box = $('consultations');
    try {
      const r = await api('/consultations?limit=15');
      box.replaceChildren();
      const list = r.consultations || [];
      $('consult-count').textContent = list.length ? 'all tasks · newest first' : '';
      list.forEach((k) => {
        const div = el('div', { class: 'exp consult', 'data-id': k.consultation_id, 'data-task': k.task },
          el('div', { class: 'consult-head' }, el('span', { class: 'pill task', title: 'task', text: k.task }), k.domain ? pill(k.domain) : null,
            el('span', { class: 'muted', text: when(k.opened_at) })),
          el('div', { class: 'context', text: (k.context || '').length > 140 ? k.context.slice(0, 139) + '…' : (k.context || '') }));
        (k.decisions || []).forEach((dd) => div.append(el('div', { class: 'dec' }, el('span', { class: dd.decision, text: dd.decision + ' ' }),
          entryLink(dd.entry_id), document.createTextNode(dd.reason ? ' — ' + dd.reason : ''))));
        const foot = el('div', { class: 'consult-foot' });
        if (k.experiment_id) foot.append(document.createTextNode('→ experiment '), el('b', { text: k.experiment_id + ' ' }), outcomePill(k.outcome));
        else foot.append(pill('open'), document.createTextNode(k.undecided + ' of ' + k.surfaced + ' surfaced entries undecided'));
        div.append(foot);
        box.append(div);
      });
      if (!list.length) box.append(el('div', { class: 'muted', text: 'No consultation recorded yet (agents open them with nk_consult).' }));
    } catch (e) {
      box.replaceChildren(el('div', { class: 'muted', text: 'unavailable: ' + e.message }));
    }
  }

  async function loadFlagged() {
    const ul = $('flagged');
    try {
      const u = await api('/usefulness');
      ul.replaceChildren();
      (u.misleading || []).forEach((m) => {
        const li = el('li', {}, pill('misled ' + m.adopted_then_failure + '×', 'flag'), document.createTextNode(' ' + (m.title || m.entry_id)));
        li.addEventListener('click', () => showEntry(m.entry_id));
        ul.append(li);
      });
      if (!(u.misleading || []).length) ul.append(el('li', { class: 'empty', text: 'No entry is flagged.' }));
    } catch (e) {
      ul.replaceChildren(el('li', { class: 'empty', text: 'unavailable: ' + e.message }));
    }
  }

  async function loadGraph(ev) {
    if (ev) ev.preventDefault();
    const box = $('consultations');
    const task = $('graph-task').value.trim();
    if (!task) { loadRecent(); return; }
    $('consult-count').textContent = 'task ' + task;
    try {
      const g = await api('/graph?task=' + encodeURIComponent(task));
      box.replaceChildren();
      const findings = {};
      g.nodes.filter((n) => n.node_type === 'Finding').forEach((f) => { findings[f.experiment] = f; });
      const exps = g.nodes.filter((n) => n.node_type === 'Experiment').reverse();
      exps.forEach((x) => {
        const f = findings[x.id];
        const div = el('div', { class: 'exp' },
          el('div', {}, el('b', { text: x.id + ' ' }), f ? pill(f.kind || 'finding', f.kind === 'negative' ? 'negative' : (f.kind === 'positive' ? 'positive' : '')) : pill('open')),
          el('div', { text: String(x.method || '').slice(0, 160) }));
        (x.decisions || []).forEach((dd) => div.append(el('div', { class: 'dec' }, el('span', { class: dd.decision, text: dd.decision + ' ' }),
          document.createTextNode((dd.entry || dd.entry_id || '?') + (dd.reason ? ' — ' + dd.reason : '')))));
        if (!(x.decisions || []).length) {
          (x.cites_bank || []).forEach((c) => div.append(el('div', { class: 'dec' }, el('span', { class: 'adopt', text: 'adopt ' }), document.createTextNode(c))));
          (x.rejects_bank || []).forEach((c) => div.append(el('div', { class: 'dec' }, el('span', { class: 'reject', text: 'reject ' }), document.createTextNode(c))));
        }
        box.append(div);
      });
      if (!exps.length) box.append(el('div', { class: 'muted', text: 'No experiments recorded for ' + task + '.' }));
    } catch (e) {
      box.replaceChildren(el('div', { class: 'muted', text: 'unavailable: ' + e.message }));
    }
  }

  $('search-form').addEventListener('submit', search);
  ['f-polarity', 'f-domain', 'f-layer', 'f-action', 'f-depth', 'f-status'].forEach((id) => $(id).addEventListener('change', search));
  $('facet-pick').addEventListener('change', drawFacet);
  $('graph-form').addEventListener('submit', loadGraph);
  loadStats().catch((e) => { $('bank-summary').textContent = 'stats unavailable: ' + e.message; });
  search();
  loadFlagged();
  loadGraph();
})();
