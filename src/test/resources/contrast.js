// Every visible piece of text on the page, with its colour and the colour behind it, and their contrast ratio
// (WCAG 2: 4.5:1 for normal text, 3:1 for large text). Answers the places that fall short.
() => {
  const parse = c => { const m = c.match(/rgba?\(([^)]+)\)/); if (!m) return null;
    const p = m[1].split(',').map(s => parseFloat(s)); return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1}; };
  const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
  const blend = (top, under) => ({r: top.r * top.a + under.r * (1 - top.a), g: top.g * top.a + under.g * (1 - top.a),
    b: top.b * top.a + under.b * (1 - top.a), a: 1});
  // text over a picture or gradient (the top bar) cannot be measured this way; it is left out
  const overImage = el => { for (let e = el; e; e = e.parentElement) { const s = getComputedStyle(e);
      if (s.backgroundImage && s.backgroundImage !== 'none') return true;
      const bg = parse(s.backgroundColor); if (bg && bg.a >= 1) return false; } return false; };
  const background = el => { const layers = [];
    for (let e = el; e; e = e.parentElement) { const bg = parse(getComputedStyle(e).backgroundColor);
      if (bg && bg.a > 0) { layers.push(bg); if (bg.a >= 1) break; } }
    let c = {r: 255, g: 255, b: 255, a: 1};
    for (let i = layers.length - 1; i >= 0; i--) c = blend(layers[i], c);
    return c; };
  const found = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const seen = new Set();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!n.textContent.trim() || !el || seen.has(el)) continue;
    seen.add(el);
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || el.closest('[hidden], .visually-hidden, option, del, [aria-hidden=true]')) continue;
    if (el.closest('input, textarea, select') || overImage(el)) continue;
    let fg = parse(style.color); if (!fg) continue;
    const bg = background(el); fg = blend(fg, bg);
    const l1 = lum(fg), l2 = lum(bg);
    const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    const size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight, 10) >= 700;
    const needed = (size >= 24 || (bold && size >= 18.66)) ? 3 : 4.5;
    if (ratio < needed) found.push(ratio.toFixed(2) + ' ' + el.tagName.toLowerCase() + '.' + (el.className || '')
      + ' "' + n.textContent.trim().substring(0, 20) + '" ' + style.color + ' on rgb(' + [bg.r, bg.g, bg.b].map(Math.round) + ')');
  }
  return found;
}
