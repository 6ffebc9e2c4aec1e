<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConnectToolsCard</name>
    <message>
        <source>Connect your tools</source>
        <translation>Connect your tools</translation>
    </message>
    <message>
        <source>ClawDesk writes each tool&apos;s own settings so it uses this gateway. Undo puts the file back exactly as it was.</source>
        <translation>ClawDesk writes each tool&apos;s own settings so it uses this gateway. Undo puts the file back exactly as it was.</translation>
    </message>
    <message>
        <source>Connected. The tool uses the gateway the next time it starts.</source>
        <translation>Connected. The tool uses the gateway the next time it starts.</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Cannot connect: %1</translation>
    </message>
    <message>
        <source>%1&apos;s settings are back as they were.</source>
        <translation>%1&apos;s settings are back as they were.</translation>
    </message>
    <message>
        <source>Cannot undo: %1</source>
        <translation>Cannot undo: %1</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Overridden by a shell variable</source>
        <translation>Overridden by a shell variable</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Connect %1 to the gateway</source>
        <translation>Connect %1 to the gateway</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Undo connecting %1</source>
        <translation>Undo connecting %1</translation>
    </message>
    <message>
        <source>This change will be written (the token is shortened here):</source>
        <translation>This change will be written (the token is shortened here):</translation>
    </message>
    <message>
        <source>Change to be written</source>
        <translation>Change to be written</translation>
    </message>
    <message>
        <source>Write the change</source>
        <translation>Write the change</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Test the connection to %1</source>
        <translation>Test the connection to %1</translation>
    </message>
</context>
<context>
    <name>CopyableSnippet</name>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copy %1</translation>
    </message>
</context>
<context>
    <name>GatewayPage</name>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Start gateway</source>
        <translation>Start gateway</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>Stop gateway</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Restart</translation>
    </message>
    <message>
        <source>Restart gateway</source>
        <translation>Restart gateway</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Gateway port</source>
        <translation>Gateway port</translation>
    </message>
    <message>
        <source>Bind</source>
        <extracomment>Network address the gateway listens on</extracomment>
        <translation>Bind</translation>
    </message>
    <message>
        <source>Gateway bind address</source>
        <translation>Gateway bind address</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>gateway token</source>
        <translation>gateway token</translation>
    </message>
    <message>
        <source>Regenerate gateway token</source>
        <translation>Regenerate gateway token</translation>
    </message>
    <message>
        <source>Port, bind and token apply the next time the gateway starts.</source>
        <translation>Port, bind and token apply the next time the gateway starts.</translation>
    </message>
    <message>
        <source>Claude Code</source>
        <translation>Claude Code</translation>
    </message>
    <message>
        <source>Cline / Roo Code / Kilo Code (OpenAI compatible)</source>
        <translation>Cline / Roo Code / Kilo Code (OpenAI compatible)</translation>
    </message>
    <message>
        <source>OpenClaw</source>
        <translation>OpenClaw</translation>
    </message>
    <message>
        <source>curl</source>
        <translation>curl</translation>
    </message>
    <message>
        <source>Restarting the gateway…</source>
        <translation>Restarting the gateway…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>What each tool asked for, which model answered, and why a fallback was used. Select a request to see its attempts.</source>
        <translation>What each tool asked for, which model answered, and why a fallback was used. Select a request to see its attempts.</translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation>No requests yet</translation>
    </message>
    <message>
        <source>Point a tool at the gateway (see below); its requests appear here.</source>
        <translation>Point a tool at the gateway (see below); its requests appear here.</translation>
    </message>
    <message>
        <source>Start the gateway, then point a tool at it; its requests appear here.</source>
        <translation>Start the gateway, then point a tool at it; its requests appear here.</translation>
    </message>
    <message>
        <source>%1 · %2 asked for %3</source>
        <translation>%1 · %2 asked for %3</translation>
    </message>
    <message>
        <source>Attempt %1: %2 — %3</source>
        <translation>Attempt %1: %2 — %3</translation>
    </message>
    <message>
        <source>Served by %1: status %2, %3 ms, %4 in / %5 out tokens, %6</source>
        <translation>Served by %1: status %2, %3 ms, %4 in / %5 out tokens, %6</translation>
    </message>
    <message>
        <source>Refused with status %1: %2</source>
        <translation>Refused with status %1: %2</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Clear list</translation>
    </message>
    <message>
        <source>Request list cleared (usage totals keep them).</source>
        <translation>Request list cleared (usage totals keep them).</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Regenerate token</source>
        <translation>Regenerate token</translation>
    </message>
    <message>
        <source>New token saved; it applies when the gateway restarts.</source>
        <translation>New token saved; it applies when the gateway restarts.</translation>
    </message>
    <message>
        <source>New token saved.</source>
        <translation>New token saved.</translation>
    </message>
    <message>
        <source>Translated for the provider: %1</source>
        <translation>Translated for the provider: %1</translation>
    </message>
    <message>
        <source>Manual setup</source>
        <translation>Manual setup</translation>
    </message>
    <message>
        <source>For tools ClawDesk does not configure itself: paste these settings.</source>
        <translation>For tools ClawDesk does not configure itself: paste these settings.</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Close message</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Model/auth</source>
        <extracomment>Sidebar page for choosing providers and signing in</extracomment>
        <translation>Model/auth</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Models</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>ClawDesk</source>
        <translation>ClawDesk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Configure…</source>
        <translation>Configure…</translation>
    </message>
    <message>
        <source>Open the configure wizard</source>
        <translation>Open the configure wizard</translation>
    </message>
    <message>
        <source>No system tray found: closing the window quits ClawDesk and stops the gateway.</source>
        <translation>No system tray found: closing the window quits ClawDesk and stops the gateway.</translation>
    </message>
