<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ConnectToolsCard</name>
    <message>
        <source>Connect your tools</source>
        <translation>Je tools koppelen</translation>
    </message>
    <message>
        <source>ClawDesk writes each tool&apos;s own settings so it uses this gateway. Undo puts the file back exactly as it was.</source>
        <translation>ClawDesk schrijft de eigen instellingen van elke tool, zodat die deze gateway gebruikt. Ongedaan maken zet het bestand precies terug zoals het was.</translation>
    </message>
    <message>
        <source>Connected. The tool uses the gateway the next time it starts.</source>
        <translation>Gekoppeld. De tool gebruikt de gateway vanaf de volgende keer dat hij start.</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Kan niet koppelen: %1</translation>
    </message>
    <message>
        <source>%1&apos;s settings are back as they were.</source>
        <translation>De instellingen van %1 zijn teruggezet zoals ze waren.</translation>
    </message>
    <message>
        <source>Cannot undo: %1</source>
        <translation>Kan niet ongedaan maken: %1</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Gekoppeld</translation>
    </message>
    <message>
        <source>Overridden by a shell variable</source>
        <translation>Overschreven door een shellvariabele</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Niet gekoppeld</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Koppelen</translation>
    </message>
    <message>
        <source>Connect %1 to the gateway</source>
        <translation>%1 aan de gateway koppelen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Undo connecting %1</source>
        <translation>Koppelen van %1 ongedaan maken</translation>
    </message>
    <message>
        <source>This change will be written (the token is shortened here):</source>
        <translation>Deze wijziging wordt geschreven (het token is hier ingekort):</translation>
    </message>
    <message>
        <source>Change to be written</source>
        <translation>Te schrijven wijziging</translation>
    </message>
    <message>
        <source>Write the change</source>
        <translation>Wijziging schrijven</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Test connection</source>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <source>Test the connection to %1</source>
        <translation>Verbinding met %1 testen</translation>
    </message>
</context>
<context>
    <name>CopyableSnippet</name>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopiëren</translation>
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
        <translation>Gateway starten</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>Gateway stoppen</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Herstarten</translation>
    </message>
    <message>
        <source>Restart gateway</source>
        <translation>Gateway herstarten</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <source>Gateway port</source>
        <translation>Gatewaypoort</translation>
    </message>
    <message>
        <source>Bind</source>
        <extracomment>Network address the gateway listens on</extracomment>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Gateway bind address</source>
        <translation>Luisteradres van de gateway</translation>
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
        <translation>Gatewaytoken vernieuwen</translation>
    </message>
    <message>
        <source>Port, bind and token apply the next time the gateway starts.</source>
        <translation>Poort, adres en token gelden vanaf de volgende start van de gateway.</translation>
    </message>
    <message>
        <source>Claude Code</source>
        <translation>Claude Code</translation>
    </message>
    <message>
        <source>Cline / Roo Code / Kilo Code (OpenAI compatible)</source>
        <translation>Cline / Roo Code / Kilo Code (OpenAI-compatibel)</translation>
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
        <translation>Gateway wordt herstart…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Verzoeken</translation>
    </message>
    <message>
        <source>What each tool asked for, which model answered, and why a fallback was used. Select a request to see its attempts.</source>
        <translation>Wat elke tool vroeg, welk model antwoordde en waarom een fallback werd gebruikt. Selecteer een verzoek om de pogingen te zien.</translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation>Nog geen verzoeken</translation>
    </message>
    <message>
        <source>Point a tool at the gateway (see below); its requests appear here.</source>
        <translation>Stel een tool in op de gateway (zie hieronder); de verzoeken verschijnen hier.</translation>
    </message>
    <message>
        <source>Start the gateway, then point a tool at it; its requests appear here.</source>
        <translation>Start de gateway en stel er een tool op in; de verzoeken verschijnen hier.</translation>
    </message>
    <message>
        <source>%1 · %2 asked for %3</source>
        <translation>%1 · %2 vroeg om %3</translation>
    </message>
    <message>
        <source>Attempt %1: %2 — %3</source>
        <translation>Poging %1: %2 — %3</translation>
    </message>
    <message>
        <source>Served by %1: status %2, %3 ms, %4 in / %5 out tokens, %6</source>
        <translation>Beantwoord door %1: status %2, %3 ms, %4 invoer- / %5 uitvoertokens, %6</translation>
    </message>
    <message>
        <source>Refused with status %1: %2</source>
        <translation>Geweigerd met status %1: %2</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Lijst wissen</translation>
    </message>
    <message>
        <source>Request list cleared (usage totals keep them).</source>
        <translation>Verzoekenlijst gewist (de gebruikstotalen tellen ze nog mee).</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Regenerate token</source>
        <translation>Token vernieuwen</translation>
    </message>
    <message>
        <source>New token saved; it applies when the gateway restarts.</source>
        <translation>Nieuw token opgeslagen; het geldt zodra de gateway herstart.</translation>
    </message>
    <message>
        <source>New token saved.</source>
        <translation>Nieuw token opgeslagen.</translation>
    </message>
    <message>
        <source>Translated for the provider: %1</source>
        <translation>Vertaald voor de provider: %1</translation>
    </message>
    <message>
        <source>Manual setup</source>
        <translation>Handmatig instellen</translation>
    </message>
    <message>
        <source>For tools ClawDesk does not configure itself: paste these settings.</source>
        <translation>Voor tools die ClawDesk niet zelf configureert: plak deze instellingen.</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Melding sluiten</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Model/auth</source>
        <extracomment>Sidebar page for choosing providers and signing in</extracomment>
        <translation>Model/authenticatie</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modellen</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Gebruik</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>ClawDesk</source>
        <translation>ClawDesk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <source>Configure…</source>
        <translation>Configureren…</translation>
    </message>
    <message>
        <source>Open the configure wizard</source>
        <translation>De configuratiewizard openen</translation>
    </message>
    <message>
        <source>No system tray found: closing the window quits ClawDesk and stops the gateway.</source>
        <translation>Geen systeemvak gevonden: als je het venster sluit, wordt ClawDesk afgesloten en stopt de gateway.</translation>
    </message>
