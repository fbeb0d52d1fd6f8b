// Links in the accessibility mirror carry their real address: "open in a new tab", a middle click,
// Ctrl+click and "Copy link address" give the screen the link goes to, while a plain click moves
// inside the app without a reload. The address is the page's own (its path and query kept) + the hash.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { byRole, launch, openApp, settle, startServer } from './lib.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

// Every mirror link's href attribute, with its name.
const links = (page) => page.evaluate(() => [...document.querySelectorAll('#mirror a')]
  .map((a) => ({ name: a.textContent.trim(), href: a.getAttribute('href') })));

describe('links in the mirror', () => {
  test('every link has its address; the chapters list gives each chapter\'s', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page, problems } = await openApp(context, server, '#/guide');
    await byRole(page, 'heading', 'The guide').waitFor();
    await settle(page);
    const own = await page.evaluate(() => location.href.split('#')[0]);
    for (const hash of ['#/guide', '#/', '#/exercises', '#/timeout', '#/progress', '#/settings', '#/exercise/ground-rules',
      '#/guide/what-intimacy-is']) {
      await page.evaluate((h) => { location.hash = h; }, hash);
      await page.waitForFunction((h) => location.hash === h, hash);
      await settle(page);
      const all = await links(page);
      assert.ok(all.length > 3, hash);
      for (const l of all) {
        assert.notEqual(l.href, '#', `${hash}: ${l.name}`);
        const ownPage = l.href === own + 'privacy.html' || l.href === own + 'counselors.html';  // Hearth's plain pages
        assert.ok(l.href.startsWith('https://') || l.href.startsWith(own + '#/') || ownPage, `${hash}: ${l.name} -> ${l.href}`);
      }
    }
    await page.evaluate(() => { location.hash = '#/guide'; });
    await byRole(page, 'heading', 'The guide').waitFor();
    await settle(page);
    const chapters = (await links(page)).filter((l) => /^\d+\. /.test(l.name));
    assert.ok(chapters.length >= 10, `${chapters.length} chapters`);
    for (const c of chapters) assert.match(c.href.slice(own.length), /^#\/guide\/[a-z0-9-]+$/, c.name);
    const first = chapters.find((c) => c.name === '1. What intimacy is');
    assert.equal(first.href, own + '#/guide/what-intimacy-is');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a middle click and Ctrl+click open the address in a new tab; a plain click moves in place', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page, problems } = await openApp(context, server, '#/guide');
    await byRole(page, 'heading', 'The guide').waitFor();
    await settle(page);
    const link = byRole(page, 'link', '2. The kinds of intimacy');
    const href = await link.getAttribute('href');
    assert.match(href, /#\/guide\/kinds-of-intimacy$/);
    const length = await page.evaluate(() => history.length);

    const [tab] = await Promise.all([context.waitForEvent('page'), link.click({ button: 'middle' })]);
    await tab.waitForLoadState();
    assert.equal(tab.url(), href);
    await tab.close();
    const [tab2] = await Promise.all([context.waitForEvent('page'), link.click({ modifiers: ['Control'] })]);
    await tab2.waitForLoadState();
    assert.equal(tab2.url(), href);
    await tab2.close();
    await settle(page);
    assert.equal(await page.evaluate(() => location.hash), '#/guide', 'the app stayed where it was');
    assert.equal(await page.evaluate(() => history.length), length);

    // A plain click: the app moves, in the same page (no reload), one history entry on.
    await page.evaluate(() => { window.hearthSamePage = true; });
    await link.click();
    await byRole(page, 'heading', 'The kinds of intimacy').first().waitFor();
    assert.equal(await page.evaluate(() => location.hash), '#/guide/kinds-of-intimacy');
    assert.equal(await page.evaluate(() => window.hearthSamePage), true, 'no reload');
    assert.equal(await page.evaluate(() => history.length), length + 1);
    assert.equal(context.pages().length, 1);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the page\'s own address, query and all, is kept (as when a site embeds Hearth with options)', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page, problems } = await openApp(context, server, 'index.html?from=links-test#/guide');
    await byRole(page, 'heading', 'The guide').waitFor();
    await settle(page);
    const own = await page.evaluate(() => location.href.split('#')[0]);
    assert.match(own, /index\.html\?from=links-test$/);
    const a = byRole(page, 'link', '1. What intimacy is');
    assert.equal(await a.evaluate((el) => el.href), own + '#/guide/what-intimacy-is');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
