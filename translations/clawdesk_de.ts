<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ConnectToolsCard</name>
    <message>
        <source>Connect your tools</source>
        <translation>Tools verbinden</translation>
    </message>
    <message>
        <source>ClawDesk writes each tool&apos;s own settings so it uses this gateway. Undo puts the file back exactly as it was.</source>
        <translation>ClawDesk schreibt die eigenen Einstellungen jedes Tools, damit es dieses Gateway verwendet. Rückgängig stellt die Datei exakt wieder her.</translation>
    </message>
    <message>
        <source>Connected. The tool uses the gateway the next time it starts.</source>
        <translation>Verbunden. Das Tool verwendet das Gateway beim nächsten Start.</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Verbinden nicht möglich: %1</translation>
    </message>
    <message>
        <source>%1&apos;s settings are back as they were.</source>
        <translation>Die Einstellungen von %1 sind wiederhergestellt.</translation>
    </message>
    <message>
        <source>Cannot undo: %1</source>
        <translation>Rückgängig nicht möglich: %1</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Overridden by a shell variable</source>
        <translation>Durch eine Shell-Variable überschrieben</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Connect %1 to the gateway</source>
        <translation>%1 mit dem Gateway verbinden</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo connecting %1</source>
        <translation>Verbindung von %1 rückgängig machen</translation>
    </message>
    <message>
        <source>This change will be written (the token is shortened here):</source>
        <translation>Diese Änderung wird geschrieben (das Token ist hier gekürzt):</translation>
    </message>
    <message>
        <source>Change to be written</source>
        <translation>Zu schreibende Änderung</translation>
    </message>
    <message>
        <source>Write the change</source>
        <translation>Änderung schreiben</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Test the connection to %1</source>
        <translation>Verbindung zu %1 testen</translation>
    </message>
</context>
<context>
    <name>CopyableSnippet</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
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
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Restart gateway</source>
        <translation>Gateway neu starten</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Gateway port</source>
        <translation>Gateway-Port</translation>
    </message>
    <message>
        <source>Bind</source>
        <extracomment>Network address the gateway listens on</extracomment>
        <translation>Bind-Adresse</translation>
    </message>
    <message>
        <source>Gateway bind address</source>
        <translation>Bind-Adresse des Gateways</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>gateway token</source>
        <translation>Gateway-Token</translation>
    </message>
    <message>
        <source>Regenerate gateway token</source>
        <translation>Gateway-Token neu erzeugen</translation>
    </message>
    <message>
        <source>Port, bind and token apply the next time the gateway starts.</source>
        <translation>Port, Bind-Adresse und Token gelten ab dem nächsten Start des Gateways.</translation>
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
        <translation>Gateway wird neu gestartet…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>What each tool asked for, which model answered, and why a fallback was used. Select a request to see its attempts.</source>
        <translation>Was jedes Tool angefragt hat, welches Modell geantwortet hat und warum ein Fallback verwendet wurde. Wählen Sie eine Anfrage, um ihre Versuche zu sehen.</translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation>Noch keine Anfragen</translation>
    </message>
    <message>
        <source>Point a tool at the gateway (see below); its requests appear here.</source>
        <translation>Richten Sie ein Tool auf das Gateway aus (siehe unten); seine Anfragen erscheinen hier.</translation>
    </message>
    <message>
        <source>Start the gateway, then point a tool at it; its requests appear here.</source>
        <translation>Starten Sie das Gateway und richten Sie dann ein Tool darauf aus; seine Anfragen erscheinen hier.</translation>
    </message>
    <message>
        <source>%1 · %2 asked for %3</source>
        <translation>%1 · %2 hat %3 angefragt</translation>
    </message>
    <message>
        <source>Attempt %1: %2 — %3</source>
        <translation>Versuch %1: %2 — %3</translation>
    </message>
    <message>
        <source>Served by %1: status %2, %3 ms, %4 in / %5 out tokens, %6</source>
        <translation>Beantwortet von %1: Status %2, %3 ms, %4 Eingabe- / %5 Ausgabe-Tokens, %6</translation>
    </message>
    <message>
        <source>Refused with status %1: %2</source>
        <translation>Abgelehnt mit Status %1: %2</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Request list cleared (usage totals keep them).</source>
        <translation>Anfrageliste geleert (in der Nutzungsstatistik bleiben sie erhalten).</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Regenerate token</source>
        <translation>Token neu erzeugen</translation>
    </message>
    <message>
        <source>New token saved; it applies when the gateway restarts.</source>
        <translation>Neues Token gespeichert; es gilt nach dem Neustart des Gateways.</translation>
    </message>
    <message>
        <source>New token saved.</source>
        <translation>Neues Token gespeichert.</translation>
    </message>
    <message>
        <source>Translated for the provider: %1</source>
        <translation>Für den Provider übersetzt: %1</translation>
    </message>
    <message>
        <source>Manual setup</source>
        <translation>Manuelle Einrichtung</translation>
    </message>
    <message>
        <source>For tools ClawDesk does not configure itself: paste these settings.</source>
        <translation>Für Tools, die ClawDesk nicht selbst einrichtet: Fügen Sie diese Einstellungen ein.</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Model/auth</source>
        <extracomment>Sidebar page for choosing providers and signing in</extracomment>
        <translation>Modell/Auth</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>ClawDesk</source>
        <translation>ClawDesk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Configure…</source>
        <translation>Einrichten…</translation>
    </message>
    <message>
        <source>Open the configure wizard</source>
        <translation>Einrichtungsassistenten öffnen</translation>
    </message>
    <message>
        <source>No system tray found: closing the window quits ClawDesk and stops the gateway.</source>
        <translation>Kein Systembereich gefunden: Schließen des Fensters beendet ClawDesk und stoppt das Gateway.</translation>
    </message>
