// Question decks, open questions and shared-experience ideas in the real page: five cards drawn,
// none repeated after a reload; an open question checked and kept; ideas filtered, tried and rated.
// Screenshots at 390 and 1280 px go to build/screenshots.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { byRole, cardText, launch, openApp, scrollUntil, settle, SHOTS, startServer, storedDoc as doc, shown } from './lib.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 };
const desk = { viewport: { width: 1280, height: 800 } };

describe('question decks', () => {
  test('five cards drawn, then five more after a reload: none repeats', async () => {
    const context = await browser.newContext(phone);
    const { page, problems } = await openApp(context, server, '#/exercise/question-decks');
    await byRole(page, 'button', 'Open Story swap').click();
    await byRole(page, 'button', 'Draw a card').click();
    const seen = [];
    for (let i = 0; i < 5; i++) {
      if (i > 0) await byRole(page, 'button', 'Next card').click();
      await page.waitForFunction((n) => {
        const t = document.querySelectorAll('#mirror p');
        return [...t].some((e) => e.textContent === `${30 - n} cards left to draw.`);
      }, i + 1);
      seen.push(await cardText(page));
    }
    assert.equal(new Set(seen).size, 5, `five different cards: ${seen.join(' | ')}`);
    await byRole(page, 'checkbox', 'We talked about this').click();
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'ex-decks-card-390.png') });
    await page.waitForTimeout(1200);  // the throttled save
    assert.equal((await doc(page)).exercises['question-decks'].decks.stories.drawn.length, 5);

    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
    await shown(page, '25 cards left to draw.').waitFor({ state: 'attached' });
    assert.equal(await cardText(page), seen[4], 'the last card is still on the table');
    for (let i = 0; i < 5; i++) {
      await byRole(page, 'button', 'Next card').click();
      await shown(page, `${24 - i} cards left to draw.`).waitFor({ state: 'attached' });
      const t = await cardText(page);
      assert.ok(!seen.includes(t), `no repeat after the reload: ${t}`);
      seen.push(t);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the deck list and a card at desktop width', async () => {
    const context = await browser.newContext(desk);
    const { page, problems } = await openApp(context, server, '#/exercise/question-decks');
    await byRole(page, 'button', 'Open Fun and appreciation').waitFor();
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'ex-decks-list-1280.png') });
    await page.mouse.move(640, 400);  // the wheel scrolls what is under the pointer
    await scrollUntil(page, byRole(page, 'button', 'Open Fun and appreciation'), 700);
    await byRole(page, 'button', 'Open Fun and appreciation').click();
    await byRole(page, 'radio', 'Level: Deep').click();
    await byRole(page, 'button', 'Draw a card').click();
    await shown(page, 'Deep card').waitFor({ state: 'attached' });
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'ex-decks-card-1280.png') });
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('open questions and ideas', () => {
  test('an open rewrite is checked and kept; ideas are filtered, tried and rated', async () => {
    for (const [name, opts] of [['390', phone], ['1280', desk]]) {
      const context = await browser.newContext(opts);
      const { page, problems } = await openApp(context, server, '#/exercise/open-questions');
      const box = page.getByRole('textbox', { name: 'My open version' });
      await box.fill('Did you have fun?');
      await byRole(page, 'heading', 'Closed').waitFor();
      await box.fill('Why do you never plan anything fun?');  // loaded: shown kindly, and nothing to keep
      await byRole(page, 'heading', 'This may land as blame').waitFor();
      assert.equal(await byRole(page, 'button', 'Keep my open question').count(), 0);
      await box.fill('What made you laugh today?');
      await byRole(page, 'button', 'Keep my open question').click();
      await shown(page, 'Kept. Try it out loud the next time you talk.').waitFor({ state: 'attached' });
      await settle(page);
      await page.screenshot({ path: path.join(SHOTS, `ex-openq-${name}.png`) });

      await page.evaluate(() => { location.hash = '#/exercise/shared-experiences'; });
      await byRole(page, 'heading', 'Shared-experience ideas').waitFor();
      await byRole(page, 'radio', 'Where: Indoors').click();
      await byRole(page, 'radio', 'Cost: Free').click();
      await page.mouse.move(opts.viewport.width / 2, 400);
      await scrollUntil(page, byRole(page, 'checkbox', 'We tried it: Build a blanket fort'), opts.viewport.height - 200);
      await byRole(page, 'checkbox', 'We tried it: Build a blanket fort').click();
      await scrollUntil(page, byRole(page, 'radio', 'How was it? Build a blanket fort: 4'), opts.viewport.height - 100);
      await byRole(page, 'radio', 'How was it? Build a blanket fort: 4').click();
      await page.waitForTimeout(1200);
      const d = await doc(page);
      assert.equal(d.exercises['shared-experiences'].records['blanket-fort'].rating, 4);
      await settle(page);
      await page.screenshot({ path: path.join(SHOTS, `ex-ideas-${name}.png`) });
      assert.deepEqual(problems, []);
      await context.close();
    }
  });
});
