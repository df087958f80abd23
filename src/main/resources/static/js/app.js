// htmx requests carry the CSRF token of the page, like the forms do.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
// Buttons that change something important ask first: data-confirm="…".
document.addEventListener('submit', function (event) {
  var form = event.target;
  var message = form.getAttribute('data-confirm');
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});

// Print buttons: data-print prints the page in its print layout (no menu, no filters, every column).
document.addEventListener('click', function (event) {
  if (event.target.closest('[data-print]')) {
    window.print();
  }
});

// Filters that apply as soon as they change: data-submit-on-change on a select submits its form.
// data-clears="name" empties another field of the form when this one changes (a narrower filter that no longer fits).
document.addEventListener('change', function (event) {
  var field = event.target;
  var clears = field.getAttribute && field.getAttribute('data-clears');
  if (clears && field.form && field.form.elements[clears]) {
    field.form.elements[clears].value = '';
  }
  if (field.hasAttribute && field.hasAttribute('data-submit-on-change') && field.form) {
    field.form.submit();
  }
});

// A form the server refused comes back with what was typed: the values are put back into the form that sent
// them (by its action), field by field, so nobody types anything twice.
document.addEventListener('DOMContentLoaded', function () {
  var kept = document.getElementById('typed-values');
  if (!kept) {
    return;
  }
  var values;
  try {
    values = JSON.parse(kept.getAttribute('data-values'));
  } catch (e) {
    return;
  }
  var action = kept.getAttribute('data-form');
  var form = Array.prototype.find.call(document.forms, function (f) {
    return new URL(f.action, window.location.href).pathname === action;
  });
  if (!form) {
    return;
  }
  Object.keys(values).forEach(function (name) {
    var fields = form.querySelectorAll('[name="' + CSS.escape(name) + '"]');
    var given = values[name];
    fields.forEach(function (field, index) {
      if (field.type === 'checkbox' || field.type === 'radio') {
        field.checked = given.indexOf(field.value) >= 0;
      } else if (field.tagName === 'SELECT' && field.multiple) {
        Array.prototype.forEach.call(field.options, function (o) { o.selected = given.indexOf(o.value) >= 0; });
      } else if (field.type !== 'file' && field.type !== 'hidden') {
        field.value = given[Math.min(index, given.length - 1)];
      }
    });
  });
  // a box left unticked is not sent at all: every box of a name that did not come back was unticked
  Array.prototype.forEach.call(form.elements, function (field) {
    if (field.type === 'checkbox' && !field.disabled && field.name && !(field.name in values)) {
      field.checked = false;
    }
  });
  form.classList.add('was-refused');
  // a form folded away (an edit panel) is opened again, so what came back is seen
  var folded = form.closest('.collapse');
  if (folded) {
    folded.classList.add('show');
  }
});

// The refusal's sentence also stands beside the field it concerns (the summary stays at the top), and the
// cursor goes there, so the person sees at once what to correct.
document.addEventListener('DOMContentLoaded', function () {
  var flash = document.getElementById('flash-error');
  var name = flash && flash.getAttribute('data-field');
  if (!name) {
    return;
  }
  var kept = document.getElementById('typed-values');
  var action = kept && kept.getAttribute('data-form');
  var scope = Array.prototype.find.call(document.forms, function (f) {
    return action && new URL(f.action, window.location.href).pathname === action;
  }) || document;
  var field = scope.querySelector('[name="' + CSS.escape(name) + '"]:not([type=hidden])');
  if (!field) {
    return;
  }
  var note = document.createElement('div');
  note.className = 'invalid-feedback d-block field-problem';
  note.id = 'field-problem-' + name;
  note.textContent = flash.textContent.trim();
  field.classList.add('is-invalid');
  field.setAttribute('aria-invalid', 'true');
  field.setAttribute('aria-describedby', note.id);
  field.insertAdjacentElement('afterend', note);
  field.focus();
  field.addEventListener('input', function () {
    field.classList.remove('is-invalid');
    field.removeAttribute('aria-invalid');
  }, {once: true});
});

// Character counters: a field with a limit shows how much of it is used, and turns red near the end, so a pasted
// text is never cut short without the person seeing it.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('textarea[maxlength], input[maxlength]:not([type=hidden]):not([type=password])')
    .forEach(function (field) {
      var max = parseInt(field.getAttribute('maxlength'), 10);
      if (!max || max < 20) {
        return;
      }
      var counter = document.createElement('div');
      counter.className = 'form-text text-end char-counter';
      counter.setAttribute('aria-live', 'polite');
      var update = function () {
        counter.textContent = field.value.length + '/' + max;
        counter.classList.toggle('text-danger', field.value.length >= max * 0.95);
      };
      field.addEventListener('input', update);
      update();
      field.insertAdjacentElement('afterend', counter);
    });
});