</context>
<context>
    <name>ModelAuthPage</name>
    <message>
        <source>Model/auth</source>
        <translation>Modell/Auth</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>MiniMax</source>
        <translation>MiniMax</translation>
    </message>
    <message>
        <source>Coding Plan sign-in (OAuth) or an API key. Lightning is the faster variant with a higher output price.</source>
        <translation>Anmeldung mit dem Coding Plan (OAuth) oder ein API-Schlüssel. Lightning ist die schnellere Variante mit höherem Output-Preis.</translation>
    </message>
    <message>
        <source>OAuth: %1</source>
        <translation>OAuth: %1</translation>
    </message>
    <message>
        <source>Sign in with MiniMax (Global)</source>
        <translation>Mit MiniMax anmelden (Global)</translation>
    </message>
    <message>
        <source>Sign in (CN)</source>
        <extracomment>MiniMax&apos;s endpoint for users in mainland China</extracomment>
        <translation>Anmelden (CN)</translation>
    </message>
    <message>
        <source>Sign in with MiniMax (China)</source>
        <translation>Mit MiniMax anmelden (China)</translation>
    </message>
    <message>
        <source>Asking MiniMax for a code…</source>
        <translation>Code wird bei MiniMax angefordert…</translation>
    </message>
    <message>
        <source>Open this page and enter the code:</source>
        <translation>Öffnen Sie diese Seite und geben Sie den Code ein:</translation>
    </message>
    <message>
        <source>Sign-in code %1</source>
        <translation>Anmeldecode %1</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>The code expires in %1:%2</source>
        <translation>Der Code läuft in %1:%2 ab</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Angemeldet.</translation>
    </message>
    <message>
        <source>API key: %1</source>
        <translation>API-Schlüssel: %1</translation>
    </message>
    <message>
        <source>MiniMax API key</source>
        <translation>MiniMax-API-Schlüssel</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Schlüssel speichern</translation>
    </message>
    <message>
        <source>Save MiniMax API key</source>
        <translation>MiniMax-API-Schlüssel speichern</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>Anthropic API key (sk-ant-…)</source>
        <translation>Anthropic-API-Schlüssel (sk-ant-…)</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>Anthropic-API-Schlüssel</translation>
    </message>
    <message>
        <source>Save Anthropic API key</source>
        <translation>Anthropic-API-Schlüssel speichern</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>OpenAI-kompatibel</translation>
    </message>
    <message>
        <source>Any server that speaks the OpenAI API, under a provider id of your choice.</source>
        <translation>Jeder Server mit OpenAI-API, unter einer frei wählbaren Provider-ID.</translation>
    </message>
    <message>
        <source>Provider id</source>
        <translation>Provider-ID</translation>
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
        <translation>API-Art</translation>
    </message>
    <message>
        <source>Save provider</source>
        <translation>Provider speichern</translation>
    </message>
    <message>
        <source>LM Studio</source>
        <translation>LM Studio</translation>
    </message>
    <message>
        <source>Models running on this computer. No key is needed; nothing leaves your machine.</source>
        <translation>Modelle, die auf diesem Computer laufen. Kein Schlüssel nötig; keine Daten verlassen Ihren Rechner.</translation>
    </message>
    <message>
        <source>LM Studio base URL</source>
        <translation>LM-Studio-Basis-URL</translation>
    </message>
    <message>
        <source>Discover models</source>
        <translation>Modelle suchen</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <source>API key for %1 saved: %2</source>
        <translation>API-Schlüssel für %1 gespeichert: %2</translation>
    </message>
    <message>
        <source>Signed in to MiniMax.</source>
        <translation>Bei MiniMax angemeldet.</translation>
    </message>
    <message>
        <source>Provider %1 saved.</source>
        <translation>Provider %1 gespeichert.</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>No models yet: add the ids the server offers.</source>
        <translation>Noch keine Modelle: Fügen Sie die IDs hinzu, die der Server anbietet.</translation>
    </message>
    <message>
        <source>model id, e.g. gpt-4o-mini</source>
        <translation>Modell-ID, z. B. gpt-4o-mini</translation>
    </message>
    <message>
        <source>Model id to add to %1</source>
        <translation>Modell-ID, die zu %1 hinzugefügt werden soll</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>Modell hinzufügen</translation>
    </message>
    <message>
        <source>Add model to %1</source>
        <translation>Modell zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Model %1 added to %2.</source>
        <translation>Modell %1 zu %2 hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>The change was not saved.</source>
        <translation>Die Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Search models, names or aliases</source>
        <translation>Modelle, Namen oder Aliasse suchen</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>Modelle suchen</translation>
    </message>
    <message>
        <source>Show all catalog</source>
        <translation>Ganzen Katalog zeigen</translation>
    </message>
    <message>
        <source>Show all catalog models</source>
        <translation>Alle Katalogmodelle anzeigen</translation>
    </message>
    <message>
        <source>Model list</source>
        <translation>Modellliste</translation>
    </message>
    <message>
        <source>context %1</source>
        <translation>Kontext %1</translation>
    </message>
    <message>
        <source>auth ✓</source>
        <translation>Auth ✓</translation>
    </message>
    <message>
        <source>no auth</source>
        <translation>keine Auth</translation>
    </message>
    <message>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <source>alias %1</source>
        <translation>Alias %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>fallback #%1</source>
        <extracomment>Position in the fallback chain, e.g. &quot;fallback #2&quot;</extracomment>
        <translation>Fallback #%1</translation>
    </message>
    <message>
        <source>Make primary</source>
        <translation>Als primär festlegen</translation>
    </message>
    <message>
        <source>Make %1 the primary model</source>
        <translation>%1 als primäres Modell festlegen</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <source>Add as fallback</source>
        <translation>Als Fallback hinzufügen</translation>
    </message>
    <message>
        <source>Add %1 as a fallback</source>
        <translation>%1 als Fallback hinzufügen</translation>
    </message>
    <message>
        <source>Fallback chain</source>
        <translation>Fallback-Kette</translation>
    </message>
    <message>
        <source>Tried in this order when the primary fails. Drag to reorder, or use Ctrl+Up/Down.</source>
        <translation>Werden in dieser Reihenfolge versucht, wenn das primäre Modell ausfällt. Zum Umsortieren ziehen oder Strg+Auf/Ab verwenden.</translation>
    </message>
    <message>
        <source>Fallback %1: %2</source>
        <translation>Fallback %1: %2</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>%1 nach oben</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>%1 nach unten</translation>
    </message>
    <message>
        <source>Remove fallback %1</source>
        <translation>Fallback %1 entfernen</translation>
    </message>
    <message>
        <source>No fallbacks: requests fail when the primary fails.</source>
        <translation>Keine Fallbacks: Anfragen scheitern, wenn das primäre Modell ausfällt.</translation>
    </message>
    <message>
        <source>Model to add as fallback</source>
        <translation>Neues Fallback-Modell</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add fallback</source>
        <translation>Fallback hinzufügen</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliasse</translation>
    </message>
    <message>
        <source>Short names you can type instead of provider/model.</source>
        <translation>Kurznamen, die Sie statt Provider/Modell eingeben können.</translation>
    </message>
    <message>
        <source>Alias for %1</source>
        <translation>Alias für %1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Rename alias %1</source>
        <translation>Alias %1 umbenennen</translation>
    </message>
    <message>
        <source>Remove alias %1</source>
        <translation>Alias %1 entfernen</translation>
    </message>
    <message>
        <source>Model for the new alias</source>
        <translation>Modell für den neuen Alias</translation>
    </message>
    <message>
        <source>new alias</source>
        <translation>neuer Alias</translation>
    </message>
    <message>
        <source>New alias</source>
        <translation>Neuer Alias</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>Alias hinzufügen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Remove alias %1?</source>
        <translation>Alias %1 entfernen?</translation>
    </message>
    <message>
        <source>Remove alias</source>
        <translation>Alias entfernen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Ctrl+Up and Ctrl+Down move the selected fallback; Delete removes it.</source>
        <translation>Strg+Auf und Strg+Ab verschieben das ausgewählte Fallback; Entf entfernt es.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>Im Editor öffnen</translation>
    </message>
    <message>
        <source>No openclaw.json yet at %1.</source>
        <translation>Noch keine openclaw.json unter %1.</translation>
    </message>
    <message>
        <source>Set up…</source>
        <translation>Einrichten…</translation>
    </message>
    <message>
        <source>The gateway keeps serving the last good config.</source>
        <translation>Das Gateway arbeitet mit der letzten gültigen Konfiguration weiter.</translation>
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
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Configured chain</source>
        <translation>Konfigurierte Kette</translation>
    </message>
    <message>
        <source>Edit models…</source>
        <translation>Modelle bearbeiten…</translation>
    </message>
    <message>
        <source>Edit models</source>
        <translation>Modelle bearbeiten</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <extracomment>Money spent today, in US dollars</extracomment>
        <translation>Kosten: %1</translation>
    </message>
    <message>
        <source>Recent failovers</source>
        <translation>Letzte Failover</translation>
    </message>
    <message>
        <source>None so far.</source>
        <translation>Bisher keine.</translation>
    </message>
    <message>
        <source>%1  back to %2</source>
        <translation>%1  zurück zu %2</translation>
    </message>
    <message>
        <source>Config file</source>
        <translation>Konfigurationsdatei</translation>
    </message>
    <message>
        <source>Open openclaw.json in editor</source>
        <translation>openclaw.json im Editor öffnen</translation>
    </message>
    <message>
        <source>Coding Plan: %1</source>
        <extracomment>MiniMax Coding Plan quota windows, e.g. &quot;5h 63% left ⏱2h 10m · week 88% left&quot;</extracomment>
        <translation>Coding Plan: %1</translation>
    </message>
    <message>
        <source>Coding Plan quota unavailable: %1</source>
        <translation>Coding-Plan-Kontingent nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Open the Gateway page</source>
        <translation>Gateway-Seite öffnen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fixed: %1</source>
        <translation>Behoben: %1</translation>
    </message>
    <message>
        <source>Could not fix it: %1</source>
        <translation>Konnte nicht behoben werden: %1</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Add a key…</source>
        <translation>Schlüssel hinzufügen…</translation>
    </message>
    <message>
        <source>%1  %2 failed (%3), tried %4</source>
        <translation>%1  %2 ausgefallen (%3), versucht: %4</translation>
    </message>
