// Entering feedback from a document. On the upload page: a file over the limit is refused before it is sent.
// On the correction page: the tree that was read (aspects › problems › measures, and the passages left out) is
// kept as one JSON model, edited in place and sent back whole, so a 400-problem document stays one form field.
(function () {
  'use strict';

  var file = document.getElementById('import-file');
  if (file) {
    var form = document.getElementById('import-form');
    var error = document.getElementById('import-file-error');
    var tooLarge = function () {
      var max = Number(file.getAttribute('data-max-bytes'));
      return file.files.length > 0 && file.files[0].size > max;
    };
    var check = function () {
      var bad = tooLarge();
      file.classList.toggle('is-invalid', bad);
      error.textContent = bad ? file.getAttribute('data-too-large') : '';
      return !bad;
    };
    file.addEventListener('change', check);
    form.addEventListener('submit', function (event) {
      if (!check()) {
        event.preventDefault();
        file.focus();
      }
    });
  }

  var data = document.getElementById('import-data');
  if (!data) {
    return;
  }
  var L = JSON.parse(document.getElementById('import-labels').textContent);
  var doc = JSON.parse(data.textContent);
  doc.categories = doc.categories || [];
  doc.skipped = doc.skipped || [];
  doc.categories.forEach(function (c) {
    c.problems = c.problems || [];
    c.problems.forEach(function (p) { p.measures = p.measures || []; });
  });
  var tree = document.getElementById('import-tree');
  var skippedBox = document.getElementById('import-skipped');
  var summary = document.getElementById('import-summary');
  var undoButton = document.getElementById('import-undo');
  var history = [];
  var selected = null; // {a, p}
  var focus = null; // {a, p, m, field, pos}

  var DIGITS = '零一二三四五六七八九';
  function chinese(n) {
    if (n < 10) { return DIGITS[n]; }
    if (n < 20) { return '十' + (n % 10 ? DIGITS[n % 10] : ''); }
    return DIGITS[Math.floor(n / 10)] + '十' + (n % 10 ? DIGITS[n % 10] : '');
  }
  function format(text) {
    var args = Array.prototype.slice.call(arguments, 1);
    return text.replace(/\{(\d)\}/g, function (m, i) { return args[Number(i)]; });
  }
  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') { e.textContent = attrs[k]; } else if (k === 'value') { e.value = attrs[k]; } else { e.setAttribute(k, attrs[k]); }
    });
    (children || []).forEach(function (c) { if (c) { e.appendChild(c); } });
    return e;
  }
  var ICONS = {up: 'bi-arrow-up', down: 'bi-arrow-down', split: 'bi-scissors', merge: 'bi-arrow-bar-up',
    toAspect: 'bi-folder2', toProblem: 'bi-box-arrow-up-left', toMeasure: 'bi-arrow-return-right', remove: 'bi-trash'};
  function button(label, action, at, extra) {
    return el('button', {type: 'button', 'class': 'btn ' + (extra || 'btn-outline-secondary'), 'data-action': action,
      'data-a': at.a, 'data-p': at.p === undefined ? '' : at.p, 'data-m': at.m === undefined ? '' : at.m, title: label, text: label});
  }
  // A compact tool: an icon with the label as its title and as text for screen readers.
  function tool(key, action, at, danger) {
    var b = el('button', {type: 'button', 'class': 'btn btn-sm btn-light border' + (danger ? ' text-danger' : ''),
      'data-action': action, 'data-a': at.a, 'data-p': at.p === undefined ? '' : at.p, 'data-m': at.m === undefined ? '' : at.m,
      title: L[key], 'aria-label': L[key]}, [el('i', {'class': 'bi ' + ICONS[key], 'aria-hidden': 'true'})]);
    return b;
  }
  function tools(label, list) {
    return el('div', {'class': 'btn-group btn-group-sm flex-shrink-0', role: 'group', 'aria-label': label}, list);
  }
  function problemCount() {
    return doc.categories.reduce(function (n, c) { return n + c.problems.length; }, 0);
  }
  function newProblem(title, description) {
    return {title: title || '', description: description || null, status: null, measures: [], group: null, source: null};
  }
  function firstClause(text) {
    var m = /^([^。，；：]{2,80})[。，；：]?(.*)$/.exec(text.trim());
    return m ? [m[1], m[2].trim() || null] : [text.trim(), null];
  }
  function remember() {
    history.push(JSON.stringify(doc));
    if (history.length > 50) { history.shift(); }
    undoButton.disabled = false;
  }

  function renderSummary() {
    var text = format(L.summary, doc.categories.length, problemCount());
    var f = doc.figures;
    if (f && (f.aspects != null || f.problems != null)) {
      text += ' ' + format(L.figures, f.aspects == null ? '—' : f.aspects, f.problems == null ? '—' : f.problems);
      if (f.problems != null && f.problems !== problemCount()) {
        text += ' ' + format(L.figuresMismatch, f.problems, problemCount());
      }
    }
    summary.textContent = text;
    summary.classList.toggle('alert-warning', !!(f && f.problems != null && f.problems !== problemCount()));
    document.getElementById('import-document-title').textContent = doc.title || '';
  }

  function statusSelect(p, at) {
    var s = el('select', {'class': 'form-select form-select-sm', 'data-field': 'status', 'data-a': at.a, 'data-p': at.p,
      'aria-label': L.status, style: 'max-width: 14rem'});
    [['', L.statusNone], ['CLOSED', L.statusClosed], ['ONGOING', L.statusOngoing]].forEach(function (o) {
      var option = el('option', {value: o[0], text: o[1]});
      if ((p.status === 'CLOSED' || p.status === 'ONGOING' ? p.status : '') === o[0]) { option.selected = true; }
      s.appendChild(option);
    });
    return s;
  }

  function renderProblem(p, at, number) {
    var item = el('div', {'class': 'list-group-item import-problem' + (selected && selected.a === at.a && selected.p === at.p ? ' border-primary border-start border-3' : ''),
      id: 'import-problem-' + number, 'data-a': at.a, 'data-p': at.p});
    var title = el('textarea', {'class': 'form-control form-control-sm fw-semibold' + (p.title.trim() ? '' : ' is-invalid'), rows: 1,
      'data-field': 'title', 'data-a': at.a, 'data-p': at.p, 'aria-label': L.problem + ' ' + number + ' ' + L.title, value: p.title});
    title.style.flex = '1 1 auto';
    item.appendChild(el('div', {'class': 'd-flex gap-2 align-items-start flex-wrap flex-md-nowrap'}, [
      el('span', {'class': 'pt-1 text-nowrap fw-semibold', text: number + '.'}), title, statusSelect(p, at)]));
    if (p.group) {
      item.appendChild(el('div', {'class': 'input-group input-group-sm mt-1'}, [
        el('span', {'class': 'input-group-text', text: L.group}),
        el('input', {'class': 'form-control', 'data-field': 'group', 'data-a': at.a, 'data-p': at.p, value: p.group, 'aria-label': L.group})]));
    }
    item.appendChild(el('textarea', {'class': 'form-control form-control-sm mt-1', rows: p.description ? 2 : 1, placeholder: L.description,
      'data-field': 'description', 'data-a': at.a, 'data-p': at.p, 'aria-label': L.problem + ' ' + number + ' ' + L.description,
      value: p.description || ''}));
    var list = el('ol', {'class': 'list-unstyled ms-3 mt-1 mb-1 import-measures'});
    p.measures.forEach(function (m, mi) {
      var mat = {a: at.a, p: at.p, m: mi};
      list.appendChild(el('li', {'class': 'd-flex gap-2 align-items-start mb-1 import-measure'}, [
        el('span', {'class': 'pt-1 text-muted text-nowrap', text: '（' + (mi + 1) + '）'}),
        el('textarea', {'class': 'form-control form-control-sm', rows: 1, 'data-field': 'measure', 'data-a': at.a, 'data-p': at.p,
          'data-m': mi, 'aria-label': L.measure + ' ' + (mi + 1), value: m, style: 'flex: 1 1 auto'}),
        tools(L.measure, [tool('up', 'measure-up', mat), tool('down', 'measure-down', mat), tool('split', 'measure-split', mat),
          tool('merge', 'measure-merge', mat), tool('toProblem', 'measure-to-problem', mat),
          tool('remove', 'measure-remove', mat, true)])]));
    });
    item.appendChild(list);
    var footer = el('div', {'class': 'd-flex gap-2 align-items-center flex-wrap'}, [
      button('+ ' + L.measure, 'measure-add', at, 'btn-sm btn-outline-secondary')]);
    if (p.source) {
      footer.appendChild(button(L.showSource, 'source-toggle', at, 'btn-sm btn-outline-secondary'));
    }
    footer.appendChild(el('div', {'class': 'ms-auto'}, [tools(L.problem, [tool('up', 'problem-up', at),
      tool('down', 'problem-down', at), tool('split', 'problem-split', at), tool('merge', 'problem-merge', at),
      tool('toAspect', 'problem-to-aspect', at), tool('toMeasure', 'problem-to-measure', at),
      tool('remove', 'problem-remove', at, true)])]));
    item.appendChild(footer);
    if (p.source) {
      item.appendChild(el('pre', {'class': 'small text-muted bg-light p-2 mt-1 mb-0 d-none import-source', style: 'white-space: pre-wrap',
        text: p.source}));
    }
    return item;
  }

  function render() {
    var scrollY = window.scrollY;
    tree.textContent = '';
    var number = 0;
    doc.categories.forEach(function (c, a) {
      var at = {a: a};
      var card = el('div', {'class': 'card mb-3 import-aspect', id: 'import-category-' + (a + 1)});
      card.appendChild(el('div', {'class': 'card-header d-flex gap-2 align-items-center flex-wrap flex-md-nowrap'}, [
        el('span', {'class': 'fw-semibold text-nowrap', text: chinese(a + 1) + '、'}),
        el('input', {'class': 'form-control form-control-sm fw-semibold' + (c.title.trim() ? '' : ' is-invalid'), 'data-field': 'aspect-title',
          'data-a': a, 'aria-label': L.aspect + ' ' + (a + 1), value: c.title}),
        tools(L.aspect, [tool('up', 'aspect-up', at), tool('down', 'aspect-down', at), tool('toProblem', 'aspect-to-problem', at),
          tool('remove', 'aspect-remove', at, true)])]));
      var problems = el('div', {'class': 'list-group list-group-flush'});
      c.problems.forEach(function (p, pi) {
        number++;
        problems.appendChild(renderProblem(p, {a: a, p: pi}, number));
      });
      card.appendChild(problems);
      card.appendChild(el('div', {'class': 'card-footer'}, [button('+ ' + L.problem, 'problem-add', at, 'btn-sm btn-outline-secondary')]));
      tree.appendChild(card);
    });
    skippedBox.textContent = '';
    if (doc.skipped.length === 0) {
      skippedBox.appendChild(el('p', {'class': 'text-muted mb-0', text: L.skippedNone}));
    }
    doc.skipped.forEach(function (s, i) {
      skippedBox.appendChild(el('div', {'class': 'border-bottom pb-2 mb-2 import-skipped-item'}, [
        el('span', {'class': 'badge text-bg-light border me-1', text: L['reason.' + s.reason] || s.reason}),
        el('span', {text: s.text}),
        el('div', {'class': 'd-flex flex-wrap gap-1 mt-1'}, [
          button(L.takeAsProblem, 'take-problem', {a: i}, 'btn-sm btn-outline-primary py-0'),
          button(L.takeAsMeasure, 'take-measure', {a: i}, 'btn-sm btn-outline-primary py-0'),
          button(L.takeAsDescription, 'take-description', {a: i}, 'btn-sm btn-outline-primary py-0')])]));
    });
    renderSummary();
    tree.querySelectorAll('textarea').forEach(grow);
    window.scrollTo(0, scrollY);
  }

  function grow(area) {
    area.style.height = 'auto';
    area.style.height = (area.scrollHeight + 2) + 'px';
  }

  function move(list, i, delta) {
    var j = i + delta;
    if (j < 0 || j >= list.length) { return false; }
    var t = list[i]; list[i] = list[j]; list[j] = t;
    return true;
  }

  function target() {
    if (selected && doc.categories[selected.a] && doc.categories[selected.a].problems[selected.p]) {
      return selected;
    }
    return null;
  }

  var actions = {
    'aspect-up': function (t) { move(doc.categories, t.a, -1); },
    'aspect-down': function (t) { move(doc.categories, t.a, 1); },
    'aspect-remove': function (t) { doc.categories.splice(t.a, 1); selected = null; },
    'aspect-to-problem': function (t) {
      if (t.a === 0) { return; }
      var c = doc.categories.splice(t.a, 1)[0];
      var previous = doc.categories[t.a - 1].problems;
      previous.push(newProblem(c.title, null));
      Array.prototype.push.apply(previous, c.problems);
    },
    'problem-add': function (t) {
      doc.categories[t.a].problems.push(newProblem(L.newProblem, null));
      selected = {a: t.a, p: doc.categories[t.a].problems.length - 1};
    },
    'problem-up': function (t) { if (move(doc.categories[t.a].problems, t.p, -1)) { selected = {a: t.a, p: t.p - 1}; } },
    'problem-down': function (t) { if (move(doc.categories[t.a].problems, t.p, 1)) { selected = {a: t.a, p: t.p + 1}; } },
    'problem-remove': function (t) { doc.categories[t.a].problems.splice(t.p, 1); selected = null; },
    'problem-split': function (t) {
      var p = doc.categories[t.a].problems[t.p];
      var at = focus && focus.a === t.a && focus.p === t.p && focus.m === undefined ? focus : {field: 'title', pos: p.title.length};
      var text = at.field === 'description' ? (p.description || '') : p.title;
      var head = text.slice(0, at.pos).trim();
      var rest = text.slice(at.pos).trim();
      if (!rest) { return; }
      var added;
      if (at.field === 'description') {
        p.description = head || null;
        var parts = firstClause(rest);
        added = newProblem(parts[0], parts[1]);
      } else {
        p.title = head;
        added = newProblem(rest, null);
      }
      doc.categories[t.a].problems.splice(t.p + 1, 0, added);
      selected = {a: t.a, p: t.p + 1};
    },
    'problem-merge': function (t) {
      var problems = doc.categories[t.a].problems;
      if (t.p === 0) { return; }
      var p = problems.splice(t.p, 1)[0];
      var previous = problems[t.p - 1];
      previous.description = [previous.description, p.title, p.description].filter(Boolean).join('\n');
      Array.prototype.push.apply(previous.measures, p.measures);
      selected = {a: t.a, p: t.p - 1};
    },
    'problem-to-aspect': function (t) {
      var problems = doc.categories[t.a].problems;
      var moved = problems.splice(t.p);
      var head = moved.shift();
      doc.categories.splice(t.a + 1, 0, {title: head.title, source: head.source, problems: moved});
      selected = null;
    },
    'problem-to-measure': function (t) {
      var problems = doc.categories[t.a].problems;
      if (t.p === 0) { return; }
      var p = problems.splice(t.p, 1)[0];
      var previous = problems[t.p - 1];
      previous.measures.push([p.title, p.description].filter(Boolean).join(''));
      Array.prototype.push.apply(previous.measures, p.measures);
      selected = {a: t.a, p: t.p - 1};
    },
    'measure-add': function (t) { doc.categories[t.a].problems[t.p].measures.push(''); selected = {a: t.a, p: t.p}; },
    'measure-up': function (t) { move(doc.categories[t.a].problems[t.p].measures, t.m, -1); },
    'measure-down': function (t) { move(doc.categories[t.a].problems[t.p].measures, t.m, 1); },
    'measure-remove': function (t) { doc.categories[t.a].problems[t.p].measures.splice(t.m, 1); },
    'measure-split': function (t) {
      var measures = doc.categories[t.a].problems[t.p].measures;
      var text = measures[t.m];
      var pos = focus && focus.a === t.a && focus.p === t.p && focus.m === t.m ? focus.pos : text.length;
      if (!text.slice(pos).trim()) { return; }
      measures.splice(t.m, 1, text.slice(0, pos).trim(), text.slice(pos).trim());
    },
    'measure-merge': function (t) {
      var measures = doc.categories[t.a].problems[t.p].measures;
      if (t.m === 0) { return; }
      measures[t.m - 1] = measures[t.m - 1] + measures[t.m];
      measures.splice(t.m, 1);
    },
    'measure-to-problem': function (t) {
      var problems = doc.categories[t.a].problems;
      var text = problems[t.p].measures.splice(t.m, 1)[0];
      var parts = firstClause(text);
      problems.splice(t.p + 1, 0, newProblem(parts[0], parts[1]));
      selected = {a: t.a, p: t.p + 1};
    },
    'take-problem': function (t) {
      var text = doc.skipped.splice(t.a, 1)[0].text;
      var parts = firstClause(text);
      var at = target();
      if (doc.categories.length === 0) {
        doc.categories.push({title: L.newAspect, source: null, problems: []});
      }
      var a = at ? at.a : doc.categories.length - 1;
      var p = at ? at.p + 1 : doc.categories[a].problems.length;
      doc.categories[a].problems.splice(p, 0, newProblem(parts[0], parts[1]));
      selected = {a: a, p: p};
    },
    'take-measure': function (t) {
      var at = target();
      if (!at) { window.alert(L.selectProblemFirst); return false; }
      doc.categories[at.a].problems[at.p].measures.push(doc.skipped.splice(t.a, 1)[0].text);
    },
    'take-description': function (t) {
      var at = target();
      if (!at) { window.alert(L.selectProblemFirst); return false; }
      var p = doc.categories[at.a].problems[at.p];
      p.description = [p.description, doc.skipped.splice(t.a, 1)[0].text].filter(Boolean).join('\n');
    }
  };

  function position(e) {
    var num = function (v) { return v === '' || v === null ? undefined : Number(v); };
    return {a: num(e.getAttribute('data-a')), p: num(e.getAttribute('data-p')), m: num(e.getAttribute('data-m'))};
  }

  document.addEventListener('click', function (event) {
    var b = event.target.closest('[data-action]');
    if (!b) {
      var item = event.target.closest('.import-problem');
      if (item) {
        var at = position(item);
        if (!selected || selected.a !== at.a || selected.p !== at.p) {
          selected = at;
          tree.querySelectorAll('.import-problem').forEach(function (e) {
            var here = position(e);
            var on = here.a === at.a && here.p === at.p;
            e.classList.toggle('border-primary', on);
            e.classList.toggle('border-start', on);
            e.classList.toggle('border-3', on);
          });
        }
      }
      return;
    }
    var action = b.getAttribute('data-action');
    if (action === 'source-toggle') {
      b.closest('.import-problem').querySelector('.import-source').classList.toggle('d-none');
      return;
    }
    var before = JSON.stringify(doc);
    if (actions[action](position(b)) === false) { return; }
    if (JSON.stringify(doc) !== before) {
      history.push(before);
      undoButton.disabled = false;
    }
    focus = null;
    render();
  });

  function track(event) {
    var f = event.target;
    if (!f.getAttribute || !f.getAttribute('data-field')) { return; }
    var at = position(f);
    focus = {a: at.a, p: at.p, m: at.m, field: f.getAttribute('data-field'), pos: f.selectionStart || 0};
    if (at.p !== undefined) { selected = {a: at.a, p: at.p}; }
  }
  tree.addEventListener('keyup', track);
  tree.addEventListener('mouseup', track);
  tree.addEventListener('focusin', track);

  tree.addEventListener('input', function (event) {
    var f = event.target;
    var field = f.getAttribute('data-field');
    var at = position(f);
    if (field === 'aspect-title') {
      doc.categories[at.a].title = f.value;
    } else if (field === 'title') {
      doc.categories[at.a].problems[at.p].title = f.value;
    } else if (field === 'description') {
      doc.categories[at.a].problems[at.p].description = f.value || null;
    } else if (field === 'group') {
      doc.categories[at.a].problems[at.p].group = f.value || null;
    } else if (field === 'measure') {
      doc.categories[at.a].problems[at.p].measures[at.m] = f.value;
    } else if (field === 'status') {
      doc.categories[at.a].problems[at.p].status = f.value || null;
    }
    if (f.tagName === 'TEXTAREA') { grow(f); }
    if (field === 'aspect-title' || field === 'title') { f.classList.toggle('is-invalid', !f.value.trim()); }
    track(event);
  });
  tree.addEventListener('change', function (event) {
    if (event.target.getAttribute('data-field') === 'status') {
      var at = position(event.target);
      doc.categories[at.a].problems[at.p].status = event.target.value || null;
    }
  });

  document.getElementById('import-add-aspect').addEventListener('click', function () {
    remember();
    doc.categories.push({title: L.newAspect, source: null, problems: [newProblem(L.newProblem, null)]});
    render();
  });
  undoButton.addEventListener('click', function () {
    if (history.length > 0) {
      doc = JSON.parse(history.pop());
      selected = null;
      render();
    }
    undoButton.disabled = history.length === 0;
  });

  document.getElementById('import-confirm-form').addEventListener('submit', function (event) {
    var empty = tree.querySelector('[data-field="aspect-title"].is-invalid, [data-field="title"].is-invalid');
    doc.categories.forEach(function (c) { c.problems.forEach(function (p) { p.measures = p.measures.filter(function (m) { return m.trim(); }); }); });
    if (empty) {
      event.preventDefault();
      summary.textContent = L.emptyTitle;
      summary.classList.add('alert-warning');
      empty.focus();
      return;
    }
    document.getElementById('import-document').value = JSON.stringify(doc);
  });

  render();
}());
