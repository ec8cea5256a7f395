// Plimsoll's service worker: keeps the app shell and the last-seen pages, so the check-in and log
// pages open without a connection. What is entered offline is queued by app.js and sent later.
// A new name whenever app.js or the style sheet changes: the shell is served from this cache first.
const CACHE = 'plimsoll-v5';
const SHELL = ['/public/plimsoll.css', '/public/app.js', '/public/icon.svg', '/public/icon-192.png',
  '/webjars/htmx.org/2.0.10/dist/htmx.min.js', '/manifest.webmanifest'];

self.addEventListener('install', event => {
  event.waitUntil(caches.open(CACHE).then(cache => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', event => {
  event.waitUntil(caches.keys()
    .then(keys => Promise.all(keys.filter(k => k !== CACHE).map(k => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', event => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')) {
    return;
  }
  if (request.mode === 'navigate') {
    // Pages: the network first, so nothing stale is shown online; the last copy when offline.
    event.respondWith(fetch(request).then(response => {
      if (response.ok) {
        const copy = response.clone();
        caches.open(CACHE).then(cache => cache.put(request, copy));
      }
      return response;
    }).catch(() => caches.match(request).then(hit => hit || caches.match('/checkin'))
      .then(hit => hit || new Response('<!doctype html><title>Offline</title><p>You are offline and this page was not saved on this device yet.</p>',
        {headers: {'Content-Type': 'text/html; charset=utf-8'}}))));
    return;
  }
  if (url.pathname.startsWith('/public/') || url.pathname.startsWith('/webjars/')) {
    event.respondWith(caches.match(request).then(hit => hit || fetch(request).then(response => {
      const copy = response.clone();
      caches.open(CACHE).then(cache => cache.put(request, copy));
      return response;
    })));
  }
});

// At sign-out nothing of the person stays: every saved page goes, the app shell stays.
self.addEventListener('message', event => {
  if (event.data === 'signed-out') {
    event.waitUntil(caches.open(CACHE).then(cache => cache.keys().then(requests => Promise.all(requests
      .filter(r => !SHELL.includes(new URL(r.url).pathname))
      .map(r => cache.delete(r))))));
  }
});

// A reminder: shown even when no page is open. The message is only ever from our server (the push
// service checks its VAPID signature), and the address it opens must be one of ours.
self.addEventListener('push', event => {
  let message = {title: 'Plimsoll', body: 'Time to check in.', url: '/checkin'};
  try {
    message = Object.assign(message, event.data ? event.data.json() : {});
  } catch (e) {
    // Not JSON: the default words stand.
  }
  const url = String(message.url || '/checkin').startsWith('/') ? message.url : '/checkin';
  event.waitUntil(self.registration.showNotification(message.title, {
    body: message.body, tag: message.tag, icon: '/public/icon-192.png', data: {url}
  }));
});

// A tap on a reminder opens its check-in, with the session and window chosen, in a window of ours.
self.addEventListener('notificationclick', event => {
  event.notification.close();
  const url = new URL((event.notification.data && event.notification.data.url) || '/checkin', self.location.origin);
  if (url.origin !== self.location.origin) {
    return;
  }
  event.waitUntil(self.clients.matchAll({type: 'window', includeUncontrolled: true}).then(windows => {
    const open = windows.find(w => new URL(w.url).origin === url.origin && 'navigate' in w);
    return open ? open.navigate(url.href).then(w => (w || open).focus()) : self.clients.openWindow(url.href);
  }));
});