</context>
<context>
    <name>RequestRow</name>
    <message>
        <source>%1, %2 to %3, status %4</source>
        <translation>%1, %2 an %3, Status %4</translation>
    </message>
    <message>
        <source>not served</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Requested → served</source>
        <translation>Angefragt → beantwortet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Latency</source>
        <extracomment>Column header: how long the request took</extracomment>
        <translation>Latenz</translation>
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
        <translation>Failover</translation>
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
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>%1 verbergen</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Theme</source>
        <extracomment>Colour theme of the window</extracomment>
        <translation>Design</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Startup and tray</source>
        <translation>Start und Systembereich</translation>
    </message>
    <message>
        <source>Start ClawDesk when I log in</source>
        <translation>ClawDesk bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation>Minimiert im Systembereich starten</translation>
    </message>
    <message>
        <source>Notify me when the gateway switches to a fallback and back</source>
        <translation>Benachrichtigen, wenn das Gateway auf ein Fallback wechselt und zurück</translation>
    </message>
    <message>
        <source>No system tray is available on this desktop, so ClawDesk quits when its window is closed.</source>
        <translation>Dieser Desktop hat keinen Systembereich, daher beendet sich ClawDesk beim Schließen des Fensters.</translation>
    </message>
    <message>
        <source>OpenClaw config</source>
        <translation>OpenClaw-Konfiguration</translation>
    </message>
    <message>
        <source>Leave empty to use the file OpenClaw itself uses. Takes effect after a restart.</source>
        <translation>Leer lassen, um die Datei von OpenClaw selbst zu verwenden. Gilt nach einem Neustart.</translation>
    </message>
    <message>
        <source>Config file path</source>
        <translation>Pfad der Konfigurationsdatei</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>Im Editor öffnen</translation>
    </message>
    <message>
        <source>Open openclaw.json in editor</source>
        <translation>openclaw.json im Editor öffnen</translation>
    </message>
