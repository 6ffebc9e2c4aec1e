<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Test connection</source>
        <translation>Test forbindelse</translation>
    </message>
    <message>
        <source>Test the connection to %1</source>
        <translation>Test forbindelsen til %1</translation>
    </message>
</context>
<context>
    <name>CopyableSnippet</name>
    <message>
        <source>Copy</source>
        <translation>Kopiér</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Kopiér %1</translation>
    </message>
</context>
<context>
    <name>GatewayPage</name>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Gateway not available in this build.</source>
        <translation>Gatewayen er ikke tilgængelig i denne version.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start gateway</source>
        <translation>Start gateway</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>Stop gateway</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Genstart</translation>
    </message>
    <message>
        <source>Restart gateway</source>
        <translation>Genstart gateway</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Gateway port</source>
        <translation>Gatewayport</translation>
    </message>
    <message>
        <source>Bind</source>
        <extracomment>Network address the gateway listens on</extracomment>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Gateway bind address</source>
        <translation>Gatewayens lytteadresse</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>gateway token</source>
        <translation>gatewaytoken</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Generér nyt</translation>
    </message>
    <message>
        <source>Regenerate gateway token</source>
        <translation>Generér nyt gatewaytoken</translation>
    </message>
    <message>
        <source>Port, bind and token apply the next time the gateway starts.</source>
        <translation>Port, adresse og token træder i kraft, næste gang gatewayen starter.</translation>
    </message>
    <message>
        <source>Connect your tools</source>
        <translation>Forbind dine værktøjer</translation>
    </message>
    <message>
        <source>Claude Code</source>
        <translation>Claude Code</translation>
    </message>
    <message>
        <source>Cline / Roo Code / Kilo Code (OpenAI compatible)</source>
        <translation>Cline / Roo Code / Kilo Code (OpenAI-kompatibel)</translation>
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
        <source>Recent requests</source>
        <translation>Seneste anmodninger</translation>
    </message>
    <message>
        <source>No requests yet.</source>
        <translation>Ingen anmodninger endnu.</translation>
    </message>
    <message>
        <source>%1  %2 → %3  %4  %5 ms  %6/%7 tok  %8</source>
        <translation>%1  %2 → %3  %4  %5 ms  %6/%7 tok  %8</translation>
    </message>
    <message>
        <source>failover</source>
        <translation>failover</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Overview</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <source>Model/auth</source>
        <extracomment>Sidebar page for choosing providers and signing in</extracomment>
        <translation>Model/auth</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modeller</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Forbrug</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>ClawDesk</source>
        <translation>ClawDesk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
    <message>
        <source>Configure…</source>
        <translation>Konfigurér…</translation>
    </message>
    <message>
        <source>Open the configure wizard</source>
        <translation>Åbn konfigurationsguiden</translation>
    </message>
    <message>
        <source>No system tray found: closing the window quits ClawDesk and stops the gateway.</source>
        <translation>Ingen systembakke fundet: Når du lukker vinduet, afsluttes ClawDesk, og gatewayen stopper.</translation>
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
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>MiniMax</source>
        <translation>MiniMax</translation>
    </message>
    <message>
        <source>Coding Plan sign-in (OAuth) or an API key. Lightning is the faster variant with a higher output price.</source>
        <translation>Log ind med Coding Plan (OAuth), eller brug en API-nøgle. Lightning er den hurtigere variant med højere output-omkostning.</translation>
    </message>
    <message>
        <source>OAuth: %1</source>
        <translation>OAuth: %1</translation>
    </message>
    <message>
        <source>Sign in with MiniMax (Global)</source>
        <translation>Log ind med MiniMax (Global)</translation>
    </message>
    <message>
        <source>Sign in (CN)</source>
        <extracomment>MiniMax&apos;s endpoint for users in mainland China</extracomment>
        <translation>Log ind (CN)</translation>
    </message>
    <message>
        <source>Sign in with MiniMax (China)</source>
        <translation>Log ind med MiniMax (Kina)</translation>
    </message>
    <message>
        <source>Asking MiniMax for a code…</source>
        <translation>Beder MiniMax om en kode…</translation>
    </message>
    <message>
        <source>Open this page and enter the code:</source>
        <translation>Åbn denne side, og indtast koden:</translation>
    </message>
    <message>
        <source>Sign-in code %1</source>
        <translation>Loginkode %1</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Kopiér kode</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Annullér login</translation>
    </message>
    <message>
        <source>The code expires in %1:%2</source>
        <translation>Koden udløber om %1:%2</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Logget ind.</translation>
    </message>
    <message>
        <source>API key: %1</source>
        <translation>API-nøgle: %1</translation>
    </message>
    <message>
        <source>MiniMax API key</source>
        <translation>MiniMax API-nøgle</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Gem nøgle</translation>
    </message>
    <message>
        <source>Save MiniMax API key</source>
        <translation>Gem MiniMax API-nøgle</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>Anthropic API key (sk-ant-…)</source>
        <translation>Anthropic API-nøgle (sk-ant-…)</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>Anthropic API-nøgle</translation>
    </message>
    <message>
        <source>Save Anthropic API key</source>
        <translation>Gem Anthropic API-nøgle</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>OpenAI-kompatibel</translation>
    </message>
    <message>
        <source>Any server that speaks the OpenAI API, under a provider id of your choice.</source>
        <translation>Enhver server, der understøtter OpenAI API&apos;et, under et udbyder-id, du selv vælger.</translation>
    </message>
    <message>
        <source>Provider id</source>
        <translation>Udbyder-id</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>API</source>
        <extracomment>Wire protocol of the provider</extracomment>
        <translation>API</translation>
    </message>
    <message>
        <source>API kind</source>
        <translation>API-type</translation>
    </message>
    <message>
        <source>Save provider</source>
        <translation>Gem udbyder</translation>
    </message>
    <message>
        <source>LM Studio</source>
        <translation>LM Studio</translation>
    </message>
    <message>
        <source>Models running on this computer. No key is needed; nothing leaves your machine.</source>
        <translation>Modeller, der kører på denne computer. Der kræves ingen nøgle, og intet forlader din maskine.</translation>
    </message>
    <message>
        <source>LM Studio base URL</source>
        <translation>LM Studios basis-URL</translation>
    </message>
    <message>
        <source>Discover models</source>
        <translation>Find modeller</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Brug %1</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Models</source>
        <translation>Modeller</translation>
    </message>
    <message>
        <source>The change was not saved.</source>
        <translation>Ændringen blev ikke gemt.</translation>
    </message>
    <message>
        <source>Search models, names or aliases</source>
        <translation>Søg efter modeller, navne eller aliasser</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>Søg i modeller</translation>
    </message>
    <message>
        <source>Show all catalog</source>
        <translation>Vis hele kataloget</translation>
    </message>
    <message>
        <source>Show all catalog models</source>
        <translation>Vis alle modeller i kataloget</translation>
    </message>
    <message>
        <source>Model list</source>
        <translation>Modelliste</translation>
    </message>
    <message>
        <source>context %1</source>
        <translation>kontekst %1</translation>
    </message>
    <message>
        <source>auth ✓</source>
        <translation>auth ✓</translation>
    </message>
    <message>
        <source>no auth</source>
        <translation>ingen auth</translation>
    </message>
    <message>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <source>alias %1</source>
        <translation>alias %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>mangler</translation>
    </message>
    <message>
        <source>fallback #%1</source>
        <extracomment>Position in the fallback chain, e.g. &quot;fallback #2&quot;</extracomment>
        <translation>fallback #%1</translation>
    </message>
    <message>
        <source>Make primary</source>
        <translation>Gør til primær</translation>
    </message>
    <message>
        <source>Make %1 the primary model</source>
        <translation>Gør %1 til primær model</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primær</translation>
    </message>
    <message>
        <source>Add as fallback</source>
        <translation>Tilføj som fallback</translation>
    </message>
    <message>
        <source>Add %1 as a fallback</source>
        <translation>Tilføj %1 som fallback</translation>
    </message>
    <message>
        <source>Fallback chain</source>
        <translation>Fallback-kæde</translation>
    </message>
    <message>
        <source>Tried in this order when the primary fails. Drag to reorder, or use Ctrl+Up/Down.</source>
        <translation>Prøves i denne rækkefølge, når den primære model fejler. Træk for at ændre rækkefølgen, eller brug Ctrl+Op/Ned.</translation>
    </message>
    <message>
        <source>Fallback %1: %2</source>
        <translation>Fallback %1: %2</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>Flyt %1 op</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>Flyt %1 ned</translation>
    </message>
    <message>
        <source>Remove fallback %1</source>
        <translation>Fjern fallback %1</translation>
    </message>
    <message>
        <source>No fallbacks: requests fail when the primary fails.</source>
        <translation>Ingen fallbacks: Anmodninger fejler, når den primære model fejler.</translation>
    </message>
    <message>
        <source>Model to add as fallback</source>
        <translation>Model, der skal tilføjes som fallback</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <source>Add fallback</source>
        <translation>Tilføj fallback</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliasser</translation>
    </message>
    <message>
        <source>Short names you can type instead of provider/model.</source>
        <translation>Korte navne, du kan skrive i stedet for udbyder/model.</translation>
    </message>
    <message>
        <source>Alias for %1</source>
        <translation>Alias for %1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Omdøb</translation>
    </message>
    <message>
        <source>Rename alias %1</source>
        <translation>Omdøb alias %1</translation>
    </message>
    <message>
        <source>Remove alias %1</source>
        <translation>Fjern alias %1</translation>
    </message>
    <message>
        <source>new alias</source>
        <translation>nyt alias</translation>
    </message>
    <message>
        <source>New alias</source>
        <translation>Nyt alias</translation>
    </message>
    <message>
        <source>Model for the new alias</source>
        <translation>Model til det nye alias</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>Tilføj alias</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Kører</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starter…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fejl</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stoppet</translation>
    </message>
    <message>
        <source>Not available in this build</source>
        <translation>Ikke tilgængelig i denne version</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minut</numerusform>
            <numerusform>%n minutter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n timer</numerusform>
        </translation>
    </message>
    <message>
        <source>openclaw.json does not parse: %1</source>
        <translation>openclaw.json kan ikke læses: %1</translation>
    </message>
    <message>
        <source>openclaw.json has problems OpenClaw would reject: %1</source>
        <translation>openclaw.json har fejl, som OpenClaw ville afvise: %1</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>Åbn i editor</translation>
    </message>
    <message>
        <source>No openclaw.json yet at %1.</source>
        <translation>Der er endnu ingen openclaw.json i %1.</translation>
    </message>
    <message>
        <source>Set up…</source>
        <translation>Opsæt…</translation>
    </message>
    <message>
        <source>The gateway keeps serving the last good config.</source>
        <translation>Gatewayen bruger fortsat den seneste gyldige konfiguration.</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Port %1 · up %2</source>
        <translation>Port %1 · oppetid %2</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start gateway</source>
        <translation>Start gateway</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>Stop gateway</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modeller</translation>
    </message>
    <message>
        <source>Serving now</source>
        <translation>Aktiv nu</translation>
    </message>
    <message>
        <source>Model serving now: %1</source>
        <translation>Aktiv model: %1</translation>
    </message>
    <message>
        <source>Configured chain</source>
        <translation>Konfigureret kæde</translation>
    </message>
    <message>
        <source>Edit models…</source>
        <translation>Redigér modeller…</translation>
    </message>
    <message>
        <source>Edit models</source>
        <translation>Redigér modeller</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n anmodning</numerusform>
            <numerusform>%n anmodninger</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <extracomment>Money spent today, in US dollars</extracomment>
        <translation>Omkostning: %1</translation>
    </message>
    <message>
        <source>Recent failovers</source>
        <translation>Seneste failovers</translation>
    </message>
    <message>
        <source>None so far.</source>
        <translation>Ingen endnu.</translation>
    </message>
    <message>
        <source>%1  back to %2</source>
        <translation>%1  tilbage til %2</translation>
    </message>
    <message>
        <source>%1  %2 → %3 (%4)</source>
        <translation>%1  %2 → %3 (%4)</translation>
    </message>
    <message>
        <source>Config file</source>
        <translation>Konfigurationsfil</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>I orden</translation>
    </message>
    <message>
        <source>Not created yet</source>
        <translation>Ikke oprettet endnu</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Kræver opmærksomhed</translation>
    </message>
    <message>
        <source>Open openclaw.json in editor</source>
        <translation>Åbn openclaw.json i editor</translation>
    </message>
    <message>
        <source>Coding Plan: %1</source>
        <extracomment>MiniMax Coding Plan quota windows, e.g. &quot;5h 63% left ⏱2h 10m · week 88% left&quot;</extracomment>
        <translation>Coding Plan: %1</translation>
    </message>
    <message>
        <source>Coding Plan quota unavailable: %1</source>
        <translation>Coding Plan-kvoten er ikke tilgængelig: %1</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Hide</source>
        <translation>Skjul</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>Skjul %1</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation>Vis %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiér</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Kopiér %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprog</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Udseende</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Theme</source>
        <extracomment>Colour theme of the window</extracomment>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Følg systemet</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Lyst</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mørkt</translation>
    </message>
    <message>
        <source>Startup and tray</source>
        <translation>Opstart og systembakke</translation>
    </message>
    <message>
        <source>Start ClawDesk when I log in</source>
        <translation>Start ClawDesk, når jeg logger ind</translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation>Start minimeret i systembakken</translation>
    </message>
    <message>
        <source>Notify me when the gateway switches to a fallback and back</source>
        <translation>Giv besked, når gatewayen skifter til en fallback og tilbage</translation>
    </message>
    <message>
        <source>No system tray is available on this desktop, so ClawDesk quits when its window is closed.</source>
        <translation>Dette skrivebord har ingen systembakke, så ClawDesk afsluttes, når vinduet lukkes.</translation>
    </message>
    <message>
        <source>OpenClaw config</source>
        <translation>OpenClaw-konfiguration</translation>
    </message>
    <message>
        <source>Leave empty to use the file OpenClaw itself uses. Takes effect after a restart.</source>
        <translation>Lad feltet stå tomt for at bruge den fil, OpenClaw selv bruger. Træder i kraft efter en genstart.</translation>
    </message>
    <message>
        <source>Config file path</source>
        <translation>Sti til konfigurationsfil</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>Åbn i editor</translation>
    </message>
    <message>
        <source>Open openclaw.json in editor</source>
        <translation>Åbn openclaw.json i editor</translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message>
        <source>Usage</source>
        <translation>Forbrug</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Sidste 7 dage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Sidste 30 dage</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Omkostning</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Visning</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 tokens · %n request(s)</source>
        <translation>
            <numerusform>%1 · %2 tokens · %n anmodning</numerusform>
            <numerusform>%1 · %2 tokens · %n anmodninger</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage per day</source>
        <translation>Forbrug pr. dag</translation>
    </message>
    <message>
        <source>No requests in this period. Usage appears here as the gateway serves requests.</source>
        <translation>Ingen anmodninger i denne periode. Forbruget vises her, efterhånden som gatewayen behandler anmodninger.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %3 tokens, %n request(s)</source>
        <translation>
            <numerusform>%1: %2, %3 tokens, %n anmodning</numerusform>
            <numerusform>%1: %2, %3 tokens, %n anmodninger</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <source>Provider</source>
        <translation>Udbyder</translation>
    </message>
    <message>
        <source>Auth method</source>
        <translation>Auth-metode</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Log ind</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Standardmodel</translation>
    </message>
    <message>
        <source>Model picker</source>
        <translation>Modelvælger</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Oversigt</translation>
    </message>
    <message>
        <source>Configure wizard</source>
        <translation>Konfigurationsguide</translation>
    </message>
    <message>
        <source>Set up OpenClaw</source>
        <translation>Opsæt OpenClaw</translation>
    </message>
    <message>
        <source>Model/auth provider</source>
        <translation>Model/auth-udbyder</translation>
    </message>
    <message>
        <source>MiniMax — M2.1 (recommended)</source>
        <translation>MiniMax — M2.1 (anbefalet)</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>LM Studio (local)</source>
        <translation>LM Studio (lokal)</translation>
    </message>
    <message>
        <source>MiniMax OAuth — Global</source>
        <translation>MiniMax OAuth — Global</translation>
    </message>
    <message>
        <source>OAuth for international users</source>
        <translation>OAuth for internationale brugere</translation>
    </message>
    <message>
        <source>MiniMax OAuth — CN</source>
        <translation>MiniMax OAuth — CN</translation>
    </message>
    <message>
        <source>OAuth for users in China</source>
        <translation>OAuth for brugere i Kina</translation>
    </message>
    <message>
        <source>MiniMax M2.1 — API key</source>
        <translation>MiniMax M2.1 — API-nøgle</translation>
    </message>
    <message>
        <source>MiniMax M2.1 Lightning — API key</source>
        <translation>MiniMax M2.1 Lightning — API-nøgle</translation>
    </message>
    <message>
        <source>Faster, higher output cost</source>
        <translation>Hurtigere, højere output-omkostning</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>Anthropic API-nøgle</translation>
    </message>
    <message>
        <source>LM Studio on this computer</source>
        <translation>LM Studio på denne computer</translation>
    </message>
    <message>
        <source>Enter your API key. It is stored in the system keychain (or OpenClaw&apos;s auth-profiles.json when there is none), never in openclaw.json.</source>
        <translation>Indtast din API-nøgle. Den gemmes i systemets nøglering (eller i OpenClaws auth-profiles.json, hvis der ikke er nogen), aldrig i openclaw.json.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-nøgle</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Gem nøgle</translation>
    </message>
    <message>
        <source>Save API key</source>
        <translation>Gem API-nøgle</translation>
    </message>
    <message>
        <source>Sign in with your MiniMax account in the browser.</source>
        <translation>Log ind med din MiniMax-konto i browseren.</translation>
    </message>
    <message>
        <source>Start sign-in</source>
        <translation>Start login</translation>
    </message>
    <message>
        <source>No sign-in needed. Start LM Studio&apos;s local server (Developer → Start server).</source>
        <translation>Login er ikke nødvendigt. Start LM Studios lokale server (Developer → Start server).</translation>
    </message>
    <message>
        <source>Models in the /model picker. Besides the default, the ones you tick become fallbacks, in this order.</source>
        <translation>Modeller i /model-vælgeren. Ud over standardmodellen bliver de modeller, du markerer, til fallbacks i denne rækkefølge.</translation>
    </message>
    <message>
        <source>Offer %1</source>
        <translation>Tilbyd %1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gemt i %1.</translation>
    </message>
    <message>
        <source>These changes will be written to %1:</source>
        <translation>Disse ændringer skrives til %1:</translation>
    </message>
    <message>
        <source>Changes to openclaw.json</source>
        <translation>Ændringer i openclaw.json</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Cancel the wizard</source>
        <translation>Annullér guiden</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbage</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Næste</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Færdig</translation>
    </message>
    <message>
        <source>Write openclaw.json</source>
        <translation>Skriv openclaw.json</translation>
    </message>
