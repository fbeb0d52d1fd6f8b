// The Exercises list in the real page: each card is one target. A tap on a card's description (not
// only its title) opens that exercise; the mirror has the card as one link named with the title.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { SHOTS, box, byRole, launch, openApp, settle, startServer, shown } from './lib.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true };
const desk = { viewport: { width: 1280, height: 800 } };

describe('exercises list', () => {
  for (const [ctx, w] of [[phone, 390], [desk, 1280]]) {
    test(`a tap on a card's words opens that exercise (${w} px)`, async () => {
      const context = await browser.newContext(ctx);
      const { page, problems } = await openApp(context, server, '#/exercises');
      await byRole(page, 'heading', 'Exercises').waitFor();
      await settle(page);
      await page.screenshot({ path: path.join(SHOTS, `exercises-list-${w}.png`) });
      for (const [title, line] of [
        ['Daily check-in', 'Ten guided minutes: the best and the hardest part of each day.'],
        ['Question decks', 'Cards that start real talks, from light to deep.'],
      ]) {
        const card = byRole(page, 'link', title);
        const words = shown(page, line, { exact: true });
        const c = await box(card), t = await box(words);
        assert.ok(c.height >= 44, `the card is a finger-sized target (${c.height} px)`);
        assert.ok(c.y <= t.y && c.y + c.height >= t.y + t.height && c.x <= t.x && c.x + c.width >= t.x + t.width,
          'the card link covers its description');
        const x = t.x + Math.min(t.width / 2, 60), y = t.y + t.height / 2;
        if (ctx.hasTouch) await page.touchscreen.tap(x, y);
        else await page.mouse.click(x, y);
        await byRole(page, 'heading', title).waitFor();
        await byRole(page, 'link', '< All exercises').click();
        await byRole(page, 'heading', 'Exercises').waitFor();
        await settle(page);
      }
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});