</context>
<context>
    <name>ToastHost</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>UsageChart</name>
    <message>
        <source>Usage per day</source>
        <translation>Nutzung pro Tag</translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
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
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>By model</source>
        <translation>Nach Modell</translation>
    </message>
    <message>
        <source>By provider</source>
        <translation>Nach Provider</translation>
    </message>
    <message>
        <source>Stack the bars</source>
        <translation>Balken stapeln</translation>
    </message>
    <message>
        <source>No requests in this period</source>
        <translation>Keine Anfragen in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Usage appears here as the gateway serves requests.</source>
        <translation>Die Nutzung erscheint hier, sobald das Gateway Anfragen bearbeitet.</translation>
    </message>
    <message>
        <source>Usage by provider</source>
        <translation>Nutzung nach Provider</translation>
    </message>
    <message>
        <source>Usage by model</source>
        <translation>Nutzung nach Modell</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
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
        <translation>Auth-Methode</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Standardmodell</translation>
    </message>
    <message>
        <source>Model picker</source>
        <translation>Modellauswahl</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Configure wizard</source>
        <translation>Einrichtungsassistent</translation>
    </message>
    <message>
        <source>Set up OpenClaw</source>
        <translation>OpenClaw einrichten</translation>
    </message>
    <message>
        <source>Model/auth provider</source>
        <translation>Modell-/Auth-Provider</translation>
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
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Schlüssel speichern</translation>
    </message>
    <message>
        <source>Save API key</source>
        <translation>API-Schlüssel speichern</translation>
    </message>
    <message>
        <source>Sign in with your MiniMax account in the browser.</source>
        <translation>Melden Sie sich im Browser mit Ihrem MiniMax-Konto an.</translation>
    </message>
    <message>
        <source>Start sign-in</source>
        <translation>Anmeldung starten</translation>
    </message>
    <message>
        <source>No sign-in needed. Start LM Studio&apos;s local server (Developer → Start server).</source>
        <translation>Keine Anmeldung nötig. Starten Sie den lokalen Server von LM Studio (Developer → Start server).</translation>
    </message>
    <message>
        <source>Models in the /model picker. Besides the default, the ones you tick become fallbacks, in this order.</source>
        <translation>Modelle in der /model-Auswahl. Neben dem Standardmodell werden die angehakten in dieser Reihenfolge zu Fallbacks.</translation>
    </message>
    <message>
        <source>Offer %1</source>
        <translation>%1 anbieten</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>In %1 gespeichert.</translation>
    </message>
    <message>
        <source>These changes will be written to %1:</source>
        <translation>Diese Änderungen werden in %1 geschrieben:</translation>
    </message>
    <message>
        <source>Changes to openclaw.json</source>
        <translation>Änderungen an openclaw.json</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the wizard</source>
        <translation>Assistenten abbrechen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Write openclaw.json</source>
        <translation>openclaw.json schreiben</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <extracomment>A model in the picker list that is the default model (always offered)</extracomment>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Fallbacks</source>
        <translation>Fallbacks</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>MiniMax (recommended)</source>
        <translation>MiniMax (empfohlen)</translation>
    </message>
    <message>
        <source>Enter your API key. It is stored in the system keychain (when there is one) and in OpenClaw&apos;s own credential store, never in openclaw.json.</source>
        <translation>Geben Sie Ihren API-Schlüssel ein. Er wird im Schlüsselbund des Systems (falls vorhanden) und in OpenClaws eigenem Speicher für Zugangsdaten gespeichert, niemals in openclaw.json.</translation>
    </message>