</context>
<context>
    <name>clawdesk::Application</name>
    <message>
        <source>Coding Plan: %1 of %2 prompts left</source>
        <translation>Coding Plan: %1 af %2 prompts tilbage</translation>
    </message>
    <message>
        <source>Coding Plan: %1</source>
        <translation>Coding Plan: %1</translation>
    </message>
</context>
<context>
    <name>clawdesk::Autostart</name>
    <message>
        <source>Cannot remove %1</source>
        <translation>Kan ikke fjerne %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikke skrive %1: %2</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConfigController</name>
    <message>
        <source>Alias not found: %1</source>
        <translation>Alias ikke fundet: %1</translation>
    </message>
    <message>
        <source>Alias %1 already points to %2.</source>
        <translation>Alias %1 peger allerede på %2.</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConnectionTester</name>
    <message>
        <source>%1 is not set up in openclaw.json yet: save it first.</source>
        <translation>%1 er endnu ikke sat op i openclaw.json: Gem udbyderen først.</translation>
    </message>
    <message>
        <source>%1 lists no models: add one to test it.</source>
        <translation>%1 har ingen modeller: Tilføj en for at teste den.</translation>
    </message>
    <message>
        <source>The api &quot;%1&quot; cannot be tested here; use anthropic-messages, openai-completions or openai-responses.</source>
        <translation>API-typen &quot;%1&quot; kan ikke testes her; brug anthropic-messages, openai-completions eller openai-responses.</translation>
    </message>
    <message>
        <source>No API key for %1: add one on this page or sign in.</source>
        <translation>Ingen API-nøgle til %1: Tilføj en på denne side, eller log ind.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Tester %1…</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2. Check the base URL and that the server runs.</source>
        <translation>Kan ikke få forbindelse til %1: %2. Kontrollér basis-URL&apos;en, og at serveren kører.</translation>
    </message>
    <message>
        <source>Connected: %1 answered in %2 ms.</source>
        <translation>Forbundet: %1 svarede på %2 ms.</translation>
    </message>
    <message>
        <source>Check the API key (or sign in again).</source>
        <translation>Kontrollér API-nøglen (eller log ind igen).</translation>
    </message>
    <message>
        <source>Check the base URL and the model id.</source>
        <translation>Kontrollér basis-URL&apos;en og model-id&apos;et.</translation>
    </message>
    <message>
        <source>Rate limited or out of quota: try again later or add a fallback.</source>
        <translation>For mange anmodninger, eller kvoten er brugt op: Prøv igen senere, eller tilføj en fallback.</translation>
    </message>
    <message>
        <source>The provider has a problem: try again later or add a fallback.</source>
        <translation>Udbyderen har problemer: Prøv igen senere, eller tilføj en fallback.</translation>
    </message>
    <message>
        <source>Connection tests need the gateway, which this build does not include.</source>
        <translation>En forbindelsestest kræver gatewayen, som ikke er med i denne version.</translation>
    </message>