</context>
<context>
    <name>ModelAuthPage</name>
    <message>
        <source>Model/auth</source>
        <translation>Model/auth</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>MiniMax</source>
        <translation>MiniMax</translation>
    </message>
    <message>
        <source>Coding Plan sign-in (OAuth) or an API key. Lightning is the faster variant with a higher output price.</source>
        <translation>Coding Plan sign-in (OAuth) or an API key. Lightning is the faster variant with a higher output price.</translation>
    </message>
    <message>
        <source>OAuth: %1</source>
        <translation>OAuth: %1</translation>
    </message>
    <message>
        <source>Sign in with MiniMax (Global)</source>
        <translation>Sign in with MiniMax (Global)</translation>
    </message>
    <message>
        <source>Sign in (CN)</source>
        <extracomment>MiniMax&apos;s endpoint for users in mainland China</extracomment>
        <translation>Sign in (CN)</translation>
    </message>
    <message>
        <source>Sign in with MiniMax (China)</source>
        <translation>Sign in with MiniMax (China)</translation>
    </message>
    <message>
        <source>Asking MiniMax for a code…</source>
        <translation>Asking MiniMax for a code…</translation>
    </message>
    <message>
        <source>Open this page and enter the code:</source>
        <translation>Open this page and enter the code:</translation>
    </message>
    <message>
        <source>Sign-in code %1</source>
        <translation>Sign-in code %1</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copy code</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Cancel sign-in</translation>
    </message>
    <message>
        <source>The code expires in %1:%2</source>
        <translation>The code expires in %1:%2</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Signed in.</translation>
    </message>
    <message>
        <source>API key: %1</source>
        <translation>API key: %1</translation>
    </message>
    <message>
        <source>MiniMax API key</source>
        <translation>MiniMax API key</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Save key</translation>
    </message>
    <message>
        <source>Save MiniMax API key</source>
        <translation>Save MiniMax API key</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>Anthropic API key (sk-ant-…)</source>
        <translation>Anthropic API key (sk-ant-…)</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>Anthropic API key</translation>
    </message>
    <message>
        <source>Save Anthropic API key</source>
        <translation>Save Anthropic API key</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>OpenAI-compatible</translation>
    </message>
    <message>
        <source>Any server that speaks the OpenAI API, under a provider id of your choice.</source>
        <translation>Any server that speaks the OpenAI API, under a provider id of your choice.</translation>
    </message>
    <message>
        <source>Provider id</source>
        <translation>Provider id</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Base URL</translation>
    </message>
    <message>
        <source>API</source>
        <extracomment>Wire protocol of the provider</extracomment>
        <translation>API</translation>
    </message>
    <message>
        <source>API kind</source>
        <translation>API kind</translation>
    </message>
    <message>
        <source>Save provider</source>
        <translation>Save provider</translation>
    </message>
    <message>
        <source>LM Studio</source>
        <translation>LM Studio</translation>
    </message>
    <message>
        <source>Models running on this computer. No key is needed; nothing leaves your machine.</source>
        <translation>Models running on this computer. No key is needed; nothing leaves your machine.</translation>
    </message>
    <message>
        <source>LM Studio base URL</source>
        <translation>LM Studio base URL</translation>
    </message>
    <message>
        <source>Discover models</source>
        <translation>Discover models</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Use %1</translation>
    </message>
    <message>
        <source>API key for %1 saved: %2</source>
        <translation>API key for %1 saved: %2</translation>
    </message>
    <message>
        <source>Signed in to MiniMax.</source>
        <translation>Signed in to MiniMax.</translation>
    </message>
    <message>
        <source>Provider %1 saved.</source>
        <translation>Provider %1 saved.</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Models</translation>
    </message>
    <message>
        <source>No models yet: add the ids the server offers.</source>
        <translation>No models yet: add the ids the server offers.</translation>
    </message>
    <message>
        <source>model id, e.g. gpt-4o-mini</source>
        <translation>model id, e.g. gpt-4o-mini</translation>
    </message>
    <message>
        <source>Model id to add to %1</source>
        <translation>Model id to add to %1</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>Add model</translation>
    </message>
    <message>
        <source>Add model to %1</source>
        <translation>Add model to %1</translation>
    </message>
    <message>
        <source>Model %1 added to %2.</source>
        <translation>Model %1 added to %2.</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Models</source>
        <translation>Models</translation>
    </message>
    <message>
        <source>The change was not saved.</source>
        <translation>The change was not saved.</translation>
    </message>
    <message>
        <source>Search models, names or aliases</source>
        <translation>Search models, names or aliases</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>Search models</translation>
    </message>
    <message>
        <source>Show all catalog</source>
        <translation>Show all catalog</translation>
    </message>
    <message>
        <source>Show all catalog models</source>
        <translation>Show all catalog models</translation>
    </message>
    <message>
        <source>Model list</source>
        <translation>Model list</translation>
    </message>
    <message>
        <source>context %1</source>
        <translation>context %1</translation>
    </message>
    <message>
        <source>auth ✓</source>
        <translation>auth ✓</translation>
    </message>
    <message>
        <source>no auth</source>
        <translation>no auth</translation>
    </message>
    <message>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <source>alias %1</source>
        <translation>alias %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>fallback #%1</source>
        <extracomment>Position in the fallback chain, e.g. &quot;fallback #2&quot;</extracomment>
        <translation>fallback #%1</translation>
    </message>
    <message>
        <source>Make primary</source>
        <translation>Make primary</translation>
    </message>
    <message>
        <source>Make %1 the primary model</source>
        <translation>Make %1 the primary model</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primary</translation>
    </message>
    <message>
        <source>Add as fallback</source>
        <translation>Add as fallback</translation>
    </message>
    <message>
        <source>Add %1 as a fallback</source>
        <translation>Add %1 as a fallback</translation>
    </message>
    <message>
        <source>Fallback chain</source>
        <translation>Fallback chain</translation>
    </message>
    <message>
        <source>Tried in this order when the primary fails. Drag to reorder, or use Ctrl+Up/Down.</source>
        <translation>Tried in this order when the primary fails. Drag to reorder, or use Ctrl+Up/Down.</translation>
    </message>
    <message>
        <source>Fallback %1: %2</source>
        <translation>Fallback %1: %2</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>Move %1 up</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>Move %1 down</translation>
    </message>
    <message>
        <source>Remove fallback %1</source>
        <translation>Remove fallback %1</translation>
    </message>
    <message>
        <source>No fallbacks: requests fail when the primary fails.</source>
        <translation>No fallbacks: requests fail when the primary fails.</translation>
    </message>
    <message>
        <source>Model to add as fallback</source>
        <translation>Model to add as fallback</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Add fallback</source>
        <translation>Add fallback</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliases</translation>
    </message>
    <message>
        <source>Short names you can type instead of provider/model.</source>
        <translation>Short names you can type instead of provider/model.</translation>
    </message>
    <message>
        <source>Alias for %1</source>
        <translation>Alias for %1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Rename alias %1</source>
        <translation>Rename alias %1</translation>
    </message>
    <message>
        <source>Remove alias %1</source>
        <translation>Remove alias %1</translation>
    </message>
    <message>
        <source>Model for the new alias</source>
        <translation>Model for the new alias</translation>
    </message>
    <message>
        <source>new alias</source>
        <translation>new alias</translation>
    </message>
    <message>
        <source>New alias</source>
        <translation>New alias</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>Add alias</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Remove alias %1?</source>
        <translation>Remove alias %1?</translation>
    </message>
    <message>
        <source>Remove alias</source>
        <translation>Remove alias</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ctrl+Up and Ctrl+Down move the selected fallback; Delete removes it.</source>
        <translation>Ctrl+Up and Ctrl+Down move the selected fallback; Delete removes it.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>Open in editor</translation>
    </message>
    <message>
        <source>No openclaw.json yet at %1.</source>
        <translation>No openclaw.json yet at %1.</translation>
    </message>
    <message>
        <source>Set up…</source>
        <translation>Set up…</translation>
    </message>
    <message>
        <source>The gateway keeps serving the last good config.</source>
        <translation>The gateway keeps serving the last good config.</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Start gateway</source>
        <translation>Start gateway</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>Stop gateway</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Models</translation>
    </message>
    <message>
        <source>Configured chain</source>
        <translation>Configured chain</translation>
    </message>
    <message>
        <source>Edit models…</source>
        <translation>Edit models…</translation>
    </message>
    <message>
        <source>Edit models</source>
        <translation>Edit models</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <extracomment>Money spent today, in US dollars</extracomment>
        <translation>Cost: %1</translation>
    </message>
    <message>
        <source>Recent failovers</source>
        <translation>Recent failovers</translation>
    </message>
    <message>
        <source>None so far.</source>
        <translation>None so far.</translation>
    </message>
    <message>
        <source>%1  back to %2</source>
        <translation>%1  back to %2</translation>
    </message>
    <message>
        <source>Config file</source>
        <translation>Config file</translation>
    </message>
    <message>
        <source>Open openclaw.json in editor</source>
        <translation>Open openclaw.json in editor</translation>
    </message>
    <message>
        <source>Coding Plan: %1</source>
        <extracomment>MiniMax Coding Plan quota windows, e.g. &quot;5h 63% left ⏱2h 10m · week 88% left&quot;</extracomment>
        <translation>Coding Plan: %1</translation>
    </message>
    <message>
        <source>Coding Plan quota unavailable: %1</source>
        <translation>Coding Plan quota unavailable: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Open the Gateway page</source>
        <translation>Open the Gateway page</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fixed: %1</source>
        <translation>Fixed: %1</translation>
    </message>
    <message>
        <source>Could not fix it: %1</source>
        <translation>Could not fix it: %1</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credentials</translation>
    </message>
    <message>
        <source>Add a key…</source>
        <translation>Add a key…</translation>
    </message>
    <message>
        <source>%1  %2 failed (%3), tried %4</source>
        <translation>%1  %2 failed (%3), tried %4</translation>
    </message>