</context>
<context>
    <name>ModelAuthPage</name>
    <message>
        <source>Model/auth</source>
        <translation>Model/authenticatie</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>MiniMax</source>
        <translation>MiniMax</translation>
    </message>
    <message>
        <source>Coding Plan sign-in (OAuth) or an API key. Lightning is the faster variant with a higher output price.</source>
        <translation>Inloggen met Coding Plan (OAuth) of een API-sleutel. Lightning is de snellere variant met hogere uitvoerkosten.</translation>
    </message>
    <message>
        <source>OAuth: %1</source>
        <translation>OAuth: %1</translation>
    </message>
    <message>
        <source>Sign in with MiniMax (Global)</source>
        <translation>Inloggen bij MiniMax (Global)</translation>
    </message>
    <message>
        <source>Sign in (CN)</source>
        <extracomment>MiniMax&apos;s endpoint for users in mainland China</extracomment>
        <translation>Inloggen (CN)</translation>
    </message>
    <message>
        <source>Sign in with MiniMax (China)</source>
        <translation>Inloggen bij MiniMax (China)</translation>
    </message>
    <message>
        <source>Asking MiniMax for a code…</source>
        <translation>Code opvragen bij MiniMax…</translation>
    </message>
    <message>
        <source>Open this page and enter the code:</source>
        <translation>Open deze pagina en voer de code in:</translation>
    </message>
    <message>
        <source>Sign-in code %1</source>
        <translation>Inlogcode %1</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Code kopiëren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Inloggen annuleren</translation>
    </message>
    <message>
        <source>The code expires in %1:%2</source>
        <translation>De code verloopt over %1:%2</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Ingelogd.</translation>
    </message>
    <message>
        <source>API key: %1</source>
        <translation>API-sleutel: %1</translation>
    </message>
    <message>
        <source>MiniMax API key</source>
        <translation>MiniMax API-sleutel</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Sleutel opslaan</translation>
    </message>
    <message>
        <source>Save MiniMax API key</source>
        <translation>MiniMax API-sleutel opslaan</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>Anthropic API key (sk-ant-…)</source>
        <translation>Anthropic API-sleutel (sk-ant-…)</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>Anthropic API-sleutel</translation>
    </message>
    <message>
        <source>Save Anthropic API key</source>
        <translation>Anthropic API-sleutel opslaan</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>OpenAI-compatibel</translation>
    </message>
    <message>
        <source>Any server that speaks the OpenAI API, under a provider id of your choice.</source>
        <translation>Elke server die de OpenAI API ondersteunt, onder een zelfgekozen provider-id.</translation>
    </message>
    <message>
        <source>Provider id</source>
        <translation>Provider-id</translation>
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
        <translation>Provider opslaan</translation>
    </message>
    <message>
        <source>LM Studio</source>
        <translation>LM Studio</translation>
    </message>
    <message>
        <source>Models running on this computer. No key is needed; nothing leaves your machine.</source>
        <translation>Modellen die op deze computer draaien. Je hebt geen sleutel nodig en er verlaat niets je computer.</translation>
    </message>
    <message>
        <source>LM Studio base URL</source>
        <translation>Basis-URL van LM Studio</translation>
    </message>
    <message>
        <source>Discover models</source>
        <translation>Modellen ophalen</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 gebruiken</translation>
    </message>
    <message>
        <source>API key for %1 saved: %2</source>
        <translation>API-sleutel voor %1 opgeslagen: %2</translation>
    </message>
    <message>
        <source>Signed in to MiniMax.</source>
        <translation>Ingelogd bij MiniMax.</translation>
    </message>
    <message>
        <source>Provider %1 saved.</source>
        <translation>Provider %1 opgeslagen.</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modellen</translation>
    </message>
    <message>
        <source>No models yet: add the ids the server offers.</source>
        <translation>Nog geen modellen: voeg de id&apos;s toe die de server aanbiedt.</translation>
    </message>
    <message>
        <source>model id, e.g. gpt-4o-mini</source>
        <translation>model-id, bijv. gpt-4o-mini</translation>
    </message>
    <message>
        <source>Model id to add to %1</source>
        <translation>Model-id om aan %1 toe te voegen</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>Model toevoegen</translation>
    </message>
    <message>
        <source>Add model to %1</source>
        <translation>Model aan %1 toevoegen</translation>
    </message>
    <message>
        <source>Model %1 added to %2.</source>
        <translation>Model %1 toegevoegd aan %2.</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Models</source>
        <translation>Modellen</translation>
    </message>
    <message>
        <source>The change was not saved.</source>
        <translation>De wijziging is niet opgeslagen.</translation>
    </message>
    <message>
        <source>Search models, names or aliases</source>
        <translation>Zoek op model, naam of alias</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>Modellen zoeken</translation>
    </message>
    <message>
        <source>Show all catalog</source>
        <translation>Hele catalogus tonen</translation>
    </message>
    <message>
        <source>Show all catalog models</source>
        <translation>Alle modellen uit de catalogus tonen</translation>
    </message>
    <message>
        <source>Model list</source>
        <translation>Modellijst</translation>
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
        <translation>geen auth</translation>
    </message>
    <message>
        <source>local</source>
        <translation>lokaal</translation>
    </message>
    <message>
        <source>alias %1</source>
        <translation>alias %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <source>fallback #%1</source>
        <extracomment>Position in the fallback chain, e.g. &quot;fallback #2&quot;</extracomment>
        <translation>fallback #%1</translation>
    </message>
    <message>
        <source>Make primary</source>
        <translation>Primair maken</translation>
    </message>
    <message>
        <source>Make %1 the primary model</source>
        <translation>%1 het primaire model maken</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primair</translation>
    </message>
    <message>
        <source>Add as fallback</source>
        <translation>Als fallback toevoegen</translation>
    </message>
    <message>
        <source>Add %1 as a fallback</source>
        <translation>%1 als fallback toevoegen</translation>
    </message>
    <message>
        <source>Fallback chain</source>
        <translation>Fallbackketen</translation>
    </message>
    <message>
        <source>Tried in this order when the primary fails. Drag to reorder, or use Ctrl+Up/Down.</source>
        <translation>Worden in deze volgorde geprobeerd als het primaire model uitvalt. Sleep om de volgorde te wijzigen, of gebruik Ctrl+Omhoog/Omlaag.</translation>
    </message>
    <message>
        <source>Fallback %1: %2</source>
        <translation>Fallback %1: %2</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>%1 omhoog verplaatsen</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>%1 omlaag verplaatsen</translation>
    </message>
    <message>
        <source>Remove fallback %1</source>
        <translation>Fallback %1 verwijderen</translation>
    </message>
    <message>
        <source>No fallbacks: requests fail when the primary fails.</source>
        <translation>Geen fallbacks: verzoeken mislukken als het primaire model uitvalt.</translation>
    </message>
    <message>
        <source>Model to add as fallback</source>
        <translation>Model om als fallback toe te voegen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Add fallback</source>
        <translation>Fallback toevoegen</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliassen</translation>
    </message>
    <message>
        <source>Short names you can type instead of provider/model.</source>
        <translation>Korte namen die je kunt typen in plaats van provider/model.</translation>
    </message>
    <message>
        <source>Alias for %1</source>
        <translation>Alias voor %1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Hernoemen</translation>
    </message>
    <message>
        <source>Rename alias %1</source>
        <translation>Alias %1 hernoemen</translation>
    </message>
    <message>
        <source>Remove alias %1</source>
        <translation>Alias %1 verwijderen</translation>
    </message>
    <message>
        <source>new alias</source>
        <translation>nieuwe alias</translation>
    </message>
    <message>
        <source>New alias</source>
        <translation>Nieuwe alias</translation>
    </message>
    <message>
        <source>Model for the new alias</source>
        <translation>Model voor de nieuwe alias</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>Alias toevoegen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Remove alias %1?</source>
        <translation>Alias %1 verwijderen?</translation>
    </message>
    <message>
        <source>Remove alias</source>
        <translation>Alias verwijderen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Ctrl+Up and Ctrl+Down move the selected fallback; Delete removes it.</source>
        <translation>Ctrl+Omhoog en Ctrl+Omlaag verplaatsen de geselecteerde fallback; Delete verwijdert hem.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>Openen in editor</translation>
    </message>
    <message>
        <source>No openclaw.json yet at %1.</source>
        <translation>Nog geen openclaw.json in %1.</translation>
    </message>
    <message>
        <source>Set up…</source>
        <translation>Instellen…</translation>
    </message>
    <message>
        <source>The gateway keeps serving the last good config.</source>
        <translation>De gateway blijft de laatste geldige configuratie gebruiken.</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Start gateway</source>
        <translation>Gateway starten</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>Gateway stoppen</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modellen</translation>
    </message>
    <message>
        <source>Configured chain</source>
        <translation>Ingestelde keten</translation>
    </message>
    <message>
        <source>Edit models…</source>
        <translation>Modellen bewerken…</translation>
    </message>
    <message>
        <source>Edit models</source>
        <translation>Modellen bewerken</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n verzoek</numerusform>
            <numerusform>%n verzoeken</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <extracomment>Money spent today, in US dollars</extracomment>
        <translation>Kosten: %1</translation>
    </message>
    <message>
        <source>Recent failovers</source>
        <translation>Recente overschakelingen</translation>
    </message>
    <message>
        <source>None so far.</source>
        <translation>Nog geen.</translation>
    </message>
    <message>
        <source>%1  back to %2</source>
        <translation>%1  terug naar %2</translation>
    </message>
    <message>
        <source>Config file</source>
        <translation>Configuratiebestand</translation>
    </message>
    <message>
        <source>Open openclaw.json in editor</source>
        <translation>openclaw.json openen in editor</translation>
    </message>
    <message>
        <source>Coding Plan: %1</source>
        <extracomment>MiniMax Coding Plan quota windows, e.g. &quot;5h 63% left ⏱2h 10m · week 88% left&quot;</extracomment>
        <translation>Coding Plan: %1</translation>
    </message>
    <message>
        <source>Coding Plan quota unavailable: %1</source>
        <translation>Coding Plan-quotum niet beschikbaar: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bij %2</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Open the Gateway page</source>
        <translation>De Gateway-pagina openen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fixed: %1</source>
        <translation>Hersteld: %1</translation>
    </message>
    <message>
        <source>Could not fix it: %1</source>
        <translation>Kon het niet herstellen: %1</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Toegangsgegevens</translation>
    </message>
    <message>
        <source>Add a key…</source>
        <translation>Sleutel toevoegen…</translation>
    </message>
    <message>
        <source>%1  %2 failed (%3), tried %4</source>
        <translation>%1  %2 uitgevallen (%3), %4 geprobeerd</translation>
    </message>
