// Page-side probes for the independent hostile check (page.ts), evaluated as a source string in
// the page's main world (never through tsx, which would add helpers the page does not have).
// Written for hostile pages: no Array.prototype.map/push, String.prototype.normalize or JSON
// that a page may patch.
({
  marks: function (within) {
    var root = within ? document.querySelector(within) : document;
    if (!root) return [];
    var list = root.getElementsByTagName('footnote-mark');
    var out = [];
    var byId = {};
    for (var i = 0; i < list.length; i++) {
      var m = list[i];
      var id = m.getAttribute('data-footnote-id');
      if (!id) continue;
      if (byId[id]) {
        byId[id].text += m.textContent;
        continue;
      }
      var holder = m.parentElement ? m.parentElement.closest('[id]') : null;
      var info = { id: id, kind: m.getAttribute('data-footnote-kind'), text: m.textContent, where: holder ? holder.id : '' };
      byId[id] = info;
      out[out.length] = info;
    }
    return out;
  },
  markTexts: function (within) {
    var ms = this.marks(within);
    var out = [];
    for (var i = 0; i < ms.length; i++) out[out.length] = ms[i].text;
    return out;
  },
  anyMark: function (within) {
    var root = within ? document.querySelector(within) : document;
    return !!root && root.querySelectorAll('footnote-mark[data-footnote-id]').length > 0;
  },
  tagMark: function (text, tag, within) {
    var ms = this.marks(within);
    for (var i = 0; i < ms.length; i++) {
      if (ms[i].text === text) {
        var first = document.querySelector('footnote-mark[data-footnote-id="' + ms[i].id + '"]');
        var old = document.querySelectorAll('[data-indep="' + tag + '"]');
        for (var j = 0; j < old.length; j++) old[j].removeAttribute('data-indep');
        first.setAttribute('data-indep', tag);
        first.scrollIntoView({ block: 'center' });
        return true;
      }
    }
    return false;
  },
  markStyle: function (tag) {
    var m = document.querySelector('[data-indep="' + tag + '"]');
    if (!m) return null;
    var cs = getComputedStyle(m);
    var r = m.getBoundingClientRect();
    return {
      bg: cs.backgroundColor,
      deco: cs.textDecorationLine,
      decoColor: cs.textDecorationColor,
      borderBottom: cs.borderBottomStyle + ' ' + cs.borderBottomWidth,
      fontSize: cs.fontSize,
      opacity: cs.opacity,
      display: cs.display,
      visibility: cs.visibility,
      width: Math.round(r.width),
      height: Math.round(r.height),
      styled:
        (cs.backgroundColor !== 'rgba(0, 0, 0, 0)' && cs.backgroundColor !== 'transparent') ||
        cs.textDecorationLine !== 'none' ||
        cs.borderBottomStyle !== 'none' ||
        cs.boxShadow !== 'none',
    };
  },
  card: function () {
    var hosts = document.querySelectorAll('[data-footnote-ui="card"]');
    var host = hosts[0];
    var res = { hosts: hosts.length, open: false };
    if (!host || !host.shadowRoot) return res;
    var root = host.shadowRoot;
    var card = null;
    try {
      card = root.querySelector('.fn-card:popover-open');
    } catch (e) {
      res.popoverSelector = String(e);
    }
    if (!card) {
      var any = root.querySelector('.fn-card');
      if (any) {
        var acs = getComputedStyle(any);
        res.closedDisplay = acs.display;
      }
      return res;
    }
    var cs = getComputedStyle(card);
    var r = card.getBoundingClientRect();
    res.open = true;
    res.text = card.textContent;
    res.rect = { left: Math.round(r.left), top: Math.round(r.top), width: Math.round(r.width), height: Math.round(r.height) };
    res.style = {
      fontSize: cs.fontSize,
      opacity: cs.opacity,
      visibility: cs.visibility,
      display: cs.display,
      bg: cs.backgroundColor,
      color: cs.color,
      zIndex: cs.zIndex,
      position: cs.position,
    };
    // Smallest font size of any element holding text directly.
    var min = 1000,
      minTag = '';
    var els = card.querySelectorAll('*');
    var all = [card];
    for (var i = 0; i < els.length; i++) all[all.length] = els[i];
    for (var k = 0; k < all.length; k++) {
      var el = all[k];
      var has = false;
      for (var c = el.firstChild; c; c = c.nextSibling)
        if (c.nodeType === 3 && c.nodeValue.trim()) {
          has = true;
          break;
        }
      if (!has) continue;
      var s = getComputedStyle(el);
      if (s.display === 'none' || s.visibility === 'hidden') continue;
      var fs = parseFloat(s.fontSize);
      if (fs < min) {
        min = fs;
        minTag = el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : '');
      }
    }
    res.minFont = min === 1000 ? null : min;
    res.minFontEl = minTag;
    // What is on top at a few points of the card (top layer vs the page's overlays).
    var pts = [
      [0.5, 0.5],
      [0.2, 0.2],
      [0.8, 0.8],
    ];
    var onTop = 0;
    var hitWhat = [];
    for (var p = 0; p < pts.length; p++) {
      var x = r.left + r.width * pts[p][0],
        y = r.top + r.height * pts[p][1];
      var hit = document.elementFromPoint(x, y);
      if (hit === host) onTop++;
      hitWhat[hitWhat.length] = hit ? hit.id || hit.tagName.toLowerCase() : 'null';
    }
    res.onTop = onTop + '/' + pts.length;
    res.hits = hitWhat.join(',');
    res.inViewport = r.width > 0 && r.height > 0 && r.left >= -1 && r.top >= -1 && r.right <= innerWidth + 1 && r.bottom <= innerHeight + 1;
    var bad = root.querySelectorAll('img, script, iframe, object, embed, [onerror], [onload], [onclick]');
    res.dangerous = bad.length;
    var tags = {};
    var every = root.querySelectorAll('*');
    for (var t = 0; t < every.length; t++) tags[every[t].tagName.toLowerCase()] = 1;
    res.tags = Object.keys(tags).join(',');
    return res;
  },
  closeCard: function () {
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    return true;
  },
  text: function (sel) {
    var el = document.querySelector(sel);
    return el ? el.textContent : null;
  },
  html: function (sel) {
    var el = document.querySelector(sel);
    return el ? el.innerHTML : null;
  },
  count: function (sel) {
    return document.querySelectorAll(sel).length;
  },
});
