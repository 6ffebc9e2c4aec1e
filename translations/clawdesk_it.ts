<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>ConnectToolsCard</name>
    <message>
        <source>Connect your tools</source>
        <translation>Collega i tuoi strumenti</translation>
    </message>
    <message>
        <source>ClawDesk writes each tool&apos;s own settings so it uses this gateway. Undo puts the file back exactly as it was.</source>
        <translation>ClawDesk scrive le impostazioni proprie di ogni strumento perché usi questo gateway. Annulla riporta il file esattamente com’era.</translation>
    </message>
    <message>
        <source>Connected. The tool uses the gateway the next time it starts.</source>
        <translation>Collegato. Lo strumento userà il gateway al prossimo avvio.</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Impossibile collegare: %1</translation>
    </message>
    <message>
        <source>%1&apos;s settings are back as they were.</source>
        <translation>Le impostazioni di %1 sono tornate com’erano.</translation>
    </message>
    <message>
        <source>Cannot undo: %1</source>
        <translation>Impossibile annullare: %1</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Collegato</translation>
    </message>
    <message>
        <source>Overridden by a shell variable</source>
        <translation>Sovrascritto da una variabile della shell</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non collegato</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Collega</translation>
    </message>
    <message>
        <source>Connect %1 to the gateway</source>
        <translation>Collega %1 al gateway</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Undo connecting %1</source>
        <translation>Annulla il collegamento di %1</translation>
    </message>
    <message>
        <source>This change will be written (the token is shortened here):</source>
        <translation>Verrà scritta questa modifica (qui il token è abbreviato):</translation>
    </message>
    <message>
        <source>Change to be written</source>
        <translation>Modifica da scrivere</translation>
    </message>
    <message>
        <source>Write the change</source>
        <translation>Scrivi la modifica</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Test connection</source>
        <translation>Verifica connessione</translation>
    </message>
    <message>
        <source>Test the connection to %1</source>
        <translation>Verifica la connessione a %1</translation>
    </message>
