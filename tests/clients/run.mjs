// One end-to-end test with a real client: the scripted provider on loopback, `clawdesk gateway run`
// in a scratch home forwarding to it in the outbound `api` under test, and the client (from npm)
// pointed at the gateway.
// Usage: node run.mjs <clawdesk binary> <tests/js/clients/node_modules> <client> <api> <turn>
//   client: claude | codex | opencode | openclaw (the last two set up by `clawdesk connect <tool>`)
//   api: anthropic-messages | openai-completions | openai-responses
//   turn:   plain (one answer) | stream (the client's event stream) | tool (a file read round trip)
//           | connect (`clawdesk connect`, the client with no gateway variables, then `--undo`)
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { startProvider, PLAIN_ANSWER } from './provider.mjs';
import { baseEnv, makeHome, MODEL_ID, PROVIDER_FOR_API, run, startGateway, writeGatewayConfig } from './harness.mjs';
import {
  claudeAnswer, claudeArgs, claudeGatewayEnv, clientPaths, CLAUDE_OFFLINE_ENV, codexAnswer, codexArgs,
  openclawArgs, OPENCODE_OFFLINE_ENV, writeCodexConfig,
} from './clients.mjs';
import { connectScenario } from './connect.mjs';

const [clawdeskArg, modulesArg, client, api, turn] = process.argv.slice(2);
const clawdesk = path.resolve(clawdeskArg ?? '');
const paths = clientPaths(path.resolve(modulesArg ?? ''));
if (!clawdesk || !fs.existsSync(clawdesk) || !fs.existsSync(paths[client] ?? '')) {
  console.error(`FAIL: usage: run.mjs <clawdesk> <node_modules> <client> <api> <turn>; missing program ` +
    `(${paths[client]}); run: npm ci --prefix tests/js/clients`);
  process.exit(1);
}

const failures = [];
const check = (ok, message) => { if (!ok) failures.push(message); };

const home = makeHome(`${client}-${turn}`);
const provider = await startProvider();
writeGatewayConfig(home, provider.port, api);
const token = `clients-test-${crypto.randomBytes(12).toString('hex')}`;
const quote = `clawdesk-quote-${crypto.randomBytes(6).toString('hex')}`;
const noteFile = path.join(home, 'work', 'note.txt');
fs.writeFileSync(noteFile, `A note for the test.\n${quote}\n`);
const prompt = turn === 'tool' ? `Please read the file ${noteFile} and tell me what it says.` : 'Say hello.';
const expected = turn === 'tool' ? quote : PLAIN_ANSWER;

/// Runs the client for one turn; `env` is what points it at the gateway (nothing after connect).
async function runClient(gatewayEnv, mode) {
  const env = { ...baseEnv(home), ...gatewayEnv };
  const cwd = path.join(home, 'work');
  if (client === 'claude') {
    const result = await run(paths.claude, claudeArgs(prompt, mode), { env: { ...env, ...CLAUDE_OFFLINE_ENV }, cwd });
    let answer = { result: '', deltas: [] };
    try { answer = claudeAnswer(result.stdout, mode); } catch (error) { answer.result = `unparsable: ${error}`; }
    return { ...result, ...answer };
  }
  if (client === 'opencode') {
    const result = await run(paths.opencode, ['run', prompt], { env: { ...env, ...OPENCODE_OFFLINE_ENV }, cwd });
    return { ...result, result: result.stdout.trim() };
  }
  if (client === 'openclaw') {
    const model = `clawdesk/${PROVIDER_FOR_API[api]}/${MODEL_ID}`;
    const result = await run(paths.node24, [paths.openclaw, ...openclawArgs(home, model, prompt)],
      { env: { ...env, PATH: `${path.dirname(paths.node24)}:${env.PATH}` }, cwd, deadlineMs: 200000 });
    let answer = '';
    try { answer = JSON.parse(result.stdout).final ?? ''; } catch (error) { answer = `unparsable: ${error}`; }
    return { ...result, result: answer };
  }
  const result = await run(process.execPath, [paths.codex, ...codexArgs(prompt, mode)], { env, cwd });
  let answer = { result: '', events: [] };
  try { answer = codexAnswer(result.stdout, mode); } catch (error) { answer.result = `unparsable: ${error}`; }
  return { ...result, ...answer };
}

