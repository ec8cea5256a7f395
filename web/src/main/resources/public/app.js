// Plimsoll's one script: CSRF for htmx, the browser's time zone at sign-up, the service worker, and
// the offline queue for check-ins and sessions. Pages work without it; it only adds.
(function () {
  'use strict';

  // Sentences come from the server's wording layer (words.ScriptWords), handed over in the page's head.
  function phrase(key, n) {
    var meta = document.querySelector('meta[name="say-' + key + '"]');
    return (meta ? meta.content : key).replace('{n}', String(n));
  }
  var QUEUE = 'plimsoll.queue';
  var FAILED = 'plimsoll.failed';
  var USED = 'plimsoll.usedKeys';

  // Whose pages these are: queued entries belong to that account and are sent only as it.
  function account() {
    var meta = document.querySelector('meta[name="plimsoll-account"]');
    return meta ? meta.content : '';
  }

  function csrf() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.content : '';
  }

  document.addEventListener('htmx:configRequest', function (event) {
    event.detail.headers['X-CSRF-Token'] = csrf();
  });

  document.querySelectorAll('[data-browser-timezone]').forEach(function (input) {
    try {
      input.value = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
    } catch (e) { /* keep UTC */ }
  });

  // A yes to "anything new?" opens the warning signs beneath it; a no folds them away.
  document.querySelectorAll('input[data-opens]').forEach(function (radio) {
    radio.addEventListener('change', function () {
      var target = document.getElementById(radio.getAttribute('data-opens'));
      if (target) { target.open = radio.value === 'yes'; }
    });
  });

  // The log form starts "just finished" (the start is now less the minutes, as the server filled it in):
  // the start follows the minutes until the person sets the date or the start themselves.
  document.querySelectorAll('form[data-just-finished]').forEach(function (form) {
    var minutes = form.querySelector('#minutes');
    var date = form.querySelector('#date');
    var time = form.querySelector('#time');
    // The server's now, in the person's zone, counted as if it were UTC; the page's age is added to it.
    var now = Date.parse(form.getAttribute('data-just-finished') + ':00Z');
    var loaded = Date.now();
    var setByHand = false;
    if (!minutes || !date || !time || isNaN(now)) { return; }
    [date, time].forEach(function (field) {
      field.addEventListener('input', function () { setByHand = true; });
    });
    minutes.addEventListener('input', function () {
      var m = parseInt(minutes.value, 10);
      if (setByHand || !(m > 0 && m <= 24 * 60)) { return; }
      var end = now + (Date.now() - loaded);
      var start = new Date(end - end % (5 * 60000) - m * 60000).toISOString();
      date.value = start.slice(0, 10);
      time.value = start.slice(11, 16);
    });
  });

  // A copy button beside an address shown once: one tap puts it on the clipboard, and says so. Where the
  // clipboard is refused, the address is selected so that the phone's own copy is one tap away.
  document.querySelectorAll('button[data-copy]').forEach(function (button) {
    var field = document.getElementById(button.getAttribute('data-copy'));
    var status = document.getElementById(button.getAttribute('data-status'));
    button.hidden = false;
    button.addEventListener('click', function () {
      var say = function (words) { if (status) { status.textContent = words; } };
      var selectIt = function () { field.focus(); field.select(); say(phrase('selected')); };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(field.value).then(function () { say(phrase('copied')); }, selectIt);
      } else {
        selectIt();
      }
    });
  });

  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/sw.js').catch(function () { /* pages still work online */ });
  }

  function read(name) {
    try { return JSON.parse(localStorage.getItem(name) || '[]'); } catch (e) { return []; }
  }

  function write(name, items) {
    localStorage.setItem(name, JSON.stringify(items));
  }

  function newKey() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    return String(Date.now()) + '-' + Math.random().toString(16).slice(2);
  }

  function mine(items) {
    return items.filter(function (item) { return item.account === account(); });
  }

  // How many entries kept on this device were sent since this page opened: said once they are.
  var sent = 0;

  function describe() {
    var note = document.getElementById('offline-note');
    if (!note) { return; }
    var waiting = mine(read(QUEUE)).length;
    var failed = mine(read(FAILED)).length;
    var parts = [];
    if (sent && !waiting) {
      parts.push(phrase(sent === 1 ? 'sent-one' : 'sent-many', sent));
    }
    if (!navigator.onLine) {
      parts.push(phrase('offline'));
    }
    if (waiting) {
      parts.push(phrase(waiting === 1 ? 'waiting-one' : 'waiting-many', waiting));
    }
    if (failed) {
      parts.push(phrase(failed === 1 ? 'failed-one' : 'failed-many', failed));
    }
    note.textContent = parts.join(' ');
    var form = document.querySelector('form[data-offline-queue]');
    var refused = mine(read(FAILED)).filter(function (item) {
      return form && item.kind === form.getAttribute('data-offline-queue');
    });
    if (refused.length) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'secondary';
      button.textContent = phrase('put-back');
      button.addEventListener('click', function () { restore(form, refused[0]); });
      note.appendChild(document.createTextNode(' '));
      note.appendChild(button);
    }
    note.hidden = parts.length === 0;
  }

  // A refused entry goes back into its form, every value as it was typed, to be corrected.
  function restore(form, item) {
    form.reset();
    new URLSearchParams(item.body).forEach(function (value, name) {
      if (name === '_csrf' || name === 'idempotencyKey') { return; }
      form.querySelectorAll('[name="' + name + '"]').forEach(function (field) {
        if (field.type === 'radio' || field.type === 'checkbox') {
          if (field.value === value) { field.checked = true; }
        } else {
          field.value = value;
        }
      });
    });
    write(FAILED, read(FAILED).filter(function (other) { return other.key !== item.key; }));
    describe();
  }

  // A page from the offline copy may carry the key of a form already sent: it gets a fresh one.
  function freshKeys() {
    var used = read(USED);
    document.querySelectorAll('input[name="idempotencyKey"]').forEach(function (field) {
      if (!field.value || used.indexOf(field.value) >= 0) { field.value = newKey(); }
    });
  }

  function remember(key) {
    var used = read(USED);
    used.push(key);
    write(USED, used.slice(-50));
  }

  // Back and Save again, or a second tap, sends values this tab sent a moment ago: with the key they went
  // with, so the server stores them once and answers as it did the first time. Other values, or the same
  // ones after half an hour, are a new entry with a key of its own.
  var SENT = 'plimsoll.sent';
  var SAME_WITHIN_MS = 30 * 60000;
  function sameValuesSameKey(form, keyField) {
    var params = new URLSearchParams(new FormData(form));
    params.delete('_csrf');
    params.delete('idempotencyKey');
    var what = (form.getAttribute('action') || '') + '?' + params.toString();
    var sent;
    try { sent = JSON.parse(sessionStorage.getItem(SENT) || '[]'); } catch (e) { sent = []; }
    var now = Date.now();
    sent = sent.filter(function (item) { return item.account === account() && now - item.at < SAME_WITHIN_MS; });
    var same = sent.filter(function (item) { return item.what === what; })[0];
    if (same) {
      keyField.value = same.key;
      return;
    }
    if (!keyField.value || read(USED).indexOf(keyField.value) >= 0
        || sent.some(function (item) { return item.key === keyField.value; })) {
      keyField.value = newKey();
    }
    sent.push({ key: keyField.value, what: what, at: now, account: account() });
    try { sessionStorage.setItem(SENT, JSON.stringify(sent.slice(-20))); } catch (e) { /* the server's key still holds */ }
  }

  // Each queued entry keeps the idempotency key its form was given, so that sending it twice (a
  // retry after a dropped answer) still stores it once.
  function send(item) {
    return fetch(item.action, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-CSRF-Token': csrf(),
        'Idempotency-Key': item.key
      },
      body: item.body
    }).then(function (response) {
      if (response.ok) { return 'sent'; }
      if (response.status === 401 || response.status === 403 || response.status >= 500) { return 'later'; }
      return 'refused';
    }, function () { return 'later'; });
  }

  // The form still showing a queued entry: once it is sent it empties for the next one; either way it
  // takes a fresh key, as a key is used once.
  function settled(item, outcome) {
    var form = document.querySelector('form[data-offline-queue]');
    var keyField = form && form.querySelector('input[name="idempotencyKey"]');
    if (!keyField || keyField.value !== item.key) { return; }
    if (outcome === 'sent') { form.reset(); }
    keyField.value = newKey();
  }

  var flushing = false;
  function flush() {
    if (flushing || !navigator.onLine) { return Promise.resolve(); }
    flushing = true;
    function next() {
      var queue = mine(read(QUEUE));
      if (!queue.length) { return Promise.resolve(); }
      var item = queue[0];
      return send(item).then(function (outcome) {
        if (outcome === 'later') { return; }
        if (outcome === 'sent') { sent += 1; }
        settled(item, outcome);
        var rest = read(QUEUE);
        var done = rest.filter(function (other) { return other.key === item.key; })[0] || item;
        write(QUEUE, rest.filter(function (other) { return other.key !== item.key; }));
        if (outcome === 'refused') {
          var failed = read(FAILED);
          failed.push(done);
          write(FAILED, failed);
        }
        return next();
      });
    }
    return next().then(function () {
      flushing = false;
      describe();
      document.dispatchEvent(new CustomEvent('plimsoll:flushed'));
    });
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.matches && form.matches('form.signout')) {
      // This person's queue, offline copies and used keys leave the device with them.
      [QUEUE, FAILED].forEach(function (name) {
        write(name, read(name).filter(function (item) { return item.account !== account(); }));
      });
      localStorage.removeItem(USED);
      try { sessionStorage.removeItem(SENT); } catch (e) { /* nothing kept */ }
      if (navigator.serviceWorker && navigator.serviceWorker.controller) {
        navigator.serviceWorker.controller.postMessage('signed-out');
      }
      return;
    }
    // A form marked data-key-per-page (a share link, an invitation, a clinician's decision) makes something
    // new each time the page is opened: the same values later are meant, so only its own page's key repeats.
    if (navigator.onLine && form.querySelector && form.querySelector('input[name="idempotencyKey"]')
        && !form.hasAttribute('data-key-per-page')) {
      sameValuesSameKey(form, form.querySelector('input[name="idempotencyKey"]'));
    }
    if (!form.matches || !form.matches('form[data-offline-queue]')) { return; }
    var keyField = form.querySelector('input[name="idempotencyKey"]');
    if (navigator.onLine) {
      if (keyField && keyField.value) { remember(keyField.value); }
      return;
    }
    event.preventDefault();
    // Every queued entry has a key of its own, never one a form already used online. The form keeps what
    // was entered, and its key is the queued entry's: saved again, it replaces that entry, never a second.
    var queue = read(QUEUE);
    var already = keyField && queue.some(function (item) { return item.key === keyField.value; });
    var key = already ? keyField.value : newKey();
    var entry = { action: form.getAttribute('action'), body: new URLSearchParams(new FormData(form)).toString(),
      key: key, kind: form.getAttribute('data-offline-queue'), at: new Date().toISOString(), account: account() };
    queue = queue.filter(function (item) { return item.key !== key; });
    queue.push(entry);
    write(QUEUE, queue);
    remember(key);
    if (keyField) { keyField.value = key; }
    sent = 0;
    describe();
  });

  window.addEventListener('online', flush);
  window.addEventListener('offline', describe);
  freshKeys();
  describe();
  flush();

  // Reminders on this device: the browser's permission prompt appears only after the person's tap.
  var pushButton = document.getElementById('push-enable');
  var pushStatus = document.getElementById('push-status');
  function say(text) { if (pushStatus) { pushStatus.textContent = text; } }
  function keyBytes(base64url) {
    var text = atob(base64url.replace(/-/g, '+').replace(/_/g, '/'));
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) { bytes[i] = text.charCodeAt(i); }
    return bytes;
  }
  function deviceName() {
    var ua = navigator.userAgent;
    var browser = /Firefox\//.test(ua) ? 'Firefox' : /Edg\//.test(ua) ? 'Edge' : /Chrom/.test(ua) ? 'Chrome' : /Safari\//.test(ua) ? 'Safari' : 'A browser';
    var system = /Android/.test(ua) ? 'Android' : /iPhone|iPad/.test(ua) ? 'iPhone or iPad' : /Mac OS/.test(ua) ? 'Mac'
      : /Windows/.test(ua) ? 'Windows' : /Linux/.test(ua) ? 'Linux' : 'a device';
    return browser + ' on ' + system;
  }
  if (pushButton && 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window) {
    pushButton.hidden = false;
    pushButton.addEventListener('click', function () {
      pushButton.disabled = true;
      say(phrase('asking'));
      Notification.requestPermission().then(function (permission) {
        if (permission !== 'granted') {
          throw new Error(phrase('blocked'));
        }
        return navigator.serviceWorker.ready;
      }).then(function (registration) {
        return registration.pushManager.subscribe({ userVisibleOnly: true,
          applicationServerKey: keyBytes(pushButton.getAttribute('data-key')) });
      }).then(function (subscription) {
        var json = subscription.toJSON();
        return fetch('/api/v1/push/subscriptions', { method: 'POST', credentials: 'same-origin',
          headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf() },
          body: JSON.stringify({ endpoint: json.endpoint, keys: json.keys, label: deviceName() }) });
      }).then(function (response) {
        if (!response.ok) { throw new Error(phrase('not-taken', response.status)); }
        say(phrase('reminders-on'));
        window.location.assign('/settings?reminders=saved');
      }).catch(function (error) {
        pushButton.disabled = false;
        var why = error && error.message ? error.message : String(error);
        say(/push service|Registration failed|AbortError/i.test(why)
          ? phrase('no-push')
          : why);
      });
    });
  }
})();
