// The plain privacy page a practice can point to (web/privacy.html, issue 19): its claims are checked
// against what Hearth really does. Every key Hearth stores after real use is named on the page, the
// Content-Security-Policy it quotes is the one serve.py and deploy/nginx.conf send, no cookie is ever
// set, and neither the app nor the page asks another origin for anything. Settings links to it, in a
// tab of its own. Screenshots: build/screenshots/privacy-page-*.png.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { SHOTS, byRole, launch, openApp, scrollUntil, startServer } from './lib.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const waitStored = (page, part) => page.waitForFunction((p) => (localStorage.getItem('hearth:doc') || '').includes(p), part, { timeout: 15000 });

// Every request a page makes, and every response header that would set a cookie.
function watch(context) {
  const seen = { urls: [], cookies: [] };
  context.on('request', (r) => seen.urls.push(r.url()));
  context.on('response', async (r) => {
    const h = await r.allHeaders().catch(() => ({}));
    if (h['set-cookie']) seen.cookies.push(r.url());
  });
  return seen;
}

describe('the privacy page', () => {
  test('names every key Hearth stores, quotes the policy the servers send, and nothing leaves the origin', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
    const seen = watch(context);
    const { page, problems } = await openApp(context, server, '#/settings');
    // Real use: a setting changed and saved, so the document and its spare copy are written.
    await byRole(page, 'radio', 'Dark').click();
    await waitStored(page, '"theme":"dark"');
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
    await byRole(page, 'radio', 'Light').click();
    await waitStored(page, '"theme":"light"');
    // The service worker's copy is in place once the page is controlled.
    await page.waitForFunction(async () => (await caches.keys()).length > 0, null, { timeout: 30000 });
    const stored = await page.evaluate(async () => ({
      local: Object.keys(localStorage), session: Object.keys(sessionStorage), caches: await caches.keys(),
      cookie: document.cookie,
    }));
    assert.ok(stored.local.includes('hearth:doc'), `the document is stored (${stored.local})`);

    // The link in Settings: the page beside the app, opened in a tab of its own.
    const link = byRole(page, 'link', 'How Hearth handles your privacy');
    await link.waitFor({ state: 'attached' });
    assert.equal(await link.getAttribute('href'), server.url.replace(/\/?$/, '/') + 'privacy.html');
    assert.equal(await link.getAttribute('target'), '_blank');
    await scrollUntil(page, link);
    const [tab] = await Promise.all([context.waitForEvent('page'), link.click()]);
    await tab.waitForLoadState();
    assert.equal(new URL(tab.url()).pathname, '/privacy.html');
    assert.equal(await byRole(tab, 'heading', 'Hearth and your privacy').count(), 1);
    assert.equal(await byRole(page, 'heading', 'Settings').count(), 1, 'the app stays where it was');

    // Every name in storage appears on the page, written as code; caches by their "hearth-" prefix.
    const named = await tab.evaluate(() => [...document.querySelectorAll('#kept code')].map((c) => c.textContent));
    for (const key of [...stored.local, ...stored.session]) assert.ok(named.includes(key), `"${key}" is named on the page`);
    assert.ok(named.includes('hearth-'));
    for (const c of stored.caches) assert.ok(c.startsWith('hearth-'), `cache "${c}" is Hearth's`);
    // The names the page lists are the app's own (core/store/store.h), not a list that drifted.
    const storeH = readFileSync(path.join(ROOT, 'src/core/store/store.h'), 'utf8');
    for (const key of ['hearth:doc', 'hearth:doc:last-good', 'hearth:doc:damaged']) {
      assert.ok(storeH.includes(`"${key}"`), key);
      assert.ok(named.includes(key), `${key} on the page`);
    }

    // The policy quoted is the one both servers send, word for word.
    const quoted = (await tab.locator('#csp').textContent()).trim();
    for (const file of ['', 'privacy.html']) {
      const res = await context.request.get(server.url.replace(/\/?$/, '/') + file);
      assert.equal(res.headers()['content-security-policy'], quoted, `serve.py sends the quoted policy for /${file}`);
      assert.equal(res.headers()['set-cookie'], undefined);
    }
    const nginx = readFileSync(path.join(ROOT, 'deploy/nginx.conf'), 'utf8');
    assert.match(nginx, new RegExp(`add_header Content-Security-Policy "${quoted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" always;`));

    // No cookie, and nothing asked of another origin, by the app or the page.
    assert.equal(stored.cookie, '');
    assert.equal(await tab.evaluate(() => document.cookie), '');
    assert.deepEqual(seen.cookies, []);
    const elsewhere = seen.urls.filter((u) => !u.startsWith('data:') && new URL(u).origin !== server.origin);
    assert.deepEqual(elsewhere, [], 'every request stays on the page\'s own origin');
    // The sources the page cites are plain text, not links it loads.
    assert.equal(await tab.locator('img, script, iframe, link[href^="http"]').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('reads well on a phone and in the dark; prints black on white', async () => {
    for (const [name, opts] of [['390', { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 }],
      ['1280-dark', { viewport: { width: 1280, height: 900 }, colorScheme: 'dark' }]]) {
      const context = await browser.newContext({ ...opts, locale: 'en-US' });
      const page = await context.newPage();
      const errors = [];
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      await page.goto(server.url.replace(/\/?$/, '/') + 'privacy.html');
      // Nothing wider than the screen (a phone would scroll sideways).
      const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(wide <= 0, `the page fits the width (${wide} px over)`);
      const colors = await page.evaluate(() => [getComputedStyle(document.body).color, getComputedStyle(document.body).backgroundColor]);
      assert.notEqual(colors[0], colors[1]);
      await page.screenshot({ path: path.join(SHOTS, `privacy-page-${name}.png`), fullPage: true });
      if (name === '390') {
        await page.emulateMedia({ media: 'print' });
        const printed = await page.evaluate(() => [getComputedStyle(document.body).color, getComputedStyle(document.body).backgroundColor,
          getComputedStyle(document.querySelector('.back')).display]);
        assert.deepEqual(printed, ['rgb(0, 0, 0)', 'rgb(255, 255, 255)', 'none']);
      }
      assert.deepEqual(errors, [], 'no console errors (a blocked style or script would show here)');
      await context.close();
    }
  });
});