</context>
<context>
    <name>RequestRow</name>
    <message>
        <source>%1, %2 to %3, status %4</source>
        <translation>%1, %2 naar %3, status %4</translation>
    </message>
    <message>
        <source>not served</source>
        <translation>niet beantwoord</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Requested → served</source>
        <translation>Gevraagd → beantwoord</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Latency</source>
        <extracomment>Column header: how long the request took</extracomment>
        <translation>Latentie</translation>
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
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Failover</source>
        <extracomment>Column header: why the gateway moved on to a fallback model</extracomment>
        <translation>Overschakeling</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>%1 verbergen</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation>%1 tonen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopiëren</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Theme</source>
        <extracomment>Colour theme of the window</extracomment>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Systeem volgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>Startup and tray</source>
        <translation>Opstarten en systeemvak</translation>
    </message>
    <message>
        <source>Start ClawDesk when I log in</source>
        <translation>ClawDesk starten wanneer ik inlog</translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation>Starten in het systeemvak</translation>
    </message>
    <message>
        <source>Notify me when the gateway switches to a fallback and back</source>
        <translation>Melden wanneer de gateway overschakelt naar een fallback en weer terug</translation>
    </message>
    <message>
        <source>No system tray is available on this desktop, so ClawDesk quits when its window is closed.</source>
        <translation>Deze desktop heeft geen systeemvak, dus ClawDesk sluit af wanneer je het venster sluit.</translation>
    </message>
    <message>
        <source>OpenClaw config</source>
        <translation>OpenClaw-configuratie</translation>
    </message>
    <message>
        <source>Leave empty to use the file OpenClaw itself uses. Takes effect after a restart.</source>
        <translation>Laat leeg om het bestand te gebruiken dat OpenClaw zelf gebruikt. Wordt van kracht na een herstart.</translation>
    </message>
    <message>
        <source>Config file path</source>
        <translation>Pad naar configuratiebestand</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>Openen in editor</translation>
    </message>
    <message>
        <source>Open openclaw.json in editor</source>
        <translation>openclaw.json openen in editor</translation>
    </message>
