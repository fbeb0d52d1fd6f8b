// Ad-hoc screenshots for a developer: node tests/browser/shot.mjs '#/guide/x' 390 [light|dark] [wheel px] [out.png]
// (default out: build/screenshots/shot.png). Serves build/site, so build first.
import path from 'node:path';
import { SHOTS, launch, openApp, settle, startServer } from './lib.mjs';
const [hash = '', width = '1280', theme = 'light', wheel = '0', out = path.join(SHOTS, 'shot.png')] = process.argv.slice(2);
const server = await startServer();
const browser = await launch();
const w = +width;
const context = await browser.newContext({ viewport: { width: w, height: w < 500 ? 844 : 800 }, deviceScaleFactor: w < 500 ? 2 : 1, colorScheme: theme });
const { page, problems } = await openApp(context, server, hash);
await settle(page);
if (+wheel) { await page.mouse.move(w / 2, 400); await page.mouse.wheel(0, +wheel); await settle(page); }
await page.screenshot({ path: out });
console.log(problems.join('\n') || 'no problems', out);
await browser.close(); server.stop();