</context>
<context>
    <name>CopyableSnippet</name>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copia %1</translation>
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
        <translation>Avvia gateway</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>Arresta gateway</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Riavvia</translation>
    </message>
    <message>
        <source>Restart gateway</source>
        <translation>Riavvia gateway</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Gateway port</source>
        <translation>Porta del gateway</translation>
    </message>
    <message>
        <source>Bind</source>
        <extracomment>Network address the gateway listens on</extracomment>
        <translation>Bind</translation>
    </message>
    <message>
        <source>Gateway bind address</source>
        <translation>Indirizzo di bind del gateway</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>gateway token</source>
        <translation>token del gateway</translation>
    </message>
    <message>
        <source>Regenerate gateway token</source>
        <translation>Rigenera token del gateway</translation>
    </message>
    <message>
        <source>Port, bind and token apply the next time the gateway starts.</source>
        <translation>Porta, bind e token si applicano al prossimo avvio del gateway.</translation>
    </message>
    <message>
        <source>Claude Code</source>
        <translation>Claude Code</translation>
    </message>
    <message>
        <source>Cline / Roo Code / Kilo Code (OpenAI compatible)</source>
        <translation>Cline / Roo Code / Kilo Code (compatibili con OpenAI)</translation>
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
        <translation>Riavvio del gateway…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Richieste</translation>
    </message>
    <message>
        <source>What each tool asked for, which model answered, and why a fallback was used. Select a request to see its attempts.</source>
        <translation>Cosa ha chiesto ogni strumento, quale modello ha risposto e perché è stato usato un fallback. Seleziona una richiesta per vederne i tentativi.</translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation>Ancora nessuna richiesta</translation>
    </message>
    <message>
        <source>Point a tool at the gateway (see below); its requests appear here.</source>
        <translation>Indirizza uno strumento al gateway (vedi sotto); le sue richieste compaiono qui.</translation>
    </message>
    <message>
        <source>Start the gateway, then point a tool at it; its requests appear here.</source>
        <translation>Avvia il gateway, poi indirizzaci uno strumento; le sue richieste compaiono qui.</translation>
    </message>
    <message>
        <source>%1 · %2 asked for %3</source>
        <translation>%1 · %2 ha chiesto %3</translation>
    </message>
    <message>
        <source>Attempt %1: %2 — %3</source>
        <translation>Tentativo %1: %2 — %3</translation>
    </message>
    <message>
        <source>Served by %1: status %2, %3 ms, %4 in / %5 out tokens, %6</source>
        <translation>Servita da %1: stato %2, %3 ms, %4 token in ingresso / %5 in uscita, %6</translation>
    </message>
    <message>
        <source>Refused with status %1: %2</source>
        <translation>Rifiutata con stato %1: %2</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Svuota elenco</translation>
    </message>
    <message>
        <source>Request list cleared (usage totals keep them).</source>
        <translation>Elenco delle richieste svuotato (i totali di utilizzo le conservano).</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Regenerate token</source>
        <translation>Rigenera token</translation>
    </message>
    <message>
        <source>New token saved; it applies when the gateway restarts.</source>
        <translation>Nuovo token salvato; vale dal riavvio del gateway.</translation>
    </message>
    <message>
        <source>New token saved.</source>
        <translation>Nuovo token salvato.</translation>
    </message>
    <message>
        <source>Translated for the provider: %1</source>
        <translation>Adattato per il provider: %1</translation>
    </message>
    <message>
        <source>Manual setup</source>
        <translation>Configurazione manuale</translation>
    </message>
    <message>
        <source>For tools ClawDesk does not configure itself: paste these settings.</source>
        <translation>Per gli strumenti che ClawDesk non configura da sé: incolla queste impostazioni.</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Chiudi il messaggio</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Overview</source>
        <translation>Panoramica</translation>
    </message>
    <message>
        <source>Model/auth</source>
        <extracomment>Sidebar page for choosing providers and signing in</extracomment>
        <translation>Model/auth</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelli</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Utilizzo</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>ClawDesk</source>
        <translation>ClawDesk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagine</translation>
    </message>
    <message>
        <source>Configure…</source>
        <translation>Configura…</translation>
    </message>
    <message>
        <source>Open the configure wizard</source>
        <translation>Apri la procedura guidata di configurazione</translation>
    </message>
    <message>
        <source>No system tray found: closing the window quits ClawDesk and stops the gateway.</source>
        <translation>Nessuna area di notifica trovata: chiudendo la finestra si esce da ClawDesk e si arresta il gateway.</translation>
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
        <translation>Non salvato</translation>
    </message>
    <message>
        <source>MiniMax</source>
        <translation>MiniMax</translation>
    </message>
    <message>
        <source>Coding Plan sign-in (OAuth) or an API key. Lightning is the faster variant with a higher output price.</source>
        <translation>Accesso con Coding Plan (OAuth) o chiave API. Lightning è la variante più veloce, con un prezzo di output più alto.</translation>
    </message>
    <message>
        <source>OAuth: %1</source>
        <translation>OAuth: %1</translation>
    </message>
    <message>
        <source>Sign in with MiniMax (Global)</source>
        <translation>Accedi con MiniMax (Global)</translation>
    </message>
    <message>
        <source>Sign in (CN)</source>
        <extracomment>MiniMax&apos;s endpoint for users in mainland China</extracomment>
        <translation>Accedi (CN)</translation>
    </message>
    <message>
        <source>Sign in with MiniMax (China)</source>
        <translation>Accedi con MiniMax (Cina)</translation>
    </message>
    <message>
        <source>Asking MiniMax for a code…</source>
        <translation>Richiesta di un codice a MiniMax…</translation>
    </message>
    <message>
        <source>Open this page and enter the code:</source>
        <translation>Apri questa pagina e inserisci il codice:</translation>
    </message>
    <message>
        <source>Sign-in code %1</source>
        <translation>Codice di accesso %1</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copia codice</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Annulla accesso</translation>
    </message>
    <message>
        <source>The code expires in %1:%2</source>
        <translation>Il codice scade tra %1:%2</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Accesso effettuato.</translation>
    </message>
    <message>
        <source>API key: %1</source>
        <translation>Chiave API: %1</translation>
    </message>
    <message>
        <source>MiniMax API key</source>
        <translation>Chiave API MiniMax</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Salva chiave</translation>
    </message>
    <message>
        <source>Save MiniMax API key</source>
        <translation>Salva chiave API MiniMax</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>Anthropic API key (sk-ant-…)</source>
        <translation>Chiave API Anthropic (sk-ant-…)</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>Chiave API Anthropic</translation>
    </message>
    <message>
        <source>Save Anthropic API key</source>
        <translation>Salva chiave API Anthropic</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>Compatibile con OpenAI</translation>
    </message>
    <message>
        <source>Any server that speaks the OpenAI API, under a provider id of your choice.</source>
        <translation>Qualsiasi server che parla l’API OpenAI, con un ID provider a tua scelta.</translation>
    </message>
    <message>
        <source>Provider id</source>
        <translation>ID provider</translation>
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
        <translation>Tipo di API</translation>
    </message>
    <message>
        <source>Save provider</source>
        <translation>Salva provider</translation>
    </message>
    <message>
        <source>LM Studio</source>
        <translation>LM Studio</translation>
    </message>
    <message>
        <source>Models running on this computer. No key is needed; nothing leaves your machine.</source>
        <translation>Modelli in esecuzione su questo computer. Nessuna chiave necessaria; nulla lascia il tuo computer.</translation>
    </message>
    <message>
        <source>LM Studio base URL</source>
        <translation>Base URL di LM Studio</translation>
    </message>
    <message>
        <source>Discover models</source>
        <translation>Rileva modelli</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Usa %1</translation>
    </message>
    <message>
        <source>API key for %1 saved: %2</source>
        <translation>Chiave API per %1 salvata: %2</translation>
    </message>
    <message>
        <source>Signed in to MiniMax.</source>
        <translation>Accesso a MiniMax effettuato.</translation>
    </message>
    <message>
        <source>Provider %1 saved.</source>
        <translation>Provider %1 salvato.</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelli</translation>
    </message>
    <message>
        <source>No models yet: add the ids the server offers.</source>
        <translation>Ancora nessun modello: aggiungi gli ID offerti dal server.</translation>
    </message>
    <message>
        <source>model id, e.g. gpt-4o-mini</source>
        <translation>ID modello, ad es. gpt-4o-mini</translation>
    </message>
    <message>
        <source>Model id to add to %1</source>
        <translation>ID del modello da aggiungere a %1</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>Aggiungi modello</translation>
    </message>
    <message>
        <source>Add model to %1</source>
        <translation>Aggiungi un modello a %1</translation>
    </message>
    <message>
        <source>Model %1 added to %2.</source>
        <translation>Modello %1 aggiunto a %2.</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Models</source>
        <translation>Modelli</translation>
    </message>
    <message>
        <source>The change was not saved.</source>
        <translation>La modifica non è stata salvata.</translation>
    </message>
    <message>
        <source>Search models, names or aliases</source>
        <translation>Cerca modelli, nomi o alias</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>Cerca modelli</translation>
    </message>
    <message>
        <source>Show all catalog</source>
        <translation>Tutto il catalogo</translation>
    </message>
    <message>
        <source>Show all catalog models</source>
        <translation>Mostra tutti i modelli del catalogo</translation>
    </message>
    <message>
        <source>Model list</source>
        <translation>Elenco dei modelli</translation>
    </message>
    <message>
        <source>context %1</source>
        <translation>contesto %1</translation>
    </message>
    <message>
        <source>auth ✓</source>
        <translation>auth ✓</translation>
    </message>
    <message>
        <source>no auth</source>
        <translation>senza auth</translation>
    </message>
    <message>
        <source>local</source>
        <translation>locale</translation>
    </message>
    <message>
        <source>alias %1</source>
        <translation>alias %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>mancante</translation>
    </message>
    <message>
        <source>fallback #%1</source>
        <extracomment>Position in the fallback chain, e.g. &quot;fallback #2&quot;</extracomment>
        <translation>fallback n. %1</translation>
    </message>
    <message>
        <source>Make primary</source>
        <translation>Rendi primario</translation>
    </message>
    <message>
        <source>Make %1 the primary model</source>
        <translation>Rendi %1 il modello primario</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primario</translation>
    </message>
    <message>
        <source>Add as fallback</source>
        <translation>Aggiungi come fallback</translation>
    </message>
    <message>
        <source>Add %1 as a fallback</source>
        <translation>Aggiungi %1 come fallback</translation>
    </message>
    <message>
        <source>Fallback chain</source>
        <translation>Catena di fallback</translation>
    </message>
    <message>
        <source>Tried in this order when the primary fails. Drag to reorder, or use Ctrl+Up/Down.</source>
        <translation>Provati in quest’ordine quando il primario non risponde. Trascina per riordinare o usa Ctrl+Su/Giù.</translation>
    </message>
    <message>
        <source>Fallback %1: %2</source>
        <translation>Fallback %1: %2</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>Sposta su %1</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>Sposta giù %1</translation>
    </message>
    <message>
        <source>Remove fallback %1</source>
        <translation>Rimuovi fallback %1</translation>
    </message>
    <message>
        <source>No fallbacks: requests fail when the primary fails.</source>
        <translation>Nessun fallback: le richieste falliscono quando fallisce il primario.</translation>
    </message>
    <message>
        <source>Model to add as fallback</source>
        <translation>Modello da aggiungere come fallback</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>Add fallback</source>
        <translation>Aggiungi fallback</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Short names you can type instead of provider/model.</source>
        <translation>Nomi brevi da digitare al posto di provider/modello.</translation>
    </message>
    <message>
        <source>Alias for %1</source>
        <translation>Alias per %1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rinomina</translation>
    </message>
    <message>
        <source>Rename alias %1</source>
        <translation>Rinomina alias %1</translation>
    </message>
    <message>
        <source>Remove alias %1</source>
        <translation>Rimuovi alias %1</translation>
    </message>
    <message>
        <source>Model for the new alias</source>
        <translation>Modello per il nuovo alias</translation>
    </message>
    <message>
        <source>new alias</source>
        <translation>nuovo alias</translation>
    </message>
    <message>
        <source>New alias</source>
        <translation>Nuovo alias</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>Aggiungi alias</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Remove alias %1?</source>
        <translation>Rimuovere l’alias %1?</translation>
    </message>
    <message>
        <source>Remove alias</source>
        <translation>Rimuovi alias</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Ctrl+Up and Ctrl+Down move the selected fallback; Delete removes it.</source>
        <translation>Ctrl+Su e Ctrl+Giù spostano il fallback selezionato; Canc lo rimuove.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Panoramica</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>Apri nell’editor</translation>
    </message>
    <message>
        <source>No openclaw.json yet at %1.</source>
        <translation>Nessun openclaw.json in %1 per ora.</translation>
    </message>
    <message>
        <source>Set up…</source>
        <translation>Configura…</translation>
    </message>
    <message>
        <source>The gateway keeps serving the last good config.</source>
        <translation>Il gateway continua a usare l’ultima configurazione valida.</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Start gateway</source>
        <translation>Avvia gateway</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>Arresta gateway</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelli</translation>
    </message>
    <message>
        <source>Configured chain</source>
        <translation>Catena configurata</translation>
    </message>
    <message>
        <source>Edit models…</source>
        <translation>Modifica modelli…</translation>
    </message>
    <message>
        <source>Edit models</source>
        <translation>Modifica modelli</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n richiesta</numerusform>
            <numerusform>%n richieste</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <extracomment>Money spent today, in US dollars</extracomment>
        <translation>Costo: %1</translation>
    </message>
    <message>
        <source>Recent failovers</source>
        <translation>Failover recenti</translation>
    </message>
    <message>
        <source>None so far.</source>
        <translation>Nessuno finora.</translation>
    </message>
    <message>
        <source>%1  back to %2</source>
        <translation>%1  di nuovo su %2</translation>
    </message>
    <message>
        <source>Config file</source>
        <translation>File di configurazione</translation>
    </message>
    <message>
        <source>Open openclaw.json in editor</source>
        <translation>Apri openclaw.json nell’editor</translation>
    </message>
    <message>
        <source>Coding Plan: %1</source>
        <extracomment>MiniMax Coding Plan quota windows, e.g. &quot;5h 63% left ⏱2h 10m · week 88% left&quot;</extracomment>
        <translation>Coding Plan: %1</translation>
    </message>
    <message>
        <source>Coding Plan quota unavailable: %1</source>
        <translation>Quota Coding Plan non disponibile: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Dettagli…</translation>
    </message>
    <message>
        <source>Open the Gateway page</source>
        <translation>Apri la pagina Gateway</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fixed: %1</source>
        <translation>Corretto: %1</translation>
    </message>
    <message>
        <source>Could not fix it: %1</source>
        <translation>Impossibile correggere: %1</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenziali</translation>
    </message>
    <message>
        <source>Add a key…</source>
        <translation>Aggiungi una chiave…</translation>
    </message>
    <message>
        <source>%1  %2 failed (%3), tried %4</source>
        <translation>%1  %2 non ha risposto (%3), provato %4</translation>
    </message>
