// The question decks' new decks in the real page: a card drawn from a new deck and from all decks
// at once; the deck about sex and desire hidden until the person chooses to see it (and the choice
// kept after a reload), and never offered when the embedding site's `parts` leave it out.
// Screenshots of the deck list at 390 and 1280 px go to build/screenshots.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { byRole, cardText, launch, openApp, scrollUntil, settle, SHOTS, startServer, storedDoc as doc, shown } from './lib.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 };
const desk = { viewport: { width: 1280, height: 800 } };
const ASK = 'This deck is about sex and desire. Show it?';
const mirrorHas = (page, text) => page.evaluate((t) => [...document.querySelectorAll('#mirror *')]
  .some((e) => e.textContent === t || e.getAttribute('aria-label') === t), text);

describe('the new question decks', () => {
  test('a card from Money and home, then from all decks; the desire deck only after "Show it"', async () => {
    const context = await browser.newContext(phone);
    const { page, problems } = await openApp(context, server, '#/exercise/question-decks');
    await page.mouse.move(195, 400);
    await byRole(page, 'button', 'Open Story swap').waitFor({ state: 'attached' });
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'ex-decks-new-list-390.png') });
    assert.equal(await mirrorHas(page, 'Open Affection and desire'), false, 'hidden before the choice');
    await scrollUntil(page, byRole(page, 'button', 'Open Money and home'), 700);
    await byRole(page, 'button', 'Open Money and home').click();
    await byRole(page, 'button', 'Draw a card').click();
    await shown(page, '54 cards left to draw.').waitFor({ state: 'attached' });
    const money = await cardText(page);
    assert.ok(money && money.length > 10, `a money card: ${money}`);
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'ex-decks-money-card-390.png') });
    await byRole(page, 'link', '< All decks').click();

    await byRole(page, 'button', 'Draw from all decks').click();
    await byRole(page, 'button', 'Draw a card').click();
    await page.waitForFunction(() => [...document.querySelectorAll('#mirror p')]
      .some((e) => /^(Light|Deeper|Deep) card from /.test(e.textContent)));
    const mixed = await cardText(page);
    assert.ok(mixed && mixed !== money, `a card from all decks: ${mixed}`);
    await byRole(page, 'link', '< All decks').click();

    await scrollUntil(page, byRole(page, 'button', 'Show it'), 800);
    assert.equal(await mirrorHas(page, ASK), true);
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'ex-decks-desire-ask-390.png') });
    await byRole(page, 'button', 'Show it').click();
    await byRole(page, 'button', 'Open Affection and desire').waitFor({ state: 'attached' });
    assert.equal(await mirrorHas(page, ASK), false, 'asked once');
    await page.waitForTimeout(1200);  // the throttled save
    assert.equal((await doc(page)).exercises['question-decks'].desire, true);

    await page.reload();  // the choice is kept
    await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
    await byRole(page, 'button', 'Open Affection and desire').waitFor({ state: 'attached' });
    await page.mouse.move(195, 400);
    await scrollUntil(page, byRole(page, 'button', 'Open Affection and desire'), 800);
    await byRole(page, 'button', 'Open Affection and desire').click();
    await byRole(page, 'button', 'Draw a card').click();
    await page.waitForFunction(() => [...document.querySelectorAll('#mirror p')]
      .some((e) => /^(Light|Deeper|Deep) card$/.test(e.textContent)));
    assert.ok((await cardText(page))?.length > 10);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a site whose parts leave "desire" out: no deck and no question', async () => {
    const context = await browser.newContext(desk);
    const { page, problems } = await openApp(context, server, '?parts=guide,exercises,timeout#/exercise/question-decks');
    await byRole(page, 'button', 'Open Long distance').waitFor({ state: 'attached' });
    await settle(page);
    assert.equal(await mirrorHas(page, ASK), false);
    assert.equal(await page.locator('#mirror').getByText('Show it', { exact: true }).count(), 0);
    assert.equal(await mirrorHas(page, 'Open Affection and desire'), false);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the deck list at desktop width, with the question', async () => {
    const context = await browser.newContext(desk);
    const { page, problems } = await openApp(context, server, '#/exercise/question-decks');
    await byRole(page, 'button', 'Open Long distance').waitFor({ state: 'attached' });
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'ex-decks-new-list-1280.png') });
    await page.mouse.move(640, 400);
    await scrollUntil(page, byRole(page, 'button', 'Show it'), 800);
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'ex-decks-desire-ask-1280.png') });
    assert.deepEqual(problems, []);
    await context.close();
  });
});