// Remembered filters: a list with data-remember-filters keeps the last filters each person used (in this browser);
// opening the list without filters brings them back, and its reset link (?reset=true) forgets them.
(function () {
  var form = document.querySelector('form[data-remember-filters]');
  if (!form) {
    return;
  }
  var key = 'filters:' + form.getAttribute('data-remember-filters') + ':' + (form.getAttribute('data-user') || '');
  var params = new URLSearchParams(window.location.search);
  try {
    if (params.has('reset')) {
      localStorage.removeItem(key);
      history.replaceState(null, '', window.location.pathname);
      return;
    }
    params.delete('page');
    if (params.toString()) {
      localStorage.setItem(key, params.toString());
    } else if (localStorage.getItem(key)) {
      window.location.replace(window.location.pathname + '?' + localStorage.getItem(key));
    }
  } catch (e) {
    // private browsing without storage: the list simply starts unfiltered
  }
})();

// Drafts: what is typed into a page's forms is kept in this browser as it is typed, so a session that ends, a
// closed tab or a lost connection costs nothing. Back on the page, an empty form gets it back; a form that was
// sent and accepted (the page after it says so) forgets it.
(function () {
  var storage;
  try {
    storage = window.localStorage;
  } catch (e) {
    return;
  }
  if (!storage) {
    return;
  }
  var textFields = 'textarea, input[type=text], input[type=date], input[type=number], input[type=email], input[type=tel], input:not([type])';
  var draftKey = function (form) {
    return 'draft:' + window.location.pathname + ':' + new URL(form.action, window.location.href).pathname;
  };
  var forms = Array.prototype.filter.call(document.querySelectorAll('form[method=post], form[method=POST]'), function (f) {
    return !f.querySelector('input[type=password]') && f.querySelector('textarea, input[type=text], input:not([type])')
      && !f.hasAttribute('data-no-draft');
  });
  if (document.getElementById('flash-success')) {
    Object.keys(storage).forEach(function (key) {
      if (key.indexOf('draft:') === 0 && storage.getItem(key + ':sent')) {
        storage.removeItem(key);
        storage.removeItem(key + ':sent');
      }
    });
  }
  forms.forEach(function (form) {
    var key = draftKey(form);
    var saved = storage.getItem(key);
    var fields = form.querySelectorAll(textFields);
    // a field is kept under its name, and a name the form repeats (a report's sections) also under its place among
    // the fields of that name, so that each comes back to its own field
    var named = {};
    fields.forEach(function (f) { named[f.name] = (named[f.name] || 0) + 1; });
    var before = {};
    var fieldKeys = Array.prototype.map.call(fields, function (f) {
      var place = before[f.name] = (before[f.name] || 0) + 1;
      return named[f.name] > 1 ? f.name + '#' + (place - 1) : f.name;
    });
    // a form as the page gave it (nothing typed into it yet) takes the draft back
    var untouched = Array.prototype.every.call(fields, function (f) { return f.value === f.defaultValue; });
    if (saved && untouched && !document.getElementById('typed-values')) {
      var values = JSON.parse(saved);
      fields.forEach(function (f, i) {
        if (f.name && values[fieldKeys[i]] !== undefined) {
          f.value = values[fieldKeys[i]];
        }
      });
      var note = document.createElement('div');
      note.className = 'alert alert-info py-1 px-2 small d-flex align-items-center gap-2 draft-note';
      note.textContent = document.documentElement.lang === 'en' ? 'What you had not sent last time is back.'
        : '已恢复上次未提交的内容。';
      var discard = document.createElement('button');
      discard.type = 'button';
      discard.className = 'btn btn-sm btn-link ms-auto p-0';
      discard.textContent = document.documentElement.lang === 'en' ? 'Discard' : '清除';
      discard.addEventListener('click', function () {
        storage.removeItem(key);
        fields.forEach(function (f) { f.value = f.defaultValue; });
        note.remove();
      });
      note.appendChild(discard);
      form.insertBefore(note, form.firstChild);
    }
    var timer = null;
    var keep = function () {
      timer = null;
      var values = {};
      fields.forEach(function (f, i) {
        if (f.name && f.value && f.value !== f.defaultValue) {
          values[fieldKeys[i]] = f.value;
        }
      });
      if (Object.keys(values).length) {
        storage.setItem(key, JSON.stringify(values));
        storage.removeItem(key + ':sent');
      } else {
        storage.removeItem(key);
      }
    };
    form.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(keep, 300);
    });
    form.addEventListener('submit', function () {
      // what was typed just before sending is kept now, and marked sent, so that the page saying it was accepted
      // forgets it (kept only later, it would outlive the acceptance and come back over the saved values)
      if (timer !== null) {
        clearTimeout(timer);
        keep();
      }
      if (storage.getItem(key)) {
        storage.setItem(key + ':sent', '1');
      }
    });
  });
})();

