//! The offline HTML map: one self-contained file (the outlined SVG, the booth data and a small
//! script; nothing fetched from anywhere) with pan and zoom, search in any script with or
//! without diacritics, click for the company, and `#booth=A-101` (or `#search=…`) in the address
//! to highlight a booth.

use super::MapOptions;
use super::svg::{Frame, esc, shown_booths};
use crate::model::Plan;

const STYLE: &str = r"
body { margin: 0; font-family: 'Noto Sans', 'NanumGothic', sans-serif; display: flex; height: 100vh; }
aside { width: 300px; padding: 12px; box-sizing: border-box; border-right: 1px solid #ccc; overflow: auto; }
aside h1 { font-size: 18px; margin: 0 0 8px; }
aside input { width: 100%; font-size: 15px; padding: 6px; box-sizing: border-box; }
aside ul { list-style: none; padding: 0; margin: 8px 0; }
aside li button { width: 100%; text-align: left; border: 0; background: none; padding: 4px; cursor: pointer; font: inherit; }
aside li button:hover { background: #e3f2fd; }
#info { margin-top: 12px; padding: 8px; background: #fff3e0; border-radius: 4px; display: none; }
main { flex: 1; overflow: hidden; cursor: grab; }
main svg { width: 100%; height: 100%; }
";

const SCRIPT: &str = r"
(function () {
  const booths = JSON.parse(document.getElementById('booth-data').textContent);
  const svg = document.querySelector('main svg');
  const ns = 'http://www.w3.org/2000/svg';
  const fold = s => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
  booths.forEach(b => { b.f = fold(b.c + ' ' + b.n); });
  let vb = (svg.getAttribute('viewBox') || ('0 0 ' + parseFloat(svg.getAttribute('width')) + ' ' + parseFloat(svg.getAttribute('height')))).split(/[ ,]+/).map(Number);
  svg.removeAttribute('width'); svg.removeAttribute('height');
  const setVb = () => svg.setAttribute('viewBox', vb.join(' '));
  setVb();
  const mark = document.createElementNS(ns, 'rect');
  mark.setAttribute('fill', 'none'); mark.setAttribute('stroke', '#d50000'); mark.setAttribute('stroke-width', '4');
  mark.setAttribute('id', 'highlight'); mark.style.display = 'none';
  svg.appendChild(mark);
  const info = document.getElementById('info');
  function show(b) {
    if (!b) { return; }
    mark.setAttribute('x', b.x - 2); mark.setAttribute('y', b.y - 2);
    mark.setAttribute('width', b.w + 4); mark.setAttribute('height', b.h + 4);
    mark.style.display = '';
    document.body.dataset.highlighted = b.n;
    info.style.display = 'block';
    info.textContent = '';
    [b.n + (b.c ? ' — ' + b.c : ''), b.size + ' · ' + b.t + (b.country ? ' · ' + b.country : '')].forEach(t => {
      const p = document.createElement('div'); p.textContent = t; info.appendChild(p);
    });
    const w = Math.max(b.w * 8, vb[2] / 4), h = w * vb[3] / vb[2];
    vb = [b.x + b.w / 2 - w / 2, b.y + b.h / 2 - h / 2, w, h]; setVb();
  }
  const byNumber = n => booths.find(b => b.n.toLowerCase() === n.toLowerCase());
  const results = document.getElementById('results');
  function search(q) {
    results.textContent = '';
    const f = fold(q.trim());
    if (!f) { return []; }
    const found = booths.filter(b => f.split(/\s+/).every(w => b.f.includes(w))).slice(0, 30);
    found.forEach(b => {
      const li = document.createElement('li'); const button = document.createElement('button');
      button.textContent = b.n + ' — ' + (b.c || 'available');
      button.onclick = () => { location.hash = 'booth=' + encodeURIComponent(b.n); };
      li.appendChild(button); results.appendChild(li);
    });
    document.body.dataset.results = found.length;
    return found;
  }
  const input = document.getElementById('search');
  input.addEventListener('input', () => search(input.value));
  function fromHash() {
    const h = decodeURIComponent(location.hash.slice(1));
    if (h.startsWith('booth=')) { show(byNumber(h.slice(6))); }
    if (h.startsWith('search=')) { input.value = h.slice(7); const found = search(input.value); if (found.length) { show(found[0]); } }
  }
  window.addEventListener('hashchange', fromHash);
  const opts = JSON.parse(document.getElementById('map-options').textContent);
  if (!location.hash && opts.highlight) { history.replaceState(null, '', '#booth=' + encodeURIComponent(opts.highlight)); }
  const toSvg = (cx, cy) => { const p = svg.createSVGPoint(); p.x = cx; p.y = cy; return p.matrixTransform(svg.getScreenCTM().inverse()); };
  let drag = null, moved = false;
  svg.addEventListener('pointerdown', e => { drag = toSvg(e.clientX, e.clientY); moved = false; });
  svg.addEventListener('pointermove', e => {
    if (!drag) { return; }
    const p = toSvg(e.clientX, e.clientY); vb[0] += drag.x - p.x; vb[1] += drag.y - p.y; moved = true; setVb();
  });
  svg.addEventListener('pointerup', e => {
    if (!moved) {
      const p = toSvg(e.clientX, e.clientY);
      const b = booths.find(b => p.x >= b.x && p.x <= b.x + b.w && p.y >= b.y && p.y <= b.y + b.h);
      if (b) { location.hash = 'booth=' + encodeURIComponent(b.n); }
    }
    drag = null;
  });
  svg.addEventListener('wheel', e => {
    e.preventDefault();
    const p = toSvg(e.clientX, e.clientY); const k = Math.exp(e.deltaY * 0.0015);
    vb = [p.x - (p.x - vb[0]) * k, p.y - (p.y - vb[1]) * k, vb[2] * k, vb[3] * k]; setVb();
  }, { passive: false });
  document.body.dataset.ready = booths.length;
  fromHash();
})();
";

/// JSON that is safe inside a `<script type="application/json">` block: nothing in it can end
/// the block or open a comment, whatever the plan's strings hold (`<`, `>`, `&`, U+2028, U+2029
/// are written as `\\u` escapes, which JSON reads back as the same characters).
pub fn script_json(value: &serde_json::Value) -> String {
    let mut out = String::new();
    for c in value.to_string().chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

/// The whole page around an outlined map SVG.
pub fn map_page(plan: &Plan, options: &MapOptions, outlined_svg: &str) -> String {
    let frame = Frame::new(plan, options);
    let derived = crate::model::Derived::new(plan);
    let data: Vec<serde_json::Value> = shown_booths(plan, options)
        .map(|(id, b)| {
            let e = b.exhibitor.and_then(|e| plan.exhibitors.get(&e));
            let [x, y, w, h] = frame.rect(&b.rect);
            serde_json::json!({
                "n": b.number,
                "c": e.map_or("", |e| e.name.as_str()),
                "country": e.map_or("", |e| e.country.as_str()),
                "x": x, "y": y, "w": w, "h": h,
                "size": format!("{} ({})", crate::model::derive::fmt_size(&b.rect), crate::model::geom::fmt_m2(b.area_mm2())),
                "t": derived.booth_type(id).label(),
            })
        })
        .collect();
    let json = script_json(&serde_json::Value::Array(data));
    let highlight = options
        .highlight
        .first()
        .and_then(|h| plan.booths.get(h))
        .map(|b| b.number.as_str());
    let map_options = script_json(&serde_json::json!({ "highlight": highlight }));
    let svg_body = outlined_svg
        .trim_start_matches(|c| c != '<')
        .trim_start_matches("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        .trim();
    let title = esc(&plan.meta.show_name);
    format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">\n<title>{title} — floor plan</title><style>{STYLE}</style></head>\n<body data-booths=\"{n}\"><aside><h1>{title}</h1><div>{sub}</div><p><input id=\"search\" type=\"search\" placeholder=\"Company or booth\" aria-label=\"Search company or booth\"></p><ul id=\"results\"></ul><div id=\"info\"></div></aside>\n<main>{svg_body}</main>\n<script id=\"booth-data\" type=\"application/json\">{json}</script>\n<script id=\"map-options\" type=\"application/json\">{map_options}</script>\n<script>{SCRIPT}</script></body></html>\n",
        n = shown_booths(plan, options).count(),
        sub = esc(&format!(
            "{} · {} – {} · revision {}",
            plan.meta.venue, plan.meta.start_date, plan.meta.end_date, plan.meta.revision
        )),
    )
}