</context>
<context>
    <name>ToastHost</name>
    <message>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>UsageChart</name>
    <message>
        <source>Usage per day</source>
        <translation>Gebruik per dag</translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message>
        <source>Usage</source>
        <translation>Gebruik</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 dagen</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 dagen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 dagen</translation>
    </message>
    <message>
        <source>By model</source>
        <translation>Per model</translation>
    </message>
    <message>
        <source>By provider</source>
        <translation>Per provider</translation>
    </message>
    <message>
        <source>Stack the bars</source>
        <translation>Staven stapelen</translation>
    </message>
    <message>
        <source>No requests in this period</source>
        <translation>Geen verzoeken in deze periode</translation>
    </message>
    <message>
        <source>Usage appears here as the gateway serves requests.</source>
        <translation>Het gebruik verschijnt hier zodra de gateway verzoeken afhandelt.</translation>
    </message>
    <message>
        <source>Usage by provider</source>
        <translation>Gebruik per provider</translation>
    </message>
    <message>
        <source>Usage by model</source>
        <translation>Gebruik per model</translation>
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
        <translation>Verzoeken</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Aandeel</translation>
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
        <translation>Auth-methode</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Inloggen</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Standaardmodel</translation>
    </message>
    <message>
        <source>Model picker</source>
        <translation>Modelkiezer</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Configure wizard</source>
        <translation>Configuratiewizard</translation>
    </message>
    <message>
        <source>Set up OpenClaw</source>
        <translation>OpenClaw instellen</translation>
    </message>
    <message>
        <source>Model/auth provider</source>
        <translation>Provider voor model/authenticatie</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>LM Studio (local)</source>
        <translation>LM Studio (lokaal)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-sleutel</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Sleutel opslaan</translation>
    </message>
    <message>
        <source>Save API key</source>
        <translation>API-sleutel opslaan</translation>
    </message>
    <message>
        <source>Sign in with your MiniMax account in the browser.</source>
        <translation>Log in de browser in met je MiniMax-account.</translation>
    </message>
    <message>
        <source>Start sign-in</source>
        <translation>Inloggen starten</translation>
    </message>
    <message>
        <source>No sign-in needed. Start LM Studio&apos;s local server (Developer → Start server).</source>
        <translation>Inloggen is niet nodig. Start de lokale server van LM Studio (Developer → Start server).</translation>
    </message>
    <message>
        <source>Models in the /model picker. Besides the default, the ones you tick become fallbacks, in this order.</source>
        <translation>Modellen in de /model-kiezer. Naast het standaardmodel worden de aangevinkte modellen fallbacks, in deze volgorde.</translation>
    </message>
    <message>
        <source>Offer %1</source>
        <translation>%1 aanbieden</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Opgeslagen in %1.</translation>
    </message>
    <message>
        <source>These changes will be written to %1:</source>
        <translation>Deze wijzigingen worden naar %1 geschreven:</translation>
    </message>
    <message>
        <source>Changes to openclaw.json</source>
        <translation>Wijzigingen in openclaw.json</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancel the wizard</source>
        <translation>Wizard annuleren</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Write openclaw.json</source>
        <translation>openclaw.json schrijven</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <extracomment>A model in the picker list that is the default model (always offered)</extracomment>
        <translation>%1 (standaard)</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Inloggen</translation>
    </message>
    <message>
        <source>Fallbacks</source>
        <translation>Fallbacks</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>MiniMax (recommended)</source>
        <translation>MiniMax (aanbevolen)</translation>
    </message>
    <message>
        <source>Enter your API key. It is stored in the system keychain (when there is one) and in OpenClaw&apos;s own credential store, never in openclaw.json.</source>
        <translation>Voer je API-sleutel in. Die wordt bewaard in de sleutelbos van het systeem (als die er is) en in de eigen opslag voor inloggegevens van OpenClaw, nooit in openclaw.json.</translation>
    </message>
