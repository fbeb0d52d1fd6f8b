// The guide in the real page: contents, a chapter read to its end by wheel and by finger (and
// remembered as read after a reload), search that lands on the hit, widens to related words and
// suggests chapters when nothing matches, bookmarks that say so and are kept across a reload, and screenshots of a chapter at phone and desktop widths, light and dark, largest text.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { SHOTS, byRole, launch, openApp, scrollUntil, settle, startServer, touchDrag, shown } from './lib.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const CH5 = 'Talking so you feel close';
const desk = { viewport: { width: 1280, height: 800 } };
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true };

// The chapter's meta line on the contents page ("… · 5 min · Read").
async function statusOf(page, summaryStart) {
  const text = await shown(page, new RegExp(`^${summaryStart}`)).first().textContent();
  return text.split(' · ').pop();
}

async function onScreen(locator) {
  const cls = await locator.getAttribute('class');
  const b = await locator.boundingBox();
  return !(cls || '').includes('off') && b && b.y >= 0 && b.y < 900;
}

async function reload(page) {
  await page.waitForTimeout(1200);  // the throttled save
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
}

describe('guide', () => {
  test('desktop: open chapter 5 from the contents, wheel to its end, and it stays read after a reload', async () => {
    const context = await browser.newContext(desk);
    const { page, problems } = await openApp(context, server, '#/guide');
    await byRole(page, 'heading', 'The guide').waitFor();
    const summary = (await shown(page, / min · Not started$/).nth(4).textContent()).split(' · ')[0];
    await byRole(page, 'link', `5. ${CH5}`).click();
    await byRole(page, 'heading', CH5).waitFor();
    assert.match(page.url(), /#\/guide\/talking-close$/);
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'chapter-1280-light.png') });
    const next = page.getByRole('button', { name: /^Next: / });
    await page.mouse.move(640, 450);
    for (let i = 0; i < 80 && !(await onScreen(next)); i++) {
      await page.mouse.wheel(0, 300);
      await page.waitForTimeout(40);
    }
    assert.ok(await onScreen(next), 'the end of the chapter was reached');
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'chapter-end-1280.png') });
    await reload(page);
    // The reading position was kept: the chapter opens where it was left, at its end.
    await next.waitFor();
    // The saved position is restored a few frames after the chapter's items first appear.
    let atEnd = false;
    for (let i = 0; i < 60 && !(atEnd = await onScreen(next)); i++) await page.waitForTimeout(50);
    assert.ok(atEnd, 'reopened at the end');
    // "Contents" sits just below "Next": the wheel stopped as soon as "Next" showed, so it may be a
    // little further down.
    const contents = byRole(page, 'button', 'Contents');
    for (let i = 0; i < 10 && !(await onScreen(contents)); i++) {
      await page.mouse.wheel(0, 300);
      await page.waitForTimeout(40);
    }
    await contents.click();
    await byRole(page, 'heading', 'The guide').waitFor();
    assert.equal(await statusOf(page, summary), 'Read');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('phone: a finger scrolls chapter 5 to its end and it is marked read', async () => {
    const context = await browser.newContext(phone);
    const { page, problems } = await openApp(context, server, '#/guide');
    await byRole(page, 'link', `5. ${CH5}`).tap();
    await byRole(page, 'heading', CH5).waitFor();
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'chapter-390-light.png') });
    const next = page.getByRole('button', { name: /^Next: / });
    for (let i = 0; i < 60 && !(await onScreen(next)); i++) await touchDrag(page, 200, 750, -600, 6, 10);
    assert.ok(await onScreen(next), 'the end of the chapter was reached by touch');
    await settle(page);
    await reload(page);
    await page.goto(server.url + '#/guide');
    await byRole(page, 'heading', 'The guide').waitFor();
    await settle(page);
    const statuses = await shown(page, / min · (Read|In progress|Not started)$/).allTextContents();
    assert.equal(statuses[4].split(' · ').pop(), 'Read');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('search finds a word across the guide, highlights it, and opens the chapter at the hit', async () => {
    const context = await browser.newContext(desk);
    const { page, problems } = await openApp(context, server, '#/guide');
    const box = byRole(page, 'textbox', 'Search the guide');
    await box.fill('CURIOSITE');  // no such word, even folded: chapters are suggested instead
    await shown(page, /^No exact matches for “CURIOSITE”\. These chapters may help:$/).waitFor();
    await box.fill('curiosity');  // case and accents do not matter
    await shown(page, /^\d+ passages? match(es)? “curiosity”/).waitFor();
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'search-1280.png') });
    const first = page.getByRole('link').filter({ hasText: / — / }).first();
    const where = await first.textContent();
    const [title, section] = where.split(' — ');
    await first.click();
    await byRole(page, 'heading', title).waitFor();
    await settle(page);
    const heading = byRole(page, 'heading', section);
    assert.ok(await onScreen(heading), `the section "${section}" is on screen`);
    const hit = shown(page, /curiosity/i).first();
    assert.ok(await onScreen(hit), 'the passage with the hit is on screen');
    await page.screenshot({ path: path.join(SHOTS, 'search-landed-1280.png') });
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('search widens to related words ("apology" finds repair) and suggests chapters when nothing matches', async () => {
    for (const [name, opts] of [['390', phone], ['1280', desk]]) {
      const context = await browser.newContext(opts);
      const { page, problems } = await openApp(context, server, '#/guide');
      const box = byRole(page, 'textbox', 'Search the guide');
      await box.fill('apology');  // not in the guide as typed
      await shown(page, /^\d+ passages? match(es)? “apology” or words like it\.$/).waitFor();
      const repair = page.getByRole('link').filter({ hasText: /^Rekindling and repair/ }).first();
      await repair.waitFor();
      await settle(page);
      await page.screenshot({ path: path.join(SHOTS, `search-related-${name}.png`) });
      // The other searches people tried (issue 22) reach the repair chapter too: the British
      // spelling and the plain word find it; the phrase finds a passage in the conflict chapter and
      // names the repair chapter below it.
      for (const q of ['apologise', 'sorry']) {
        await box.fill(q);
        await shown(page, new RegExp(`^\\d+ passages? match(es)? “${q}”`)).waitFor();
        await repair.waitFor();
      }
      await box.fill('repair after a fight');
      await shown(page, /^\d+ passages? match(es)? “repair after a fight”/).waitFor();
      await shown(page, 'Chapters that may also help:', { exact: true }).waitFor();
      await byRole(page, 'link', '10. Rekindling and repair').waitFor();
      await settle(page);
      await page.screenshot({ path: path.join(SHOTS, `search-more-chapters-${name}.png`) });
      await box.fill('xqzvw blorft');
      await shown(page, 'No exact matches for “xqzvw blorft”. These chapters may help:', { exact: true }).waitFor();
      const suggestions = page.getByRole('link').filter({ hasText: /^\d+\. / });
      assert.equal(await suggestions.count(), 3);
      await settle(page);
      await page.screenshot({ path: path.join(SHOTS, `search-suggestions-${name}.png`) });
      // A misspelling suggests its chapter first, and the link opens it.
      await box.fill('conflcit');
      const conflict = byRole(page, 'link', '7. Conflict as a way to grow closer');
      await conflict.waitFor();
      assert.equal(await suggestions.first().textContent(), '7. Conflict as a way to grow closer');
      await conflict.click();
      await byRole(page, 'heading', 'Conflict as a way to grow closer').waitFor();
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  test('a bookmark toggle says so beside its button and to screen readers', async () => {
    for (const [name, opts] of [['390', phone], ['1280', desk]]) {
      const context = await browser.newContext(opts);
      const { page, problems } = await openApp(context, server, '#/guide/talking-close');
      await byRole(page, 'heading', CH5).waitFor();
      const mark = page.getByRole('button', { name: /^Bookmark section: / }).first();
      const section = (await mark.getAttribute('aria-label') || await mark.textContent()).replace('Bookmark section: ', '');
      await mark.click();
      const note = shown(page, 'Bookmarked. It is on the contents page.', { exact: true });
      await note.waitFor();
      await page.waitForFunction((t) => document.getElementById('live').textContent === t,
        `Bookmarked ${section}. You can find it on the contents page.`);
      const b = await byRole(page, 'button', `Remove bookmark: ${section}`).boundingBox();
      const n = await note.boundingBox();
      assert.ok(n.y >= b.y + b.height - 1 && n.y < b.y + b.height + 40, 'the note is just under the button');
      await settle(page);
      await page.screenshot({ path: path.join(SHOTS, `bookmark-note-${name}.png`) });
      await note.waitFor({ state: 'detached', timeout: 8000 });  // gone after a few seconds
      await byRole(page, 'button', `Remove bookmark: ${section}`).click();
      await shown(page, 'Bookmark removed.', { exact: true }).waitFor();
      await page.waitForFunction((t) => document.getElementById('live').textContent === t, `Bookmark removed from ${section}.`);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  test('a bookmarked section is listed on the contents after a reload and opens there', async () => {
    const context = await browser.newContext(desk);
    const { page, problems } = await openApp(context, server, '#/guide/talking-close');
    await byRole(page, 'heading', CH5).waitFor();
    const mark = page.getByRole('button', { name: /^Bookmark section: / }).nth(1);
    const section = (await mark.getAttribute('aria-label') || await mark.textContent()).replace('Bookmark section: ', '');
    await page.mouse.move(640, 450);
    await scrollUntil(page, mark, 700);  // the second section starts below the fold
    await mark.click();
    await byRole(page, 'button', `Remove bookmark: ${section}`).waitFor();
    await reload(page);
    await page.goto(server.url + '#/guide');
    const link = byRole(page, 'link', `${CH5} — ${section}`);
    await link.waitFor();
    await page.mouse.move(640, 450);
    await scrollUntil(page, link, 700);
    await link.click();
    await byRole(page, 'heading', CH5).waitFor();
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'guide-bookmark-opened-1280.png') });
    assert.ok(await onScreen(byRole(page, 'heading', section)), 'opened at the bookmarked section');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('screenshots: a chapter in dark at 390 and 1280 px, and at the largest text size', async () => {
    for (const [name, opts] of [['390', phone], ['1280', desk]]) {
      const context = await browser.newContext({ ...opts, colorScheme: 'dark' });
      const { page, problems } = await openApp(context, server, '#/guide/talking-close/techniques');
      await settle(page);
      // The techniques table: stacked cards on a phone, a table within the text column on a desktop.
      await page.screenshot({ path: path.join(SHOTS, `table-${name}-dark.png`) });
      const heading = await byRole(page, 'heading', 'Four ways of talking that build closeness').boundingBox();
      const cell = await shown(page, /“So when the plans changed/).first().boundingBox();
      assert.ok(cell.x + cell.width <= heading.x + (opts === phone ? 360 : 700), 'the table keeps to the text column');
      await page.goto(server.url + '#/guide/conflict');
      await byRole(page, 'heading', 'Conflict as a way to grow closer').waitFor();
      await settle(page);
      await page.screenshot({ path: path.join(SHOTS, `chapter-${name}-dark.png`) });
      await page.goto(server.url + '#/settings');
      for (let i = 0; i < 6; i++) await byRole(page, 'button', 'Larger text').click();
      await page.goto(server.url + '#/guide/conflict');
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await settle(page);
      await page.screenshot({ path: path.join(SHOTS, `chapter-${name}-200pct.png`) });
      // Nothing spills out of the window sideways at 200 %.
      const overflow = await page.evaluate(() => [...document.querySelectorAll('#mirror [data-id]:not(.off)')]
        .filter((el) => { const r = el.getBoundingClientRect(); return r.left < -1 || r.right > innerWidth + 1; })
        .map((el) => el.textContent || el.getAttribute('aria-label')));
      assert.deepEqual(overflow, []);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });
});