</context>
<context>
    <name>clawdesk::FallbackModel</name>
    <message>
        <source>Not in the model allowlist: OpenClaw silently skips this fallback.</source>
        <translation>Ikke i tilladelseslisten for modeller: OpenClaw springer stiltiende denne fallback over.</translation>
    </message>
    <message>
        <source>No credentials for this provider: this fallback will fail.</source>
        <translation>Ingen loginoplysninger for denne udbyder: Denne fallback vil fejle.</translation>
    </message>
</context>
<context>
    <name>clawdesk::ProviderController</name>
    <message>
        <source>Signed in: profile %1 in OpenClaw&apos;s auth-profiles.json (%2).</source>
        <translation>Logget ind: profil %1 i OpenClaws auth-profiles.json (%2).</translation>
    </message>
    <message>
        <source>Key from the environment variable %1 (not stored by ClawDesk).</source>
        <translation>Nøgle fra miljøvariablen %1 (ikke gemt af ClawDesk).</translation>
    </message>
    <message>
        <source>Key written in openclaw.json (%1). Moving it to the keychain is safer.</source>
        <translation>Nøglen står i openclaw.json (%1). Det er sikrere at flytte den til nøgleringen.</translation>
    </message>
    <message>
        <source>No key yet.</source>
        <translation>Ingen nøgle endnu.</translation>
    </message>
    <message>
        <source>Enter the base URL, e.g. http://127.0.0.1:1234/v1</source>
        <translation>Indtast basis-URL&apos;en, f.eks. http://127.0.0.1:1234/v1</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https://</source>
        <translation>Basis-URL&apos;en skal starte med http:// eller https://</translation>
    </message>
    <message>
        <source>The base URL needs a host name.</source>
        <translation>Basis-URL&apos;en mangler et værtsnavn.</translation>
    </message>
    <message>
        <source>Enter a provider id, e.g. my-proxy</source>
        <translation>Indtast et udbyder-id, f.eks. my-proxy</translation>
    </message>
    <message>
        <source>Use lower-case letters, digits, dots, underscores or dashes.</source>
        <translation>Brug små bogstaver, cifre, punktummer, understregninger eller bindestreger.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Indtast API-nøglen.</translation>
    </message>
    <message>
        <source>No credential store is available.</source>
        <translation>Der er intet lager til loginoplysninger.</translation>
    </message>
    <message>
        <source>The server did not answer with a model list.</source>
        <translation>Serveren svarede ikke med en modelliste.</translation>
    </message>
    <message>
        <source>Could not reach LM Studio: %1. Is its server running?</source>
        <translation>Kunne ikke få forbindelse til LM Studio: %1. Kører serveren?</translation>
    </message>