</context>
<context>
    <name>RequestRow</name>
    <message>
        <source>%1, %2 to %3, status %4</source>
        <translation>%1, %2 to %3, status %4</translation>
    </message>
    <message>
        <source>not served</source>
        <translation>not served</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Requested → served</source>
        <translation>Requested → served</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Latency</source>
        <extracomment>Column header: how long the request took</extracomment>
        <translation>Latency</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Failover</source>
        <extracomment>Column header: why the gateway moved on to a fallback model</extracomment>
        <translation>Failover</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Reveal</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>Hide %1</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation>Reveal %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copy %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Theme</source>
        <extracomment>Colour theme of the window</extracomment>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Startup and tray</source>
        <translation>Startup and tray</translation>
    </message>
    <message>
        <source>Start ClawDesk when I log in</source>
        <translation>Start ClawDesk when I log in</translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation>Start minimized to the tray</translation>
    </message>
    <message>
        <source>Notify me when the gateway switches to a fallback and back</source>
        <translation>Notify me when the gateway switches to a fallback and back</translation>
    </message>
    <message>
        <source>No system tray is available on this desktop, so ClawDesk quits when its window is closed.</source>
        <translation>No system tray is available on this desktop, so ClawDesk quits when its window is closed.</translation>
    </message>
    <message>
        <source>OpenClaw config</source>
        <translation>OpenClaw config</translation>
    </message>
    <message>
        <source>Leave empty to use the file OpenClaw itself uses. Takes effect after a restart.</source>
        <translation>Leave empty to use the file OpenClaw itself uses. Takes effect after a restart.</translation>
    </message>
    <message>
        <source>Config file path</source>
        <translation>Config file path</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>Open in editor</translation>
    </message>
    <message>
        <source>Open openclaw.json in editor</source>
        <translation>Open openclaw.json in editor</translation>
    </message>