</context>
<context>
    <name>clawdesk::AppState</name>
    <message>
        <source>Gateway stopped</source>
        <translation>Gateway gestopt</translation>
    </message>
    <message>
        <source>Gateway starting…</source>
        <translation>Gateway wordt gestart…</translation>
    </message>
    <message>
        <source>Gateway running on port %1</source>
        <translation>Gateway actief op poort %1</translation>
    </message>
    <message>
        <source>Gateway failed to start</source>
        <translation>Gateway kon niet starten</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Sinds %1</translation>
    </message>
    <message>
        <source>Tools pointed at ClawDesk cannot connect until you start it.</source>
        <translation>Tools die op ClawDesk zijn ingesteld, kunnen pas verbinding maken als je de gateway start.</translation>
    </message>
    <message>
        <source>Nothing served yet</source>
        <translation>Nog niets beantwoord</translation>
    </message>
    <message>
        <source>Last request served by fallback %1 at %2</source>
        <translation>Laatste verzoek beantwoord door fallback %1 om %2</translation>
    </message>
    <message>
        <source>Last request served by %1 at %2</source>
        <translation>Laatste verzoek beantwoord door %1 om %2</translation>
    </message>
    <message>
        <source>No openclaw.json yet</source>
        <translation>Nog geen openclaw.json</translation>
    </message>
    <message>
        <source>openclaw.json is valid</source>
        <translation>openclaw.json is geldig</translation>
    </message>
    <message numerus="yes">
        <source>openclaw.json is valid, with %n warning(s)</source>
        <translation>
            <numerusform>openclaw.json is geldig, met %n waarschuwing</numerusform>
            <numerusform>openclaw.json is geldig, met %n waarschuwingen</numerusform>
        </translation>
    </message>
    <message>
        <source>openclaw.json does not parse</source>
        <translation>openclaw.json is onleesbaar</translation>
    </message>
    <message>
        <source>openclaw.json has errors OpenClaw would reject</source>
        <translation>openclaw.json bevat fouten waardoor OpenClaw het zou weigeren</translation>
    </message>
    <message>
        <source>%1: sign-in expired, sign in again</source>
        <translation>%1: login verlopen, log opnieuw in</translation>
    </message>
    <message>
        <source>%1: key from %2</source>
        <translation>%1: sleutel uit %2</translation>
    </message>
    <message>
        <source>%1: signed in</source>
        <translation>%1: ingelogd</translation>
    </message>
    <message>
        <source>%1: key in auth profile %2</source>
        <translation>%1: sleutel in authprofiel %2</translation>
    </message>
    <message>
        <source>%1: key in openclaw.json</source>
        <translation>%1: sleutel in openclaw.json</translation>
    </message>
    <message>
        <source>%1: local server, no key needed</source>
        <translation>%1: lokale server, geen sleutel nodig</translation>
    </message>
    <message>
        <source>%1: no API key or sign-in</source>
        <translation>%1: geen API-sleutel of login</translation>
    </message>
    <message>
        <source>Sign-in expired: open ClawDesk to sign in again</source>
        <translation>Login verlopen: open ClawDesk om opnieuw in te loggen</translation>
    </message>
    <message>
        <source>openclaw.json needs fixing: %1</source>
        <translation>openclaw.json moet worden hersteld: %1</translation>
    </message>
    <message>
        <source>Gateway failed to start: %1</source>
        <translation>Gateway kon niet starten: %1</translation>
    </message>
    <message>
        <source>Gateway running; last request served by fallback %1</source>
        <translation>Gateway actief; laatste verzoek beantwoord door fallback %1</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>te veel verzoeken</translation>
    </message>
    <message>
        <source>could not connect</source>
        <translation>geen verbinding</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>time-out</translation>
    </message>
    <message>
        <source>key rejected</source>
        <translation>sleutel geweigerd</translation>
    </message>
    <message>
        <source>billing or quota</source>
        <translation>facturering of quotum</translation>
    </message>
    <message>
        <source>overloaded</source>
        <translation>overbelast</translation>
    </message>
    <message>
        <source>provider error</source>
        <translation>providerfout</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>onbekend model</translation>
    </message>
