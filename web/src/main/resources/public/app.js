// Plimsoll's one script: CSRF for htmx, the browser's time zone at sign-up, the service worker, and
// the offline queue for check-ins and sessions. Pages work without it; it only adds.
(function () {
  'use strict';
  var QUEUE = 'plimsoll.queue';
  var FAILED = 'plimsoll.failed';

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

  function describe() {
    var note = document.getElementById('offline-note');
    if (!note) { return; }
    var waiting = read(QUEUE).length;
    var failed = read(FAILED).length;
    var parts = [];
    if (!navigator.onLine) {
      parts.push('You are offline. Check-ins and sessions are kept on this device until the connection is back.');
    }
    if (waiting) {
      parts.push(waiting + (waiting === 1 ? ' entry is' : ' entries are') + ' waiting to be sent.');
    }
    if (failed) {
      parts.push(failed + (failed === 1 ? ' entry was' : ' entries were') + ' refused by the server; please enter '
        + (failed === 1 ? 'it' : 'them') + ' again.');
    }
    note.textContent = parts.join(' ');
    note.hidden = parts.length === 0;
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

  var flushing = false;
  function flush() {
    if (flushing || !navigator.onLine) { return Promise.resolve(); }
    flushing = true;
    function next() {
      var queue = read(QUEUE);
      if (!queue.length) { return Promise.resolve(); }
      return send(queue[0]).then(function (outcome) {
        if (outcome === 'later') { return; }
        var rest = read(QUEUE);
        var done = rest.shift();
        write(QUEUE, rest);
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
    if (!form.matches || !form.matches('form[data-offline-queue]') || navigator.onLine) { return; }
    event.preventDefault();
    var keyField = form.querySelector('input[name="idempotencyKey"]');
    var key = keyField && keyField.value ? keyField.value : newKey();
    var queue = read(QUEUE);
    queue.push({ action: form.getAttribute('action'), body: new URLSearchParams(new FormData(form)).toString(),
      key: key, kind: form.getAttribute('data-offline-queue'), at: new Date().toISOString() });
    write(QUEUE, queue);
    form.reset();
    if (keyField) { keyField.value = newKey(); }
    describe();
  });

  window.addEventListener('online', flush);
  window.addEventListener('offline', describe);
  describe();
  flush();
})();