</context>
<context>
    <name>ToastHost</name>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>UsageChart</name>
    <message>
        <source>Usage per day</source>
        <translation>Usage per day</translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message>
        <source>Usage</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <source>By model</source>
        <translation>By model</translation>
    </message>
    <message>
        <source>By provider</source>
        <translation>By provider</translation>
    </message>
    <message>
        <source>Stack the bars</source>
        <translation>Stack the bars</translation>
    </message>
    <message>
        <source>No requests in this period</source>
        <translation>No requests in this period</translation>
    </message>
    <message>
        <source>Usage appears here as the gateway serves requests.</source>
        <translation>Usage appears here as the gateway serves requests.</translation>
    </message>
    <message>
        <source>Usage by provider</source>
        <translation>Usage by provider</translation>
    </message>
    <message>
        <source>Usage by model</source>
        <translation>Usage by model</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Auth method</source>
        <translation>Auth method</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Default model</translation>
    </message>
    <message>
        <source>Model picker</source>
        <translation>Model picker</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Configure wizard</source>
        <translation>Configure wizard</translation>
    </message>
    <message>
        <source>Set up OpenClaw</source>
        <translation>Set up OpenClaw</translation>
    </message>
    <message>
        <source>Model/auth provider</source>
        <translation>Model/auth provider</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>LM Studio (local)</source>
        <translation>LM Studio (local)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Save key</translation>
    </message>
    <message>
        <source>Save API key</source>
        <translation>Save API key</translation>
    </message>
    <message>
        <source>Sign in with your MiniMax account in the browser.</source>
        <translation>Sign in with your MiniMax account in the browser.</translation>
    </message>
    <message>
        <source>Start sign-in</source>
        <translation>Start sign-in</translation>
    </message>
    <message>
        <source>No sign-in needed. Start LM Studio&apos;s local server (Developer → Start server).</source>
        <translation>No sign-in needed. Start LM Studio&apos;s local server (Developer → Start server).</translation>
    </message>
    <message>
        <source>Models in the /model picker. Besides the default, the ones you tick become fallbacks, in this order.</source>
        <translation>Models in the /model picker. Besides the default, the ones you tick become fallbacks, in this order.</translation>
    </message>
    <message>
        <source>Offer %1</source>
        <translation>Offer %1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <source>These changes will be written to %1:</source>
        <translation>These changes will be written to %1:</translation>
    </message>
    <message>
        <source>Changes to openclaw.json</source>
        <translation>Changes to openclaw.json</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel the wizard</source>
        <translation>Cancel the wizard</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Write openclaw.json</source>
        <translation>Write openclaw.json</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <extracomment>A model in the picker list that is the default model (always offered)</extracomment>
        <translation>%1 (default)</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <source>Fallbacks</source>
        <translation>Fallbacks</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>MiniMax (recommended)</source>
        <translation>MiniMax (recommended)</translation>
    </message>
    <message>
        <source>Enter your API key. It is stored in the system keychain (when there is one) and in OpenClaw&apos;s own credential store, never in openclaw.json.</source>
        <translation>Enter your API key. It is stored in the system keychain (when there is one) and in OpenClaw&apos;s own credential store, never in openclaw.json.</translation>
    </message>