</context>
<context>
    <name>RequestRow</name>
    <message>
        <source>%1, %2 to %3, status %4</source>
        <translation>%1, da %2 a %3, stato %4</translation>
    </message>
    <message>
        <source>not served</source>
        <translation>non servita</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Requested → served</source>
        <translation>Richiesto → servito</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Latency</source>
        <extracomment>Column header: how long the request took</extracomment>
        <translation>Latenza</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
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
        <translation>Nascondi</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>Nascondi %1</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation>Mostra %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copia %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Lingua di sistema</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aspetto</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Theme</source>
        <extracomment>Colour theme of the window</extracomment>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <source>Startup and tray</source>
        <translation>Avvio e area di notifica</translation>
    </message>
    <message>
        <source>Start ClawDesk when I log in</source>
        <translation>Avvia ClawDesk all’accesso</translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation>Avvia ridotto nell’area di notifica</translation>
    </message>
    <message>
        <source>Notify me when the gateway switches to a fallback and back</source>
        <translation>Avvisami quando il gateway passa a un fallback e quando torna indietro</translation>
    </message>
    <message>
        <source>No system tray is available on this desktop, so ClawDesk quits when its window is closed.</source>
        <translation>Questo desktop non ha un’area di notifica, quindi ClawDesk si chiude quando ne chiudi la finestra.</translation>
    </message>
    <message>
        <source>OpenClaw config</source>
        <translation>Configurazione OpenClaw</translation>
    </message>
    <message>
        <source>Leave empty to use the file OpenClaw itself uses. Takes effect after a restart.</source>
        <translation>Lascia vuoto per usare lo stesso file di OpenClaw. Ha effetto dopo un riavvio.</translation>
    </message>
    <message>
        <source>Config file path</source>
        <translation>Percorso del file di configurazione</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>Apri nell’editor</translation>
    </message>
    <message>
        <source>Open openclaw.json in editor</source>
        <translation>Apri openclaw.json nell’editor</translation>
    </message>
