// `clawdesk connect <tool>` as a user runs it: a tool config the user already has (comments, other
// keys), a dry run that changes nothing, the connect, the real client working with no variable that
// points at the gateway, and `--undo` putting the file back byte for byte (mode included).
import fs from 'node:fs';
import path from 'node:path';
import { baseEnv, run } from './harness.mjs';

const USER_FILES = {
  claude: {
    tool: 'claude-code',
    file: (home) => path.join(home, '.claude', 'settings.json'),
    text: '{\n  "permissions": {\n    "allow": ["Bash(ls:*)"],\n    "deny": []\n  },\n' +
      '  "env": {\n    "MY_OWN_SETTING": "kept"\n  },\n  "includeCoAuthoredBy": false\n}\n',
  },
  codex: {
    tool: 'codex',
    file: (home) => path.join(home, '.codex', 'config.toml'),
    text: '# My Codex settings: ClawDesk must keep every byte of this.\nmodel_reasoning_effort = "low" # quick\n' +
      '\n[profiles.slow]\nmodel_reasoning_effort = "high"\n\n[history]\npersistence = "none"\n',
  },
};

function fileState(file) {
  if (!fs.existsSync(file)) return { exists: false };
  return { exists: true, bytes: fs.readFileSync(file), mode: fs.statSync(file).mode & 0o777 };
}

export async function connectScenario({ clawdesk, home, client, check, failed, runClient, checkTurn, startGateway }) {
  const user = USER_FILES[client];
  const file = user.file(home);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, user.text, { mode: 0o644 });
  fs.chmodSync(file, 0o644);
  const original = fileState(file);
  const env = baseEnv(home);
  const clawdeskRun = (args) => run(clawdesk, args, { env, cwd: home, deadlineMs: 60000 });

  // The gateway runs with the stored token (the one `clawdesk gateway token` prints) on a free port.
  const token = (await clawdeskRun(['gateway', 'token'])).stdout.trim();
  check(/^[0-9a-f]{48}$/.test(token), `gateway token: ${token}`);
  const gateway = await startGateway(clawdesk, home);
  try {
    const dry = await clawdeskRun(['connect', user.tool, '--dry-run']);
    check(dry.code === 0, `connect --dry-run exited ${dry.code}: ${dry.stderr}`);
    check(dry.stdout.includes('+++') && dry.stdout.includes(`127.0.0.1:${gateway.port}`),
      `the dry run should show the diff with the gateway's address:\n${dry.stdout}`);
    check(!dry.stdout.includes(token) && !dry.stderr.includes(token), 'the dry run printed the whole token');
    check(Buffer.compare(fileState(file).bytes, original.bytes) === 0, 'the dry run changed the file');

    const connect = await clawdeskRun(['connect', user.tool]);
    check(connect.code === 0, `connect exited ${connect.code}: ${connect.stderr}`);
    check(!connect.stdout.includes(token), 'connect printed the whole token');
    const connected = fileState(file);
    check(connected.mode === 0o600, `the connected file holds the token and should be 0600, is ${connected.mode.toString(8)}`);
    check(connected.bytes.toString().includes(token), 'the connected file lacks the token');
    const again = await clawdeskRun(['connect', user.tool]);
    check(again.code === 0 && again.stdout.includes('already uses the gateway'),
      `a second connect should change nothing: ${again.stdout}${again.stderr}`);

    // No ANTHROPIC_*, CODEX_HOME or token variable: the client finds the gateway in its own config.
    const outcome = await runClient({}, 'plain');
    checkTurn(outcome, 'plain');
    if (outcome.code !== 0 || outcome.timedOut)
      console.error(`--- ${client} output (tail)\n${outcome.stdout.slice(-2000)}\n${outcome.stderr.slice(-2000)}`);

    const undo = await clawdeskRun(['connect', user.tool, '--undo']);
    check(undo.code === 0, `connect --undo exited ${undo.code}: ${undo.stderr}`);
    const restored = fileState(file);
    check(restored.exists && Buffer.compare(restored.bytes, original.bytes) === 0,
      `--undo should restore the file byte for byte, got:\n${restored.bytes}`);
    check(restored.mode === original.mode, `--undo should restore mode ${original.mode.toString(8)}, got ${restored.mode?.toString(8)}`);
    const twice = await clawdeskRun(['connect', user.tool, '--undo']);
    check(twice.code === 1 && twice.stderr.includes('nothing to undo'), `a second --undo: ${twice.code} ${twice.stderr}`);
  } finally {
    const exit = await gateway.stop();
    check(exit === 0, `gateway exit after SIGTERM: ${exit}`);
    if (failed()) console.error(`--- gateway log (tail)\n${gateway.log().slice(-3000)}`);
  }
}