</context>
<context>
    <name>clawdesk::AppState</name>
    <message>
        <source>Gateway stopped</source>
        <translation>Gateway stopped</translation>
    </message>
    <message>
        <source>Gateway starting…</source>
        <translation>Gateway starting…</translation>
    </message>
    <message>
        <source>Gateway running on port %1</source>
        <translation>Gateway running on port %1</translation>
    </message>
    <message>
        <source>Gateway failed to start</source>
        <translation>Gateway failed to start</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Since %1</translation>
    </message>
    <message>
        <source>Tools pointed at ClawDesk cannot connect until you start it.</source>
        <translation>Tools pointed at ClawDesk cannot connect until you start it.</translation>
    </message>
    <message>
        <source>Nothing served yet</source>
        <translation>Nothing served yet</translation>
    </message>
    <message>
        <source>Last request served by fallback %1 at %2</source>
        <translation>Last request served by fallback %1 at %2</translation>
    </message>
    <message>
        <source>Last request served by %1 at %2</source>
        <translation>Last request served by %1 at %2</translation>
    </message>
    <message>
        <source>No openclaw.json yet</source>
        <translation>No openclaw.json yet</translation>
    </message>
    <message>
        <source>openclaw.json is valid</source>
        <translation>openclaw.json is valid</translation>
    </message>
    <message numerus="yes">
        <source>openclaw.json is valid, with %n warning(s)</source>
        <translation>
            <numerusform>openclaw.json is valid, with %n warning</numerusform>
            <numerusform>openclaw.json is valid, with %n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>openclaw.json does not parse</source>
        <translation>openclaw.json does not parse</translation>
    </message>
    <message>
        <source>openclaw.json has errors OpenClaw would reject</source>
        <translation>openclaw.json has errors OpenClaw would reject</translation>
    </message>
    <message>
        <source>%1: sign-in expired, sign in again</source>
        <translation>%1: sign-in expired, sign in again</translation>
    </message>
    <message>
        <source>%1: key from %2</source>
        <translation>%1: key from %2</translation>
    </message>
    <message>
        <source>%1: signed in</source>
        <translation>%1: signed in</translation>
    </message>
    <message>
        <source>%1: key in auth profile %2</source>
        <translation>%1: key in auth profile %2</translation>
    </message>
    <message>
        <source>%1: key in openclaw.json</source>
        <translation>%1: key in openclaw.json</translation>
    </message>
    <message>
        <source>%1: local server, no key needed</source>
        <translation>%1: local server, no key needed</translation>
    </message>
    <message>
        <source>%1: no API key or sign-in</source>
        <translation>%1: no API key or sign-in</translation>
    </message>
    <message>
        <source>Sign-in expired: open ClawDesk to sign in again</source>
        <translation>Sign-in expired: open ClawDesk to sign in again</translation>
    </message>
    <message>
        <source>openclaw.json needs fixing: %1</source>
        <translation>openclaw.json needs fixing: %1</translation>
    </message>
    <message>
        <source>Gateway failed to start: %1</source>
        <translation>Gateway failed to start: %1</translation>
    </message>
    <message>
        <source>Gateway running; last request served by fallback %1</source>
        <translation>Gateway running; last request served by fallback %1</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>rate limited</translation>
    </message>
    <message>
        <source>could not connect</source>
        <translation>could not connect</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>timed out</translation>
    </message>
    <message>
        <source>key rejected</source>
        <translation>key rejected</translation>
    </message>
    <message>
        <source>billing or quota</source>
        <translation>billing or quota</translation>
    </message>
    <message>
        <source>overloaded</source>
        <translation>overloaded</translation>
    </message>
    <message>
        <source>provider error</source>
        <translation>provider error</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>unknown model</translation>
    </message>