</context>
<context>
    <name>clawdesk::Application</name>
    <message>
        <source>Coding Plan: %1 of %2 prompts left</source>
        <translation>Coding Plan: nog %1 van %2 prompts</translation>
    </message>
    <message>
        <source>Coding Plan: %1</source>
        <translation>Coding Plan: %1</translation>
    </message>
    <message>
        <source>No model could answer: every candidate failed to connect.</source>
        <translation>Geen enkel model kon antwoorden: geen van de kandidaten kreeg verbinding.</translation>
    </message>
</context>
<context>
    <name>clawdesk::Autostart</name>
    <message>
        <source>Cannot remove %1</source>
        <translation>Kan %1 niet verwijderen</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConfigController</name>
    <message>
        <source>Alias %1 already points to %2.</source>
        <translation>Alias %1 verwijst al naar %2.</translation>
    </message>
    <message>
        <source>openclaw.json changed since; nothing was undone.</source>
        <translation>openclaw.json is intussen gewijzigd; er is niets ongedaan gemaakt.</translation>
    </message>
    <message>
        <source>The earlier version cannot be read; nothing was undone.</source>
        <translation>De eerdere versie is niet leesbaar; er is niets ongedaan gemaakt.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Ongedaan gemaakt.</translation>
    </message>
    <message>
        <source>Primary model set to %1.</source>
        <translation>Primair model ingesteld op %1.</translation>
    </message>
    <message>
        <source>Alias %1 added.</source>
        <translation>Alias %1 toegevoegd.</translation>
    </message>
    <message>
        <source>Alias %1 removed.</source>
        <translation>Alias %1 verwijderd.</translation>
    </message>
    <message>
        <source>the primary model</source>
        <translation>het primaire model</translation>
    </message>
    <message>
        <source>fallback #%1</source>
        <translation>fallback #%1</translation>
    </message>
    <message>
        <source>%1 is used by %2. Removing it writes %3 there instead, so the chain keeps the same model.</source>
        <translation>%1 wordt gebruikt als %2. Bij verwijderen wordt daar %3 geschreven, zodat de keten hetzelfde model houdt.</translation>
    </message>
    <message>
        <source>Alias %1 renamed to %2.</source>
        <translation>Alias %1 hernoemd naar %2.</translation>
    </message>
    <message>
        <source>%1 added to the fallback chain.</source>
        <translation>%1 toegevoegd aan de fallbackketen.</translation>
    </message>
    <message>
        <source>Fallback %1 removed.</source>
        <translation>Fallback %1 verwijderd.</translation>
    </message>
    <message>
        <source>Fallback chain reordered.</source>
        <translation>Volgorde van de fallbackketen gewijzigd.</translation>
    </message>
    <message>
        <source>Fallback chain cleared.</source>
        <translation>Fallbackketen geleegd.</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConnectController</name>
    <message>
        <source>Unknown tool: %1</source>
        <translation>Onbekende tool: %1</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConnectionTester</name>
    <message>
        <source>%1 is not set up in openclaw.json yet: save it first.</source>
        <translation>%1 staat nog niet in openclaw.json: sla de provider eerst op.</translation>
    </message>
    <message>
        <source>%1 lists no models: add one to test it.</source>
        <translation>%1 heeft geen modellen: voeg er een toe om te testen.</translation>
    </message>
    <message>
        <source>The api &quot;%1&quot; cannot be tested here; use anthropic-messages, openai-completions or openai-responses.</source>
        <translation>Het API-type &quot;%1&quot; kan hier niet worden getest; gebruik anthropic-messages, openai-completions of openai-responses.</translation>
    </message>
    <message>
        <source>No API key for %1: add one on this page or sign in.</source>
        <translation>Geen API-sleutel voor %1: voeg er een toe op deze pagina of log in.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 wordt getest…</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2. Check the base URL and that the server runs.</source>
        <translation>%1 is niet bereikbaar: %2. Controleer de basis-URL en of de server draait.</translation>
    </message>
    <message>
        <source>Connected: %1 answered in %2 ms.</source>
        <translation>Verbonden: %1 antwoordde in %2 ms.</translation>
    </message>
    <message>
        <source>Check the API key (or sign in again).</source>
        <translation>Controleer de API-sleutel (of log opnieuw in).</translation>
    </message>
    <message>
        <source>Check the base URL and the model id.</source>
        <translation>Controleer de basis-URL en de model-id.</translation>
    </message>
    <message>
        <source>Rate limited or out of quota: try again later or add a fallback.</source>
        <translation>Te veel verzoeken of quotum op: probeer het later opnieuw of voeg een fallback toe.</translation>
    </message>
    <message>
        <source>The provider has a problem: try again later or add a fallback.</source>
        <translation>De provider heeft een storing: probeer het later opnieuw of voeg een fallback toe.</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>de verbinding werd geweigerd</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>de verbinding werd verbroken</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>geen tijdig antwoord</translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation>de beveiligde verbinding is mislukt</translation>
    </message>
    <message>
        <source>the host name was not found</source>
        <translation>de hostnaam is niet gevonden</translation>
    </message>