</context>
<context>
    <name>clawdesk::AppState</name>
    <message>
        <source>Gateway stopped</source>
        <translation>Gateway gestoppt</translation>
    </message>
    <message>
        <source>Gateway starting…</source>
        <translation>Gateway startet…</translation>
    </message>
    <message>
        <source>Gateway running on port %1</source>
        <translation>Gateway läuft auf Port %1</translation>
    </message>
    <message>
        <source>Gateway failed to start</source>
        <translation>Gateway konnte nicht starten</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Seit %1</translation>
    </message>
    <message>
        <source>Tools pointed at ClawDesk cannot connect until you start it.</source>
        <translation>Auf ClawDesk ausgerichtete Tools können sich erst verbinden, wenn Sie das Gateway starten.</translation>
    </message>
    <message>
        <source>Nothing served yet</source>
        <translation>Noch nichts beantwortet</translation>
    </message>
    <message>
        <source>Last request served by fallback %1 at %2</source>
        <translation>Letzte Anfrage beantwortet von Fallback %1 um %2</translation>
    </message>
    <message>
        <source>Last request served by %1 at %2</source>
        <translation>Letzte Anfrage beantwortet von %1 um %2</translation>
    </message>
    <message>
        <source>No openclaw.json yet</source>
        <translation>Noch keine openclaw.json</translation>
    </message>
    <message>
        <source>openclaw.json is valid</source>
        <translation>openclaw.json ist gültig</translation>
    </message>
    <message numerus="yes">
        <source>openclaw.json is valid, with %n warning(s)</source>
        <translation>
            <numerusform>openclaw.json ist gültig, mit %n Warnung</numerusform>
            <numerusform>openclaw.json ist gültig, mit %n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>openclaw.json does not parse</source>
        <translation>openclaw.json ist nicht lesbar</translation>
    </message>
    <message>
        <source>openclaw.json has errors OpenClaw would reject</source>
        <translation>openclaw.json enthält Fehler, die OpenClaw ablehnen würde</translation>
    </message>
    <message>
        <source>%1: sign-in expired, sign in again</source>
        <translation>%1: Anmeldung abgelaufen, bitte neu anmelden</translation>
    </message>
    <message>
        <source>%1: key from %2</source>
        <translation>%1: Schlüssel aus %2</translation>
    </message>
    <message>
        <source>%1: signed in</source>
        <translation>%1: angemeldet</translation>
    </message>
    <message>
        <source>%1: key in auth profile %2</source>
        <translation>%1: Schlüssel im Auth-Profil %2</translation>
    </message>
    <message>
        <source>%1: key in openclaw.json</source>
        <translation>%1: Schlüssel in openclaw.json</translation>
    </message>
    <message>
        <source>%1: local server, no key needed</source>
        <translation>%1: lokaler Server, kein Schlüssel nötig</translation>
    </message>
    <message>
        <source>%1: no API key or sign-in</source>
        <translation>%1: kein API-Schlüssel und keine Anmeldung</translation>
    </message>
    <message>
        <source>Sign-in expired: open ClawDesk to sign in again</source>
        <translation>Anmeldung abgelaufen: ClawDesk öffnen, um sich neu anzumelden</translation>
    </message>
    <message>
        <source>openclaw.json needs fixing: %1</source>
        <translation>openclaw.json muss korrigiert werden: %1</translation>
    </message>
    <message>
        <source>Gateway failed to start: %1</source>
        <translation>Gateway konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Gateway running; last request served by fallback %1</source>
        <translation>Gateway läuft; letzte Anfrage beantwortet von Fallback %1</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>Ratenlimit erreicht</translation>
    </message>
    <message>
        <source>could not connect</source>
        <translation>keine Verbindung möglich</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>key rejected</source>
        <translation>Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>billing or quota</source>
        <translation>Abrechnung oder Kontingent</translation>
    </message>
    <message>
        <source>overloaded</source>
        <translation>überlastet</translation>
    </message>
    <message>
        <source>provider error</source>
        <translation>Provider-Fehler</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>unbekanntes Modell</translation>
    </message>