</context>
<context>
    <name>clawdesk::Application</name>
    <message>
        <source>Coding Plan: %1 of %2 prompts left</source>
        <translation>Coding Plan: %1 of %2 prompts left</translation>
    </message>
    <message>
        <source>Coding Plan: %1</source>
        <translation>Coding Plan: %1</translation>
    </message>
    <message>
        <source>No model could answer: every candidate failed to connect.</source>
        <translation>No model could answer: every candidate failed to connect.</translation>
    </message>
</context>
<context>
    <name>clawdesk::Autostart</name>
    <message>
        <source>Cannot remove %1</source>
        <translation>Cannot remove %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConfigController</name>
    <message>
        <source>Alias %1 already points to %2.</source>
        <translation>Alias %1 already points to %2.</translation>
    </message>
    <message>
        <source>openclaw.json changed since; nothing was undone.</source>
        <translation>openclaw.json changed since; nothing was undone.</translation>
    </message>
    <message>
        <source>The earlier version cannot be read; nothing was undone.</source>
        <translation>The earlier version cannot be read; nothing was undone.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Undone.</translation>
    </message>
    <message>
        <source>Primary model set to %1.</source>
        <translation>Primary model set to %1.</translation>
    </message>
    <message>
        <source>Alias %1 added.</source>
        <translation>Alias %1 added.</translation>
    </message>
    <message>
        <source>Alias %1 removed.</source>
        <translation>Alias %1 removed.</translation>
    </message>
    <message>
        <source>the primary model</source>
        <translation>the primary model</translation>
    </message>
    <message>
        <source>fallback #%1</source>
        <translation>fallback #%1</translation>
    </message>
    <message>
        <source>%1 is used by %2. Removing it writes %3 there instead, so the chain keeps the same model.</source>
        <translation>%1 is used by %2. Removing it writes %3 there instead, so the chain keeps the same model.</translation>
    </message>
    <message>
        <source>Alias %1 renamed to %2.</source>
        <translation>Alias %1 renamed to %2.</translation>
    </message>
    <message>
        <source>%1 added to the fallback chain.</source>
        <translation>%1 added to the fallback chain.</translation>
    </message>
    <message>
        <source>Fallback %1 removed.</source>
        <translation>Fallback %1 removed.</translation>
    </message>
    <message>
        <source>Fallback chain reordered.</source>
        <translation>Fallback chain reordered.</translation>
    </message>
    <message>
        <source>Fallback chain cleared.</source>
        <translation>Fallback chain cleared.</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConnectController</name>
    <message>
        <source>Unknown tool: %1</source>
        <translation>Unknown tool: %1</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConnectionTester</name>
    <message>
        <source>%1 is not set up in openclaw.json yet: save it first.</source>
        <translation>%1 is not set up in openclaw.json yet: save it first.</translation>
    </message>
    <message>
        <source>%1 lists no models: add one to test it.</source>
        <translation>%1 lists no models: add one to test it.</translation>
    </message>
    <message>
        <source>The api &quot;%1&quot; cannot be tested here; use anthropic-messages, openai-completions or openai-responses.</source>
        <translation>The api &quot;%1&quot; cannot be tested here; use anthropic-messages, openai-completions or openai-responses.</translation>
    </message>
    <message>
        <source>No API key for %1: add one on this page or sign in.</source>
        <translation>No API key for %1: add one on this page or sign in.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Testing %1…</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2. Check the base URL and that the server runs.</source>
        <translation>Cannot reach %1: %2. Check the base URL and that the server runs.</translation>
    </message>
    <message>
        <source>Connected: %1 answered in %2 ms.</source>
        <translation>Connected: %1 answered in %2 ms.</translation>
    </message>
    <message>
        <source>Check the API key (or sign in again).</source>
        <translation>Check the API key (or sign in again).</translation>
    </message>
    <message>
        <source>Check the base URL and the model id.</source>
        <translation>Check the base URL and the model id.</translation>
    </message>
    <message>
        <source>Rate limited or out of quota: try again later or add a fallback.</source>
        <translation>Rate limited or out of quota: try again later or add a fallback.</translation>
    </message>
    <message>
        <source>The provider has a problem: try again later or add a fallback.</source>
        <translation>The provider has a problem: try again later or add a fallback.</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>the connection was refused</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>the connection was closed</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>no answer in time</translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation>the secure connection failed</translation>
    </message>
    <message>
        <source>the host name was not found</source>
        <translation>the host name was not found</translation>
    </message>