</context>
<context>
    <name>ToastHost</name>
    <message>
        <source>Dismiss</source>
        <translation>Ignora</translation>
    </message>
</context>
<context>
    <name>UsageChart</name>
    <message>
        <source>Usage per day</source>
        <translation>Utilizzo giornaliero</translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message>
        <source>Usage</source>
        <translation>Utilizzo</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Ultimi 7 giorni</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ultimi 30 giorni</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Misura</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Ultimi 90 giorni</translation>
    </message>
    <message>
        <source>By model</source>
        <translation>Per modello</translation>
    </message>
    <message>
        <source>By provider</source>
        <translation>Per provider</translation>
    </message>
    <message>
        <source>Stack the bars</source>
        <translation>Impila le barre</translation>
    </message>
    <message>
        <source>No requests in this period</source>
        <translation>Nessuna richiesta in questo periodo</translation>
    </message>
    <message>
        <source>Usage appears here as the gateway serves requests.</source>
        <translation>L’utilizzo compare qui man mano che il gateway serve richieste.</translation>
    </message>
    <message>
        <source>Usage by provider</source>
        <translation>Utilizzo per provider</translation>
    </message>
    <message>
        <source>Usage by model</source>
        <translation>Utilizzo per modello</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Richieste</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Quota</translation>
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
        <translation>Metodo di auth</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Modello predefinito</translation>
    </message>
    <message>
        <source>Model picker</source>
        <translation>Selettore modelli</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>Configure wizard</source>
        <translation>Procedura guidata di configurazione</translation>
    </message>
    <message>
        <source>Set up OpenClaw</source>
        <translation>Configura OpenClaw</translation>
    </message>
    <message>
        <source>Model/auth provider</source>
        <translation>Provider Model/auth</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>LM Studio (local)</source>
        <translation>LM Studio (locale)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chiave API</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Salva chiave</translation>
    </message>
    <message>
        <source>Save API key</source>
        <translation>Salva chiave API</translation>
    </message>
    <message>
        <source>Sign in with your MiniMax account in the browser.</source>
        <translation>Accedi con il tuo account MiniMax nel browser.</translation>
    </message>
    <message>
        <source>Start sign-in</source>
        <translation>Avvia accesso</translation>
    </message>
    <message>
        <source>No sign-in needed. Start LM Studio&apos;s local server (Developer → Start server).</source>
        <translation>Nessun accesso necessario. Avvia il server locale di LM Studio (Developer → Start server).</translation>
    </message>
    <message>
        <source>Models in the /model picker. Besides the default, the ones you tick become fallbacks, in this order.</source>
        <translation>Modelli nel selettore /model. Oltre al predefinito, quelli che spunti diventano fallback, in quest’ordine.</translation>
    </message>
    <message>
        <source>Offer %1</source>
        <translation>Offri %1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Salvato in %1.</translation>
    </message>
    <message>
        <source>These changes will be written to %1:</source>
        <translation>Queste modifiche verranno scritte in %1:</translation>
    </message>
    <message>
        <source>Changes to openclaw.json</source>
        <translation>Modifiche a openclaw.json</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Cancel the wizard</source>
        <translation>Annulla la procedura guidata</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Avanti</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Write openclaw.json</source>
        <translation>Scrivi openclaw.json</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <extracomment>A model in the picker list that is the default model (always offered)</extracomment>
        <translation>%1 (predefinito)</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Accesso</translation>
    </message>
    <message>
        <source>Fallbacks</source>
        <translation>Fallback</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>MiniMax (recommended)</source>
        <translation>MiniMax (consigliato)</translation>
    </message>
    <message>
        <source>Enter your API key. It is stored in the system keychain (when there is one) and in OpenClaw&apos;s own credential store, never in openclaw.json.</source>
        <translation>Inserisci la tua chiave API. Viene conservata nel portachiavi di sistema (se c’è) e nell’archivio delle credenziali di OpenClaw stesso, mai in openclaw.json.</translation>
    </message>
