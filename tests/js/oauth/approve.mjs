// Opens the fake MiniMax verification page in headless Chromium, types the user code and clicks
// Approve (or Deny). Usage: node approve.mjs <verification-url> <user-code> [approve|deny]
// Exit 0 when the page confirmed the decision; prints the reason otherwise.
import { chromium } from 'playwright-core';

const [, , url, userCode, action = 'approve'] = process.argv;
if (!url || !userCode || !['approve', 'deny'].includes(action)) {
  console.error('usage: node approve.mjs <verification-url> <user-code> [approve|deny]');
  process.exit(64);
}

const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  await page.goto(url, { timeout: 30000 });
  await page.fill('#user_code', userCode);
  await Promise.all([page.waitForURL('**/verify', { waitUntil: 'load' }), page.click(`#${action}`)]);
  const result = (await page.textContent('#result'))?.trim();
  console.log(`result: ${result}`);
  const expected = action === 'approve' ? 'approved' : 'denied';
  if (result !== expected) {
    console.error(`expected "${expected}" on the confirmation page, got "${result}"`);
    process.exitCode = 2;
  }
} finally {
  await browser.close();
}
