// The I-statement coach and Reflective listening in the real page: flags for "You never listen to
// me", building, copying and saving an I-statement that is still listed after a reload, and one
// listening scenario answered; and the safety note on the three conflict exercises (coach, ground
// rules, after an argument), whose link is found by its role and name and unfolds the help lines.
// Screenshots at 390 and 1280 px go to build/screenshots.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { SHOTS, byRole, launch, openApp, scrollUntil, settle, startServer, shown } from './lib.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: 'en-US' };
const desk = { viewport: { width: 1280, height: 800 }, locale: 'en-US' };

// Brings a mirror element on screen (wheel over the canvas), so it can be clicked or typed into.
async function reach(page, locator, vw) {
  await page.mouse.move(vw / 2, 400);
  await scrollUntil(page, locator, 600);
}

describe('I-statement coach', () => {
  for (const [ctx, w] of [[phone, 390], [desk, 1280]]) {
    test(`flags, build, copy, save, and the list after a reload (${w} px)`, async () => {
      const context = await browser.newContext(ctx);
      const { page, problems } = await openApp(context, server, '#/exercise/i-statement-coach');
      await byRole(page, 'heading', 'I-statement coach').waitFor();
      await byRole(page, 'textbox', 'What I want to say').fill('You never listen to me');
      await byRole(page, 'heading', 'Always and never words').waitFor();
      await byRole(page, 'heading', 'Starting with "you"').waitFor();
      await shown(page, '[You never] listen to me', { exact: true }).waitFor({ state: 'attached' });
      await settle(page);
      await page.screenshot({ path: path.join(SHOTS, `coach-flags-${w}.png`) });

      const hurt = byRole(page, 'button', 'hurt');
      await reach(page, hurt, w);
      await hurt.click();
      await settle(page);
      await page.screenshot({ path: path.join(SHOTS, `coach-feelings-${w}.png`) });
      for (const [label, value] of [['when (one specific moment)', 'you checked your phone at dinner'],
        ['because (what I need or care about)', 'I want to feel heard'],
        ['and I\'d like (a small, clear request)', 'us to keep phones away while we eat']]) {
        const box = byRole(page, 'textbox', label);
        await reach(page, box, w);
        await box.fill(value);
      }
      const sentence = 'I feel hurt when you checked your phone at dinner because I want to feel heard, ' +
        'and I\'d like us to keep phones away while we eat.';
      await shown(page, sentence, { exact: true }).waitFor({ state: 'attached' });
      const copy = byRole(page, 'button', 'Copy the sentence');
      await reach(page, copy, w);
      await copy.click();
      await page.waitForFunction((t) => window.hearth.copied === t, sentence);
      const save = byRole(page, 'button', 'Save to things I want to say');
      await save.click();
      const remove = byRole(page, 'button', `Remove: ${sentence}`);
      await remove.waitFor({ state: 'attached' });
      await reach(page, byRole(page, 'heading', 'Things I want to say'), w);
      await settle(page);
      await page.screenshot({ path: path.join(SHOTS, `coach-saved-${w}.png`) });

      await page.waitForTimeout(1500);  // saving is throttled
      await page.reload();
      await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
      await byRole(page, 'heading', 'Things I want to say').waitFor({ state: 'attached' });
      await remove.waitFor({ state: 'attached' });
      assert.equal(await remove.count(), 1);
      // The drafts came back too.
      assert.equal(await byRole(page, 'textbox', 'What I want to say').inputValue(), 'You never listen to me');
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});

describe('I-statement coach: a threat', () => {
  for (const [ctx, w] of [[phone, 390], [desk, 1280]]) {
    test(`is named plainly, with no rewording tips and the help lines one tap away (${w} px)`, async () => {
      const context = await browser.newContext(ctx);
      const { page, problems } = await openApp(context, server, '#/exercise/i-statement-coach');
      await byRole(page, 'textbox', 'What I want to say').fill('Try that again and you\'ll be sorry.');
      const title = byRole(page, 'heading', 'This sounds like a threat');
      await title.waitFor({ state: 'attached' });
      await shown(page, /not a wording problem/).first().waitFor({ state: 'attached' });
      // None of the other kinds' rewording tips is shown.
      assert.equal(await page.getByText(/^Try (naming|starting|describing|taking|a request)/).count(), 0);
      const help = byRole(page, 'link', 'Talk to someone: see the help lines');
      await reach(page, help, w);
      await settle(page);
      await page.screenshot({ path: path.join(SHOTS, `coach-threat-${w}.png`) });
      await help.click();
      await byRole(page, 'link', 'Hide the help lines').waitFor({ state: 'attached' });
      await shown(page, /988/).first().waitFor({ state: 'attached' });
      await settle(page);
      await page.screenshot({ path: path.join(SHOTS, `coach-threat-help-${w}.png`) });
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});

describe('Reflective listening', () => {
  for (const [ctx, w] of [[phone, 390], [desk, 1280]]) {
    test(`answer one scenario and see why (${w} px)`, async () => {
      const context = await browser.newContext(ctx);
      const { page, problems } = await openApp(context, server, '#/exercise/reflective-listening');
      await page.getByRole('heading', { name: /^Scenario 1 of \d+$/ }).waitFor();
      await settle(page);
      await page.screenshot({ path: path.join(SHOTS, `listening-${w}.png`) });
      const a = byRole(page, 'button', 'Choose reply A');
      await reach(page, a, w);
      await a.click();
      await page.getByRole('heading', { name: /^You chose: / }).waitFor();
      await reach(page, page.getByRole('heading', { name: /^You chose: / }), w);
      assert.equal(await byRole(page, 'button', 'Choose reply A').count(), 0);
      await shown(page, /^You have answered 1 time, across 1 of/).waitFor({ state: 'attached' });
      await settle(page);
      await page.screenshot({ path: path.join(SHOTS, `listening-answered-${w}.png`) });
      await page.waitForTimeout(1500);
      const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('hearth:doc')).exercises['reflective-listening']);
      assert.equal(saved.answers.length, 1);
      assert.equal(saved.answers[0].scenario, 'work-week');
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});

describe('Safety note on the conflict exercises', () => {
  for (const [ctx, w] of [[phone, 390], [desk, 1280]]) {
    test(`coach, ground rules and after an argument each link to the help lines (${w} px)`, async () => {
      const context = await browser.newContext(ctx);
      const { page, problems } = await openApp(context, server, '#/exercise/i-statement-coach');
      for (const [id, title] of [['i-statement-coach', 'I-statement coach'], ['ground-rules', 'Our ground rules'],
        ['after-argument', 'After an argument']]) {
        await page.evaluate((h) => { location.hash = h; }, `#/exercise/${id}`);
        await byRole(page, 'heading', title).waitFor({ state: 'attached' });
        const link = byRole(page, 'link', 'Where to get help');
        await link.waitFor({ state: 'attached' });
        assert.equal(await link.count(), 1, id);
        await settle(page);
        await page.screenshot({ path: path.join(SHOTS, `safety-${id}-${w}.png`) });
        await link.click();
        await byRole(page, 'heading', 'If a partner hurts, threatens or scares you').waitFor({ state: 'attached' });
        // The Hotline is listed twice: for abuse, and for people who worry about their own behavior.
        const hotline = byRole(page, 'heading', 'United States: National Domestic Violence Hotline');
        await hotline.first().waitFor({ state: 'attached' });
        assert.equal(await hotline.count(), 2, id);
        await byRole(page, 'heading', 'If you worry about how you treat a partner').waitFor({ state: 'attached' });
        await byRole(page, 'link', 'Hide the help lines').click();
        await link.waitFor({ state: 'attached' });
      }
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});
