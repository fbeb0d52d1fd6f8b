// The Intimacy map in the real page, "one phone, two people": the first person answers, the device is
// handed over with those answers covered, the second answers, then both maps and the gaps are
// revealed. Screenshots at 390 px and 1280 px; a reload keeps the result in the history.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { SHOTS, byRole, launch, openApp, scrollUntil, settle, startServer, whenChecked, shown } from './lib.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const START = Date.UTC(2026, 10, 23, 18, 0, 0);
const KINDS = ['Emotional', 'Intellectual', 'Physical', 'Experiential', 'Spiritual'];

// A control on screen is clicked like a finger would; one scrolled out of view is reached the way a
// keyboard or screen-reader user reaches it (focus, then Space or Enter).
async function activate(page, locator, key = 'Enter') {
  await locator.waitFor({ state: 'attached' });
  const cls = (await locator.getAttribute('class')) || '';
  if (cls.includes('off')) {
    await locator.focus();
    await page.keyboard.press(key);
  } else {
    await locator.click();
  }
}

async function whenEnabled(locator) {
  for (let i = 0; i < 50; i++) {
    if (await locator.isEnabled()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the control stayed disabled');
}

// Rates all ten scales: how close we feel now, and how much it matters, for each kind.
async function rateAll(page, now, matters) {
  for (let k = 0; k < KINDS.length; k++) {
    for (const [part, v] of [['how close we feel now', now[k]], ['how much it matters to me', matters[k]]]) {
      const radio = page.getByRole('radio', { name: new RegExp(`^${KINDS[k]}: ${part}: ${v}( \\(|$)`) });
      await activate(page, radio, 'Space');
      await whenChecked(page, `${KINDS[k]}: ${part}: ${v}`, { prefix: true, timeout: 30000 });
    }
  }
}

describe('intimacy map', () => {
  test('two people on one phone: covered hand-over, the reveal with gaps, kept after a reload', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2,
      hasTouch: true, isMobile: true, timezoneId: 'Europe/London', locale: 'en-GB' });
    await context.clock.install({ time: START });
    const { page, problems } = await openApp(context, server, '#/exercise/intimacy-map');
    await byRole(page, 'heading', 'Intimacy map').waitFor();
    await activate(page, byRole(page, 'radio', 'Two of us, on this device'), 'Space');
    await page.getByRole('textbox', { name: "First person's name (optional)" }).fill('Sam');
    await page.getByRole('textbox', { name: "Second person's name (optional)" }).fill('Alex');
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'ex-map-setup-390.png') });
    await activate(page, byRole(page, 'button', 'Start the map'));

    await byRole(page, 'heading', "Sam's answers").waitFor();
    await rateAll(page, [4, 3, 1, 4, 3], [5, 3, 5, 4, 5]);
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'ex-map-answers-390.png') });
    const cover = byRole(page, 'button', 'Done: cover my answers');
    await whenEnabled(cover);
    await activate(page, cover);

    // The hand-over: Sam's answers are nowhere on the page, not even for a screen reader.
    await byRole(page, 'heading', 'Pass the device to Alex').waitFor();
    await settle(page);
    assert.equal(await page.locator('#mirror input[type=radio]').count(), 0, 'no rating is on the page');
    assert.equal(await page.getByText(/Chart:/).count(), 0);
    await page.screenshot({ path: path.join(SHOTS, 'ex-map-handover-390.png') });
    // "Start over without saving" is a real button well below the main one, and asks first;
    // keeping the answers changes nothing.
    const main = await byRole(page, 'button', "I'm Alex, show my questions").boundingBox();
    const over = await byRole(page, 'button', 'Start over without saving').boundingBox();
    assert.ok(over.y >= main.y + main.height + 48, `start over sits well below the main action (${over.y} vs ${main.y + main.height})`);
    await activate(page, byRole(page, 'button', 'Start over without saving'));
    await shown(page, "Start over? Everyone's answers so far will be lost.").waitFor({ state: 'attached' });
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'ex-map-handover-confirm-390.png') });
    await activate(page, byRole(page, 'button', 'Keep the answers'));
    await byRole(page, 'button', 'Start over without saving').waitFor({ state: 'attached' });
    await byRole(page, 'heading', 'Pass the device to Alex').waitFor();
    await settle(page);
    await activate(page, byRole(page, 'button', "I'm Alex, show my questions"));

    await byRole(page, 'heading', "Alex's answers").waitFor();
    assert.equal(await page.locator('#mirror input[type=radio]:checked').count(), 0, 'Alex starts blank');
    await rateAll(page, [2, 3, 4, 4, 3], [5, 3, 4, 4, 1]);
    const reveal = byRole(page, 'button', 'Show both maps');
    await whenEnabled(reveal);
    await activate(page, reveal);

    // The reveal: both maps, in pictures and in words, and the biggest gaps named. It starts at its
    // top (the button was at the bottom of a long page: keeping that scroll would hide the charts).
    await byRole(page, 'heading', 'Your maps, side by side').waitFor();
    await settle(page);
    const revealTop = await byRole(page, 'heading', 'Your maps, side by side').boundingBox();
    assert.ok(!/\boff\b/.test(await byRole(page, 'heading', 'Your maps, side by side').getAttribute('class') || '') &&
      revealTop.y >= 0 && revealTop.y < 300, `the reveal is shown from its top (heading at ${revealTop.y})`);
    await shown(page, /^Chart: how close you feel now\. Sam: Emotional 4/).waitFor({ state: 'attached' });
    for (const gap of ['Physical closeness: Sam would like more', 'Spiritual closeness matters more to Sam',
      'Emotional closeness: Alex would like more']) {
      await byRole(page, 'heading', gap).waitFor({ state: 'attached' });
    }
    await byRole(page, 'link', 'Emotional and physical intimacy together').waitFor({ state: 'attached' });
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'ex-map-reveal-390.png') });
    await page.mouse.move(200, 500);
    await scrollUntil(page, byRole(page, 'heading', 'Gaps to talk about'), 300);
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'ex-map-gaps-390.png') });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.mouse.move(640, 400);
    await page.keyboard.press('Home');
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'ex-map-reveal-1280.png') });
    await scrollUntil(page, byRole(page, 'heading', 'Gaps to talk about'), 300);
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'ex-map-gaps-1280.png') });

    // Saved (the save is throttled): a reload shows the same result, and it is in the history.
    await page.waitForTimeout(1500);
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('hearth:doc')).exercises['intimacy-map'].history);
    assert.equal(saved.length, 1);
    assert.equal(saved[0].a.name, 'Sam');
    assert.equal(saved[0].b.now.physical, 4);
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
    await byRole(page, 'heading', 'Your maps, side by side').waitFor();
    await shown(page, 'Map 1, 23 Nov 2026: Sam and Alex (shown above)').waitFor({ state: 'attached' });

    // A new map starts fresh; the past one stays listed and opens again.
    await activate(page, byRole(page, 'button', 'Start a new map'));
    await byRole(page, 'button', 'Start the map').waitFor();
    await page.waitForTimeout(1500);
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
    await byRole(page, 'heading', 'Past maps').waitFor({ state: 'attached' });
    await activate(page, byRole(page, 'link', 'Map 1, 23 Nov 2026: Sam and Alex'));
    await byRole(page, 'heading', 'Physical closeness: Sam would like more').waitFor({ state: 'attached' });
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('starting over from the hand-over, once confirmed, clears the first answers (1280 px)', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page, problems } = await openApp(context, server, '#/exercise/intimacy-map');
    await byRole(page, 'heading', 'Intimacy map').waitFor();
    await activate(page, byRole(page, 'radio', 'Two of us, on this device'), 'Space');
    await activate(page, byRole(page, 'button', 'Start the map'));
    await byRole(page, 'heading', "Partner A's answers").waitFor();
    await rateAll(page, [4, 3, 1, 4, 3], [5, 3, 5, 4, 5]);
    const cover = byRole(page, 'button', 'Done: cover my answers');
    await whenEnabled(cover);
    await activate(page, cover);
    await byRole(page, 'heading', 'Pass the device to Partner B').waitFor();
    await settle(page);
    await activate(page, byRole(page, 'button', 'Start over without saving'));
    await byRole(page, 'button', 'Yes, start over').waitFor({ state: 'attached' });
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'ex-map-handover-confirm-1280.png') });
    await activate(page, byRole(page, 'button', 'Yes, start over'));
    await byRole(page, 'button', 'Start the map').waitFor();
    await page.waitForTimeout(1500);  // saving is throttled
    const map = await page.evaluate(() => JSON.parse(localStorage.getItem('hearth:doc')).exercises['intimacy-map']);
    assert.equal(map.history?.length || 0, 0, 'nothing was kept');
    await activate(page, byRole(page, 'button', 'Start the map'));
    await byRole(page, 'heading', "Partner A's answers").waitFor();
    assert.equal(await page.locator('#mirror input[type=radio]:checked').count(), 0, 'the answers are gone');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the closeness-fears checklist and the interdependence check reach their summaries', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2,
      hasTouch: true, isMobile: true, timezoneId: 'Europe/London', locale: 'en-GB' });
    await context.clock.install({ time: START });
    const { page, problems } = await openApp(context, server, '#/exercise/closeness-fears');
    await byRole(page, 'heading', 'When closeness feels scary').waitFor();
    await activate(page, byRole(page, 'checkbox', 'I pull away and spend a lot of time by myself.'), 'Space');
    await activate(page, byRole(page, 'checkbox', 'An old hurt, like a breakup or a betrayal, still makes trust feel risky.'), 'Space');
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'ex-fears-list-390.png') });
    await activate(page, byRole(page, 'button', 'See my summary'));
    await byRole(page, 'heading', 'A few of these feel familiar').waitFor();
    await shown(page, /^This is not a test or a diagnosis/).waitFor({ state: 'attached' });
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'ex-fears-summary-390.png') });

    await page.goto(server.url + '#/exercise/interdependence');
    await byRole(page, 'heading', 'Interdependence check').waitFor();
    const radios = page.locator('#mirror input[type=radio]');
    const names = await radios.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    const statements = [...new Set(names.map((n) => n.replace(/: \d( \(.*\))?$/, '')))];
    assert.equal(statements.length, 12);
    for (const st of statements) {
      const v = /approval|shrunk|lost|drop|threat|worry/.test(st) ? 1 : 4;
      const radio = page.getByRole('radio', { name: new RegExp(`^${st.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: ${v}`) });
      // Each answer lands before the next tap: the summary unlocks only when all twelve are in, and
      // CI once saw it stay locked without saying which answer was missing. A tap that did not land
      // is made once more and noted in the log.
      for (let attempt = 0; ; attempt++) {
        await activate(page, radio, 'Space');
        try {
          await whenChecked(page, `${st}: ${v}`, { prefix: true, timeout: 6000 });
          break;
        } catch (e) {
          if (attempt >= 1) throw e;
          console.log(`note: the answer to "${st}" did not land in 6 s; tapping again`);
        }
      }
    }
    const go = byRole(page, 'button', 'See my summary');
    await whenEnabled(go);
    await activate(page, go);
    await byRole(page, 'heading', 'Mostly interdependent').waitFor();
    await shown(page, 'Interdependence side: 4.0 of 5').waitFor({ state: 'attached' });
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'ex-interdep-summary-390.png') });
    assert.deepEqual(problems, []);
    await context.close();
  });
});