</context>
<context>
    <name>clawdesk::FallbackModel</name>
    <message>
        <source>Not in the model allowlist: OpenClaw silently skips this fallback.</source>
        <translation>Not in the model allowlist: OpenClaw silently skips this fallback.</translation>
    </message>
    <message>
        <source>No credentials for this provider: this fallback will fail.</source>
        <translation>No credentials for this provider: this fallback will fail.</translation>
    </message>
</context>
<context>
    <name>clawdesk::ProviderController</name>
    <message>
        <source>Signed in: profile %1 in OpenClaw&apos;s auth-profiles.json (%2).</source>
        <translation>Signed in: profile %1 in OpenClaw&apos;s auth-profiles.json (%2).</translation>
    </message>
    <message>
        <source>Key from the environment variable %1 (not stored by ClawDesk).</source>
        <translation>Key from the environment variable %1 (not stored by ClawDesk).</translation>
    </message>
    <message>
        <source>Key written in openclaw.json (%1). Moving it to the keychain is safer.</source>
        <translation>Key written in openclaw.json (%1). Moving it to the keychain is safer.</translation>
    </message>
    <message>
        <source>No key yet.</source>
        <translation>No key yet.</translation>
    </message>
    <message>
        <source>Enter the base URL, e.g. http://127.0.0.1:1234/v1</source>
        <translation>Enter the base URL, e.g. http://127.0.0.1:1234/v1</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https://</source>
        <translation>The base URL must start with http:// or https://</translation>
    </message>
    <message>
        <source>The base URL needs a host name.</source>
        <translation>The base URL needs a host name.</translation>
    </message>
    <message>
        <source>Enter a provider id, e.g. my-proxy</source>
        <translation>Enter a provider id, e.g. my-proxy</translation>
    </message>
    <message>
        <source>Use lower-case letters, digits, dots, underscores or dashes.</source>
        <translation>Use lower-case letters, digits, dots, underscores or dashes.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Enter the API key.</translation>
    </message>
    <message>
        <source>No credential store is available.</source>
        <translation>No credential store is available.</translation>
    </message>
    <message>
        <source>The server did not answer with a model list.</source>
        <translation>The server did not answer with a model list.</translation>
    </message>
    <message>
        <source>Could not reach LM Studio: %1. Is its server running?</source>
        <translation>Could not reach LM Studio: %1. Is its server running?</translation>
    </message>
    <message>
        <source>Signed in: profile %1 in OpenClaw&apos;s credential store (%2).</source>
        <translation>Signed in: profile %1 in OpenClaw&apos;s credential store (%2).</translation>
    </message>
    <message>
        <source>Signed in: profile %1 in a leftover auth-profiles.json (%2); run openclaw doctor --fix to move it into OpenClaw&apos;s credential store.</source>
        <translation>Signed in: profile %1 in a leftover auth-profiles.json (%2); run openclaw doctor --fix to move it into OpenClaw&apos;s credential store.</translation>
    </message>
