// Text sized the way the web sizes it, and a phone header that stays one row at any text size.
// Both were found by watching people use Hearth (issue 22): body text drew at about 12.5 CSS px, and
// at 200 % the phone header wrapped into three rows and cut "Menu" off. Screenshots go to build/screenshots.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { SHOTS, byRole, launch, openApp, settle, startServer } from './lib.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

// Sets the text size with the Settings buttons (each press re-lays the page out, so wait for it).
async function textSize(page, target) {
  await page.goto(server.url + '#/settings');
  const slider = () => byRole(page, 'slider', 'Text size').getAttribute('aria-valuetext');
  await byRole(page, 'slider', 'Text size').waitFor();
  for (let i = 0; i < 10 && (await slider()) !== target; i++) {
    const before = await slider();
    const larger = parseInt(before, 10) < parseInt(target, 10);
    await byRole(page, 'button', larger ? 'Larger text' : 'Smaller text').click();
    await page.waitForFunction((b) => document.querySelector('#mirror input[type=range]').getAttribute('aria-valuetext') !== b, before);
  }
  assert.equal(await slider(), target);
}

// The width the browser itself gives `text` in Open Sans at `css` (the system's copy of the font
// Hearth embeds: Debian's fonts-open-sans).
async function browserWidth(page, text, css) {
  return page.evaluate(async ([t, c]) => {
    await document.fonts.load(c, t);
    const ctx = document.createElement('canvas').getContext('2d');
    ctx.font = c;
    return ctx.measureText(t).width;
  }, [text, css]);
}

describe('text size', () => {
  test('a line of body text and a page title measure what the browser draws at 16 px and 25.6 px', async () => {
    for (const dpr of [1, 2]) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: dpr });
      const { page, problems } = await openApp(context, server, '');
      await settle(page);
      // A link's box is its text's box: "Settings: text size and theme" on the home screen is body text.
      const label = 'Settings: text size and theme';
      const link = await byRole(page, 'link', label).boundingBox();
      const want = await browserWidth(page, label, '16px "Open Sans"');
      assert.ok(Math.abs(link.width - want) / want < 0.03, `body text at 16 px (dpr ${dpr}): Hearth ${link.width}, browser ${want}`);
      const title = 'Welcome to Hearth';
      const h = await byRole(page, 'heading', title).boundingBox();
      const hw = await browserWidth(page, title, 'bold 25.6px "Open Sans"');
      assert.ok(Math.abs(h.width - hw) / hw < 0.03, `title at 1.6 em (dpr ${dpr}): Hearth ${h.width}, browser ${hw}`);
      if (dpr === 1) await page.screenshot({ path: path.join(SHOTS, 'text-size-home-1280.png') });
      assert.deepEqual(problems, []);
      await context.close();
    }
  });
});

describe('phone header', () => {
  const controls = async (page) => {
    const names = ['Hearth', 'Time-out', 'Menu', 'Quick exit: leave Hearth now for a neutral site'];
    const roles = ['link', 'link', 'button', 'button'];
    const boxes = [];
    for (let i = 0; i < names.length; i++) boxes.push(await byRole(page, roles[i], names[i]).boundingBox());
    return boxes;
  };

  for (const [width, size] of [[390, '100 %'], [320, '100 %'], [390, '175 %'], [320, '200 %']]) {
    test(`one row that fits at ${width} px and ${size}, with Quick exit set apart`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 700 }, deviceScaleFactor: 2 });
      const { page, problems } = await openApp(context, server, '');
      await textSize(page, size);
      await page.goto(server.url + '#/');
      await byRole(page, 'heading', 'Welcome to Hearth').waitFor();
      await settle(page);
      const [brand, timeout, menu, exit] = await controls(page);
      await page.screenshot({ path: path.join(SHOTS, `header-${width}-${size.replace(' %', '')}.png`), clip: { x: 0, y: 0, width, height: 260 } });
      for (const b of [brand, timeout, menu, exit]) {
        assert.ok(b.x >= 0 && b.x + b.width <= width + 0.5, `inside the screen: ${JSON.stringify(b)}`);
        assert.ok(Math.abs(b.y - brand.y) < 2, `on the brand's row: ${b.y} vs ${brand.y}`);
        assert.ok(b.height >= 44 && b.width >= 44, `a finger-sized target: ${b.width}x${b.height}`);
      }
      assert.ok(brand.x + brand.width <= timeout.x && timeout.x + timeout.width <= menu.x, 'brand, Time-out, Menu in order');
      assert.ok(exit.x - (menu.x + menu.width) >= 16, `Quick exit at least 16 px from its neighbor (${exit.x - menu.x - menu.width})`);
      assert.ok(exit.x - (timeout.x + timeout.width) >= 60, 'Time-out and Quick exit far apart');
      const row = Math.max(brand.height, timeout.height, menu.height, exit.height);
      assert.ok(brand.y + row < 100, `the header is one row (${brand.y + row} px tall)`);
      // The welcome is just under the header: no second or third header row pushes it down.
      const welcome = await byRole(page, 'heading', 'Welcome to Hearth').boundingBox();
      const scale = parseInt(size, 10) / 100;
      assert.ok(welcome.y < brand.y + row + 50 * scale, `the page starts right under the header (${welcome.y})`);
      // The icons keep working: Menu unfolds the rest, Time-out opens the time-out.
      await byRole(page, 'button', 'Menu').click();
      await byRole(page, 'link', 'Exercises').waitFor();
      await byRole(page, 'link', 'Time-out').first().click();
      await page.waitForFunction(() => location.hash === '#/timeout');
      await page.getByRole('button', { name: /^Let's pause — start/ }).waitFor({ state: 'attached' });
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});

describe('wheel', () => {
  test('the mouse wheel over the top bar scrolls the page', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page, problems } = await openApp(context, server, '#/guide');
    const first = byRole(page, 'link', '1. What intimacy is');
    await first.waitFor();
    await settle(page);
    const y0 = (await first.boundingBox()).y;
    await page.mouse.move(700, 25);  // over the navigation bar, between its links and Quick exit
    await page.mouse.wheel(0, 300);
    await settle(page);
    const b = await first.boundingBox();
    const cls = await first.getAttribute('class');
    assert.ok((cls || '').includes('off') || b.y < y0 - 100, `the page moved (${y0} -> ${b && b.y})`);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