// Files are checked in the browser before they are sent: too large, or of a kind the field does not take, is said
// at once beside the field (the server checks again).
document.addEventListener('change', function (event) {
  var input = event.target;
  if (!input.matches || !input.matches('input[type=file]')) {
    return;
  }
  var limitText = document.body.getAttribute('data-upload-max') || '';
  var m = /^(\d+)\s*(KB|MB|GB)?$/i.exec(limitText.trim());
  var limit = m ? parseInt(m[1], 10) * ({KB: 1024, MB: 1048576, GB: 1073741824}[(m[2] || 'MB').toUpperCase()]) : 0;
  var accepted = (input.getAttribute('accept') || '').split(',').map(function (a) { return a.trim().toLowerCase(); })
    .filter(Boolean);
  var en = document.documentElement.lang === 'en';
  var problem = null;
  Array.prototype.forEach.call(input.files, function (file) {
    var name = file.name.toLowerCase();
    var dot = name.lastIndexOf('.');
    var ext = dot >= 0 ? name.substring(dot) : '';
    // the kind is checked here only where the field asks for it; elsewhere the server's answer says more
    var typeOk = !input.hasAttribute('data-check-type') || !accepted.length || accepted.some(function (a) {
      return a === ext || (a.endsWith('/*') && file.type.indexOf(a.substring(0, a.length - 1)) === 0) || a === file.type;
    });
    if (!problem && limit && file.size > limit) {
      problem = en ? 'The file ' + file.name + ' is larger than ' + limitText + '; compress or split it.'
        : '文件“' + file.name + '”超过上限 ' + limitText + '，请压缩或拆分后再上传。';
    } else if (!problem && !typeOk) {
      problem = en ? 'The file ' + file.name + ' is not of a kind this field takes (' + accepted.join(', ') + ').'
        : '文件“' + file.name + '”的类型不能上传，可上传：' + accepted.join('、') + '。';
    }
  });
  var note = input.parentElement.querySelector('.file-problem');
  if (!note) {
    note = document.createElement('div');
    note.className = 'invalid-feedback d-block file-problem';
    input.insertAdjacentElement('afterend', note);
  }
  note.textContent = problem || '';
  input.classList.toggle('is-invalid', !!problem);
  if (problem) {
    input.value = '';
  }
});

// Back where the work was: each page remembers itself for this tab; a session that ends sends the person to the
// sign-in page, which keeps that page, and signing in again lands on it instead of the home page (its draft
// comes back there, see above).
(function () {
  try {
    var here = window.location.pathname + window.location.search;
    if (window.location.pathname.endsWith('/login')) {
      if (new URLSearchParams(window.location.search).has('expired') && sessionStorage.getItem('rectify.page')) {
        sessionStorage.setItem('rectify.resume', sessionStorage.getItem('rectify.page'));
      }
      return;
    }
    var resume = sessionStorage.getItem('rectify.resume');
    sessionStorage.removeItem('rectify.resume');
    var home = document.body.getAttribute('data-home');
    if (resume && home && window.location.pathname === home && resume !== here) {
      window.location.replace(resume);
      return;
    }
    sessionStorage.setItem('rectify.page', here);
  } catch (e) {
    // no storage: signing in again lands on the home page
  }
})();

// Tables that become cards on a phone (class table-cards): each cell is labelled with its column's heading, which
// the phone layout shows before the value (app.css), so no column is squeezed to one character a line.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('table.table-cards').forEach(function (table) {
    var headings = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) {
      return th.textContent.replace(/\s+/g, ' ').trim();
    });
    table.querySelectorAll('tbody tr').forEach(function (row) {
      Array.prototype.forEach.call(row.children, function (cell, index) {
        if (headings[index] && !cell.hasAttribute('colspan')) {
          cell.setAttribute('data-label', headings[index]);
        }
      });
    });
  });
});

// A filter typed rather than listed (data-choose-from): the choices containing the typed words are fetched into its
// datalist; the label typed or picked puts its id into the hidden field (data-choose-into) the form sends. Text that
// is none of the choices is not sent as "all": the form says to choose one or clear it.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('[data-choose-from]').forEach(function (input) {
    var list = document.getElementById(input.getAttribute('list'));
    var into = document.getElementById(input.getAttribute('data-choose-into'));
    var chosenLabel = input.value;
    var timer = null;
    var asked = null;
    function pick() {
      var text = input.value.trim();
      var found = Array.prototype.find.call(list.options, function (o) { return o.value === text; });
      if (!text) {
        into.value = '';
      } else if (found) {
        into.value = found.getAttribute('data-id');
        chosenLabel = text;
      }
      var chosen = !text || text === chosenLabel;
      input.setCustomValidity(chosen ? '' : input.getAttribute('data-not-chosen'));
      if (!chosen) {
        into.value = '';
      }
    }
    function ask() {
      var words = input.value.trim();
      if (words === asked) {
        return;
      }
      asked = words;
      fetch(input.getAttribute('data-choose-from') + '?q=' + encodeURIComponent(words),
          {headers: {Accept: 'application/json'}, credentials: 'same-origin'})
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (choices) {
          if (words !== asked) {
            return;
          }
          list.replaceChildren.apply(list, choices.map(function (choice) {
            var option = document.createElement('option');
            option.value = choice.label;
            option.setAttribute('data-id', choice.id);
            return option;
          }));
          pick();
        });
    }
    input.addEventListener('input', function () {
      pick();
      clearTimeout(timer);
      timer = setTimeout(ask, 150);
    });
    input.addEventListener('focus', ask);
    input.addEventListener('change', pick);
  });
});
