import { chromium } from '@playwright/test';
const [,, url, w, h, out] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await b.newPage({ viewport: { width: +w, height: +h } });
await page.goto(url);
await page.locator('.cy-container[data-ready="true"]').waitFor({ timeout: 30000 }).catch(() => {});
await page.waitForTimeout(1500);
const el = process.argv[6] ? page.locator(process.argv[6]).first() : page; await (el.scrollIntoViewIfNeeded?.() ?? 0); await el.screenshot({ path: out });
await b.close();
