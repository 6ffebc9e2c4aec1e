<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>CopyableSnippet</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GatewayPage</name>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind</source>
        <extracomment>Network address the gateway listens on</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway bind address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gateway token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate gateway token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port, bind and token apply the next time the gateway starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect your tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claude Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cline / Roo Code / Kilo Code (OpenAI compatible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenClaw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 → %3  %4  %5 ms  %6/%7 tok  %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failover</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model/auth</source>
        <extracomment>Sidebar page for choosing providers and signing in</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClawDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the configure wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system tray found: closing the window quits ClawDesk and stops the gateway.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelAuthPage</name>
    <message>
        <source>Model/auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiniMax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coding Plan sign-in (OAuth) or an API key. Lightning is the faster variant with a higher output price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with MiniMax (Global)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in (CN)</source>
        <extracomment>MiniMax&apos;s endpoint for users in mainland China</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with MiniMax (China)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking MiniMax for a code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this page and enter the code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code expires in %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiniMax API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save MiniMax API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anthropic API key (sk-ant-…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Anthropic API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any server that speaks the OpenAI API, under a provider id of your choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <extracomment>Wire protocol of the provider</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LM Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models running on this computer. No key is needed; nothing leaves your machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LM Studio base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discover models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search models, names or aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all catalog models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auth ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alias %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fallback #%1</source>
        <extracomment>Position in the fallback chain, e.g. &quot;fallback #2&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 the primary model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 as a fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallback chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tried in this order when the primary fails. Drag to reorder, or use Ctrl+Up/Down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallback %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove fallback %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fallbacks: requests fail when the primary fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model to add as fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short names you can type instead of provider/model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename alias %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove alias %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model for the new alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available in this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>openclaw.json does not parse: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>openclaw.json has problems OpenClaw would reject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No openclaw.json yet at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway keeps serving the last good config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 · up %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model serving now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configured chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <extracomment>Money spent today, in US dollars</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent failovers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  back to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 → %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not created yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open openclaw.json in editor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <extracomment>Colour theme of the window</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startup and tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start ClawDesk when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify me when the gateway switches to a fallback and back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system tray is available on this desktop, so ClawDesk quits when its window is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenClaw config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to use the file OpenClaw itself uses. Takes effect after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config file path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open openclaw.json in editor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 tokens · %n request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Usage per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests in this period. Usage appears here as the gateway serves requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %3 tokens, %n request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model picker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up OpenClaw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model/auth provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiniMax — M2.1 (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LM Studio (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiniMax OAuth — Global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth for international users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiniMax OAuth — CN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth for users in China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiniMax M2.1 — API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiniMax M2.1 Lightning — API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faster, higher output cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LM Studio on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your API key. It is stored in the system keychain (or OpenClaw&apos;s auth-profiles.json when there is none), never in openclaw.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your MiniMax account in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign-in needed. Start LM Studio&apos;s local server (Developer → Start server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models in the /model picker. Besides the default, the ones you tick become fallbacks, in this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These changes will be written to %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to openclaw.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write openclaw.json</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clawdesk::Application</name>
    <message>
        <source>Coding Plan: %1 of %2 prompts left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clawdesk::Autostart</name>
    <message>
        <source>Cannot remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clawdesk::ConfigController</name>
    <message>
        <source>Alias not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias %1 already points to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clawdesk::FallbackModel</name>
    <message>
        <source>Not in the model allowlist: OpenClaw silently skips this fallback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials for this provider: this fallback will fail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clawdesk::ProviderController</name>
    <message>
        <source>Signed in: profile %1 in OpenClaw&apos;s auth-profiles.json (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key from the environment variable %1 (not stored by ClawDesk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key written in openclaw.json (%1). Moving it to the keychain is safer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the base URL, e.g. http://127.0.0.1:1234/v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL needs a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a provider id, e.g. my-proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use lower-case letters, digits, dots, underscores or dashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential store is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer with a model list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach LM Studio: %1. Is its server running?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clawdesk::TrayController</name>
    <message>
        <source>Sign-in expired: open ClawDesk to sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway not available in this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving fallback %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway running on port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>Tray submenu listing the models to use as the primary (default) model</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open ClawDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClawDesk is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway keeps serving in the background. Use the tray icon to open ClawDesk or to quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back on the primary model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched to a fallback model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed (%2); now serving %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clawdesk::WizardController</name>
    <message>
        <source>Choose a provider and an auth method first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