</context>
<context>
    <name>clawdesk::FallbackModel</name>
    <message>
        <source>Not in the model allowlist: OpenClaw silently skips this fallback.</source>
        <translation>Staat niet in de toegestane lijst van modellen: OpenClaw slaat deze fallback zonder melding over.</translation>
    </message>
    <message>
        <source>No credentials for this provider: this fallback will fail.</source>
        <translation>Geen inloggegevens voor deze provider: deze fallback zal mislukken.</translation>
    </message>
</context>
<context>
    <name>clawdesk::ProviderController</name>
    <message>
        <source>Signed in: profile %1 in OpenClaw&apos;s auth-profiles.json (%2).</source>
        <translation>Ingelogd: profiel %1 in auth-profiles.json van OpenClaw (%2).</translation>
    </message>
    <message>
        <source>Key from the environment variable %1 (not stored by ClawDesk).</source>
        <translation>Sleutel uit de omgevingsvariabele %1 (niet door ClawDesk opgeslagen).</translation>
    </message>
    <message>
        <source>Key written in openclaw.json (%1). Moving it to the keychain is safer.</source>
        <translation>Sleutel staat in openclaw.json (%1). Veiliger is hem naar de sleutelbos te verplaatsen.</translation>
    </message>
    <message>
        <source>No key yet.</source>
        <translation>Nog geen sleutel.</translation>
    </message>
    <message>
        <source>Enter the base URL, e.g. http://127.0.0.1:1234/v1</source>
        <translation>Voer de basis-URL in, bijv. http://127.0.0.1:1234/v1</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https://</source>
        <translation>De basis-URL moet beginnen met http:// of https://</translation>
    </message>
    <message>
        <source>The base URL needs a host name.</source>
        <translation>De basis-URL moet een hostnaam bevatten.</translation>
    </message>
    <message>
        <source>Enter a provider id, e.g. my-proxy</source>
        <translation>Voer een provider-id in, bijv. my-proxy</translation>
    </message>
    <message>
        <source>Use lower-case letters, digits, dots, underscores or dashes.</source>
        <translation>Gebruik kleine letters, cijfers, punten, underscores of streepjes.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Voer de API-sleutel in.</translation>
    </message>
    <message>
        <source>No credential store is available.</source>
        <translation>Er is geen opslag voor inloggegevens beschikbaar.</translation>
    </message>
    <message>
        <source>The server did not answer with a model list.</source>
        <translation>De server gaf geen modellijst terug.</translation>
    </message>
    <message>
        <source>Could not reach LM Studio: %1. Is its server running?</source>
        <translation>LM Studio is niet bereikbaar: %1. Draait de server?</translation>
    </message>
    <message>
        <source>Signed in: profile %1 in OpenClaw&apos;s credential store (%2).</source>
        <translation>Ingelogd: profiel %1 in de opslag voor inloggegevens van OpenClaw (%2).</translation>
    </message>
    <message>
        <source>Signed in: profile %1 in a leftover auth-profiles.json (%2); run openclaw doctor --fix to move it into OpenClaw&apos;s credential store.</source>
        <translation>Ingelogd: profiel %1 in een achtergebleven auth-profiles.json (%2); voer openclaw doctor --fix uit om het naar de opslag voor inloggegevens van OpenClaw te verplaatsen.</translation>
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
        <translation>%1 %2% over</translation>
    </message>
