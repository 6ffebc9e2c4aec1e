// The parts every client test shares: a scratch home, `clawdesk gateway run` as a real process in it,
// and running a program with a deadline while keeping its output for the failure report.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const MODEL_ID = 'scripted-model';

/// Provider id per outbound `api` in the gateway's openclaw.json.
export const PROVIDER_FOR_API = {
  'anthropic-messages': 'scripted-anthropic',
  'openai-completions': 'scripted-chat',
  'openai-responses': 'scripted-responses',
};

export function makeHome(prefix) {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), `clawdesk-${prefix}-`));
  fs.mkdirSync(path.join(home, '.openclaw'), { recursive: true, mode: 0o700 });
  fs.mkdirSync(path.join(home, 'work'));
  return home;
}

/// openclaw.json with one scripted provider per outbound API; the one under test is the primary.
export function writeGatewayConfig(home, providerPort, api) {
  const base = `http://127.0.0.1:${providerPort}`;
  const provider = (id, url, kind) =>
    `    "${id}": { baseUrl: "${url}", api: "${kind}", apiKey: "scripted-provider-key",\n` +
    `      models: [{ id: "${MODEL_ID}", name: "Scripted ${kind}" }] },\n`;
  fs.writeFileSync(path.join(home, '.openclaw', 'openclaw.json'),
    `{\n  models: { providers: {\n` +
    provider(PROVIDER_FOR_API['anthropic-messages'], `${base}/anthropic`, 'anthropic-messages') +
    provider(PROVIDER_FOR_API['openai-completions'], `${base}/chat/v1`, 'openai-completions') +
    provider(PROVIDER_FOR_API['openai-responses'], `${base}/responses/v1`, 'openai-responses') +
    `  } },\n  agents: { defaults: { model: { primary: "${PROVIDER_FOR_API[api]}/${MODEL_ID}" } } },\n}\n`,
    { mode: 0o600 });
}

/// The environment a user's shell would have: nothing of the developer's machine but PATH.
export function baseEnv(home) {
  return {
    HOME: home, PATH: process.env.PATH, LANG: 'C.UTF-8', QT_QPA_PLATFORM: 'offscreen',
    XDG_CONFIG_HOME: path.join(home, '.config'), XDG_STATE_HOME: path.join(home, '.local', 'state'),
    XDG_DATA_HOME: path.join(home, '.local', 'share'), XDG_CACHE_HOME: path.join(home, '.cache'),
    TMPDIR: process.env.TMPDIR ?? os.tmpdir(),
  };
}

/// Runs a program to completion (or the deadline); resolves { code, stdout, stderr, timedOut }.
export function run(command, args, { env, cwd, deadlineMs = 150000, input } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, cwd, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    if (input !== undefined) child.stdin.end(input);
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, deadlineMs);
    child.on('error', (error) => { stderr += String(error); });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: signal ? `signal ${signal}` : code, stdout, stderr, timedOut });
    });
  });
}

/// Starts `clawdesk gateway run --port 0` in @p home; resolves { port, stop(), log() }.
export async function startGateway(clawdesk, home, { token } = {}) {
  const args = ['gateway', 'run', '--port', '0'];
  if (token) args.push('--token', token);
  const child = spawn(clawdesk, args, { env: baseEnv(home), cwd: home, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`gateway did not start in 60 s:\n${stderr}`)), 60000);
    child.stdout.on('data', (d) => {
      stdout += d;
      const match = stdout.match(/listening on http:\/\/127\.0\.0\.1:(\d+)/);
      if (match) { clearTimeout(timer); resolve(Number(match[1])); }
    });
    child.on('error', (error) => { clearTimeout(timer); reject(error); });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`gateway exited with ${code}:\n${stderr}`)); });
  });
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve(signal ? `signal ${signal}` : code)));
  return {
    port,
    log: () => stdout + stderr,
    stop: async () => { child.kill('SIGTERM'); return exited; },
  };
}
