// Quick exit by button and by Shift three times (and never by typing capitals), the cover cleared
// when Back returns; the Progress screen with its calendar. Screenshots go to build/screenshots.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { SHOTS, byRole, launch, openApp, scrollUntil, settle, startServer, shown } from './lib.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

// The neutral destination, on the app's own origin so the test sends nothing elsewhere.
const exitParam = () => '?exit=' + encodeURIComponent(server.origin + '/icon.svg');

describe('quick exit', () => {
  test('the button leaves at once, and Back skips Hearth (no new history entry)', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page0 = await context.newPage();
    await page0.goto(server.url + "embed-demo.css");  // the page the person was on before Hearth
    await page0.close();
    const { page, problems } = await openApp(context, server, exitParam() + '#/guide');
    await page.goBack();  // openApp opened a new tab; give it a page before Hearth
    await page.goto(server.url + "embed-demo.css");
    await page.goto(server.url + exitParam() + '#/guide');
    await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
    await byRole(page, 'heading', 'The guide').waitFor();
    const before = await page.evaluate(() => history.length);
    await byRole(page, 'button', 'Quick exit: leave Hearth now for a neutral site').click();
    await page.waitForURL(/icon\.svg$/);
    const seen = [...problems];  // the neutral page's own favicon request is not Hearth's business
    assert.equal(await page.evaluate(() => history.length), before, 'Hearth was replaced, not added to');
    await page.goBack();
    assert.ok(page.url().endsWith("/embed-demo.css"), `Back leads past Hearth (${page.url()})`);
    assert.deepEqual(seen, []);
    await context.close();
  });

  test('Shift pressed alone three times leaves; capitals typed in a field do not', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page, problems } = await openApp(context, server, exitParam() + '#/guide');
    const search = byRole(page, 'textbox', 'Search the guide');
    await search.click();
    await page.keyboard.type('Trust And Kindness Every Day');  // five capitals, each with Shift held
    await page.waitForTimeout(300);
    assert.ok(page.url().includes('#/guide'), 'typing did not leave');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.waitForURL(/icon\.svg$/);
    assert.deepEqual(problems.filter((p) => !p.includes('404')), []);
    await context.close();
  });

  test('the cover is taken off when the page comes back from the cache', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const { page } = await openApp(context, server, '#/settings');
    await page.evaluate(() => {
      document.documentElement.classList.add('hearth-exit');
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    });
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains('hearth-exit')), false);
    await byRole(page, 'button', "Try quick exit now (Back brings you to Hearth's home page)").waitFor({ state: 'attached' });
    await context.close();
  });
});

describe('progress', () => {
  test('the month calendar shows days with activity, at phone and desktop widths', async () => {
    const now = Date.UTC(2026, 10, 23, 15, 0, 0);
    for (const [w, h] of [[390, 844], [1280, 800]]) {
      const context = await browser.newContext({ viewport: { width: w, height: h }, timezoneId: 'UTC' });
      await context.clock.install({ time: now });
      // A saved document with two exercises done and a time-out taken this month.
      await context.addInitScript((t) => {
        if (localStorage.getItem('hearth:doc')) return;
        localStorage.setItem('hearth:doc', JSON.stringify({
          app: 'hearth', version: 1,
          exercises: { done: [{ id: 'appreciation', at: t - 2 * 86400000 }, { id: 'intimacy-map', at: t - 9 * 86400000 }] },
          timeout: { log: [{ start: t - 5 * 86400000, planned: 20, actual: 1200000, ended: 'deadline' }] },
        }));
      }, now);
      const { page, problems } = await openApp(context, server, '#/progress');
      await byRole(page, 'heading', 'November 2026').waitFor();
      await shown(page, 'You used Hearth on 3 days in November 2026: the 14th, 18th and 21st.').waitFor({ state: 'attached' });
      await shown(page, 'You have tried 2 of 15 exercises.').waitFor({ state: 'attached' });
      await settle(page);
      await page.screenshot({ path: path.join(SHOTS, `progress-${w}.png`), fullPage: false });
      // The calendar and its sentence, together on screen.
      await page.mouse.move(w / 2, 400);
      await scrollUntil(page, shown(page, /^You used Hearth on 3 days/), h - 60, 60);
      await settle(page);
      await page.screenshot({ path: path.join(SHOTS, `progress-calendar-${w}.png`) });
      await byRole(page, 'button', 'Earlier month').click();
      await byRole(page, 'heading', 'October 2026').waitFor();
      assert.deepEqual(problems, []);
      await context.close();
    }
  });
});
