<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>ConnectToolsCard</name>
    <message>
        <source>Connect your tools</source>
        <translation>Forbind dine værktøjer</translation>
    </message>
    <message>
        <source>ClawDesk writes each tool&apos;s own settings so it uses this gateway. Undo puts the file back exactly as it was.</source>
        <translation>ClawDesk skriver hvert værktøjs egne indstillinger, så det bruger denne gateway. Fortryd sætter filen tilbage præcis, som den var.</translation>
    </message>
    <message>
        <source>Connected. The tool uses the gateway the next time it starts.</source>
        <translation>Forbundet. Værktøjet bruger gatewayen, næste gang det starter.</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Kan ikke forbinde: %1</translation>
    </message>
    <message>
        <source>%1&apos;s settings are back as they were.</source>
        <translation>Indstillingerne for %1 er sat tilbage, som de var.</translation>
    </message>
    <message>
        <source>Cannot undo: %1</source>
        <translation>Kan ikke fortryde: %1</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Forbundet</translation>
    </message>
    <message>
        <source>Overridden by a shell variable</source>
        <translation>Tilsidesat af en shell-variabel</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Ikke forbundet</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Forbind</translation>
    </message>
    <message>
        <source>Connect %1 to the gateway</source>
        <translation>Forbind %1 til gatewayen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>Undo connecting %1</source>
        <translation>Fortryd forbindelsen af %1</translation>
    </message>
    <message>
        <source>This change will be written (the token is shortened here):</source>
        <translation>Denne ændring bliver skrevet (tokenet er forkortet her):</translation>
    </message>
    <message>
        <source>Change to be written</source>
        <translation>Ændring, der skrives</translation>
    </message>
    <message>
        <source>Write the change</source>
        <translation>Skriv ændringen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
</context>
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
        <source>Start gateway</source>
        <translation>Start gateway</translation>
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
        <source>Regenerate gateway token</source>
        <translation>Generér nyt gatewaytoken</translation>
    </message>
    <message>
        <source>Port, bind and token apply the next time the gateway starts.</source>
        <translation>Port, adresse og token træder i kraft, næste gang gatewayen starter.</translation>
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
        <source>Restarting the gateway…</source>
        <translation>Genstarter gatewayen…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Prøv igen</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anmodninger</translation>
    </message>
    <message>
        <source>What each tool asked for, which model answered, and why a fallback was used. Select a request to see its attempts.</source>
        <translation>Hvad hvert værktøj bad om, hvilken model der svarede, og hvorfor en fallback blev brugt. Vælg en anmodning for at se dens forsøg.</translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation>Ingen anmodninger endnu</translation>
    </message>
    <message>
        <source>Point a tool at the gateway (see below); its requests appear here.</source>
        <translation>Peg et værktøj mod gatewayen (se nedenfor); dets anmodninger vises her.</translation>
    </message>
    <message>
        <source>Start the gateway, then point a tool at it; its requests appear here.</source>
        <translation>Start gatewayen, og peg derefter et værktøj mod den; dets anmodninger vises her.</translation>
    </message>
    <message>
        <source>%1 · %2 asked for %3</source>
        <translation>%1 · %2 bad om %3</translation>
    </message>
    <message>
        <source>Attempt %1: %2 — %3</source>
        <translation>Forsøg %1: %2 — %3</translation>
    </message>
    <message>
        <source>Served by %1: status %2, %3 ms, %4 in / %5 out tokens, %6</source>
        <translation>Besvaret af %1: status %2, %3 ms, %4 input- / %5 output-tokens, %6</translation>
    </message>
    <message>
        <source>Refused with status %1: %2</source>
        <translation>Afvist med status %1: %2</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Ryd listen</translation>
    </message>
    <message>
        <source>Request list cleared (usage totals keep them).</source>
        <translation>Anmodningslisten er ryddet (forbrugstotalerne beholder dem).</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Regenerate token</source>
        <translation>Generér nyt token</translation>
    </message>
    <message>
        <source>New token saved; it applies when the gateway restarts.</source>
        <translation>Nyt token gemt; det træder i kraft, når gatewayen genstarter.</translation>
    </message>
    <message>
        <source>New token saved.</source>
        <translation>Nyt token gemt.</translation>
    </message>
    <message>
        <source>Translated for the provider: %1</source>
        <translation>Oversat til udbyderen: %1</translation>
    </message>
    <message>
        <source>Manual setup</source>
        <translation>Manuel opsætning</translation>
    </message>
    <message>
        <source>For tools ClawDesk does not configure itself: paste these settings.</source>
        <translation>Til værktøjer, som ClawDesk ikke selv konfigurerer: Indsæt disse indstillinger.</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Luk meddelelsen</translation>
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
        <translation>Model/autentificering</translation>
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
        <translation>Model/autentificering</translation>
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
    <message>
        <source>API key for %1 saved: %2</source>
        <translation>API-nøgle til %1 gemt: %2</translation>
    </message>
    <message>
        <source>Signed in to MiniMax.</source>
        <translation>Logget ind på MiniMax.</translation>
    </message>
    <message>
        <source>Provider %1 saved.</source>
        <translation>Udbyder %1 gemt.</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modeller</translation>
    </message>
    <message>
        <source>No models yet: add the ids the server offers.</source>
        <translation>Ingen modeller endnu: Tilføj de id&apos;er, serveren tilbyder.</translation>
    </message>
    <message>
        <source>model id, e.g. gpt-4o-mini</source>
        <translation>model-id, f.eks. gpt-4o-mini</translation>
    </message>
    <message>
        <source>Model id to add to %1</source>
        <translation>Model-id, der skal føjes til %1</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>Tilføj model</translation>
    </message>
    <message>
        <source>Add model to %1</source>
        <translation>Tilføj model til %1</translation>
    </message>
    <message>
        <source>Model %1 added to %2.</source>
        <translation>Model %1 føjet til %2.</translation>
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
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>Remove alias %1?</source>
        <translation>Fjern alias %1?</translation>
    </message>
    <message>
        <source>Remove alias</source>
        <translation>Fjern alias</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Ctrl+Up and Ctrl+Down move the selected fallback; Delete removes it.</source>
        <translation>Ctrl+Op og Ctrl+Ned flytter den valgte fallback; Delete fjerner den.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Overblik</translation>
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
        <source>Start gateway</source>
        <translation>Start gateway</translation>
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
        <source>Config file</source>
        <translation>Konfigurationsfil</translation>
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
    <message>
        <source>%1 at %2</source>
        <translation>%1 ved %2</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Detaljer…</translation>
    </message>
    <message>
        <source>Open the Gateway page</source>
        <translation>Åbn siden Gateway</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fixed: %1</source>
        <translation>Rettet: %1</translation>
    </message>
    <message>
        <source>Could not fix it: %1</source>
        <translation>Kunne ikke rette det: %1</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Legitimationsoplysninger</translation>
    </message>
    <message>
        <source>Add a key…</source>
        <translation>Tilføj en nøgle…</translation>
    </message>
    <message>
        <source>%1  %2 failed (%3), tried %4</source>
        <translation>%1  %2 fejlede (%3), prøvede %4</translation>
    </message>