</context>
<context>
    <name>clawdesk::QuotaMonitor</name>
    <message>
        <source>week</source>
        <extracomment>The weekly window of the MiniMax Coding Plan quota</extracomment>
        <translation>week</translation>
    </message>
    <message>
        <source>%1 %2% left</source>
        <extracomment>A quota window and what is left of it, e.g. &quot;5h 63% left&quot;</extracomment>
        <translation>%1 %2% left</translation>
    </message>
</context>
<context>
    <name>clawdesk::TrayController</name>
    <message>
        <source>Start gateway</source>
        <translation>Start gateway</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>Stop gateway</translation>
    </message>
    <message>
        <source>Restart gateway</source>
        <translation>Restart gateway</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>Tray submenu listing the models to use as the primary (default) model</extracomment>
        <translation>Model</translation>
    </message>
    <message>
        <source>Open ClawDesk</source>
        <translation>Open ClawDesk</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>ClawDesk is still running</source>
        <translation>ClawDesk is still running</translation>
    </message>
    <message>
        <source>The gateway keeps serving in the background. Use the tray icon to open ClawDesk or to quit.</source>
        <translation>The gateway keeps serving in the background. Use the tray icon to open ClawDesk or to quit.</translation>
    </message>
    <message>
        <source>Back on the primary model</source>
        <translation>Back on the primary model</translation>
    </message>
    <message>
        <source>ClawDesk stays in the tray; the gateway is not running. Use the tray icon to open ClawDesk, start the gateway or quit.</source>
        <translation>ClawDesk stays in the tray; the gateway is not running. Use the tray icon to open ClawDesk, start the gateway or quit.</translation>
    </message>
    <message>
        <source>%1 is tried first again.</source>
        <translation>%1 is tried first again.</translation>
    </message>
    <message>
        <source>Primary model failed</source>
        <translation>Primary model failed</translation>
    </message>
    <message>
        <source>%1 failed (%2); trying %3.</source>
        <translation>%1 failed (%2); trying %3.</translation>
    </message>
</context>
<context>
    <name>clawdesk::UsageModel</name>
    <message>
        <source>Other</source>
        <extracomment>The stack of the usage chart that sums every model or provider not shown by name</extracomment>
        <translation>Other</translation>
    </message>
    <message>
        <source>No requests</source>
        <translation>No requests</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 tokens · %n request(s)</source>
        <translation>
            <numerusform>%1 · %2 tokens · %n request</numerusform>
            <numerusform>%1 · %2 tokens · %n requests</numerusform>
        </translation>
    </message>
    <message>
        <source>%1M</source>
        <extracomment>Millions of tokens on the chart&apos;s axis, e.g. &quot;2.5M&quot;</extracomment>
        <translation>%1M</translation>
    </message>
    <message>
        <source>%1k</source>
        <extracomment>Thousands of tokens on the chart&apos;s axis, e.g. &quot;250k&quot;</extracomment>
        <translation>%1k</translation>
    </message>
</context>
<context>
    <name>clawdesk::WizardController</name>
    <message>
        <source>Choose a provider and an auth method first.</source>
        <translation>Choose a provider and an auth method first.</translation>
    </message>
</context>
</TS>