</context>
<context>
    <name>clawdesk::AppState</name>
    <message>
        <source>Gateway stopped</source>
        <translation>Gateway arrestato</translation>
    </message>
    <message>
        <source>Gateway starting…</source>
        <translation>Avvio del gateway…</translation>
    </message>
    <message>
        <source>Gateway running on port %1</source>
        <translation>Gateway in esecuzione sulla porta %1</translation>
    </message>
    <message>
        <source>Gateway failed to start</source>
        <translation>Avvio del gateway non riuscito</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Dalle %1</translation>
    </message>
    <message>
        <source>Tools pointed at ClawDesk cannot connect until you start it.</source>
        <translation>Gli strumenti indirizzati a ClawDesk non possono collegarsi finché non avvii il gateway.</translation>
    </message>
    <message>
        <source>Nothing served yet</source>
        <translation>Ancora nulla servito</translation>
    </message>
    <message>
        <source>Last request served by fallback %1 at %2</source>
        <translation>Ultima richiesta servita dal fallback %1 alle %2</translation>
    </message>
    <message>
        <source>Last request served by %1 at %2</source>
        <translation>Ultima richiesta servita da %1 alle %2</translation>
    </message>
    <message>
        <source>No openclaw.json yet</source>
        <translation>Ancora nessun openclaw.json</translation>
    </message>
    <message>
        <source>openclaw.json is valid</source>
        <translation>openclaw.json è valido</translation>
    </message>
    <message numerus="yes">
        <source>openclaw.json is valid, with %n warning(s)</source>
        <translation>
            <numerusform>openclaw.json è valido, con %n avviso</numerusform>
            <numerusform>openclaw.json è valido, con %n avvisi</numerusform>
        </translation>
    </message>
    <message>
        <source>openclaw.json does not parse</source>
        <translation>Impossibile leggere openclaw.json</translation>
    </message>
    <message>
        <source>openclaw.json has errors OpenClaw would reject</source>
        <translation>openclaw.json contiene errori che OpenClaw rifiuterebbe</translation>
    </message>
    <message>
        <source>%1: sign-in expired, sign in again</source>
        <translation>%1: accesso scaduto, accedi di nuovo</translation>
    </message>
    <message>
        <source>%1: key from %2</source>
        <translation>%1: chiave da %2</translation>
    </message>
    <message>
        <source>%1: signed in</source>
        <translation>%1: accesso effettuato</translation>
    </message>
    <message>
        <source>%1: key in auth profile %2</source>
        <translation>%1: chiave nel profilo di autenticazione %2</translation>
    </message>
    <message>
        <source>%1: key in openclaw.json</source>
        <translation>%1: chiave in openclaw.json</translation>
    </message>
    <message>
        <source>%1: local server, no key needed</source>
        <translation>%1: server locale, nessuna chiave necessaria</translation>
    </message>
    <message>
        <source>%1: no API key or sign-in</source>
        <translation>%1: nessuna chiave API né accesso</translation>
    </message>
    <message>
        <source>Sign-in expired: open ClawDesk to sign in again</source>
        <translation>Accesso scaduto: apri ClawDesk per accedere di nuovo</translation>
    </message>
    <message>
        <source>openclaw.json needs fixing: %1</source>
        <translation>openclaw.json va corretto: %1</translation>
    </message>
    <message>
        <source>Gateway failed to start: %1</source>
        <translation>Avvio del gateway non riuscito: %1</translation>
    </message>
    <message>
        <source>Gateway running; last request served by fallback %1</source>
        <translation>Gateway in esecuzione; ultima richiesta servita dal fallback %1</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>limite di richieste raggiunto</translation>
    </message>
    <message>
        <source>could not connect</source>
        <translation>connessione non riuscita</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>tempo scaduto</translation>
    </message>
    <message>
        <source>key rejected</source>
        <translation>chiave rifiutata</translation>
    </message>
    <message>
        <source>billing or quota</source>
        <translation>fatturazione o quota</translation>
    </message>
    <message>
        <source>overloaded</source>
        <translation>sovraccarico</translation>
    </message>
    <message>
        <source>provider error</source>
        <translation>errore del provider</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>modello sconosciuto</translation>
    </message>