</context>
<context>
    <name>RequestRow</name>
    <message>
        <source>%1, %2 to %3, status %4</source>
        <translation>%1, %2 til %3, status %4</translation>
    </message>
    <message>
        <source>not served</source>
        <translation>ikke besvaret</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Requested → served</source>
        <translation>Anmodet → besvaret</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Latency</source>
        <extracomment>Column header: how long the request took</extracomment>
        <translation>Svartid</translation>
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
        <translation>Omkostning</translation>
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
    <name>ToastHost</name>
    <message>
        <source>Dismiss</source>
        <translation>Luk</translation>
    </message>
</context>
<context>
    <name>UsageChart</name>
    <message>
        <source>Usage per day</source>
        <translation>Forbrug pr. dag</translation>
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
    <message>
        <source>Last 90 days</source>
        <translation>Sidste 90 dage</translation>
    </message>
    <message>
        <source>By model</source>
        <translation>Pr. model</translation>
    </message>
    <message>
        <source>By provider</source>
        <translation>Pr. udbyder</translation>
    </message>
    <message>
        <source>Stack the bars</source>
        <translation>Stabl søjlerne</translation>
    </message>
    <message>
        <source>No requests in this period</source>
        <translation>Ingen anmodninger i denne periode</translation>
    </message>
    <message>
        <source>Usage appears here as the gateway serves requests.</source>
        <translation>Forbruget vises her, efterhånden som gatewayen behandler anmodninger.</translation>
    </message>
    <message>
        <source>Usage by provider</source>
        <translation>Forbrug pr. udbyder</translation>
    </message>
    <message>
        <source>Usage by model</source>
        <translation>Forbrug pr. model</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Udbyder</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anmodninger</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
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
        <translation>Udbyder til model/autentificering</translation>
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
    <message>
        <source>%1 (default)</source>
        <extracomment>A model in the picker list that is the default model (always offered)</extracomment>
        <translation>%1 (standard)</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Fallbacks</source>
        <translation>Fallbacks</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>MiniMax (recommended)</source>
        <translation>MiniMax (anbefalet)</translation>
    </message>
    <message>
        <source>Enter your API key. It is stored in the system keychain (when there is one) and in OpenClaw&apos;s own credential store, never in openclaw.json.</source>
        <translation>Indtast din API-nøgle. Den gemmes i systemets nøglering (hvis der er en) og i OpenClaws eget lager til loginoplysninger, aldrig i openclaw.json.</translation>
    </message>