function checkTurn(outcome, mode) {
  check(outcome.code === 0 && !outcome.timedOut, `${client} exited with ${outcome.code}${outcome.timedOut ? ' (deadline)' : ''}`);
  check(outcome.result.includes(expected), `${client}'s answer lacks "${expected}": ${outcome.result.slice(0, 400)}`);
  if (mode === 'stream' && client === 'claude') {
    check(outcome.deltas.length >= 2, `expected the answer in several text deltas, got ${outcome.deltas.length}`);
    check(outcome.deltas.join('').includes(expected), `the deltas do not add up to the answer: ${outcome.deltas.join('|')}`);
  }
  if (mode === 'stream' && client === 'codex') {
    for (const type of ['turn.started', 'item.completed', 'turn.completed'])
      check(outcome.events.includes(type), `codex --json lacks a ${type} event: ${outcome.events.join(',')}`);
  }
  const served = provider.requests.filter((r) => r.api);
  check(served.length > 0 && served.every((r) => r.api === api),
    `the provider should have served every request as ${api}: ${served.map((r) => r.api).join(',')}`);
  if (turn === 'tool') {
    const asked = served.some((r) => r.answer?.tool);
    const quoted = served.some((r) => r.answer?.text?.includes(quote));
    check(asked, 'the provider never asked for the file-read tool (no tool offered?)');
    check(quoted, 'the provider never received the file contents in a tool result');
  }
}

let gateway;
try {
  if (turn === 'connect') {
    await connectScenario({ clawdesk, home, client, check, failed: () => failures.length > 0, runClient, checkTurn,
      startGateway });
  } else {
    // opencode and OpenClaw are set up the way their users do it, by `clawdesk connect` (stored token).
    const connected = client === 'opencode' || client === 'openclaw';
    gateway = await startGateway(clawdesk, home, connected ? {} : { token });
    let gatewayEnv = {};
    if (client === 'claude') gatewayEnv = claudeGatewayEnv(gateway.port, token);
    if (client === 'codex') {
      writeCodexConfig(path.join(home, '.codex'), gateway.port);
      gatewayEnv = { CODEX_HOME: path.join(home, '.codex'), CLAWDESK_GATEWAY_TOKEN: token };
    }
    if (connected) {
      const connect = await run(clawdesk, ['connect', client], { env: baseEnv(home), cwd: home, deadlineMs: 60000 });
      check(connect.code === 0, `clawdesk connect ${client} exited ${connect.code}: ${connect.stderr}`);
    }
    const outcome = await runClient(gatewayEnv, turn === 'stream' ? 'stream' : 'plain');
    checkTurn(outcome, turn);
    if (failures.length) {
      console.error(`--- ${client} stdout (tail)\n${outcome.stdout.slice(-3000)}`);
      console.error(`--- ${client} stderr (tail)\n${outcome.stderr.slice(-3000)}`);
    }
  }
} catch (error) {
  failures.push(String(error?.stack ?? error));
}
if (gateway) {
  const exit = await gateway.stop();
  check(exit === 0, `gateway exit after SIGTERM: ${exit}`);
  if (failures.length) console.error(`--- gateway log (tail)\n${gateway.log().slice(-4000)}`);
}
provider.server.close();
if (failures.length) {
  console.error('--- provider requests');
  for (const r of provider.requests)
    console.error(`${r.method} ${r.path} ${r.api ?? '-'} → ${JSON.stringify(r.answer ?? null).slice(0, 200)}`);
  for (const failure of failures) console.error(`FAIL: ${failure}`);
  console.error(`(scratch home kept: ${home})`);
  process.exit(1);
}
fs.rmSync(home, { recursive: true, force: true });
console.log(`PASS: ${client} ${turn} through the gateway to ${api} (${provider.requests.length} provider requests)`);
