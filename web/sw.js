// Hearth's service worker: after one visit, Hearth opens and works with no connection.
// make_site.py fills in the build's version and its file list. Every file of a version is kept in a
// cache named after that version; requests for them are answered from there first (the stored
// responses keep their types, so application/wasm still compiles while it streams). A new version
// downloads in the background and waits: the page offers "reload when you like" and only a press
// on that button switches over. Old versions' caches are deleted once the new one takes over.
// Nothing is ever fetched from another site, and nothing the person writes passes through here.
'use strict';
const VERSION = '__VERSION__';
const FILES = '__FILES__';
const IMMUTABLE = '__IMMUTABLE__';  // files with their hash in their name: any cached copy is right
const CACHE = 'hearth-' + VERSION;
const PREFIX = 'hearth-';

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // Hashed files may come from the browser's HTTP cache (the page just downloaded them: no second
    // download); the others are checked with the server, so an old copy never enters a new version.
    await cache.addAll(FILES.map((f) => new Request(f, { cache: IMMUTABLE.includes(f) ? 'default' : 'no-cache' })));
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();  // the first visit's page works offline too, without a reload
  })());
});

// The page's "Reload now" button: the waiting version takes over, then that page reloads itself.
self.addEventListener('message', (event) => {
  if (event.data === 'hearth-update') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  const scope = new URL(self.registration.scope);
  let key = null;
  if (url.pathname === scope.pathname || url.pathname === scope.pathname + 'index.html') {
    key = scope.href;  // the page, whatever its ?options: Hearth reads them itself
  } else if (url.pathname.startsWith(scope.pathname)) {
    const name = url.pathname.slice(scope.pathname.length);
    if (FILES.includes(name)) key = new URL(name, scope).href;
  }
  if (!key) return;  // not part of Hearth (the embed kit, a demo page): the network as usual
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(key);
    return hit || fetch(req);
  })());
});