</context>
<context>
    <name>clawdesk::Application</name>
    <message>
        <source>Coding Plan: %1 of %2 prompts left</source>
        <translation>Coding Plan: restano %1 prompt su %2</translation>
    </message>
    <message>
        <source>Coding Plan: %1</source>
        <translation>Coding Plan: %1</translation>
    </message>
    <message>
        <source>No model could answer: every candidate failed to connect.</source>
        <translation>Nessun modello ha potuto rispondere: la connessione non è riuscita con nessun candidato.</translation>
    </message>
</context>
<context>
    <name>clawdesk::Autostart</name>
    <message>
        <source>Cannot remove %1</source>
        <translation>Impossibile rimuovere %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConfigController</name>
    <message>
        <source>Alias %1 already points to %2.</source>
        <translation>L’alias %1 punta già a %2.</translation>
    </message>
    <message>
        <source>openclaw.json changed since; nothing was undone.</source>
        <translation>openclaw.json è cambiato nel frattempo; non è stato annullato nulla.</translation>
    </message>
    <message>
        <source>The earlier version cannot be read; nothing was undone.</source>
        <translation>Impossibile leggere la versione precedente; non è stato annullato nulla.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <source>Primary model set to %1.</source>
        <translation>Modello primario impostato su %1.</translation>
    </message>
    <message>
        <source>Alias %1 added.</source>
        <translation>Alias %1 aggiunto.</translation>
    </message>
    <message>
        <source>Alias %1 removed.</source>
        <translation>Alias %1 rimosso.</translation>
    </message>
    <message>
        <source>the primary model</source>
        <translation>il modello primario</translation>
    </message>
    <message>
        <source>fallback #%1</source>
        <translation>fallback n. %1</translation>
    </message>
    <message>
        <source>%1 is used by %2. Removing it writes %3 there instead, so the chain keeps the same model.</source>
        <translation>%1 è usato da %2. Rimuoverlo scrive lì %3 al suo posto, così la catena mantiene lo stesso modello.</translation>
    </message>
    <message>
        <source>Alias %1 renamed to %2.</source>
        <translation>Alias %1 rinominato in %2.</translation>
    </message>
    <message>
        <source>%1 added to the fallback chain.</source>
        <translation>%1 aggiunto alla catena di fallback.</translation>
    </message>
    <message>
        <source>Fallback %1 removed.</source>
        <translation>Fallback %1 rimosso.</translation>
    </message>
    <message>
        <source>Fallback chain reordered.</source>
        <translation>Catena di fallback riordinata.</translation>
    </message>
    <message>
        <source>Fallback chain cleared.</source>
        <translation>Catena di fallback svuotata.</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConnectController</name>
    <message>
        <source>Unknown tool: %1</source>
        <translation>Strumento sconosciuto: %1</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConnectionTester</name>
    <message>
        <source>%1 is not set up in openclaw.json yet: save it first.</source>
        <translation>%1 non è ancora configurato in openclaw.json: salvalo prima.</translation>
    </message>
    <message>
        <source>%1 lists no models: add one to test it.</source>
        <translation>%1 non ha modelli: aggiungine uno per verificarlo.</translation>
    </message>
    <message>
        <source>The api &quot;%1&quot; cannot be tested here; use anthropic-messages, openai-completions or openai-responses.</source>
        <translation>L’API «%1» non si può verificare qui; usa anthropic-messages, openai-completions o openai-responses.</translation>
    </message>
    <message>
        <source>No API key for %1: add one on this page or sign in.</source>
        <translation>Nessuna chiave API per %1: aggiungine una in questa pagina o accedi.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Verifica di %1…</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2. Check the base URL and that the server runs.</source>
        <translation>Impossibile raggiungere %1: %2. Controlla il base URL e che il server sia avviato.</translation>
    </message>
    <message>
        <source>Connected: %1 answered in %2 ms.</source>
        <translation>Connesso: %1 ha risposto in %2 ms.</translation>
    </message>
    <message>
        <source>Check the API key (or sign in again).</source>
        <translation>Controlla la chiave API (o accedi di nuovo).</translation>
    </message>
    <message>
        <source>Check the base URL and the model id.</source>
        <translation>Controlla il base URL e l’ID del modello.</translation>
    </message>
    <message>
        <source>Rate limited or out of quota: try again later or add a fallback.</source>
        <translation>Limite di richieste raggiunto o quota esaurita: riprova più tardi o aggiungi un fallback.</translation>
    </message>
    <message>
        <source>The provider has a problem: try again later or add a fallback.</source>
        <translation>Il provider ha un problema: riprova più tardi o aggiungi un fallback.</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>la connessione è stata rifiutata</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>la connessione è stata chiusa</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>nessuna risposta in tempo</translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation>la connessione sicura non è riuscita</translation>
    </message>
    <message>
        <source>the host name was not found</source>
        <translation>il nome host non è stato trovato</translation>
    </message>