</context>
<context>
    <name>clawdesk::QuotaMonitor</name>
    <message>
        <source>week</source>
        <extracomment>The weekly window of the MiniMax Coding Plan quota</extracomment>
        <translation>uge</translation>
    </message>
    <message>
        <source>%1 %2% left</source>
        <extracomment>A quota window and what is left of it, e.g. &quot;5h 63% left&quot;</extracomment>
        <translation>%1 %2% tilbage</translation>
    </message>
</context>
<context>
    <name>clawdesk::TrayController</name>
    <message>
        <source>Sign-in expired: open ClawDesk to sign in again</source>
        <translation>Login udløbet: Åbn ClawDesk for at logge ind igen</translation>
    </message>
    <message>
        <source>Gateway not available in this build</source>
        <translation>Gateway ikke tilgængelig i denne version</translation>
    </message>
    <message>
        <source>Gateway stopped</source>
        <translation>Gateway stoppet</translation>
    </message>
    <message>
        <source>Gateway starting…</source>
        <translation>Gateway starter…</translation>
    </message>
    <message>
        <source>Gateway error: %1</source>
        <translation>Gatewayfejl: %1</translation>
    </message>
    <message>
        <source>Serving fallback %1</source>
        <translation>Bruger fallback %1</translation>
    </message>
    <message>
        <source>Gateway running on port %1</source>
        <translation>Gateway kører på port %1</translation>
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
        <source>Restart gateway</source>
        <translation>Genstart gateway</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>Tray submenu listing the models to use as the primary (default) model</extracomment>
        <translation>Model</translation>
    </message>
    <message>
        <source>Open ClawDesk</source>
        <translation>Åbn ClawDesk</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <source>ClawDesk is still running</source>
        <translation>ClawDesk kører stadig</translation>
    </message>
    <message>
        <source>The gateway keeps serving in the background. Use the tray icon to open ClawDesk or to quit.</source>
        <translation>Gatewayen kører videre i baggrunden. Brug ikonet i systembakken til at åbne eller afslutte ClawDesk.</translation>
    </message>
    <message>
        <source>Back on the primary model</source>
        <translation>Tilbage på den primære model</translation>
    </message>
    <message>
        <source>%1 answers again.</source>
        <translation>%1 svarer igen.</translation>
    </message>
    <message>
        <source>Switched to a fallback model</source>
        <translation>Skiftet til en fallback-model</translation>
    </message>
    <message>
        <source>%1 failed (%2); now serving %3.</source>
        <translation>%1 fejlede (%2); bruger nu %3.</translation>
    </message>
</context>
<context>
    <name>clawdesk::WizardController</name>
    <message>
        <source>Choose a provider and an auth method first.</source>
        <translation>Vælg først en udbyder og en auth-metode.</translation>
    </message>
</context>
</TS>
