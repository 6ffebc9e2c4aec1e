// CTest driver: starts fake upstreams and `clawdesk gateway run` on a free port with a config pointing at
// them, then drives the gateway with the official OpenAI and Anthropic SDKs.
// Usage: node run.mjs <path to clawdesk binary>
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
if (!fs.existsSync(path.join(here, 'node_modules', 'openai')) ||
    !fs.existsSync(path.join(here, 'node_modules', '@anthropic-ai', 'sdk'))) {
  console.error(`FAIL: node_modules missing in ${here}; run: npm ci --prefix tests/js/sdk`);
  process.exit(1);
}
const binary = process.argv[2];
if (!binary || !fs.existsSync(binary)) {
  console.error('FAIL: pass the clawdesk binary as the first argument');
  process.exit(1);
}

const { default: OpenAI } = await import('openai');
const { default: Anthropic } = await import('@anthropic-ai/sdk');
const { startFakeUpstream } = await import('./fakeupstream.mjs');
const { runSdkTests } = await import('./sdktests.mjs');

const upstream = await startFakeUpstream();
const home = fs.mkdtempSync(path.join(os.tmpdir(), 'clawdesk-sdk-'));
fs.mkdirSync(path.join(home, '.openclaw'), { recursive: true });
fs.writeFileSync(path.join(home, '.openclaw', 'openclaw.json'), `{
  models: { providers: {
    fakechat: { baseUrl: "http://127.0.0.1:${upstream.port}/v1", api: "openai-completions", apiKey: "chat-key",
                models: [{ id: "chat-model", name: "Chat" }] },
    fakeanth: { baseUrl: "http://127.0.0.1:${upstream.port}/anthropic", api: "anthropic-messages", apiKey: "anth-key",
                models: [{ id: "anth-model", name: "Anth" }] },
  } },
  agents: { defaults: { model: { primary: "fakechat/chat-model" } } },
}`);
const token = 'sdk-test-token-0123456789';
const gateway = spawn(binary, ['gateway', 'run', '--port', '0', '--token', token], {
  env: { HOME: home, PATH: process.env.PATH, LANG: 'C.UTF-8', QT_QPA_PLATFORM: 'offscreen' },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let stderr = '';
gateway.stderr.on('data', (d) => { stderr += d; });
const port = await new Promise((resolve, reject) => {
  let out = '';
  const timer = setTimeout(() => reject(new Error(`gateway did not start:\n${stderr}`)), 20000);
  gateway.stdout.on('data', (d) => {
    out += d;
    const m = out.match(/listening on http:\/\/127\.0\.0\.1:(\d+)/);
    if (m) { clearTimeout(timer); resolve(Number(m[1])); }
  });
  gateway.on('exit', (code) => reject(new Error(`gateway exited with ${code}:\n${stderr}`)));
});

let failed = 0;
try {
  const openai = new OpenAI({ apiKey: token, baseURL: `http://127.0.0.1:${port}/v1`, maxRetries: 0 });
  const anthropic = new Anthropic({ apiKey: token, baseURL: `http://127.0.0.1:${port}`, maxRetries: 0 });
  failed = await runSdkTests({ openai, anthropic, upstream, OpenAI, Anthropic, port });
} catch (error) {
  console.error('FAIL:', error);
  failed += 1;
}
const exitCode = await new Promise((resolve) => {
  gateway.on('exit', (code, signal) => resolve(signal ? `signal ${signal}` : code));
  gateway.kill('SIGTERM');
});
upstream.server.close();
fs.rmSync(home, { recursive: true, force: true });
if (exitCode !== 0) {
  console.error(`FAIL: gateway exit after SIGTERM: ${exitCode}\n${stderr}`);
  failed += 1;
}
console.log(failed ? `${failed} SDK test(s) failed` : 'all SDK tests passed');
process.exit(failed ? 1 : 0);