</context>
<context>
    <name>clawdesk::FallbackModel</name>
    <message>
        <source>Not in the model allowlist: OpenClaw silently skips this fallback.</source>
        <translation>Non è nella allowlist dei modelli: OpenClaw salta questo fallback senza avvisare.</translation>
    </message>
    <message>
        <source>No credentials for this provider: this fallback will fail.</source>
        <translation>Nessuna credenziale per questo provider: questo fallback fallirà.</translation>
    </message>
</context>
<context>
    <name>clawdesk::ProviderController</name>
    <message>
        <source>Signed in: profile %1 in OpenClaw&apos;s auth-profiles.json (%2).</source>
        <translation>Accesso effettuato: profilo %1 nell’auth-profiles.json di OpenClaw (%2).</translation>
    </message>
    <message>
        <source>Key from the environment variable %1 (not stored by ClawDesk).</source>
        <translation>Chiave dalla variabile d’ambiente %1 (non salvata da ClawDesk).</translation>
    </message>
    <message>
        <source>Key written in openclaw.json (%1). Moving it to the keychain is safer.</source>
        <translation>Chiave scritta in openclaw.json (%1). Spostarla nel portachiavi è più sicuro.</translation>
    </message>
    <message>
        <source>No key yet.</source>
        <translation>Ancora nessuna chiave.</translation>
    </message>
    <message>
        <source>Enter the base URL, e.g. http://127.0.0.1:1234/v1</source>
        <translation>Inserisci il base URL, ad es. http://127.0.0.1:1234/v1</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https://</source>
        <translation>Il base URL deve iniziare con http:// o https://</translation>
    </message>
    <message>
        <source>The base URL needs a host name.</source>
        <translation>Il base URL deve contenere un nome host.</translation>
    </message>
    <message>
        <source>Enter a provider id, e.g. my-proxy</source>
        <translation>Inserisci un ID provider, ad es. my-proxy</translation>
    </message>
    <message>
        <source>Use lower-case letters, digits, dots, underscores or dashes.</source>
        <translation>Usa lettere minuscole, cifre, punti, trattini bassi o trattini.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Inserisci la chiave API.</translation>
    </message>
    <message>
        <source>No credential store is available.</source>
        <translation>Nessun archivio di credenziali disponibile.</translation>
    </message>
    <message>
        <source>The server did not answer with a model list.</source>
        <translation>Il server non ha risposto con un elenco di modelli.</translation>
    </message>
    <message>
        <source>Could not reach LM Studio: %1. Is its server running?</source>
        <translation>Impossibile raggiungere LM Studio: %1. Il suo server è avviato?</translation>
    </message>
    <message>
        <source>Signed in: profile %1 in OpenClaw&apos;s credential store (%2).</source>
        <translation>Accesso effettuato: profilo %1 nell’archivio delle credenziali di OpenClaw (%2).</translation>
    </message>
    <message>
        <source>Signed in: profile %1 in a leftover auth-profiles.json (%2); run openclaw doctor --fix to move it into OpenClaw&apos;s credential store.</source>
        <translation>Accesso effettuato: profilo %1 in un auth-profiles.json rimasto (%2); esegui openclaw doctor --fix per spostarlo nell’archivio delle credenziali di OpenClaw.</translation>
    </message>
