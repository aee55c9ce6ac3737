// npm run screenshot: serves the e2e build (npm run test:e2e builds it) and saves screenshots of
// the app as a user sees it: overview, an actor selected, a relationship selected.
//   node scripts/screenshot.mjs [outDir=screenshots] [width=1440] [height=900]
import { mkdirSync } from "node:fs";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_INSTALL_HINT, findChromium } from "./findChromium.mjs";
import { serveStatic } from "./serveStatic.mjs";

const [outDir = "screenshots", width = "1440", height = "900"] = process.argv.slice(2);
const executablePath = findChromium();
if (!executablePath) {
  console.error(CHROMIUM_INSTALL_HINT);
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
const server = await serveStatic("dist-e2e");
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
  await page.goto(server.url);
  await page.waitForFunction(() => (window.__explorer?.nodeIds().length ?? 0) > 0);
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${outDir}/overview.png` });
  const hub = await page.evaluate(() => {
    const ids = window.__explorer.nodeIds();
    return ids.includes("quds-force") ? "quds-force" : ids[0];
  });
  const point = await page.evaluate((id) => window.__explorer.nodePagePosition(id), hub);
  await page.mouse.click(point.x, point.y);
  await page.mouse.move(5, 5);
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${outDir}/actor.png` });
  await page.mouse.move(point.x, point.y);
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${outDir}/hover.png` });
  console.log(`screenshots in ${outDir}/`);
} finally {
  await browser.close();
  await server.close();
}
