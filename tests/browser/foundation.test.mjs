// Foundation: the real page in headless Chromium, driven the way a person (or a screen reader)
// would: through roles and names, real mouse, wheel, touch and keys. Screenshots go to build/screenshots.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { SHOTS, box, byRole, colourCount, frames, launch, openApp, pixel, scrollUntil, settle, startServer, touchDrag, shown } from './lib.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

describe('desktop', () => {
  for (const dpr of [1, 2]) {
    test(`loads cleanly, draws a non-blank first frame and stays idle (deviceScaleFactor ${dpr})`, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: dpr });
      const { page, problems } = await openApp(context, server);
      assert.equal(await page.evaluate(() => document.documentElement.dataset.ready), '1');
      assert.ok(await frames(page) >= 1);
      // Crisp: the backing store is CSS size x devicePixelRatio.
      const size = await page.evaluate(() => [document.getElementById('canvas').width, document.getElementById('canvas').height]);
      assert.deepEqual(size, [1280 * dpr, 800 * dpr]);
      await settle(page);
      assert.ok(await colourCount(page) > 20, 'the canvas shows more than a blank fill');
      await page.screenshot({ path: path.join(SHOTS, `home-1280-dpr${dpr}.png`) });
      const before = await frames(page);
      await page.waitForTimeout(2000);
      assert.equal(await frames(page), before, 'no frames are drawn while nothing changes');
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('every screen is reached by role and name, and leads back home', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page, problems } = await openApp(context, server);
    const screens = [['Guide', 'The guide'], ['Exercises', 'Exercises'], ['Time-out', 'Time-out'],
      ['Progress', 'Progress'], ['Settings', 'Settings']];
    for (const [link, heading] of screens) {
      await byRole(page, 'link', link).click();
      await byRole(page, 'heading', heading).waitFor();
      // The frame that handles the click draws the new page under the old bar; the next frame (drawn
      // at once) marks the link. Wait for that frame, then check.
      await page.locator(`#mirror a[aria-current="page"]`).filter({ hasText: new RegExp(`^${link}$`) })
        .waitFor({ timeout: 2000 }).catch(() => {});
      assert.equal(await byRole(page, 'link', link).getAttribute('aria-current'), 'page');
      await page.screenshot({ path: path.join(SHOTS, `screen-${link.toLowerCase()}-1280.png`) });
      await byRole(page, 'link', 'Hearth').click();
      await byRole(page, 'heading', 'Welcome to Hearth').waitFor();
    }
    // The home screen's own choices lead to the same places.
    await byRole(page, 'button', 'Take a time-out').click();
    await byRole(page, 'heading', 'Time-out').waitFor();
    assert.match(page.url(), /#\/timeout$/);
    await page.goBack();
    await byRole(page, 'heading', 'Welcome to Hearth').waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('keyboard: Tab reaches the mirror controls in order and Enter activates them', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page } = await openApp(context, server);
    await settle(page);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to content');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Hearth');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Guide');
    await page.keyboard.press('Enter');
    await byRole(page, 'heading', 'The guide').waitFor();
    await context.close();
  });

  test('text size and theme change at once, stay crisp, and are kept after reload', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page, problems } = await openApp(context, server, '#/settings');
    await byRole(page, 'heading', 'Settings').waitFor();
    const h0 = (await box(byRole(page, 'heading', 'Settings'))).height;
    // One step at a time up to the largest (200 %): each step re-lays the page out, so the button
    // moves under the pointer; the next press waits until the last one has shown.
    const size = () => byRole(page, 'slider', 'Text size').getAttribute('aria-valuetext');
    for (let i = 0; i < 8 && (await size()) !== '200 %'; i++) {
      const before = await size();
      await byRole(page, 'button', 'Larger text').click();
      await page.waitForFunction((b) => document.querySelector('#mirror input[type=range]').getAttribute('aria-valuetext') !== b, before);
      await settle(page, 120);
    }
    await settle(page);
    assert.equal(await byRole(page, 'slider', 'Text size').getAttribute('aria-valuetext'), '200 %');
    const h1 = (await box(byRole(page, 'heading', 'Settings'))).height;
    assert.ok(h1 > h0 * 1.8, `heading grew with the text size (${h0} -> ${h1})`);
    await page.screenshot({ path: path.join(SHOTS, 'settings-200pct-1280.png') });
    const light = await pixel(page, 1270, 790);
    // At 200 % the theme choices are below the fold (the text size's value line is above its slider).
    await page.mouse.move(640, 450);
    await scrollUntil(page, byRole(page, 'radio', 'Dark'), 700);
    await byRole(page, 'radio', 'Dark').click();
    await settle(page);
    const dark = await pixel(page, 1270, 790);
    assert.ok(dark[0] < 60 && light[0] > 200, `background turned dark (${light} -> ${dark})`);
    await page.screenshot({ path: path.join(SHOTS, 'settings-dark-1280.png') });
    await page.waitForTimeout(1200);  // the throttled save
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
    await byRole(page, 'heading', 'Settings').waitFor();
    assert.equal(await byRole(page, 'slider', 'Text size').getAttribute('aria-valuetext'), '200 %');
    assert.equal(await byRole(page, 'radio', 'Dark').isChecked(), true);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the text size value is on its own line above the slider, at every size', async () => {
    for (const w of [390, 1280]) {
      const context = await browser.newContext({ viewport: { width: w, height: w < 500 ? 844 : 800 } });
      const { page, problems } = await openApp(context, server, '#/settings');
      const slider = byRole(page, 'slider', 'Text size');
      await slider.waitFor();
      for (const value of ['100 %', '115 %', '130 %']) {
        const line = shown(page, `Now: ${value}`, { exact: true });
        await line.waitFor();
        await settle(page, 120);
        const l = await box(line), s = await box(slider);
        assert.ok(l.y + l.height <= s.y + 0.5, `"Now: ${value}" is above the slider (${l.y + l.height} <= ${s.y})`);
        assert.equal(await slider.getAttribute('aria-valuetext'), value);
        if (value === '100 %') await page.screenshot({ path: path.join(SHOTS, `settings-slider-${w}.png`) });
        if (value !== '130 %') await byRole(page, 'button', 'Larger text').click();
      }
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  test('one wheel notch scrolls about three lines', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 600 } });
    const { page } = await openApp(context, server, '#/guide');
    const link = page.getByRole('link').filter({ hasText: /^3\. / });
    await link.waitFor();
    const y0 = (await box(link)).y;
    await page.mouse.move(640, 400);
    await page.mouse.wheel(0, 100);
    await settle(page);
    const dy = y0 - (await box(link)).y;
    assert.ok(dy > 40 && dy < 110, `scrolled ${dy} px for one notch`);
    await context.close();
  });
});