</context>
<context>
    <name>clawdesk::QuotaMonitor</name>
    <message>
        <source>week</source>
        <extracomment>The weekly window of the MiniMax Coding Plan quota</extracomment>
        <translation>settimana</translation>
    </message>
    <message>
        <source>%1 %2% left</source>
        <extracomment>A quota window and what is left of it, e.g. &quot;5h 63% left&quot;</extracomment>
        <translation>%1: rimane il %2%</translation>
    </message>
</context>
<context>
    <name>clawdesk::TrayController</name>
    <message>
        <source>Start gateway</source>
        <translation>Avvia gateway</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>Arresta gateway</translation>
    </message>
    <message>
        <source>Restart gateway</source>
        <translation>Riavvia gateway</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>Tray submenu listing the models to use as the primary (default) model</extracomment>
        <translation>Modello</translation>
    </message>
    <message>
        <source>Open ClawDesk</source>
        <translation>Apri ClawDesk</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>ClawDesk is still running</source>
        <translation>ClawDesk è ancora in esecuzione</translation>
    </message>
    <message>
        <source>The gateway keeps serving in the background. Use the tray icon to open ClawDesk or to quit.</source>
        <translation>Il gateway continua a funzionare in background. Usa l’icona nell’area di notifica per aprire ClawDesk o uscire.</translation>
    </message>
    <message>
        <source>Back on the primary model</source>
        <translation>Di nuovo sul modello primario</translation>
    </message>
    <message>
        <source>ClawDesk stays in the tray; the gateway is not running. Use the tray icon to open ClawDesk, start the gateway or quit.</source>
        <translation>ClawDesk resta nell’area di notifica; il gateway non è in esecuzione. Usa l’icona nell’area di notifica per aprire ClawDesk, avviare il gateway o uscire.</translation>
    </message>
    <message>
        <source>%1 is tried first again.</source>
        <translation>%1 viene di nuovo provato per primo.</translation>
    </message>
    <message>
        <source>Primary model failed</source>
        <translation>Il modello primario non risponde</translation>
    </message>
    <message>
        <source>%1 failed (%2); trying %3.</source>
        <translation>%1 non ha risposto (%2); provo %3.</translation>
    </message>
</context>
<context>
    <name>clawdesk::UsageModel</name>
    <message>
        <source>Other</source>
        <extracomment>The stack of the usage chart that sums every model or provider not shown by name</extracomment>
        <translation>Altro</translation>
    </message>
    <message>
        <source>No requests</source>
        <translation>Nessuna richiesta</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 tokens · %n request(s)</source>
        <translation>
            <numerusform>%1 · %2 token · %n richiesta</numerusform>
            <numerusform>%1 · %2 token · %n richieste</numerusform>
        </translation>
    </message>
    <message>
        <source>%1M</source>
        <extracomment>Millions of tokens on the chart&apos;s axis, e.g. &quot;2.5M&quot;</extracomment>
        <translation>%1 Mln</translation>
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
        <translation>Scegli prima un provider e un metodo di auth.</translation>
    </message>
</context>
</TS>