</context>
<context>
    <name>clawdesk::Application</name>
    <message>
        <source>Coding Plan: %1 of %2 prompts left</source>
        <translation>Coding Plan: noch %1 von %2 Prompts</translation>
    </message>
    <message>
        <source>Coding Plan: %1</source>
        <translation>Coding Plan: %1</translation>
    </message>
    <message>
        <source>No model could answer: every candidate failed to connect.</source>
        <translation>Kein Modell konnte antworten: Zu keinem Kandidaten kam eine Verbindung zustande.</translation>
    </message>
</context>
<context>
    <name>clawdesk::Autostart</name>
    <message>
        <source>Cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConfigController</name>
    <message>
        <source>Alias %1 already points to %2.</source>
        <translation>Alias %1 verweist bereits auf %2.</translation>
    </message>
    <message>
        <source>openclaw.json changed since; nothing was undone.</source>
        <translation>openclaw.json wurde inzwischen geändert; nichts wurde rückgängig gemacht.</translation>
    </message>
    <message>
        <source>The earlier version cannot be read; nothing was undone.</source>
        <translation>Die frühere Version ist nicht lesbar; nichts wurde rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Primary model set to %1.</source>
        <translation>Primäres Modell auf %1 gesetzt.</translation>
    </message>
    <message>
        <source>Alias %1 added.</source>
        <translation>Alias %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Alias %1 removed.</source>
        <translation>Alias %1 entfernt.</translation>
    </message>
    <message>
        <source>the primary model</source>
        <translation>das primäre Modell</translation>
    </message>
    <message>
        <source>fallback #%1</source>
        <translation>Fallback #%1</translation>
    </message>
    <message>
        <source>%1 is used by %2. Removing it writes %3 there instead, so the chain keeps the same model.</source>
        <translation>%1 wird verwendet von: %2. Beim Entfernen wird dort stattdessen %3 eingetragen, sodass die Kette dasselbe Modell behält.</translation>
    </message>
    <message>
        <source>Alias %1 renamed to %2.</source>
        <translation>Alias %1 in %2 umbenannt.</translation>
    </message>
    <message>
        <source>%1 added to the fallback chain.</source>
        <translation>%1 zur Fallback-Kette hinzugefügt.</translation>
    </message>
    <message>
        <source>Fallback %1 removed.</source>
        <translation>Fallback %1 entfernt.</translation>
    </message>
    <message>
        <source>Fallback chain reordered.</source>
        <translation>Fallback-Kette neu sortiert.</translation>
    </message>
    <message>
        <source>Fallback chain cleared.</source>
        <translation>Fallback-Kette geleert.</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConnectController</name>
    <message>
        <source>Unknown tool: %1</source>
        <translation>Unbekanntes Tool: %1</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConnectionTester</name>
    <message>
        <source>%1 is not set up in openclaw.json yet: save it first.</source>
        <translation>%1 ist noch nicht in openclaw.json eingerichtet: zuerst speichern.</translation>
    </message>
    <message>
        <source>%1 lists no models: add one to test it.</source>
        <translation>%1 enthält keine Modelle: zum Testen eines hinzufügen.</translation>
    </message>
    <message>
        <source>The api &quot;%1&quot; cannot be tested here; use anthropic-messages, openai-completions or openai-responses.</source>
        <translation>Die API „%1“ lässt sich hier nicht testen; verwenden Sie anthropic-messages, openai-completions oder openai-responses.</translation>
    </message>
    <message>
        <source>No API key for %1: add one on this page or sign in.</source>
        <translation>Kein API-Schlüssel für %1: auf dieser Seite hinzufügen oder anmelden.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 wird getestet…</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2. Check the base URL and that the server runs.</source>
        <translation>%1 nicht erreichbar: %2. Prüfen Sie die Basis-URL und ob der Server läuft.</translation>
    </message>
    <message>
        <source>Connected: %1 answered in %2 ms.</source>
        <translation>Verbunden: %1 hat in %2 ms geantwortet.</translation>
    </message>
    <message>
        <source>Check the API key (or sign in again).</source>
        <translation>Prüfen Sie den API-Schlüssel (oder melden Sie sich neu an).</translation>
    </message>
    <message>
        <source>Check the base URL and the model id.</source>
        <translation>Prüfen Sie die Basis-URL und die Modell-ID.</translation>
    </message>
    <message>
        <source>Rate limited or out of quota: try again later or add a fallback.</source>
        <translation>Ratenlimit erreicht oder Kontingent aufgebraucht: später erneut versuchen oder ein Fallback hinzufügen.</translation>
    </message>
    <message>
        <source>The provider has a problem: try again later or add a fallback.</source>
        <translation>Der Provider hat ein Problem: später erneut versuchen oder ein Fallback hinzufügen.</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>die Verbindung wurde abgelehnt</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine Antwort in der vorgesehenen Zeit</translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation>die sichere Verbindung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the host name was not found</source>
        <translation>der Hostname wurde nicht gefunden</translation>
    </message>
