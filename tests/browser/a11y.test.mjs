// Accessibility of the real page: axe-core (from npm) on every screen, at a phone and a desktop
// width, in light and dark. No serious or critical violation is allowed.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ROOT, SHOTS, launch, openApp, pixel, settle, startServer, shown } from './lib.mjs';

const AXE = readFileSync(path.join(ROOT, 'tests', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const SCREENS = ['#/', '#/guide', '#/guide/what-intimacy-is', '#/guide/getting-help', '#/exercises',
  '#/exercise/intimacy-map', '#/exercise/daily-check-in', '#/exercise/question-decks',
  '#/exercise/i-statement-coach', '#/exercise/reflective-listening', '#/exercise/open-questions',
  '#/exercise/appreciation', '#/exercise/ground-rules', '#/exercise/after-argument', '#/exercise/repair-toolkit',
  '#/exercise/ritual-planner', '#/exercise/closeness-fears', '#/exercise/interdependence',
  '#/exercise/shared-experiences', '#/exercise/closeness-session', '#/timeout', '#/progress', '#/settings'];

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

async function violations(page) {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    // The canvas is aria-hidden; the mirror over it is what assistive technology reads.
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe('axe-core', () => {
  for (const [w, h, scheme] of [[390, 844, 'light'], [1280, 800, 'dark']]) {
    test(`no serious or critical violations on any screen at ${w} px, ${scheme}`, async () => {
      // bypassCSP lets the test inject axe; the app itself runs under its normal policy elsewhere.
      const context = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: scheme, bypassCSP: true });
      const { page, problems } = await openApp(context, server, '#/');
      const found = [];
      for (const hash of SCREENS) {
        await page.evaluate((hh) => { location.hash = hh; }, hash);
        await page.waitForTimeout(100);
        await settle(page, 150);
        for (const v of await violations(page)) found.push(`${hash}: ${v}`);
      }
      assert.deepEqual(found, []);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});

describe('focus follows the pointer', () => {
  test('clicking or tapping a control moves DOM focus to its mirror element, without a keyboard ring', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
    const { page, problems } = await openApp(context, server, '#/settings');
    const dark = page.getByRole('radio', { name: 'Dark', exact: true });
    const b = await dark.boundingBox();
    await page.touchscreen.tap(b.x + b.width / 2, b.y + b.height / 2);
    await page.waitForFunction(() => document.activeElement && document.activeElement.getAttribute('aria-label') === 'Dark');
    const menu = page.getByRole('button', { name: 'Menu', exact: true });
    const m = await menu.boundingBox();
    await page.mouse.click(m.x + m.width / 2, m.y + m.height / 2);
    await page.waitForFunction(() => document.activeElement && document.activeElement.textContent === 'Menu');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('contrast preferences', () => {
  // Forced colours (Windows contrast themes) cannot recolour a canvas, and would paint the invisible
  // mirror's text over it: Hearth switches to its own high-contrast theme and keeps the mirror invisible.
  for (const [label, media] of [['forced colours', { forcedColors: 'active' }], ['more contrast', { contrast: 'more' }]]) {
    test(`${label}: the high-contrast theme, and nothing of the mirror shows`, async () => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      await page.emulateMedia(media);
      const problems = [];
      page.on('pageerror', (e) => problems.push(e.message));
      await page.goto(server.url + '#/settings');
      await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
      await shown(page, 'Your system asks for more contrast, so Hearth uses its high-contrast colors.').waitFor({ state: 'attached' });
      await settle(page);
      assert.deepEqual(await pixel(page, 385, 600), [0, 0, 0], 'the high-contrast background');
      // The mirror's elements stay see-through: no forced system colour on them.
      const painted = await page.evaluate(() => [...document.querySelectorAll('#mirror [data-id]')].filter((el) => {
        const cs = getComputedStyle(el);
        return cs.opacity !== '0' && cs.color !== 'rgba(0, 0, 0, 0)';
      }).length);
      assert.equal(painted, 0);
      await page.screenshot({ path: path.join(SHOTS, `contrast-${media.forcedColors ? 'forced' : 'more'}-390.png`) });
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});