</context>
<context>
    <name>clawdesk::AppState</name>
    <message>
        <source>Gateway stopped</source>
        <translation>Gateway stoppet</translation>
    </message>
    <message>
        <source>Gateway starting…</source>
        <translation>Gateway starter…</translation>
    </message>
    <message>
        <source>Gateway running on port %1</source>
        <translation>Gateway kører på port %1</translation>
    </message>
    <message>
        <source>Gateway failed to start</source>
        <translation>Gateway kunne ikke starte</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Siden %1</translation>
    </message>
    <message>
        <source>Tools pointed at ClawDesk cannot connect until you start it.</source>
        <translation>Værktøjer, der peger på ClawDesk, kan ikke forbinde, før du starter gatewayen.</translation>
    </message>
    <message>
        <source>Nothing served yet</source>
        <translation>Intet besvaret endnu</translation>
    </message>
    <message>
        <source>Last request served by fallback %1 at %2</source>
        <translation>Seneste anmodning besvaret af fallback %1, %2</translation>
    </message>
    <message>
        <source>Last request served by %1 at %2</source>
        <translation>Seneste anmodning besvaret af %1, %2</translation>
    </message>
    <message>
        <source>No openclaw.json yet</source>
        <translation>Ingen openclaw.json endnu</translation>
    </message>
    <message>
        <source>openclaw.json is valid</source>
        <translation>openclaw.json er gyldig</translation>
    </message>
    <message numerus="yes">
        <source>openclaw.json is valid, with %n warning(s)</source>
        <translation>
            <numerusform>openclaw.json er gyldig med %n advarsel</numerusform>
            <numerusform>openclaw.json er gyldig med %n advarsler</numerusform>
        </translation>
    </message>
    <message>
        <source>openclaw.json does not parse</source>
        <translation>openclaw.json kan ikke læses</translation>
    </message>
    <message>
        <source>openclaw.json has errors OpenClaw would reject</source>
        <translation>openclaw.json har fejl, som OpenClaw ville afvise</translation>
    </message>
    <message>
        <source>%1: sign-in expired, sign in again</source>
        <translation>%1: login udløbet, log ind igen</translation>
    </message>
    <message>
        <source>%1: key from %2</source>
        <translation>%1: nøgle fra %2</translation>
    </message>
    <message>
        <source>%1: signed in</source>
        <translation>%1: logget ind</translation>
    </message>
    <message>
        <source>%1: key in auth profile %2</source>
        <translation>%1: nøgle i auth-profil %2</translation>
    </message>
    <message>
        <source>%1: key in openclaw.json</source>
        <translation>%1: nøgle i openclaw.json</translation>
    </message>
    <message>
        <source>%1: local server, no key needed</source>
        <translation>%1: lokal server, ingen nøgle nødvendig</translation>
    </message>
    <message>
        <source>%1: no API key or sign-in</source>
        <translation>%1: ingen API-nøgle eller login</translation>
    </message>
    <message>
        <source>Sign-in expired: open ClawDesk to sign in again</source>
        <translation>Login udløbet: Åbn ClawDesk for at logge ind igen</translation>
    </message>
    <message>
        <source>openclaw.json needs fixing: %1</source>
        <translation>openclaw.json skal rettes: %1</translation>
    </message>
    <message>
        <source>Gateway failed to start: %1</source>
        <translation>Gateway kunne ikke starte: %1</translation>
    </message>
    <message>
        <source>Gateway running; last request served by fallback %1</source>
        <translation>Gateway kører; seneste anmodning besvaret af fallback %1</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>for mange anmodninger</translation>
    </message>
    <message>
        <source>could not connect</source>
        <translation>ingen forbindelse</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>timeout</translation>
    </message>
    <message>
        <source>key rejected</source>
        <translation>nøgle afvist</translation>
    </message>
    <message>
        <source>billing or quota</source>
        <translation>fakturering eller kvote</translation>
    </message>
    <message>
        <source>overloaded</source>
        <translation>overbelastet</translation>
    </message>
    <message>
        <source>provider error</source>
        <translation>udbyderfejl</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>ukendt model</translation>
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
    <message>
        <source>No model could answer: every candidate failed to connect.</source>
        <translation>Ingen model kunne svare: Ingen af kandidaterne kunne få forbindelse.</translation>
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
        <source>Alias %1 already points to %2.</source>
        <translation>Alias %1 peger allerede på %2.</translation>
    </message>
    <message>
        <source>openclaw.json changed since; nothing was undone.</source>
        <translation>openclaw.json er ændret siden; intet blev fortrudt.</translation>
    </message>
    <message>
        <source>The earlier version cannot be read; nothing was undone.</source>
        <translation>Den tidligere version kan ikke læses; intet blev fortrudt.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Fortrudt.</translation>
    </message>
    <message>
        <source>Primary model set to %1.</source>
        <translation>Primær model sat til %1.</translation>
    </message>
    <message>
        <source>Alias %1 added.</source>
        <translation>Alias %1 tilføjet.</translation>
    </message>
    <message>
        <source>Alias %1 removed.</source>
        <translation>Alias %1 fjernet.</translation>
    </message>
    <message>
        <source>the primary model</source>
        <translation>den primære model</translation>
    </message>
    <message>
        <source>fallback #%1</source>
        <translation>fallback #%1</translation>
    </message>
    <message>
        <source>%1 is used by %2. Removing it writes %3 there instead, so the chain keeps the same model.</source>
        <translation>%1 bruges som %2. Fjernes det, skrives %3 der i stedet, så kæden beholder den samme model.</translation>
    </message>
    <message>
        <source>Alias %1 renamed to %2.</source>
        <translation>Alias %1 omdøbt til %2.</translation>
    </message>
    <message>
        <source>%1 added to the fallback chain.</source>
        <translation>%1 føjet til fallback-kæden.</translation>
    </message>
    <message>
        <source>Fallback %1 removed.</source>
        <translation>Fallback %1 fjernet.</translation>
    </message>
    <message>
        <source>Fallback chain reordered.</source>
        <translation>Fallback-kædens rækkefølge er ændret.</translation>
    </message>
    <message>
        <source>Fallback chain cleared.</source>
        <translation>Fallback-kæden er ryddet.</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConnectController</name>
    <message>
        <source>Unknown tool: %1</source>
        <translation>Ukendt værktøj: %1</translation>
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
        <source>the connection was refused</source>
        <translation>forbindelsen blev afvist</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>forbindelsen blev lukket</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>intet svar i tide</translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation>den sikre forbindelse mislykkedes</translation>
    </message>
    <message>
        <source>the host name was not found</source>
        <translation>værtsnavnet blev ikke fundet</translation>
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
    <message>
        <source>Signed in: profile %1 in OpenClaw&apos;s credential store (%2).</source>
        <translation>Logget ind: profil %1 i OpenClaws lager til loginoplysninger (%2).</translation>
    </message>
    <message>
        <source>Signed in: profile %1 in a leftover auth-profiles.json (%2); run openclaw doctor --fix to move it into OpenClaw&apos;s credential store.</source>
        <translation>Logget ind: profil %1 i en efterladt auth-profiles.json (%2); kør openclaw doctor --fix for at flytte den til OpenClaws lager til loginoplysninger.</translation>
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
        <source>ClawDesk stays in the tray; the gateway is not running. Use the tray icon to open ClawDesk, start the gateway or quit.</source>
        <translation>ClawDesk bliver i systembakken; gatewayen kører ikke. Brug ikonet i systembakken til at åbne ClawDesk, starte gatewayen eller afslutte.</translation>
    </message>
    <message>
        <source>%1 is tried first again.</source>
        <translation>%1 prøves igen først.</translation>
    </message>
    <message>
        <source>Primary model failed</source>
        <translation>Primær model fejlede</translation>
    </message>
    <message>
        <source>%1 failed (%2); trying %3.</source>
        <translation>%1 fejlede (%2); prøver %3.</translation>
    </message>
</context>
<context>
    <name>clawdesk::UsageModel</name>
    <message>
        <source>Other</source>
        <extracomment>The stack of the usage chart that sums every model or provider not shown by name</extracomment>
        <translation>Andre</translation>
    </message>
    <message>
        <source>No requests</source>
        <translation>Ingen anmodninger</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 tokens · %n request(s)</source>
        <translation>
            <numerusform>%1 · %2 tokens · %n anmodning</numerusform>
            <numerusform>%1 · %2 tokens · %n anmodninger</numerusform>
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
        <translation>Vælg først en udbyder og en auth-metode.</translation>
    </message>
</context>
</TS>