</context>
<context>
    <name>clawdesk::FallbackModel</name>
    <message>
        <source>Not in the model allowlist: OpenClaw silently skips this fallback.</source>
        <translation>Nicht in der Modell-Zulassungsliste: OpenClaw überspringt dieses Fallback stillschweigend.</translation>
    </message>
    <message>
        <source>No credentials for this provider: this fallback will fail.</source>
        <translation>Keine Zugangsdaten für diesen Provider: Dieses Fallback wird scheitern.</translation>
    </message>
</context>
<context>
    <name>clawdesk::ProviderController</name>
    <message>
        <source>Signed in: profile %1 in OpenClaw&apos;s auth-profiles.json (%2).</source>
        <translation>Angemeldet: Profil %1 in OpenClaws auth-profiles.json (%2).</translation>
    </message>
    <message>
        <source>Key from the environment variable %1 (not stored by ClawDesk).</source>
        <translation>Schlüssel aus der Umgebungsvariable %1 (nicht von ClawDesk gespeichert).</translation>
    </message>
    <message>
        <source>Key written in openclaw.json (%1). Moving it to the keychain is safer.</source>
        <translation>Schlüssel steht in openclaw.json (%1). Im Schlüsselbund wäre er sicherer.</translation>
    </message>
    <message>
        <source>No key yet.</source>
        <translation>Noch kein Schlüssel.</translation>
    </message>
    <message>
        <source>Enter the base URL, e.g. http://127.0.0.1:1234/v1</source>
        <translation>Basis-URL eingeben, z. B. http://127.0.0.1:1234/v1</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https://</source>
        <translation>Die Basis-URL muss mit http:// oder https:// beginnen</translation>
    </message>
    <message>
        <source>The base URL needs a host name.</source>
        <translation>Die Basis-URL braucht einen Hostnamen.</translation>
    </message>
    <message>
        <source>Enter a provider id, e.g. my-proxy</source>
        <translation>Provider-ID eingeben, z. B. my-proxy</translation>
    </message>
    <message>
        <source>Use lower-case letters, digits, dots, underscores or dashes.</source>
        <translation>Nur Kleinbuchstaben, Ziffern, Punkte, Unterstriche oder Bindestriche.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>API-Schlüssel eingeben.</translation>
    </message>
    <message>
        <source>No credential store is available.</source>
        <translation>Kein Speicher für Zugangsdaten verfügbar.</translation>
    </message>
    <message>
        <source>The server did not answer with a model list.</source>
        <translation>Der Server hat keine Modellliste geliefert.</translation>
    </message>
    <message>
        <source>Could not reach LM Studio: %1. Is its server running?</source>
        <translation>LM Studio nicht erreichbar: %1. Läuft der Server?</translation>
    </message>
    <message>
        <source>Signed in: profile %1 in OpenClaw&apos;s credential store (%2).</source>
        <translation>Angemeldet: Profil %1 in OpenClaws Speicher für Zugangsdaten (%2).</translation>
    </message>
    <message>
        <source>Signed in: profile %1 in a leftover auth-profiles.json (%2); run openclaw doctor --fix to move it into OpenClaw&apos;s credential store.</source>
        <translation>Angemeldet: Profil %1 in einer übrig gebliebenen auth-profiles.json (%2); führen Sie openclaw doctor --fix aus, um es in OpenClaws Speicher für Zugangsdaten zu verschieben.</translation>
    </message>
