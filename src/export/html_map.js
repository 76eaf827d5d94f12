// boothplan's offline map: draws the floor from the data block, only what is in view, with
// labels fitted to each booth at the current zoom from the bundled fonts' outlines. Plan
// strings and the page's words (in the map's language, from the data block) are data: they
// reach the page only through textContent.
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
  // The page's words, in the map's language: `%name` in one is filled by fill(), in one pass,
  // so a value that itself holds "%n" (a search) is left as typed.
  const T = D.words;
  const fill = (template, values) => template.replace(/%([a-z]+)/g, (all, name) =>
    (Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : all));
  // A figure as the map's language writes it ("1,234.5", "1.234,5"), at most `places`
  // decimals, trailing zeros dropped.
  function num(v, places) {
    const s = Math.abs(v).toFixed(places || 0);
    const parts = s.split('.');
    const whole = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, D.marks[0]);
    const frac = (parts[1] || '').replace(/0+$/, '');
    return (v < 0 && Number(s) !== 0 ? '-' : '') + whole + (frac ? D.marks[1] + frac : '');
  }
  // Booth fields: x, y, w, h (mm), status, hall, zone, exhibitor, number, type, exit, exit m.
  const X = 0, Y = 1, W = 2, H = 3, ST = 4, HALL = 5, ZONE = 6, EX = 7, NUM = 8, TYPE = 9, EXIT = 10, EXIT_M = 11;
  const company = b => (b[EX] >= 0 ? E[b[EX]][0] : '');
  const holder = b => (b[EX] >= 0 ? (E[b[EX]][0] || T.no_name) : '');
  const country = b => (b[EX] >= 0 ? D.countries[E[b[EX]][1]] : '');
  const sector = b => (b[EX] >= 0 ? D.sectors[E[b[EX]][2]] : '');
  const fold = s => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
  // What a search looks in: number, company, country, sector, zone, hall and status; each
  // also without spaces and dashes, so "A101" finds A-101 and "vietnam" finds Viet Nam.
  const squeeze = s => s.replace(/[\s\-_.·]/g, '');
  const keys = B.map(b => {
    const words = fold([b[NUM], company(b), country(b), sector(b), b[ZONE] >= 0 ? D.zones[b[ZONE]].name : '',
      b[HALL] >= 0 ? D.halls[b[HALL]].name : '', D.statuses[b[ST]]].join(' '));
    return words + ' ' + squeeze(words);
  });

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
    // The company: on one line or two, whichever sets it larger, shortened only when
    // neither holds it whole, left out when there is no room.
    let lines = [], cs = 0;
    if (name) {
      const room = along - size * 1.15;
      const top = Math.min(size * 0.7, 18);
      const one = Math.min(top, across / (ems(name) || 1), room / 1.15);
      const two = twoLines(name);
      const both = two.length === 2 ? Math.min(top, ...two.map(l => across / (ems(l) || 1)), room / 2.3) : 0;
      if (Math.max(one, both) >= MIN_PX) {
        if (both > one) { cs = both; lines = two; } else { cs = one; lines = [name]; }
      } else if (top >= MIN_PX && room >= MIN_PX * 1.15) {
        cs = Math.min(top, room / 1.15); lines = [shorten(name, cs, across)];
      }
    }
    return { size, rotated, lines, cs };
  }

  // The view: screen = world (mm) × scale + offset, in CSS pixels.
  let scale = 1, ox = 0, oy = 0, pending = false;
  let selected = -1;
  let marked = new Set(D.highlight);
  const found = new Set();
  function size() { return [canvas.clientWidth || 1, canvas.clientHeight || 1]; }
  // The part of the map the panel leaves in view: on a phone it covers the lower part.
  function visible() {
    const [cw, ch] = size();
    let covered = 0;
    if (body.dataset.layout === 'narrow') {
      const panel = $('panel').getBoundingClientRect(), map = canvas.getBoundingClientRect();
      covered = Math.max(0, Math.min(ch, map.bottom - panel.top));
    }
    return [cw, Math.max(ch - covered, ch * 0.25)];
  }
  // Shows a rectangle whole, leaving room for exit names beside the walls and the hall
  // picker above.
  function fitTo(r) {
    const [cw, ch] = visible();
    const side = Math.min(70, cw * 0.12), top = Math.min(64, ch * 0.2), bottom = Math.min(30, ch * 0.08);
    scale = Math.min((cw - 2 * side) / Math.max(r[2], 1), (ch - top - bottom) / Math.max(r[3], 1));
    if (!(scale > 0)) { scale = 1e-3; }
    ox = cw / 2 - (r[0] + r[2] / 2) * scale;
    oy = top + (ch - top - bottom) / 2 - (r[1] + r[3] / 2) * scale;
    redraw();
  }
  const MIN_SCALE = 1e-6, MAX_SCALE = 5;
  function zoomAt(k, sx, sy) {
    const next = Math.min(Math.max(scale * k, MIN_SCALE), MAX_SCALE);
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
    if (scale * 1000 > 1.5) {
      ctx.strokeStyle = '#555'; ctx.lineWidth = Math.min(1, scale * 1000 / 6); ctx.beginPath();
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
    // Hall names, then exit names beside their doors, each left out where it would cover a
    // name already set or the floor of a hall.
    const unit = scale * 1000;
    const placed = [];
    const clear = box => !placed.some(p => p[0] < box[2] && box[0] < p[2] && p[1] < box[3] && box[1] < p[3]);
    for (const h of D.halls) {
      const s = sr(h.bounds);
      if (s[2] <= 60) { continue; }
      const size = Math.min(Math.max(unit * 1.6, 12), 22);
      const box = [s[0], s[1] - 8 - size, s[0] + ems(h.name) * size, s[1] - 6];
      if (clear(box)) { placed.push(box); text(h.name, s[0], s[1] - 8, size, 0, '#222'); }
    }
    const floors = D.halls.flatMap(h => h.rects.map(sr));
    if (unit >= 1.2) {
      const size = Math.min(Math.max(unit * 0.9, 10), 16);
      for (const e of D.exits) {
        const x = e.at[0] * scale + ox, y = e.at[1] * scale + oy;
        if (x < -100 || x > cw + 100 || y < -40 || y > ch + 40) { continue; }
        const w = ems(e.label) * size;
        const [tx, ty, align] = e.wall === 'n' ? [x, y - 5, 0.5] : e.wall === 's' ? [x, y + 5 + size, 0.5]
          : e.wall === 'w' ? [x - 5, y + size * 0.35, 1] : [x + 5, y + size * 0.35, 0];
        const box = [tx - w * align - 2, ty - size, tx - w * align + w + 2, ty + size * 0.3];
        const onFloor = floors.some(f => f[0] < box[2] && box[0] < f[0] + f[2] && f[1] < box[3] && box[1] < f[1] + f[3]);
        if (onFloor || !clear(box)) { continue; }
        placed.push(box);
        text(e.label, tx, ty, size, align, '#1b5e20');
      }
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
  // A plan string on the page: isolated, so a right-to-left name cannot turn its line round.
  function bdi(t) { const e = document.createElement('bdi'); e.textContent = t; return e; }
  // Goes to an address; the same address again still acts (a list clicked twice).
  function go(hash) {
    if (location.hash === '#' + hash) { fromHash(); } else { location.hash = hash; }
  }
  // Selects a booth by its place in the data (two booths may share a number by mistake).
  function select(i) {
    const hash = 'booth=' + encodeURIComponent(B[i][NUM]);
    if (location.hash !== '#' + hash) { history.pushState(null, '', '#' + hash); }
    $('panel').classList.remove('open');
    show(i); say('');
  }
  function item(i) {
    const b = B[i];
    const li = document.createElement('li'), button = document.createElement('button');
    button.appendChild(bdi(b[NUM]));
    button.appendChild(document.createTextNode(' — '));
    button.appendChild(bdi(holder(b) || D.statuses[b[ST]]));
    button.appendChild(badge(b[ST]));
    button.onclick = () => select(i);
    li.appendChild(button);
    return li;
  }
  function group(title) { const li = document.createElement('li'); li.className = 'group'; li.textContent = title; return li; }
  function search(q) {
    results.textContent = ''; found.clear();
    const words = fold(q.trim()).split(/\s+/).filter(Boolean);
    if (!words.length) { say(''); body.dataset.results = 0; body.dataset.matches = 0; redraw(); return []; }
    // The booths come in the order of their numbers: hits need no sorting.
    const hits = [];
    keys.forEach((k, i) => { if (words.every(w => k.includes(w))) { hits.push(i); } });
    hits.forEach(i => found.add(i));
    const shown = hits.slice(0, LIMIT);
    shown.forEach(i => results.appendChild(item(i)));
    body.dataset.results = shown.length;
    body.dataset.matches = hits.length;
    if (!hits.length) {
      info.hidden = true; selected = -1;
      say(fill(T.nothing, { query: q.trim() }), true);
    }
    else if (hits.length > shown.length) { say(fill(T.shown_some, { shown: num(shown.length), total: num(hits.length) })); }
    else { say(fill(hits.length === 1 ? T.found_one : T.found_many, { n: num(hits.length) })); }
    redraw();
    return hits;
  }
  input.addEventListener('input', () => { search(input.value); });
  input.addEventListener('keydown', e => {
    if (e.key === 'Enter') { const hits = search(input.value); if (hits.length) { select(hits[0]); } }
  });
  // Every exhibitor, A–Z or by sector, with their booths, a page at a time (60,000 rows at
  // once froze the page for seconds).
  const CHO = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
  function initial(name) {
    const c = Array.from(name.trim())[0];
    if (!c) { return '—'; }
    const code = c.codePointAt(0);
    if (code >= 0xAC00 && code <= 0xD7A3) { return CHO[Math.floor((code - 0xAC00) / 588)]; }
    const plain = fold(c).toUpperCase();
    return /\p{L}|\p{N}/u.test(plain) ? plain : '…';
  }
  const PAGE = 200;
  function listExhibitors(bySector) {
    results.textContent = ''; found.clear(); info.hidden = true; selected = -1;
    const rows = bySector ? D.order_sector : D.order_az;
    let last = null, done = 0;
    const more = document.createElement('button');
    more.id = 'more';
    function page() {
      const frag = document.createDocumentFragment();
      for (const i of rows.slice(done, done + PAGE)) {
        const head = bySector ? (sector(B[i]) || T.no_sector) : initial(company(B[i]));
        if (head !== last) { frag.appendChild(group(head)); last = head; }
        frag.appendChild(item(i));
      }
      done = Math.min(rows.length, done + PAGE);
      more.remove();
      results.appendChild(frag);
      if (done < rows.length) {
        more.textContent = fill(T.show_more, { n: num(rows.length - done) });
        results.appendChild(more);
      }
      body.dataset.results = done;
    }
    more.onclick = page;
    page();
    const companies = new Set(rows.map(i => B[i][EX])).size;
    say(fill(bySector ? T.listed_sector : T.listed_az, {
      exhibitors: fill(companies === 1 ? T.exhibitors_one : T.exhibitors_many, { n: num(companies) }),
      booths: fill(rows.length === 1 ? T.booths_one : T.booths_many, { n: num(rows.length) }),
    }));
    body.dataset.matches = rows.length;
    redraw();
  }
  $('az').onclick = () => go('list=az');
  $('by-sector').onclick = () => go('list=sector');

  // Millimetres as metres, exactly to the millimetre ("3.048", "3,048").
  function metres(mm) { return num(mm / 1000, 3); }
  function card(i) {
    const b = B[i];
    info.textContent = '';
    const h2 = document.createElement('h2'); h2.appendChild(bdi(b[NUM])); h2.appendChild(badge(b[ST])); info.appendChild(h2);
    const c = document.createElement('div'); c.className = 'company'; c.appendChild(bdi(holder(b) || T.no_exhibitor)); info.appendChild(c);
    const dl = document.createElement('dl');
    const area = num(b[W] * b[H] / 1e6, 2);
    const exit = b[EXIT] >= 0 ? fill(T.exit_about, { exit: D.exits[b[EXIT]].label, m: num(b[EXIT_M]) }) : '';
    // Sizes in metres and square metres, symbols every language of the map writes alike.
    [[T.hall, b[HALL] >= 0 ? D.halls[b[HALL]].name : ''], [T.card_zone, b[ZONE] >= 0 ? D.zones[b[ZONE]].name : ''],
      [T.card_sector, sector(b)], [T.card_country, country(b)], [T.card_size, metres(b[W]) + ' × ' + metres(b[H]) + ' m (' + area + ' m²)'],
      [T.card_type, D.types[b[TYPE]]], [T.card_exit, exit]].forEach(([k, v]) => {
      if (!v) { return; }
      const dt = document.createElement('dt'); dt.textContent = k; dl.appendChild(dt);
      const dd = document.createElement('dd'); dd.appendChild(bdi(v)); dl.appendChild(dd);
    });
    info.appendChild(dl);
    info.hidden = false;
  }
  function show(i) {
    selected = i;
    body.dataset.highlighted = B[i][NUM];
    card(i);
    const b = B[i];
    // Centred in what the panel leaves of the map.
    const [cw, ch] = visible();
    const want = Math.min(cw, ch) / Math.max(b[W] * 6, b[H] * 6, 1);
    scale = Math.min(Math.max(scale, want), want * 4, MAX_SCALE);
    ox = cw / 2 - (b[X] + b[W] / 2) * scale; oy = ch / 2 - (b[Y] + b[H] / 2) * scale;
    redraw();
  }
  const byNumber = n => { const t = n.trim().toLowerCase(); return B.findIndex(b => b[NUM].trim().toLowerCase() === t); };
  function fromHash() {
    let h = location.hash.slice(1);
    // "#search=da+nang" as people type it: a plus is a space.
    if (h.startsWith('search=')) { h = h.replace(/\+/g, ' '); }
    try { h = decodeURIComponent(h); } catch (e) { /* a malformed address: taken as written */ }
    if (h.startsWith('booth=')) {
      const n = h.slice(6), i = byNumber(n);
      if (i >= 0) { show(i); say(''); } else { info.hidden = true; say(fill(T.no_booth, { number: n }), true); body.dataset.highlighted = ''; }
    } else if (/^list=(az|sector)$/i.test(h)) {
      listExhibitors(h.toLowerCase() === 'list=sector');
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
    if (e.pointerType === 'mouse' && e.button !== 0) { return; }
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
    scale = Math.min(Math.max(start.scale * k, MIN_SCALE), MAX_SCALE);
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
      if (i >= 0) { select(i); }
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
  const all = document.createElement('option'); all.value = ''; all.textContent = D.halls.length > 1 ? T.all_halls : (D.halls[0] ? D.halls[0].name : T.site);
  hallPicker.appendChild(all);
  if (D.halls.length > 1) {
    D.halls.forEach((h, i) => { const o = document.createElement('option'); o.value = i; o.textContent = h.name; hallPicker.appendChild(o); });
  }
  hallPicker.onchange = () => { const v = hallPicker.value; fitTo(v === '' ? D.bounds : D.halls[Number(v)].bounds); };

  // Title, "Your booth" and the legend.
  $('sub').textContent = D.sub;
  if (D.highlight.length) { $('yours').textContent = T.yours; }
  const legend = $('legend');
  function entry(style, label) {
    const div = document.createElement('div'), s = document.createElement('span');
    s.className = 'swatch'; Object.assign(s.style, style);
    const t = document.createElement('span'); t.textContent = label;
    div.appendChild(s); div.appendChild(t); legend.appendChild(div);
  }
  D.status_legend.forEach((s, i) => entry({ background: STATUS_FILL[i] }, s));
  D.zones.forEach(z => entry({ background: z.colour, opacity: 0.45 }, z.name));
  if (D.exits.length) { entry({ background: '#2e7d32' }, T.map_legend_exit); }
  D.kinds.forEach((k, i) => {
    if (!D.obstacles.some(o => o[0] === i)) { return; }
    entry(KIND_FILL[i] ? { background: KIND_FILL[i] } : { background: 'repeating-linear-gradient(45deg,#fbc02d 0 2px,#fffde7 2px 6px)' }, k);
  });

  body.dataset.layout = window.matchMedia('(max-width: 700px)').matches ? 'narrow' : 'wide';
  // A resized or turned window keeps what was in its middle in its middle.
  let last = size();
  new ResizeObserver(() => {
    const now = size();
    ox += (now[0] - last[0]) / 2; oy += (now[1] - last[1]) / 2; last = now;
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
