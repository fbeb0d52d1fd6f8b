// The browser smoke test against the production configuration (tests/nginx/run.sh serves build/site
// with deploy/nginx.conf and sets HEARTH_URL): the app starts with no console error and no request
// elsewhere, deep links open their screens, the service worker takes over, and a reload offline works.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { SHOTS, byRole, launch, openApp, settle, startServer } from '../browser/lib.mjs';

let browser, server;
before(async () => {
  assert.ok(process.env.HEARTH_URL, 'run through tests/nginx/run.sh');
  browser = await launch();
  server = await startServer();
});
after(async () => { await browser?.close(); });

test('served by nginx: Hearth starts, deep links open, and it works offline after one visit', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const { page, problems } = await openApp(context, server, '#/timeout');
  await byRole(page, 'heading', 'Time-out').waitFor();
  await page.evaluate(() => { location.hash = '#/guide/what-intimacy-is'; });
  await byRole(page, 'heading', 'What intimacy is').first().waitFor();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
  await context.setOffline(true);
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 20000 });
  await byRole(page, 'heading', 'What intimacy is').first().waitFor();
  await settle(page);
  await page.screenshot({ path: path.join(SHOTS, 'nginx-smoke-390.png') });
  assert.deepEqual(problems, []);
  await context.close();
});