describe('phone (touch, 390x844, deviceScaleFactor 3)', () => {
  const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true };

  test('taps through the navigation; one tap is exactly one click', async () => {
    const context = await browser.newContext(phone);
    const { page, problems } = await openApp(context, server);
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'home-390-dpr3.png') });
    assert.equal(await page.evaluate(() => document.getElementById('canvas').width), 390 * 3);
    await byRole(page, 'button', 'Menu').tap();
    await byRole(page, 'link', 'Settings').waitFor();
    assert.equal(await byRole(page, 'button', 'Menu').getAttribute('aria-expanded'), 'true');
    await page.screenshot({ path: path.join(SHOTS, 'menu-390-dpr3.png') });
    await byRole(page, 'link', 'Settings').tap();
    await byRole(page, 'heading', 'Settings').waitFor();
    await byRole(page, 'button', 'Larger text').tap();
    await settle(page);
    assert.equal(await byRole(page, 'slider', 'Text size').getAttribute('aria-valuetext'), '115 %');
    await byRole(page, 'link', 'Time-out').tap();
    await byRole(page, 'heading', 'Time-out').waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a finger drag scrolls a long screen, with inertia', async () => {
    const context = await browser.newContext(phone);
    const { page } = await openApp(context, server, '#/guide');
    await byRole(page, 'heading', 'The guide').waitFor();
    await settle(page);
    // Follow a chapter link that starts in the lower half of the screen.
    let link = null, y0 = 0;
    for (let n = 1; n <= 40 && !link; n++) {
      const l = page.getByRole('link').filter({ hasText: new RegExp(`^${n}\\. `) });
      const b = await l.boundingBox();
      if (b && b.y > 450 && b.y < 800) { link = l; y0 = b.y; }
    }
    assert.ok(link, 'a chapter link in the lower half of the screen');
    await touchDrag(page, 200, 700, -300, 10, 12);
    await settle(page);
    const yEnd = await link.evaluate((el) => (el.classList.contains('off') ? -Infinity : el.getBoundingClientRect().y));
    // The finger moved 300 px: the content follows it, and the fling carries it further.
    assert.ok(y0 - yEnd > 320, `content followed the finger and coasted on (${y0} -> ${yEnd})`);
    await page.screenshot({ path: path.join(SHOTS, 'guide-scrolled-390-dpr3.png') });
    await context.close();
  });
});
