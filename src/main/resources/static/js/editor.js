/*
 * The editors (a project's 自评表, the 部门（单位）整体自评, the report's texts): nothing typed is lost.
 *
 * - A change in the sheet (#sheet, the form with data-autosave) is saved as a draft a moment later, with the version
 *   the page holds: a second editor's save is refused by the server as a save is, and the typed values stay.
 * - Every other way off the page or action on it saves first: a link, a form outside the sheet (submit, delete, an
 *   upload, signing out); explaining a finding is done in the page (htmx) and keeps the sheet as it is.
 * - Leaving with unsaved changes that could not be saved asks first.
 * - Parts loaded after the page (data-load) are fetched without htmx events, so that they never count as an answer
 *   to something typed.
 *
 * No inline handlers: the Content-Security-Policy allows scripts from files only.
 */
(function () {
  'use strict';

  var SAVE_AFTER_MS = 1500;
  var TYPING_PAUSE_MS = 3000;
  var RESCORE_AFTER_TYPING_MS = 1000;

  var state = {
    dirty: false,
    saving: null,
    failed: false,
    conflict: false,
    leaving: false,
    version: null,
    timer: null,
    actionPending: false,
    carry: null,
    rescoreCarried: false,
    rescoreTimer: null
  };

  function text(name) {
    var messages = document.getElementById('editor-messages');
    return messages ? messages.getAttribute('data-' + name) || '' : '';
  }

  function sheet() {
    return document.getElementById('sheet');
  }

  function autosaveUrl() {
    var form = sheet();
    return form ? form.getAttribute('data-autosave') : null;
  }

  function status(message, bad) {
    var element = document.getElementById('autosave-status');
    if (element) {
      element.textContent = message;
      element.classList.toggle('bad', !!bad);
    }
  }

  function versionInput() {
    var form = sheet();
    return form ? form.querySelector('input[name="version"]') : null;
  }

  function insideSheet(element) {
    var form = sheet();
    return !!(form && element && form.contains(element));
  }

  function isField(element) {
    return element && /^(INPUT|SELECT|TEXTAREA)$/.test(element.tagName);
  }

  function markDirty() {
    if (!autosaveUrl() || state.conflict) {
      return;
    }
    state.dirty = true;
    status(text('unsaved'));
    clearTimeout(state.timer);
    state.timer = setTimeout(save, SAVE_AFTER_MS);
  }

  /** Saves the sheet if it has unsaved changes; resolves to true when nothing is left unsaved. */
  function save() {
    clearTimeout(state.timer);
    if (state.saving) {
      return state.saving.then(function () {
        return state.dirty && !state.conflict ? save() : !state.dirty;
      });
    }
    var form = sheet();
    var url = autosaveUrl();
    if (!state.dirty || !form || !url) {
      return Promise.resolve(!state.dirty);
    }
    if (state.conflict) {
      return Promise.resolve(false);
    }
    state.dirty = false;
    var data = new URLSearchParams(new FormData(form));
    var adopted = data.getAll('adopted');
    status(text('saving'));
    state.saving = fetch(url, {
      method: 'POST',
      body: data,
      headers: {'Accept': 'application/json'},
      credentials: 'same-origin'
    }).then(function (response) {
      return response.json().catch(function () {
        return {saved: false, message: text('failed')};
      });
    }).then(function (answer) {
      if (answer.saved) {
        state.failed = false;
        state.version = answer.version;
        var version = versionInput();
        if (version) {
          version.value = answer.version;
        }
        // the choices of computed scores just saved are in the history now
        sheet().querySelectorAll('input[name="adopted"]').forEach(function (input) {
          if (adopted.indexOf(input.value) >= 0) {
            input.remove();
          }
        });
        status(state.dirty ? text('unsaved') : answer.message);
        return refresh().then(function () {
          return true;
        });
      }
      state.failed = true;
      state.dirty = true;
      if (answer.conflict) {
        state.conflict = true;
        status(answer.message + ' ' + text('stopped'), true);
      } else {
        status(answer.message, true);
      }
      return false;
    }, function () {
      state.failed = true;
      state.dirty = true;
      status(text('failed'), true);
      return false;
    }).finally(function () {
      state.saving = null;
    });
    return state.saving;
  }

  /**
   * Replaces an element by the element of the same id in a page fetched from url, without htmx events; {@code carry}
   * (if given) decides whether to replace at all and carries what is typed into the new element.
   */
  function replaceFrom(url, id, carry) {
    var current = document.getElementById(id);
    if (!current || !url) {
      return Promise.resolve();
    }
    return fetch(url, {credentials: 'same-origin', headers: {'Accept': 'text/html'}})
      .then(function (response) {
        return response.ok ? response.text() : '';
      })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById(id);
        var now = document.getElementById(id);
        if (fresh && now) {
          var adopted = document.importNode(fresh, true);
          if (carry && !carry(now, adopted)) {
            return;
          }
          now.replaceWith(adopted);
          if (window.htmx) {
            window.htmx.process(adopted);
          }
          if (window.location.hash === '#' + id) {
            adopted.scrollIntoView();
          }
        }
      })
      .catch(function () {});
  }

  /**
   * The workflow section (errors to explain) and the review's figures (自评分, 计算分 and the gap to the 复核分) as
   * saved, after a draft was saved.
   */
  function refresh() {
    var form = sheet();
    var notes = document.getElementById('review-notes');
    return Promise.all([
      replaceFrom(form ? form.getAttribute('data-refresh') : null, 'workflow', keepExplanations),
      replaceFrom(notes ? notes.getAttribute('data-refresh') : null, 'review-notes').then(function () {
        // the rows a reviewer commented on stay marked
        if (window.jixiaoReview) {
          window.jixiaoReview.markCommentedRows();
        }
      })
    ]);
  }

  /**
   * The section of errors to explain is refreshed after an autosave while the clerk may be typing an explanation or
   * sending one: an explanation being sent brings the section back itself, and the section the clerk is working in
   * stays as it is (no refresh then); otherwise explanations typed but not sent go into the refreshed section's forms
   * of the same findings.
   */
  function keepExplanations(now, fresh) {
    if (now.querySelector('.htmx-request') || now.contains(document.activeElement)) {
      return false;
    }
    now.querySelectorAll('.explain-form').forEach(function (form) {
      var key = form.querySelector('input[name="key"]');
      var typed = form.querySelector('textarea[name="explanation"]');
      if (!key || !typed || typed.value === '') {
        return;
      }
      fresh.querySelectorAll('.explain-form').forEach(function (other) {
        var otherKey = other.querySelector('input[name="key"]');
        var field = other.querySelector('textarea[name="explanation"]');
        if (otherKey && field && otherKey.value === key.value) {
          field.value = typed.value;
        }
      });
    });
    return true;
  }

  /** Parts the page loads after it is shown (the evidence). */
  function loadParts(root) {
    (root || document).querySelectorAll('[data-load]').forEach(function (part) {
      var url = part.getAttribute('data-load');
      part.removeAttribute('data-load');
      replaceFrom(url, part.id);
    });
  }

  function unsaved() {
    return !!autosaveUrl() && (state.dirty || !!state.saving);
  }

  // typing marks the sheet as changed; fields that change no score (the library pick, a bulk choice) do not re-score
  document.addEventListener('change', function (event) {
    var target = event.target;
    if (target && target.classList && target.classList.contains('no-rescore')) {
      event.stopPropagation();
      if (target.id === 'library') {
        var add = document.getElementById('library-add');
        if (add) {
          add.value = target.value === '' ? '' : 'library:' + target.value;
        }
      }
      return;
    }
    if (insideSheet(target) && isField(target) && target.type !== 'file') {
      markDirty();
    }
  }, true);

  /** A field the clerk changed while a request of the sheet is on its way: carried into the sheet it answers. */
  function touched(event) {
    if (inFlight && insideSheet(event.target) && isField(event.target) && event.target.name) {
      inFlight.touched[event.target.name] = true;
    }
  }
  document.addEventListener('input', touched, true);
  document.addEventListener('change', touched, true);

  document.addEventListener('input', function (event) {
    if (insideSheet(event.target) && isField(event.target) && !event.target.classList.contains('no-rescore')) {
      state.dirty = !!autosaveUrl() && !state.conflict;
      if (state.dirty) {
        status(text('unsaved'));
        clearTimeout(state.timer);
        // a clerk writing a long text without leaving the field is saved too, once the typing pauses
        state.timer = setTimeout(save, TYPING_PAUSE_MS);
      }
      if (event.target.tagName === 'TEXTAREA') {
        // and its checks (the figures of the 自评分析 against the table …) follow the text as it is typed
        clearTimeout(state.rescoreTimer);
        state.rescoreTimer = setTimeout(rescore, RESCORE_AFTER_TYPING_MS);
      }
    }
  });

  /** The sheet scored again as it stands (htmx posts it; anything typed meanwhile is carried, see below). */
  function rescore() {
    var form = sheet();
    if (form && window.htmx && !state.leaving) {
      window.htmx.trigger(form, 'change');
    }
  }

  // a row action (add, move, remove, adopt, draft the analysis) changes the sheet on the server's answer
  document.addEventListener('htmx:beforeRequest', function (event) {
    var source = event.detail && event.detail.elt;
    if (source && source.name === 'action' && insideSheet(source)) {
      state.actionPending = true;
    }
    if (source === sheet() || insideSheet(source)) {
      // the request takes the texts as they stand: a re-score waiting for the typing to pause has nothing left to do
      clearTimeout(state.rescoreTimer);
      remember(source);
    }
  });

  /*
   * Typing goes on while a re-score is on its way, and some answers bring the whole sheet (a row action, a changed
   * layout, claims that follow the computed scores): what was typed meanwhile is carried into the sheet that comes
   * back, with the focus and the caret, and scored again. The values the request took are remembered when it goes;
   * a field that differs from them when the answer comes was typed meanwhile. After an action that renumbers the rows
   * (add, move, remove, a row of the library) only the fields outside the rows are carried.
   */
  var inFlight = null;

  function fieldsOf(form) {
    return Array.prototype.filter.call(form.elements, function (element) {
      return isField(element) && element.name && element.type !== 'file' && element.type !== 'hidden';
    });
  }

  function valueOf(element) {
    return element.type === 'checkbox' || element.type === 'radio' ? String(element.checked) : element.value;
  }

  function remember(source) {
    var form = sheet();
    var action = source && source.name === 'action' ? source.value || '' : '';
    inFlight = {
      form: form,
      // the fields the clerk changes while the request is on its way (not those a partial answer changes)
      touched: {},
      renumbers: /^(add|up:|down:|remove:|library:)/.test(action),
      sent: fieldsOf(form).map(function (element) {
        return {element: element, value: valueOf(element)};
      })
    };
  }

  document.addEventListener('htmx:beforeSwap', function (event) {
    var request = inFlight;
    if (!request || !event.detail || !event.detail.target || event.detail.target.id !== 'sheet') {
      return;
    }
    inFlight = null;
    var focused = document.activeElement;
    request.typed = request.sent.filter(function (field) {
      return field.element.isConnected && valueOf(field.element) !== field.value
          && request.touched[field.element.name]
          && !(request.renumbers && /^indicators\[/.test(field.element.name));
    }).map(function (field) {
      return {name: field.element.name, type: field.element.type, value: field.element.value,
        checked: field.element.checked};
    });
    if (insideSheet(focused) && isField(focused) && focused.name
        && !(request.renumbers && /^indicators\[/.test(focused.name))) {
      request.focus = {name: focused.name, start: focused.selectionStart, end: focused.selectionEnd};
    }
    state.carry = request;
  });

  document.addEventListener('htmx:afterSwap', function () {
    var request = state.carry;
    var form = sheet();
    state.carry = null;
    if (!request || !form || form === request.form) {
      return;
    }
    request.typed.forEach(function (typed) {
      var fresh = form.querySelectorAll('[name="' + typed.name.replace(/["\\]/g, '\\$&') + '"]');
      if (fresh.length === 1 && fresh[0].type === typed.type) {
        if (typed.type === 'checkbox' || typed.type === 'radio') {
          fresh[0].checked = typed.checked;
        } else {
          fresh[0].value = typed.value;
        }
      }
    });
    if (request.focus) {
      var again = form.querySelector('[name="' + request.focus.name.replace(/["\\]/g, '\\$&') + '"]');
      if (again) {
        again.focus();
        if (request.focus.start !== null && typeof again.setSelectionRange === 'function') {
          try {
            again.setSelectionRange(request.focus.start, request.focus.end);
          } catch (ignored) {
            // a field without a caret (a number field)
          }
        }
      }
    }
    if (request.typed.length > 0) {
      // scored again once htmx has taken the new sheet in (at settling)
      state.rescoreCarried = true;
      markDirty();
    }
  });

  document.addEventListener('htmx:afterSettle', function (event) {
    var version = versionInput();
    if (version && state.version !== null && Number(version.value) < state.version) {
      version.value = state.version;
    }
    if (state.actionPending && event.detail && event.detail.target && event.detail.target.id === 'sheet') {
      state.actionPending = false;
      markDirty();
    }
    if (state.rescoreCarried) {
      state.rescoreCarried = false;
      rescore();
    }
    if (event.detail && event.detail.target && event.detail.target.id === 'workflow') {
      // an explanation was given: the sheet marks the findings it explains
      var form = sheet();
      if (form && window.htmx) {
        window.htmx.trigger(form, 'change');
      }
    }
  });

  // 说明此问题 in the sheet: to the finding's explanation form (saved first, so that the form is there)
  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('button.explain-jump') : null;
    if (!button) {
      return;
    }
    event.preventDefault();
    var key = button.getAttribute('data-key');
    function formOf() {
      var found = null;
      document.querySelectorAll('#workflow .explain-form input[name="key"]').forEach(function (input) {
        if (input.value === key) {
          found = input.form;
        }
      });
      return found;
    }
    function focus(form) {
      form.scrollIntoView({block: 'center'});
      var field = form.querySelector('textarea, input[name="explanation"]');
      if (field) {
        field.focus();
      }
    }
    var form = formOf();
    if (form) {
      focus(form);
      return;
    }
    save().then(refresh).then(function () {
      var found = formOf();
      if (found) {
        focus(found);
      }
    });
  });

  // a form that asks first (delete)
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var question = form.getAttribute('data-confirm');
    if (question && !form.hasAttribute('data-confirmed') && !window.confirm(question)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);

  // every other form of the page saves the sheet first; the sheet's own save waits for a draft being saved
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (event.defaultPrevented || form.hasAttribute('data-saved')) {
      return;
    }
    // the sheet carries hx-post for its live re-score, but its own save must still wait for a draft being saved
    if (form === sheet()) {
      if (state.saving) {
        event.preventDefault();
        state.saving.then(function () {
          clearTimeout(state.timer);
          state.dirty = false;
          state.leaving = true;
          resubmit(form, event.submitter);
        });
        return;
      }
      // the whole form goes with the save: nothing is left unsaved, and no draft may race it with the same version
      clearTimeout(state.timer);
      state.dirty = false;
      state.leaving = true;
      return;
    }
    if (form.hasAttribute('hx-post') || !unsaved()) {
      return;
    }
    event.preventDefault();
    save().then(function (ok) {
      if (ok) {
        resubmit(form, event.submitter);
      } else if (window.confirm(text('leave'))) {
        state.leaving = true;
        resubmit(form, event.submitter);
      }
    });
  });

  function resubmit(form, submitter) {
    form.setAttribute('data-saved', '');
    if (form.getAttribute('data-confirm')) {
      form.setAttribute('data-confirmed', '');
    }
    if (form.requestSubmit) {
      form.requestSubmit(submitter && submitter.form === form ? submitter : undefined);
    } else {
      form.submit();
    }
  }

  // a link saves first
  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a[href]') : null;
    if (!link || event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey
        || link.target === '_blank' || link.getAttribute('href').charAt(0) === '#' || !unsaved()) {
      return;
    }
    event.preventDefault();
    save().then(function (ok) {
      if (ok) {
        window.location.href = link.href;
      } else if (window.confirm(text('leave'))) {
        state.leaving = true;
        window.location.href = link.href;
      }
    });
  });

  window.addEventListener('beforeunload', function (event) {
    if (!state.leaving && unsaved()) {
      event.preventDefault();
      event.returnValue = '';
    }
  });

  function start() {
    loadParts(document);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
