// boothplan's offline map: draws the floor from the data block, only what is in view, with
// labels fitted to each booth at the current zoom from the bundled fonts' outlines. Plan
// strings are data: they reach the page only through textContent.
(function () {
  'use strict';
  const D = JSON.parse(document.getElementById('map-data').textContent);
  const body = document.body;
  const canvas = document.getElementById('map');
  const ctx = canvas.getContext('2d');
  const $ = id => document.getElementById(id);
  const STATUS_FILL = ['#c8e6c9', '#ffecb3', '#ffcc80', '#90caf9'];
  const KIND_FILL = ['#555555', '#e53935', '#9e9e9e', '#9575cd', null];
  const B = D.booths, E = D.exhibitors;
  // Booth fields: x, y, w, h (cm), status, hall, zone, exhibitor, number, type, exit, exit m.
  const X = 0, Y = 1, W = 2, H = 3, ST = 4, HALL = 5, ZONE = 6, EX = 7, NUM = 8, TYPE = 9, EXIT = 10, EXIT_M = 11;
  const company = b => (b[EX] >= 0 ? E[b[EX]][0] : '');
  const country = b => (b[EX] >= 0 ? D.countries[E[b[EX]][1]] : '');
  const sector = b => (b[EX] >= 0 ? D.sectors[E[b[EX]][2]] : '');
  const fold = s => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
  const keys = B.map(b => fold([b[NUM], company(b), country(b), sector(b)].join(' ')));

  // Text from the bundled fonts' outlines (thousandths of an em, y down).
  const glyphs = new Map();
  function glyph(c) {
    let g = glyphs.get(c);
    if (g === undefined) {
      const d = D.glyphs[c];
      g = d ? [d[0], d[1] ? new Path2D(d[1]) : null] : [600, null];
      glyphs.set(c, g);
    }
    return g;
  }
  const ems = s => { let w = 0; for (const c of s) { w += glyph(c)[0]; } return w / 1000; };
  // Draws s with its baseline at y; align 0 left, 0.5 centre, 1 right.
  function text(s, x, y, size, align, fill) {
    ctx.save();
    ctx.fillStyle = fill;
    ctx.translate(x - ems(s) * size * align, y);
    ctx.scale(size / 1000, size / 1000);
    for (const c of s) {
      const g = glyph(c);
      if (g[1]) { ctx.fill(g[1]); }
      ctx.translate(g[0], 0);
    }
    ctx.restore();
  }
  function shorten(s, size, width) {
    if (ems(s) * size <= width) { return s; }
    const room = width - ems('…') * size;
    let out = '', used = 0;
    for (const c of s) {
      const w = glyph(c)[0] / 1000 * size;
      if (used + w > room) { break; }
      used += w; out += c;
    }
    return out.trimEnd() + '…';
  }
  function twoLines(s) {
    const chars = Array.from(s);
    const spaced = chars.includes(' ');
    const total = ems(s);
    let best = -1, off = Infinity, run = 0;
    chars.forEach((c, i) => {
      run += glyph(c)[0] / 1000;
      if (spaced ? c === ' ' : i + 1 < chars.length) {
        const o = Math.abs(run - total / 2);
        if (o < off) { off = o; best = i; }
      }
    });
    if (best < 0) { return [s]; }
    return [chars.slice(0, best + 1).join('').trim(), chars.slice(best + 1).join('').trim()];
  }
  // A booth's label for a w × h pixel box: the number whole or not at all, the company on
  // one or two lines, shortened, or left out.
  const MIN_PX = 7;
  function fit(number, name, w, h) {
    const pad = Math.min(0.06 * Math.min(w, h), 4);
    const iw = w - 2 * pad, ih = h - 2 * pad;
    const cap = Math.min(Math.max(0.32 * Math.sqrt(w * h), MIN_PX), 40);
    const n = ems(number) || 1;
    let up = Math.min(cap, iw / n, 0.6 * ih / 1.15);
    let turned = Math.min(cap, ih / n, 0.6 * iw / 1.15);
    let rotated = h > w && turned > up * 1.2;
    let size = rotated ? turned : up;
    if (size < MIN_PX) {
      up = Math.min(cap, iw / n, ih / 1.15);
      turned = Math.min(cap, ih / n, iw / 1.15);
      rotated = turned > up;
      size = Math.max(up, turned);
    }
    if (size < MIN_PX) { return null; }
    const across = rotated ? ih : iw, along = rotated ? iw : ih;
    let lines = [], cs = 0;
    if (name) {
      const room = along - size * 1.15;
      cs = Math.min(size * 0.7, across / (ems(name) || 1), 18);
      if (cs >= MIN_PX && room >= cs * 1.15) {
        lines = [name];
      } else {
        cs = Math.min(size * 0.7, 18);
        const two = twoLines(name);
        const fits2 = Math.min(cs, ...two.map(l => across / (ems(l) || 1)));
        if (two.length === 2 && fits2 >= MIN_PX && room >= 2 * fits2 * 1.15) {
          cs = fits2; lines = two;
        } else if (cs >= MIN_PX && room >= cs * 1.15) {
          lines = [shorten(name, cs, across)];
        }
      }
    }
    return { size, rotated, lines, cs };
  }

  // The view: screen = world (cm) × scale + offset, in CSS pixels.
  let scale = 1, ox = 0, oy = 0, pending = false;
  let selected = -1;
  let marked = new Set(D.highlight);
  const found = new Set();
  function size() { return [canvas.clientWidth || 1, canvas.clientHeight || 1]; }
  function fitTo(r, margin) {
    const [cw, ch] = size();
    const m = margin === undefined ? 24 : margin;
    scale = Math.min((cw - 2 * m) / Math.max(r[2], 1), (ch - 2 * m) / Math.max(r[3], 1));
    if (!(scale > 0)) { scale = 1; }
    ox = cw / 2 - (r[0] + r[2] / 2) * scale;
    oy = ch / 2 - (r[1] + r[3] / 2) * scale;
    redraw();
  }
  function zoomAt(k, sx, sy) {
    const next = Math.min(Math.max(scale * k, 1e-4), 50);
    k = next / scale;
    ox = sx - (sx - ox) * k; oy = sy - (sy - oy) * k; scale = next;
    redraw();
  }
  function redraw() { if (!pending) { pending = true; requestAnimationFrame(draw); } }

  let hatch = null;
  function aislePattern() {
    if (!hatch) {
      const c = document.createElement('canvas'); c.width = 8; c.height = 8;
      const g = c.getContext('2d');
      g.fillStyle = '#fffde7'; g.fillRect(0, 0, 8, 8);
      g.strokeStyle = '#fbc02d'; g.lineWidth = 2;
      g.beginPath(); g.moveTo(-2, 10); g.lineTo(10, -2); g.moveTo(-2, 2); g.lineTo(2, -2); g.moveTo(6, 10); g.lineTo(10, 6); g.stroke();
      hatch = ctx.createPattern(c, 'repeat');
    }
    return hatch;
  }

  function draw() {
    pending = false;
    const dpr = window.devicePixelRatio || 1;
    const [cw, ch] = size();
    if (canvas.width !== Math.round(cw * dpr) || canvas.height !== Math.round(ch * dpr)) {
      canvas.width = Math.round(cw * dpr); canvas.height = Math.round(ch * dpr);
    }
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.fillStyle = '#fff'; ctx.fillRect(0, 0, cw, ch);
    const x0 = -ox / scale, y0 = -oy / scale, x1 = (cw - ox) / scale, y1 = (ch - oy) / scale;
    const seen = r => r[0] < x1 && r[0] + r[2] > x0 && r[1] < y1 && r[1] + r[3] > y0;
    // Screen rectangle of a world one.
    const sr = r => [r[0] * scale + ox, r[1] * scale + oy, r[2] * scale, r[3] * scale];
    const fillRects = (rects, style, alpha) => {
      ctx.globalAlpha = alpha === undefined ? 1 : alpha;
      ctx.fillStyle = style; ctx.beginPath();
      for (const r of rects) { if (seen(r)) { const s = sr(r); ctx.rect(s[0], s[1], s[2], s[3]); } }
      ctx.fill(); ctx.globalAlpha = 1;
    };
    for (const h of D.halls) { fillRects(h.rects, '#f1f1f1'); }
    for (const z of D.zones) { fillRects(z.rects, z.colour, 0.12); }
    for (let k = 0; k < D.kinds.length; k++) {
      const fixture = k < 2;
      if (fixture) { continue; }
      fillRects(D.obstacles.filter(o => o[0] === k).map(o => o[1]), KIND_FILL[k] || aislePattern());
    }
    for (const e of D.exits) { fillRects([e.clear], '#2e7d32', 0.15); }
    // Booths, one path per fill.
    let drawn = 0;
    const lit = [];
    for (let s = 0; s < 4; s++) {
      ctx.fillStyle = STATUS_FILL[s]; ctx.beginPath();
      for (let i = 0; i < B.length; i++) {
        const b = B[i];
        if (b[ST] !== s || !seen(b)) { continue; }
        const r = sr(b); ctx.rect(r[0], r[1], r[2], r[3]); drawn++;
        if (marked.has(i) || found.has(i) || i === selected) { lit.push(i); }
      }
      ctx.fill();
    }
    // Outlines, once booths are large enough to tell apart.
    if (scale * 100 > 1.5) {
      ctx.strokeStyle = '#555'; ctx.lineWidth = Math.min(1, scale * 100 / 6); ctx.beginPath();
      for (const b of B) { if (seen(b)) { const r = sr(b); ctx.rect(r[0], r[1], r[2], r[3]); } }
      ctx.stroke();
    }
    for (let k = 0; k < 2; k++) {
      fillRects(D.obstacles.filter(o => o[0] === k).map(o => o[1]), KIND_FILL[k]);
    }
    for (const e of D.exits) { fillRects([e.door], '#2e7d32'); }
    ctx.strokeStyle = '#333'; ctx.lineWidth = 2; ctx.lineCap = 'square'; ctx.beginPath();
    for (const h of D.halls) {
      for (const w of h.walls) { ctx.moveTo(w[0] * scale + ox, w[1] * scale + oy); ctx.lineTo(w[2] * scale + ox, w[3] * scale + oy); }
    }
    ctx.stroke();
    // Highlighted, selected and found booths over the rest.
    for (const i of lit) {
      const r = sr(B[i]);
      const mine = marked.has(i) || i === selected;
      if (marked.has(i)) { ctx.fillStyle = '#ff8a65'; ctx.fillRect(r[0], r[1], r[2], r[3]); }
      ctx.strokeStyle = mine ? '#c62828' : '#1565c0'; ctx.lineWidth = mine ? 3 : 2.5;
      ctx.strokeRect(r[0] - 1.5, r[1] - 1.5, r[2] + 3, r[3] + 3);
    }
    // Labels, in screen space, for booths large enough to hold a number.
    let labels = 0;
    {
      for (let i = 0; i < B.length; i++) {
        const b = B[i];
        if (!seen(b) || b[W] * scale < 14 || b[H] * scale < 9) { continue; }
        const r = sr(b);
        const l = fit(b[NUM], company(b), r[2], r[3]);
        if (!l) { continue; }
        labels++;
        ctx.save();
        ctx.translate(r[0] + r[2] / 2, r[1] + r[3] / 2);
        if (l.rotated) { ctx.rotate(-Math.PI / 2); }
        const height = l.size * 1.15 + l.lines.length * l.cs * 1.15;
        let top = -height / 2;
        text(b[NUM], 0, top + l.size * 0.93, l.size, 0.5, '#111');
        top += l.size * 1.15;
        for (const line of l.lines) { text(line, 0, top + l.cs * 0.93, l.cs, 0.5, '#222'); top += l.cs * 1.15; }
        ctx.restore();
      }
    }
    // Exit and hall names, once they can be read.
    const unit = scale * 100;
    if (unit >= 1.2) {
      // Beside its door, outside the wall; left out where it would cover another's.
      const size = Math.min(Math.max(unit * 0.9, 10), 16);
      const placed = [];
      for (const e of D.exits) {
        const x = e.at[0] * scale + ox, y = e.at[1] * scale + oy;
        if (x < -100 || x > cw + 100 || y < -40 || y > ch + 40) { continue; }
        const w = ems(e.label) * size;
        const [tx, ty, align] = e.wall === 'n' ? [x, y - 5, 0.5] : e.wall === 's' ? [x, y + 5 + size, 0.5]
          : e.wall === 'w' ? [x - 5, y + size * 0.35, 1] : [x + 5, y + size * 0.35, 0];
        const box = [tx - w * align - 2, ty - size, tx - w * align + w + 2, ty + size * 0.3];
        if (placed.some(p => p[0] < box[2] && box[0] < p[2] && p[1] < box[3] && box[1] < p[3])) { continue; }
        placed.push(box);
        text(e.label, tx, ty, size, align, '#1b5e20');
      }
    }
    for (const h of D.halls) {
      const s = sr(h.bounds);
      if (s[2] > 60) { text(h.name, s[0], s[1] - 8, Math.min(Math.max(unit * 1.6, 12), 22), 0, '#222'); }
    }
    for (const o of D.obstacles) {
      if (!o[2] || !seen(o[1])) { continue; }
      const r = sr(o[1]);
      const size = Math.min(16, r[3] / 3);
      if (size >= MIN_PX) { text(shorten(o[2], size, r[2] - 6), r[0] + r[2] / 2, r[1] + r[3] / 2 + size / 3, size, 0.5, '#fff'); }
    }
    body.dataset.drawn = drawn;
    body.dataset.labels = labels;
  }

  // The panel: search, results, the booth card, lists and the legend.
  const input = $('search'), results = $('results'), status = $('status'), info = $('info');
  function say(message, none) { status.textContent = message; status.classList.toggle('none', !!none); body.dataset.message = message; }
  const LIMIT = 30;
  function badge(s) {
    const span = document.createElement('span');
    span.className = 'badge'; span.textContent = D.statuses[s]; span.style.background = STATUS_FILL[s];
    return span;
  }
  function item(i) {
    const b = B[i];
    const li = document.createElement('li'), button = document.createElement('button');
    button.textContent = b[NUM] + ' — ' + (company(b) || D.statuses[b[ST]]);
    button.appendChild(badge(b[ST]));
    button.onclick = () => { location.hash = 'booth=' + encodeURIComponent(b[NUM]); };
    li.appendChild(button);
    return li;
  }
  function group(title) { const li = document.createElement('li'); li.className = 'group'; li.textContent = title; return li; }
  function search(q) {
    results.textContent = ''; found.clear();
    const words = fold(q.trim()).split(/\s+/).filter(Boolean);
    if (!words.length) { say(''); body.dataset.results = 0; redraw(); return []; }
    const hits = [];
    keys.forEach((k, i) => { if (words.every(w => k.includes(w))) { hits.push(i); } });
    hits.sort((a, b) => B[a][NUM].localeCompare(B[b][NUM], undefined, { numeric: true }));
    hits.forEach(i => found.add(i));
    const shown = hits.slice(0, LIMIT);
    shown.forEach(i => results.appendChild(item(i)));
    body.dataset.results = shown.length;
    body.dataset.matches = hits.length;
    if (!hits.length) { say('Nothing matches “' + q.trim() + '”: try a company, a booth number, a country or a sector.', true); }
    else if (hits.length > shown.length) { say(shown.length + ' of ' + hits.length + ' shown: type more to narrow the search.'); }
    else { say(hits.length === 1 ? '1 booth found.' : hits.length + ' booths found.'); }
    redraw();
    return hits;
  }
  input.addEventListener('input', () => { search(input.value); });
  input.addEventListener('keydown', e => {
    if (e.key === 'Enter') { const hits = search(input.value); if (hits.length) { location.hash = 'booth=' + encodeURIComponent(B[hits[0]][NUM]); } }
  });
  // Every exhibitor, A–Z or by sector, with their booths.
  function listExhibitors(bySector) {
    results.textContent = ''; found.clear(); info.hidden = true;
    const rows = [];
    B.forEach((b, i) => { if (b[EX] >= 0) { rows.push(i); } });
    const byName = (a, b) => company(B[a]).localeCompare(company(B[b])) || B[a][NUM].localeCompare(B[b][NUM], undefined, { numeric: true });
    let last = null;
    if (bySector) {
      rows.sort((a, b) => sector(B[a]).localeCompare(sector(B[b])) || byName(a, b));
    } else {
      rows.sort(byName);
    }
    const frag = document.createDocumentFragment();
    for (const i of rows) {
      const head = bySector ? (sector(B[i]) || 'No sector') : (company(B[i])[0] || '').toUpperCase();
      if (head !== last) { frag.appendChild(group(head)); last = head; }
      frag.appendChild(item(i));
    }
    results.appendChild(frag);
    const companies = new Set(rows.map(i => B[i][EX])).size;
    say(companies + ' exhibitors in ' + rows.length + ' booths' + (bySector ? ', by sector.' : ', A–Z.'));
    body.dataset.results = rows.length;
    redraw();
  }
  $('az').onclick = () => { location.hash = 'list=az'; };
  $('by-sector').onclick = () => { location.hash = 'list=sector'; };

  function metres(cm) { return (Math.round(cm) / 100).toLocaleString('en', { maximumFractionDigits: 2 }); }
  function card(i) {
    const b = B[i];
    info.textContent = '';
    const h2 = document.createElement('h2'); h2.textContent = b[NUM]; h2.appendChild(badge(b[ST])); info.appendChild(h2);
    const c = document.createElement('div'); c.className = 'company'; c.textContent = company(b) || 'No exhibitor yet'; info.appendChild(c);
    const dl = document.createElement('dl');
    const area = (b[W] * b[H] / 10000).toLocaleString('en', { maximumFractionDigits: 2 });
    const exit = b[EXIT] >= 0 ? D.exits[b[EXIT]].label + ' (about ' + b[EXIT_M] + ' m)' : '';
    [['Hall', b[HALL] >= 0 ? D.halls[b[HALL]].name : ''], ['Zone', b[ZONE] >= 0 ? D.zones[b[ZONE]].name : ''],
      ['Sector', sector(b)], ['Country', country(b)], ['Size', metres(b[W]) + ' × ' + metres(b[H]) + ' m (' + area + ' m²)'],
      ['Type', D.types[b[TYPE]]], ['Nearest exit', exit]].forEach(([k, v]) => {
      if (!v) { return; }
      const dt = document.createElement('dt'); dt.textContent = k; dl.appendChild(dt);
      const dd = document.createElement('dd'); dd.textContent = v; dl.appendChild(dd);
    });
    info.appendChild(dl);
    info.hidden = false;
  }
  function show(i) {
    selected = i;
    body.dataset.highlighted = B[i][NUM];
    card(i);
    const b = B[i];
    const [cw, ch] = size();
    const want = Math.min(cw, ch) / Math.max(b[W] * 6, b[H] * 6, 1);
    scale = Math.min(Math.max(scale, want), want * 4);
    // Centred in what the panel leaves of the map (on a phone it covers the lower part).
    const panel = $('panel').getBoundingClientRect(), map = canvas.getBoundingClientRect();
    const covered = body.dataset.layout === 'narrow' ? Math.max(0, map.bottom - panel.top) : 0;
    ox = cw / 2 - (b[X] + b[W] / 2) * scale; oy = (ch - covered) / 2 - (b[Y] + b[H] / 2) * scale;
    redraw();
  }
  const byNumber = n => { const t = n.trim().toLowerCase(); return B.findIndex(b => b[NUM].trim().toLowerCase() === t); };
  function fromHash() {
    let h = location.hash.slice(1);
    try { h = decodeURIComponent(h); } catch (e) { /* a malformed address: taken as written */ }
    if (h.startsWith('booth=')) {
      const n = h.slice(6), i = byNumber(n);
      if (i >= 0) { show(i); say(''); } else { info.hidden = true; say('No booth “' + n + '” on this map.', true); body.dataset.highlighted = ''; }
    } else if (h === 'list=az' || h === 'list=sector') {
      listExhibitors(h === 'list=sector');
    } else if (h.startsWith('search=')) {
      input.value = h.slice(7);
      const hits = search(input.value);
      if (hits.length) { show(hits[0]); }
    }
  }
  window.addEventListener('hashchange', fromHash);

  // Pointer: drag to pan, pinch to zoom, click a booth for its card.
  const pointers = new Map();
  let start = null, moved = false;
  const at = e => { const r = canvas.getBoundingClientRect(); return [e.clientX - r.left, e.clientY - r.top]; };
  function gesture() {
    const p = Array.from(pointers.values());
    if (p.length === 1) { return { x: p[0][0], y: p[0][1], d: 0 }; }
    return { x: (p[0][0] + p[1][0]) / 2, y: (p[0][1] + p[1][1]) / 2, d: Math.hypot(p[0][0] - p[1][0], p[0][1] - p[1][1]) };
  }
  canvas.addEventListener('pointerdown', e => {
    canvas.setPointerCapture(e.pointerId);
    pointers.set(e.pointerId, at(e));
    start = { g: gesture(), scale, ox, oy }; moved = pointers.size > 1;
  });
  canvas.addEventListener('pointermove', e => {
    if (!pointers.has(e.pointerId)) { return; }
    pointers.set(e.pointerId, at(e));
    const g = gesture();
    if (Math.hypot(g.x - start.g.x, g.y - start.g.y) > 4) { moved = true; }
    let k = 1;
    if (pointers.size > 1 && start.g.d > 0) { k = g.d / start.g.d; }
    scale = Math.min(Math.max(start.scale * k, 1e-4), 50);
    k = scale / start.scale;
    ox = g.x - (start.g.x - start.ox) * k; oy = g.y - (start.g.y - start.oy) * k;
    redraw();
  });
  const end = e => {
    if (!pointers.has(e.pointerId)) { return; }
    const [x, y] = at(e);
    pointers.delete(e.pointerId);
    if (pointers.size) { start = { g: gesture(), scale, ox, oy }; return; }
    if (!moved) {
      const wx = (x - ox) / scale, wy = (y - oy) / scale;
      const i = B.findIndex(b => wx >= b[X] && wx <= b[X] + b[W] && wy >= b[Y] && wy <= b[Y] + b[H]);
      if (i >= 0) { location.hash = 'booth=' + encodeURIComponent(B[i][NUM]); }
    }
  };
  canvas.addEventListener('pointerup', end);
  canvas.addEventListener('pointercancel', end);
  canvas.addEventListener('wheel', e => {
    e.preventDefault();
    const [x, y] = at(e);
    zoomAt(Math.exp(-e.deltaY * 0.0015), x, y);
  }, { passive: false });
  const centre = () => { const [cw, ch] = size(); return [cw / 2, ch / 2]; };
  $('zoom-in').onclick = () => zoomAt(1.5, ...centre());
  $('zoom-out').onclick = () => zoomAt(1 / 1.5, ...centre());
  $('fit').onclick = () => { hallPicker.value = ''; fitTo(D.bounds); };
  window.addEventListener('keydown', e => {
    if (e.target === input) { return; }
    if (e.key === '+' || e.key === '=') { zoomAt(1.5, ...centre()); }
    if (e.key === '-') { zoomAt(1 / 1.5, ...centre()); }
    if (e.key === '0') { fitTo(D.bounds); }
  });
  $('handle').onclick = () => $('panel').classList.toggle('open');

  // Hall picker.
  const hallPicker = $('hall');
  const all = document.createElement('option'); all.value = ''; all.textContent = D.halls.length > 1 ? 'All halls' : (D.halls[0] ? D.halls[0].name : 'Site');
  hallPicker.appendChild(all);
  if (D.halls.length > 1) {
    D.halls.forEach((h, i) => { const o = document.createElement('option'); o.value = i; o.textContent = h.name; hallPicker.appendChild(o); });
  }
  hallPicker.onchange = () => { const v = hallPicker.value; fitTo(v === '' ? D.bounds : D.halls[Number(v)].bounds); };

  // Title, "Your booth" and the legend.
  $('sub').textContent = D.sub;
  if (D.highlight.length) {
    $('yours').textContent = (D.highlight.length === 1 ? 'Your booth: ' : 'Your booths: ') + D.highlight.map(i => B[i][NUM]).join(', ');
  }
  const legend = $('legend');
  function entry(style, label) {
    const div = document.createElement('div'), s = document.createElement('span');
    s.className = 'swatch'; Object.assign(s.style, style);
    const t = document.createElement('span'); t.textContent = label;
    div.appendChild(s); div.appendChild(t); legend.appendChild(div);
  }
  D.statuses.forEach((s, i) => entry({ background: STATUS_FILL[i] }, 'booth ' + s));
  D.zones.forEach(z => entry({ background: z.colour, opacity: 0.45 }, z.name));
  if (D.exits.length) { entry({ background: '#2e7d32' }, 'exit (clear zone in front)'); }
  D.kinds.forEach((k, i) => {
    if (!D.obstacles.some(o => o[0] === i)) { return; }
    entry(KIND_FILL[i] ? { background: KIND_FILL[i] } : { background: 'repeating-linear-gradient(45deg,#fbc02d 0 2px,#fffde7 2px 6px)' }, k);
  });

  body.dataset.layout = window.matchMedia('(max-width: 700px)').matches ? 'narrow' : 'wide';
  new ResizeObserver(() => {
    body.dataset.layout = window.matchMedia('(max-width: 700px)').matches ? 'narrow' : 'wide';
    body.dataset.mapWidth = Math.round(canvas.clientWidth);
    body.dataset.windowWidth = window.innerWidth;
    redraw();
  }).observe(canvas);
  body.dataset.mapWidth = Math.round(canvas.clientWidth);
  body.dataset.windowWidth = window.innerWidth;
  fitTo(D.bounds);
  if (!location.hash && D.highlight.length) {
    history.replaceState(null, '', '#booth=' + encodeURIComponent(B[D.highlight[0]][NUM]));
  }
  fromHash();
  draw();
  body.dataset.firstView = Math.round(performance.now());
  body.dataset.ready = B.length;
})();