</context>
<context>
    <name>clawdesk::QuotaMonitor</name>
    <message>
        <source>week</source>
        <extracomment>The weekly window of the MiniMax Coding Plan quota</extracomment>
        <translation>Woche</translation>
    </message>
    <message>
        <source>%1 %2% left</source>
        <extracomment>A quota window and what is left of it, e.g. &quot;5h 63% left&quot;</extracomment>
        <translation>%1 noch %2%</translation>
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
        <translation>Gateway neu starten</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>Tray submenu listing the models to use as the primary (default) model</extracomment>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Open ClawDesk</source>
        <translation>ClawDesk öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>ClawDesk is still running</source>
        <translation>ClawDesk läuft weiter</translation>
    </message>
    <message>
        <source>The gateway keeps serving in the background. Use the tray icon to open ClawDesk or to quit.</source>
        <translation>Das Gateway arbeitet im Hintergrund weiter. Über das Symbol im Systembereich können Sie ClawDesk öffnen oder beenden.</translation>
    </message>
    <message>
        <source>Back on the primary model</source>
        <translation>Wieder auf dem primären Modell</translation>
    </message>
    <message>
        <source>ClawDesk stays in the tray; the gateway is not running. Use the tray icon to open ClawDesk, start the gateway or quit.</source>
        <translation>ClawDesk bleibt im Systembereich; das Gateway läuft nicht. Über das Symbol im Systembereich können Sie ClawDesk öffnen, das Gateway starten oder ClawDesk beenden.</translation>
    </message>
    <message>
        <source>%1 is tried first again.</source>
        <translation>%1 wird wieder zuerst versucht.</translation>
    </message>
    <message>
        <source>Primary model failed</source>
        <translation>Primäres Modell ausgefallen</translation>
    </message>
    <message>
        <source>%1 failed (%2); trying %3.</source>
        <translation>%1 ist ausgefallen (%2); %3 wird versucht.</translation>
    </message>
</context>
<context>
    <name>clawdesk::UsageModel</name>
    <message>
        <source>Other</source>
        <extracomment>The stack of the usage chart that sums every model or provider not shown by name</extracomment>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>No requests</source>
        <translation>Keine Anfragen</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 tokens · %n request(s)</source>
        <translation>
            <numerusform>%1 · %2 Tokens · %n Anfrage</numerusform>
            <numerusform>%1 · %2 Tokens · %n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1M</source>
        <extracomment>Millions of tokens on the chart&apos;s axis, e.g. &quot;2.5M&quot;</extracomment>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <source>%1k</source>
        <extracomment>Thousands of tokens on the chart&apos;s axis, e.g. &quot;250k&quot;</extracomment>
        <translation>%1 Tsd.</translation>
    </message>
</context>
<context>
    <name>clawdesk::WizardController</name>
    <message>
        <source>Choose a provider and an auth method first.</source>
        <translation>Wählen Sie zuerst einen Provider und eine Auth-Methode.</translation>
    </message>
</context>
</TS>