</context>
<context>
    <name>clawdesk::TrayController</name>
    <message>
        <source>Start gateway</source>
        <translation>Gateway starten</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>Gateway stoppen</translation>
    </message>
    <message>
        <source>Restart gateway</source>
        <translation>Gateway herstarten</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>Tray submenu listing the models to use as the primary (default) model</extracomment>
        <translation>Model</translation>
    </message>
    <message>
        <source>Open ClawDesk</source>
        <translation>ClawDesk openen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>ClawDesk is still running</source>
        <translation>ClawDesk draait nog</translation>
    </message>
    <message>
        <source>The gateway keeps serving in the background. Use the tray icon to open ClawDesk or to quit.</source>
        <translation>De gateway blijft op de achtergrond actief. Gebruik het pictogram in het systeemvak om ClawDesk te openen of af te sluiten.</translation>
    </message>
    <message>
        <source>Back on the primary model</source>
        <translation>Terug op het primaire model</translation>
    </message>
    <message>
        <source>ClawDesk stays in the tray; the gateway is not running. Use the tray icon to open ClawDesk, start the gateway or quit.</source>
        <translation>ClawDesk blijft in het systeemvak; de gateway draait niet. Gebruik het pictogram in het systeemvak om ClawDesk te openen, de gateway te starten of af te sluiten.</translation>
    </message>
    <message>
        <source>%1 is tried first again.</source>
        <translation>%1 wordt weer als eerste geprobeerd.</translation>
    </message>
    <message>
        <source>Primary model failed</source>
        <translation>Primair model uitgevallen</translation>
    </message>
    <message>
        <source>%1 failed (%2); trying %3.</source>
        <translation>%1 is uitgevallen (%2); %3 wordt geprobeerd.</translation>
    </message>
</context>
<context>
    <name>clawdesk::UsageModel</name>
    <message>
        <source>Other</source>
        <extracomment>The stack of the usage chart that sums every model or provider not shown by name</extracomment>
        <translation>Overig</translation>
    </message>
    <message>
        <source>No requests</source>
        <translation>Geen verzoeken</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 tokens · %n request(s)</source>
        <translation>
            <numerusform>%1 · %2 tokens · %n verzoek</numerusform>
            <numerusform>%1 · %2 tokens · %n verzoeken</numerusform>
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
        <translation>Kies eerst een provider en een auth-methode.</translation>
    </message>
</context>
</TS>
