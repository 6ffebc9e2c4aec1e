<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>ConnectToolsCard</name>
    <message>
        <source>Connect your tools</source>
        <translation>Połącz swoje narzędzia</translation>
    </message>
    <message>
        <source>ClawDesk writes each tool&apos;s own settings so it uses this gateway. Undo puts the file back exactly as it was.</source>
        <translation>ClawDesk zapisuje własne ustawienia każdego narzędzia, aby korzystało z tego gateway. Cofnij przywraca plik dokładnie do poprzedniej postaci.</translation>
    </message>
    <message>
        <source>Connected. The tool uses the gateway the next time it starts.</source>
        <translation>Połączono. Narzędzie użyje gateway przy następnym uruchomieniu.</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Nie można połączyć: %1</translation>
    </message>
    <message>
        <source>%1&apos;s settings are back as they were.</source>
        <translation>Ustawienia %1 przywrócono do poprzedniego stanu.</translation>
    </message>
    <message>
        <source>Cannot undo: %1</source>
        <translation>Nie można cofnąć: %1</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Połączone</translation>
    </message>
    <message>
        <source>Overridden by a shell variable</source>
        <translation>Nadpisane przez zmienną powłoki</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Niepołączone</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Połącz</translation>
    </message>
    <message>
        <source>Connect %1 to the gateway</source>
        <translation>Połącz %1 z gateway</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Undo connecting %1</source>
        <translation>Cofnij połączenie %1</translation>
    </message>
    <message>
        <source>This change will be written (the token is shortened here):</source>
        <translation>Zostanie zapisana ta zmiana (token jest tu skrócony):</translation>
    </message>
    <message>
        <source>Change to be written</source>
        <translation>Zmiana do zapisania</translation>
    </message>
    <message>
        <source>Write the change</source>
        <translation>Zapisz zmianę</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Test connection</source>
        <translation>Testuj połączenie</translation>
    </message>
    <message>
        <source>Test the connection to %1</source>
        <translation>Testuj połączenie z %1</translation>
    </message>
</context>
<context>
    <name>CopyableSnippet</name>
    <message>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Kopiuj: %1</translation>
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
        <translation>Uruchom gateway</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>Zatrzymaj gateway</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Uruchom ponownie</translation>
    </message>
    <message>
        <source>Restart gateway</source>
        <translation>Uruchom ponownie gateway</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Gateway port</source>
        <translation>Port gateway</translation>
    </message>
    <message>
        <source>Bind</source>
        <extracomment>Network address the gateway listens on</extracomment>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Gateway bind address</source>
        <translation>Adres nasłuchu gateway</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>gateway token</source>
        <translation>token gateway</translation>
    </message>
    <message>
        <source>Regenerate gateway token</source>
        <translation>Wygeneruj nowy token gateway</translation>
    </message>
    <message>
        <source>Port, bind and token apply the next time the gateway starts.</source>
        <translation>Port, adres nasłuchu i token zaczną obowiązywać przy następnym uruchomieniu gateway.</translation>
    </message>
    <message>
        <source>Claude Code</source>
        <translation>Claude Code</translation>
    </message>
    <message>
        <source>Cline / Roo Code / Kilo Code (OpenAI compatible)</source>
        <translation>Cline / Roo Code / Kilo Code (zgodne z OpenAI)</translation>
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
        <translation>Ponowne uruchamianie gateway…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Spróbuj ponownie</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Żądania</translation>
    </message>
    <message>
        <source>What each tool asked for, which model answered, and why a fallback was used. Select a request to see its attempts.</source>
        <translation>O co prosiło każde narzędzie, który model odpowiedział i dlaczego użyto fallbacku. Wybierz żądanie, aby zobaczyć jego próby.</translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation>Brak żądań</translation>
    </message>
    <message>
        <source>Point a tool at the gateway (see below); its requests appear here.</source>
        <translation>Skieruj narzędzie na gateway (patrz niżej); jego żądania pojawią się tutaj.</translation>
    </message>
    <message>
        <source>Start the gateway, then point a tool at it; its requests appear here.</source>
        <translation>Uruchom gateway, a potem skieruj na niego narzędzie; jego żądania pojawią się tutaj.</translation>
    </message>
    <message>
        <source>%1 · %2 asked for %3</source>
        <translation>%1 · %2: żądanie %3</translation>
    </message>
    <message>
        <source>Attempt %1: %2 — %3</source>
        <translation>Próba %1: %2 — %3</translation>
    </message>
    <message>
        <source>Served by %1: status %2, %3 ms, %4 in / %5 out tokens, %6</source>
        <translation>Obsłużone przez %1: status %2, %3 ms, tokeny: %4 wej. / %5 wyj., %6</translation>
    </message>
    <message>
        <source>Refused with status %1: %2</source>
        <translation>Odrzucone ze statusem %1: %2</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Wyczyść listę</translation>
    </message>
    <message>
        <source>Request list cleared (usage totals keep them).</source>
        <translation>Wyczyszczono listę żądań (sumy użycia je zachowują).</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Regenerate token</source>
        <translation>Wygeneruj nowy token</translation>
    </message>
    <message>
        <source>New token saved; it applies when the gateway restarts.</source>
        <translation>Zapisano nowy token; zacznie obowiązywać po ponownym uruchomieniu gateway.</translation>
    </message>
    <message>
        <source>New token saved.</source>
        <translation>Zapisano nowy token.</translation>
    </message>
    <message>
        <source>Translated for the provider: %1</source>
        <translation>Dostosowano dla dostawcy: %1</translation>
    </message>
    <message>
        <source>Manual setup</source>
        <translation>Konfiguracja ręczna</translation>
    </message>
    <message>
        <source>For tools ClawDesk does not configure itself: paste these settings.</source>
        <translation>Dla narzędzi, których ClawDesk nie konfiguruje sam: wklej te ustawienia.</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Zamknij komunikat</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Overview</source>
        <translation>Przegląd</translation>
    </message>
    <message>
        <source>Model/auth</source>
        <extracomment>Sidebar page for choosing providers and signing in</extracomment>
        <translation>Model/auth</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modele</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Użycie</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>ClawDesk</source>
        <translation>ClawDesk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Strony</translation>
    </message>
    <message>
        <source>Configure…</source>
        <translation>Konfiguruj…</translation>
    </message>
    <message>
        <source>Open the configure wizard</source>
        <translation>Otwórz kreator konfiguracji</translation>
    </message>
    <message>
        <source>No system tray found: closing the window quits ClawDesk and stops the gateway.</source>
        <translation>Nie znaleziono zasobnika systemowego: zamknięcie okna zakończy ClawDesk i zatrzyma gateway.</translation>
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
        <translation>Niezapisane</translation>
    </message>
    <message>
        <source>MiniMax</source>
        <translation>MiniMax</translation>
    </message>
    <message>
        <source>Coding Plan sign-in (OAuth) or an API key. Lightning is the faster variant with a higher output price.</source>
        <translation>Logowanie przez Coding Plan (OAuth) lub klucz API. Lightning to szybszy wariant z wyższą ceną za wyjście.</translation>
    </message>
    <message>
        <source>OAuth: %1</source>
        <translation>OAuth: %1</translation>
    </message>
    <message>
        <source>Sign in with MiniMax (Global)</source>
        <translation>Zaloguj się przez MiniMax (Global)</translation>
    </message>
    <message>
        <source>Sign in (CN)</source>
        <extracomment>MiniMax&apos;s endpoint for users in mainland China</extracomment>
        <translation>Zaloguj się (CN)</translation>
    </message>
    <message>
        <source>Sign in with MiniMax (China)</source>
        <translation>Zaloguj się przez MiniMax (Chiny)</translation>
    </message>
    <message>
        <source>Asking MiniMax for a code…</source>
        <translation>Pobieranie kodu z MiniMax…</translation>
    </message>
    <message>
        <source>Open this page and enter the code:</source>
        <translation>Otwórz tę stronę i wpisz kod:</translation>
    </message>
    <message>
        <source>Sign-in code %1</source>
        <translation>Kod logowania %1</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Kopiuj kod</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Anuluj logowanie</translation>
    </message>
    <message>
        <source>The code expires in %1:%2</source>
        <translation>Kod wygaśnie za %1:%2</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Zalogowano.</translation>
    </message>
    <message>
        <source>API key: %1</source>
        <translation>Klucz API: %1</translation>
    </message>
    <message>
        <source>MiniMax API key</source>
        <translation>Klucz API MiniMax</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Zapisz klucz</translation>
    </message>
    <message>
        <source>Save MiniMax API key</source>
        <translation>Zapisz klucz API MiniMax</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>Anthropic API key (sk-ant-…)</source>
        <translation>Klucz API Anthropic (sk-ant-…)</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>Klucz API Anthropic</translation>
    </message>
    <message>
        <source>Save Anthropic API key</source>
        <translation>Zapisz klucz API Anthropic</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>Zgodny z OpenAI</translation>
    </message>
    <message>
        <source>Any server that speaks the OpenAI API, under a provider id of your choice.</source>
        <translation>Dowolny serwer obsługujący API OpenAI, pod wybranym przez Ciebie identyfikatorem dostawcy.</translation>
    </message>
    <message>
        <source>Provider id</source>
        <translation>ID dostawcy</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Bazowy URL</translation>
    </message>
    <message>
        <source>API</source>
        <extracomment>Wire protocol of the provider</extracomment>
        <translation>API</translation>
    </message>
    <message>
        <source>API kind</source>
        <translation>Rodzaj API</translation>
    </message>
    <message>
        <source>Save provider</source>
        <translation>Zapisz dostawcę</translation>
    </message>
    <message>
        <source>LM Studio</source>
        <translation>LM Studio</translation>
    </message>
    <message>
        <source>Models running on this computer. No key is needed; nothing leaves your machine.</source>
        <translation>Modele działające na tym komputerze. Klucz nie jest potrzebny; żadne dane nie opuszczają Twojego komputera.</translation>
    </message>
    <message>
        <source>LM Studio base URL</source>
        <translation>Bazowy URL LM Studio</translation>
    </message>
    <message>
        <source>Discover models</source>
        <translation>Wykryj modele</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Użyj %1</translation>
    </message>
    <message>
        <source>API key for %1 saved: %2</source>
        <translation>Zapisano klucz API dla %1: %2</translation>
    </message>
    <message>
        <source>Signed in to MiniMax.</source>
        <translation>Zalogowano do MiniMax.</translation>
    </message>
    <message>
        <source>Provider %1 saved.</source>
        <translation>Zapisano dostawcę %1.</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modele</translation>
    </message>
    <message>
        <source>No models yet: add the ids the server offers.</source>
        <translation>Brak modeli: dodaj identyfikatory oferowane przez serwer.</translation>
    </message>
    <message>
        <source>model id, e.g. gpt-4o-mini</source>
        <translation>ID modelu, np. gpt-4o-mini</translation>
    </message>
    <message>
        <source>Model id to add to %1</source>
        <translation>ID modelu do dodania do %1</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>Dodaj model</translation>
    </message>
    <message>
        <source>Add model to %1</source>
        <translation>Dodaj model do %1</translation>
    </message>
    <message>
        <source>Model %1 added to %2.</source>
        <translation>Dodano model %1 do %2.</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Models</source>
        <translation>Modele</translation>
    </message>
    <message>
        <source>The change was not saved.</source>
        <translation>Zmiana nie została zapisana.</translation>
    </message>
    <message>
        <source>Search models, names or aliases</source>
        <translation>Szukaj modeli, nazw lub aliasów</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>Szukaj modeli</translation>
    </message>
    <message>
        <source>Show all catalog</source>
        <translation>Cały katalog</translation>
    </message>
    <message>
        <source>Show all catalog models</source>
        <translation>Pokaż wszystkie modele z katalogu</translation>
    </message>
    <message>
        <source>Model list</source>
        <translation>Lista modeli</translation>
    </message>
    <message>
        <source>context %1</source>
        <translation>kontekst %1</translation>
    </message>
    <message>
        <source>auth ✓</source>
        <translation>uwierzytelniono ✓</translation>
    </message>
    <message>
        <source>no auth</source>
        <translation>brak uwierzytelnienia</translation>
    </message>
    <message>
        <source>local</source>
        <translation>lokalny</translation>
    </message>
    <message>
        <source>alias %1</source>
        <translation>alias %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>fallback #%1</source>
        <extracomment>Position in the fallback chain, e.g. &quot;fallback #2&quot;</extracomment>
        <translation>fallback nr %1</translation>
    </message>
    <message>
        <source>Make primary</source>
        <translation>Ustaw jako podstawowy</translation>
    </message>
    <message>
        <source>Make %1 the primary model</source>
        <translation>Ustaw %1 jako model podstawowy</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Podstawowy</translation>
    </message>
    <message>
        <source>Add as fallback</source>
        <translation>Dodaj jako fallback</translation>
    </message>
    <message>
        <source>Add %1 as a fallback</source>
        <translation>Dodaj %1 jako fallback</translation>
    </message>
    <message>
        <source>Fallback chain</source>
        <translation>Łańcuch fallbacków</translation>
    </message>
    <message>
        <source>Tried in this order when the primary fails. Drag to reorder, or use Ctrl+Up/Down.</source>
        <translation>Próbowane w tej kolejności, gdy model podstawowy zawiedzie. Przeciągnij, aby zmienić kolejność, lub użyj Ctrl+Góra/Dół.</translation>
    </message>
    <message>
        <source>Fallback %1: %2</source>
        <translation>Fallback %1: %2</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>Przesuń %1 w górę</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>Przesuń %1 w dół</translation>
    </message>
    <message>
        <source>Remove fallback %1</source>
        <translation>Usuń fallback %1</translation>
    </message>
    <message>
        <source>No fallbacks: requests fail when the primary fails.</source>
        <translation>Brak fallbacków: żądania kończą się błędem, gdy model podstawowy zawiedzie.</translation>
    </message>
    <message>
        <source>Model to add as fallback</source>
        <translation>Model do dodania jako fallback</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Add fallback</source>
        <translation>Dodaj fallback</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliasy</translation>
    </message>
    <message>
        <source>Short names you can type instead of provider/model.</source>
        <translation>Krótkie nazwy, które można wpisać zamiast dostawca/model.</translation>
    </message>
    <message>
        <source>Alias for %1</source>
        <translation>Alias dla %1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Zmień nazwę</translation>
    </message>
    <message>
        <source>Rename alias %1</source>
        <translation>Zmień nazwę aliasu %1</translation>
    </message>
    <message>
        <source>Remove alias %1</source>
        <translation>Usuń alias %1</translation>
    </message>
    <message>
        <source>Model for the new alias</source>
        <translation>Model dla nowego aliasu</translation>
    </message>
    <message>
        <source>new alias</source>
        <translation>nowy alias</translation>
    </message>
    <message>
        <source>New alias</source>
        <translation>Nowy alias</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>Dodaj alias</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Remove alias %1?</source>
        <translation>Usunąć alias %1?</translation>
    </message>
    <message>
        <source>Remove alias</source>
        <translation>Usuń alias</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Ctrl+Up and Ctrl+Down move the selected fallback; Delete removes it.</source>
        <translation>Ctrl+Góra i Ctrl+Dół przesuwają wybrany fallback; Delete go usuwa.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Przegląd</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>Otwórz w edytorze</translation>
    </message>
    <message>
        <source>No openclaw.json yet at %1.</source>
        <translation>Brak jeszcze openclaw.json w %1.</translation>
    </message>
    <message>
        <source>Set up…</source>
        <translation>Skonfiguruj…</translation>
    </message>
    <message>
        <source>The gateway keeps serving the last good config.</source>
        <translation>Gateway nadal działa na ostatniej poprawnej konfiguracji.</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Start gateway</source>
        <translation>Uruchom gateway</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>Zatrzymaj gateway</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modele</translation>
    </message>
    <message>
        <source>Configured chain</source>
        <translation>Skonfigurowany łańcuch</translation>
    </message>
    <message>
        <source>Edit models…</source>
        <translation>Edytuj modele…</translation>
    </message>
    <message>
        <source>Edit models</source>
        <translation>Edytuj modele</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dzisiaj</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n żądanie</numerusform>
            <numerusform>%n żądania</numerusform>
            <numerusform>%n żądań</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <extracomment>Money spent today, in US dollars</extracomment>
        <translation>Koszt: %1</translation>
    </message>
    <message>
        <source>Recent failovers</source>
        <translation>Ostatnie przełączenia awaryjne</translation>
    </message>
    <message>
        <source>None so far.</source>
        <translation>Na razie brak.</translation>
    </message>
    <message>
        <source>%1  back to %2</source>
        <translation>%1  powrót do %2</translation>
    </message>
    <message>
        <source>Config file</source>
        <translation>Plik konfiguracji</translation>
    </message>
    <message>
        <source>Open openclaw.json in editor</source>
        <translation>Otwórz openclaw.json w edytorze</translation>
    </message>
    <message>
        <source>Coding Plan: %1</source>
        <extracomment>MiniMax Coding Plan quota windows, e.g. &quot;5h 63% left ⏱2h 10m · week 88% left&quot;</extracomment>
        <translation>Coding Plan: %1</translation>
    </message>
    <message>
        <source>Coding Plan quota unavailable: %1</source>
        <translation>Limit Coding Plan niedostępny: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 w %2</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Szczegóły…</translation>
    </message>
    <message>
        <source>Open the Gateway page</source>
        <translation>Otwórz stronę Gateway</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fixed: %1</source>
        <translation>Naprawiono: %1</translation>
    </message>
    <message>
        <source>Could not fix it: %1</source>
        <translation>Nie udało się naprawić: %1</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Dane uwierzytelniające</translation>
    </message>
    <message>
        <source>Add a key…</source>
        <translation>Dodaj klucz…</translation>
    </message>
    <message>
        <source>%1  %2 failed (%3), tried %4</source>
        <translation>%1  %2 zawiódł (%3), próbowano %4</translation>
    </message>
</context>
<context>
    <name>RequestRow</name>
    <message>
        <source>%1, %2 to %3, status %4</source>
        <translation>%1, %2 do %3, status %4</translation>
    </message>
    <message>
        <source>not served</source>
        <translation>nieobsłużone</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Requested → served</source>
        <translation>Żądany → obsługujący</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Latency</source>
        <extracomment>Column header: how long the request took</extracomment>
        <translation>Opóźnienie</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokeny</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Koszt</translation>
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
        <translation>Ukryj</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>Ukryj: %1</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation>Pokaż: %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Kopiuj: %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Język systemu</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Wygląd</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Theme</source>
        <extracomment>Colour theme of the window</extracomment>
        <translation>Motyw</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Zgodnie z systemem</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Jasny</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Ciemny</translation>
    </message>
    <message>
        <source>Startup and tray</source>
        <translation>Uruchamianie i zasobnik</translation>
    </message>
    <message>
        <source>Start ClawDesk when I log in</source>
        <translation>Uruchamiaj ClawDesk po zalogowaniu</translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation>Uruchamiaj zminimalizowany do zasobnika</translation>
    </message>
    <message>
        <source>Notify me when the gateway switches to a fallback and back</source>
        <translation>Powiadamiaj, gdy gateway przełącza się na fallback i z powrotem</translation>
    </message>
    <message>
        <source>No system tray is available on this desktop, so ClawDesk quits when its window is closed.</source>
        <translation>Ten pulpit nie ma zasobnika systemowego, więc ClawDesk kończy działanie po zamknięciu okna.</translation>
    </message>
    <message>
        <source>OpenClaw config</source>
        <translation>Konfiguracja OpenClaw</translation>
    </message>
    <message>
        <source>Leave empty to use the file OpenClaw itself uses. Takes effect after a restart.</source>
        <translation>Pozostaw puste, aby użyć tego samego pliku co OpenClaw. Zmiana zadziała po ponownym uruchomieniu.</translation>
    </message>
    <message>
        <source>Config file path</source>
        <translation>Ścieżka pliku konfiguracji</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>Otwórz w edytorze</translation>
    </message>
    <message>
        <source>Open openclaw.json in editor</source>
        <translation>Otwórz openclaw.json w edytorze</translation>
    </message>
</context>
<context>
    <name>ToastHost</name>
    <message>
        <source>Dismiss</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>UsageChart</name>
    <message>
        <source>Usage per day</source>
        <translation>Użycie dzienne</translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message>
        <source>Usage</source>
        <translation>Użycie</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Ostatnie 7 dni</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ostatnie 30 dni</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokeny</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Miara</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Ostatnie 90 dni</translation>
    </message>
    <message>
        <source>By model</source>
        <translation>Według modelu</translation>
    </message>
    <message>
        <source>By provider</source>
        <translation>Według dostawcy</translation>
    </message>
    <message>
        <source>Stack the bars</source>
        <translation>Układaj słupki w stos</translation>
    </message>
    <message>
        <source>No requests in this period</source>
        <translation>Brak żądań w tym okresie</translation>
    </message>
    <message>
        <source>Usage appears here as the gateway serves requests.</source>
        <translation>Użycie pojawi się tutaj, gdy gateway zacznie obsługiwać żądania.</translation>
    </message>
    <message>
        <source>Usage by provider</source>
        <translation>Użycie według dostawcy</translation>
    </message>
    <message>
        <source>Usage by model</source>
        <translation>Użycie według modelu</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Dostawca</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Żądania</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Udział</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <source>Provider</source>
        <translation>Dostawca</translation>
    </message>
    <message>
        <source>Auth method</source>
        <translation>Metoda uwierzytelniania</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Logowanie</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Model domyślny</translation>
    </message>
    <message>
        <source>Model picker</source>
        <translation>Wybór modelu</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <source>Configure wizard</source>
        <translation>Kreator konfiguracji</translation>
    </message>
    <message>
        <source>Set up OpenClaw</source>
        <translation>Konfiguracja OpenClaw</translation>
    </message>
    <message>
        <source>Model/auth provider</source>
        <translation>Dostawca Model/auth</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>LM Studio (local)</source>
        <translation>LM Studio (lokalnie)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Klucz API</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Zapisz klucz</translation>
    </message>
    <message>
        <source>Save API key</source>
        <translation>Zapisz klucz API</translation>
    </message>
    <message>
        <source>Sign in with your MiniMax account in the browser.</source>
        <translation>Zaloguj się w przeglądarce na konto MiniMax.</translation>
    </message>
    <message>
        <source>Start sign-in</source>
        <translation>Rozpocznij logowanie</translation>
    </message>
    <message>
        <source>No sign-in needed. Start LM Studio&apos;s local server (Developer → Start server).</source>
        <translation>Logowanie nie jest potrzebne. Uruchom lokalny serwer LM Studio (Developer → Start server).</translation>
    </message>
    <message>
        <source>Models in the /model picker. Besides the default, the ones you tick become fallbacks, in this order.</source>
        <translation>Modele w selektorze /model. Oprócz domyślnego zaznaczone modele staną się fallbackami w tej kolejności.</translation>
    </message>
    <message>
        <source>Offer %1</source>
        <translation>Oferuj %1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Zapisano w %1.</translation>
    </message>
    <message>
        <source>These changes will be written to %1:</source>
        <translation>Te zmiany zostaną zapisane w %1:</translation>
    </message>
    <message>
        <source>Changes to openclaw.json</source>
        <translation>Zmiany w openclaw.json</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Cancel the wizard</source>
        <translation>Anuluj kreator</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Write openclaw.json</source>
        <translation>Zapisz openclaw.json</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <extracomment>A model in the picker list that is the default model (always offered)</extracomment>
        <translation>%1 (domyślny)</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Logowanie</translation>
    </message>
    <message>
        <source>Fallbacks</source>
        <translation>Fallbacki</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>MiniMax (recommended)</source>
        <translation>MiniMax (zalecany)</translation>
    </message>
    <message>
        <source>Enter your API key. It is stored in the system keychain (when there is one) and in OpenClaw&apos;s own credential store, never in openclaw.json.</source>
        <translation>Wpisz klucz API. Zostanie zapisany w systemowym pęku kluczy (jeśli jest) oraz we własnym magazynie danych uwierzytelniających OpenClaw, nigdy w openclaw.json.</translation>
    </message>
</context>
<context>
    <name>clawdesk::AppState</name>
    <message>
        <source>Gateway stopped</source>
        <translation>Gateway zatrzymany</translation>
    </message>
    <message>
        <source>Gateway starting…</source>
        <translation>Uruchamianie gateway…</translation>
    </message>
    <message>
        <source>Gateway running on port %1</source>
        <translation>Gateway działa na porcie %1</translation>
    </message>
    <message>
        <source>Gateway failed to start</source>
        <translation>Nie udało się uruchomić gateway</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Od %1</translation>
    </message>
    <message>
        <source>Tools pointed at ClawDesk cannot connect until you start it.</source>
        <translation>Narzędzia skierowane na ClawDesk nie połączą się, dopóki nie uruchomisz gateway.</translation>
    </message>
    <message>
        <source>Nothing served yet</source>
        <translation>Jeszcze nic nie obsłużono</translation>
    </message>
    <message>
        <source>Last request served by fallback %1 at %2</source>
        <translation>Ostatnie żądanie obsłużył fallback %1 o %2</translation>
    </message>
    <message>
        <source>Last request served by %1 at %2</source>
        <translation>Ostatnie żądanie obsłużył %1 o %2</translation>
    </message>
    <message>
        <source>No openclaw.json yet</source>
        <translation>Brak pliku openclaw.json</translation>
    </message>
    <message>
        <source>openclaw.json is valid</source>
        <translation>openclaw.json jest poprawny</translation>
    </message>
    <message numerus="yes">
        <source>openclaw.json is valid, with %n warning(s)</source>
        <translation>
            <numerusform>openclaw.json jest poprawny, %n ostrzeżenie</numerusform>
            <numerusform>openclaw.json jest poprawny, %n ostrzeżenia</numerusform>
            <numerusform>openclaw.json jest poprawny, %n ostrzeżeń</numerusform>
        </translation>
    </message>
    <message>
        <source>openclaw.json does not parse</source>
        <translation>Nie można przetworzyć openclaw.json</translation>
    </message>
    <message>
        <source>openclaw.json has errors OpenClaw would reject</source>
        <translation>openclaw.json zawiera błędy, których OpenClaw nie zaakceptuje</translation>
    </message>
    <message>
        <source>%1: sign-in expired, sign in again</source>
        <translation>%1: sesja wygasła, zaloguj się ponownie</translation>
    </message>
    <message>
        <source>%1: key from %2</source>
        <translation>%1: klucz z %2</translation>
    </message>
    <message>
        <source>%1: signed in</source>
        <translation>%1: zalogowano</translation>
    </message>
    <message>
        <source>%1: key in auth profile %2</source>
        <translation>%1: klucz w profilu uwierzytelniania %2</translation>
    </message>
    <message>
        <source>%1: key in openclaw.json</source>
        <translation>%1: klucz w openclaw.json</translation>
    </message>
    <message>
        <source>%1: local server, no key needed</source>
        <translation>%1: serwer lokalny, klucz niepotrzebny</translation>
    </message>
    <message>
        <source>%1: no API key or sign-in</source>
        <translation>%1: brak klucza API i logowania</translation>
    </message>
    <message>
        <source>Sign-in expired: open ClawDesk to sign in again</source>
        <translation>Sesja wygasła: otwórz ClawDesk, aby zalogować się ponownie</translation>
    </message>
    <message>
        <source>openclaw.json needs fixing: %1</source>
        <translation>openclaw.json wymaga poprawki: %1</translation>
    </message>
    <message>
        <source>Gateway failed to start: %1</source>
        <translation>Nie udało się uruchomić gateway: %1</translation>
    </message>
    <message>
        <source>Gateway running; last request served by fallback %1</source>
        <translation>Gateway działa; ostatnie żądanie obsłużył fallback %1</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>przekroczono limit żądań</translation>
    </message>
    <message>
        <source>could not connect</source>
        <translation>nie można połączyć</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>przekroczono czas oczekiwania</translation>
    </message>
    <message>
        <source>key rejected</source>
        <translation>klucz odrzucony</translation>
    </message>
    <message>
        <source>billing or quota</source>
        <translation>rozliczenia lub limit</translation>
    </message>
    <message>
        <source>overloaded</source>
        <translation>przeciążenie</translation>
    </message>
    <message>
        <source>provider error</source>
        <translation>błąd dostawcy</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>nieznany model</translation>
    </message>
</context>
<context>
    <name>clawdesk::Application</name>
    <message>
        <source>Coding Plan: %1 of %2 prompts left</source>
        <translation>Coding Plan: pozostało %1 z %2 promptów</translation>
    </message>
    <message>
        <source>Coding Plan: %1</source>
        <translation>Coding Plan: %1</translation>
    </message>
    <message>
        <source>No model could answer: every candidate failed to connect.</source>
        <translation>Żaden model nie mógł odpowiedzieć: nie udało się połączyć z żadnym kandydatem.</translation>
    </message>
</context>
<context>
    <name>clawdesk::Autostart</name>
    <message>
        <source>Cannot remove %1</source>
        <translation>Nie można usunąć %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConfigController</name>
    <message>
        <source>Alias %1 already points to %2.</source>
        <translation>Alias %1 już wskazuje na %2.</translation>
    </message>
    <message>
        <source>openclaw.json changed since; nothing was undone.</source>
        <translation>openclaw.json zmienił się w międzyczasie; nic nie cofnięto.</translation>
    </message>
    <message>
        <source>The earlier version cannot be read; nothing was undone.</source>
        <translation>Nie można odczytać wcześniejszej wersji; nic nie cofnięto.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Cofnięto.</translation>
    </message>
    <message>
        <source>Primary model set to %1.</source>
        <translation>Ustawiono model podstawowy: %1.</translation>
    </message>
    <message>
        <source>Alias %1 added.</source>
        <translation>Dodano alias %1.</translation>
    </message>
    <message>
        <source>Alias %1 removed.</source>
        <translation>Usunięto alias %1.</translation>
    </message>
    <message>
        <source>the primary model</source>
        <translation>model podstawowy</translation>
    </message>
    <message>
        <source>fallback #%1</source>
        <translation>fallback nr %1</translation>
    </message>
    <message>
        <source>%1 is used by %2. Removing it writes %3 there instead, so the chain keeps the same model.</source>
        <translation>%1 jest używany przez: %2. Usunięcie go wpisze tam zamiast niego %3, więc łańcuch zachowa ten sam model.</translation>
    </message>
    <message>
        <source>Alias %1 renamed to %2.</source>
        <translation>Zmieniono nazwę aliasu %1 na %2.</translation>
    </message>
    <message>
        <source>%1 added to the fallback chain.</source>
        <translation>Dodano %1 do łańcucha fallbacków.</translation>
    </message>
    <message>
        <source>Fallback %1 removed.</source>
        <translation>Usunięto fallback %1.</translation>
    </message>
    <message>
        <source>Fallback chain reordered.</source>
        <translation>Zmieniono kolejność łańcucha fallbacków.</translation>
    </message>
    <message>
        <source>Fallback chain cleared.</source>
        <translation>Wyczyszczono łańcuch fallbacków.</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConnectController</name>
    <message>
        <source>Unknown tool: %1</source>
        <translation>Nieznane narzędzie: %1</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConnectionTester</name>
    <message>
        <source>%1 is not set up in openclaw.json yet: save it first.</source>
        <translation>%1 nie jest jeszcze skonfigurowany w openclaw.json: najpierw zapisz.</translation>
    </message>
    <message>
        <source>%1 lists no models: add one to test it.</source>
        <translation>%1 nie ma żadnych modeli: dodaj jeden, aby go przetestować.</translation>
    </message>
    <message>
        <source>The api &quot;%1&quot; cannot be tested here; use anthropic-messages, openai-completions or openai-responses.</source>
        <translation>API „%1” nie da się tu przetestować; użyj anthropic-messages, openai-completions lub openai-responses.</translation>
    </message>
    <message>
        <source>No API key for %1: add one on this page or sign in.</source>
        <translation>Brak klucza API dla %1: dodaj go na tej stronie lub zaloguj się.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Testowanie %1…</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2. Check the base URL and that the server runs.</source>
        <translation>Nie można połączyć się z %1: %2. Sprawdź bazowy URL i czy serwer działa.</translation>
    </message>
    <message>
        <source>Connected: %1 answered in %2 ms.</source>
        <translation>Połączono: %1 odpowiedział w %2 ms.</translation>
    </message>
    <message>
        <source>Check the API key (or sign in again).</source>
        <translation>Sprawdź klucz API (lub zaloguj się ponownie).</translation>
    </message>
    <message>
        <source>Check the base URL and the model id.</source>
        <translation>Sprawdź bazowy URL i ID modelu.</translation>
    </message>
    <message>
        <source>Rate limited or out of quota: try again later or add a fallback.</source>
        <translation>Przekroczono limit żądań lub wyczerpano limit: spróbuj później lub dodaj fallback.</translation>
    </message>
    <message>
        <source>The provider has a problem: try again later or add a fallback.</source>
        <translation>Dostawca ma problem: spróbuj później lub dodaj fallback.</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>połączenie zostało odrzucone</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>połączenie zostało zamknięte</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>brak odpowiedzi w wyznaczonym czasie</translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation>bezpieczne połączenie nie powiodło się</translation>
    </message>
    <message>
        <source>the host name was not found</source>
        <translation>nie znaleziono nazwy hosta</translation>
    </message>
</context>
<context>
    <name>clawdesk::FallbackModel</name>
    <message>
        <source>Not in the model allowlist: OpenClaw silently skips this fallback.</source>
        <translation>Brak na liście dozwolonych modeli: OpenClaw bez ostrzeżenia pominie ten fallback.</translation>
    </message>
    <message>
        <source>No credentials for this provider: this fallback will fail.</source>
        <translation>Brak danych uwierzytelniających dla tego dostawcy: ten fallback zawiedzie.</translation>
    </message>
</context>
<context>
    <name>clawdesk::ProviderController</name>
    <message>
        <source>Signed in: profile %1 in OpenClaw&apos;s auth-profiles.json (%2).</source>
        <translation>Zalogowano: profil %1 w auth-profiles.json OpenClaw (%2).</translation>
    </message>
    <message>
        <source>Key from the environment variable %1 (not stored by ClawDesk).</source>
        <translation>Klucz ze zmiennej środowiskowej %1 (ClawDesk go nie przechowuje).</translation>
    </message>
    <message>
        <source>Key written in openclaw.json (%1). Moving it to the keychain is safer.</source>
        <translation>Klucz jest zapisany w openclaw.json (%1). Bezpieczniej przenieść go do pęku kluczy.</translation>
    </message>
    <message>
        <source>No key yet.</source>
        <translation>Brak klucza.</translation>
    </message>
    <message>
        <source>Enter the base URL, e.g. http://127.0.0.1:1234/v1</source>
        <translation>Wpisz bazowy URL, np. http://127.0.0.1:1234/v1</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https://</source>
        <translation>Bazowy URL musi zaczynać się od http:// lub https://</translation>
    </message>
    <message>
        <source>The base URL needs a host name.</source>
        <translation>Bazowy URL musi zawierać nazwę hosta.</translation>
    </message>
    <message>
        <source>Enter a provider id, e.g. my-proxy</source>
        <translation>Wpisz ID dostawcy, np. my-proxy</translation>
    </message>
    <message>
        <source>Use lower-case letters, digits, dots, underscores or dashes.</source>
        <translation>Używaj małych liter, cyfr, kropek, podkreśleń lub łączników.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Wpisz klucz API.</translation>
    </message>
    <message>
        <source>No credential store is available.</source>
        <translation>Brak dostępnego magazynu danych uwierzytelniających.</translation>
    </message>
    <message>
        <source>The server did not answer with a model list.</source>
        <translation>Serwer nie zwrócił listy modeli.</translation>
    </message>
    <message>
        <source>Could not reach LM Studio: %1. Is its server running?</source>
        <translation>Nie można połączyć się z LM Studio: %1. Czy jego serwer działa?</translation>
    </message>
    <message>
        <source>Signed in: profile %1 in OpenClaw&apos;s credential store (%2).</source>
        <translation>Zalogowano: profil %1 w magazynie danych uwierzytelniających OpenClaw (%2).</translation>
    </message>
    <message>
        <source>Signed in: profile %1 in a leftover auth-profiles.json (%2); run openclaw doctor --fix to move it into OpenClaw&apos;s credential store.</source>
        <translation>Zalogowano: profil %1 w pozostałym pliku auth-profiles.json (%2); uruchom openclaw doctor --fix, aby przenieść go do magazynu danych uwierzytelniających OpenClaw.</translation>
    </message>
</context>
<context>
    <name>clawdesk::QuotaMonitor</name>
    <message>
        <source>week</source>
        <extracomment>The weekly window of the MiniMax Coding Plan quota</extracomment>
        <translation>tydzień</translation>
    </message>
    <message>
        <source>%1 %2% left</source>
        <extracomment>A quota window and what is left of it, e.g. &quot;5h 63% left&quot;</extracomment>
        <translation>%1: pozostało %2%</translation>
    </message>
</context>
<context>
    <name>clawdesk::TrayController</name>
    <message>
        <source>Start gateway</source>
        <translation>Uruchom gateway</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>Zatrzymaj gateway</translation>
    </message>
    <message>
        <source>Restart gateway</source>
        <translation>Uruchom ponownie gateway</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>Tray submenu listing the models to use as the primary (default) model</extracomment>
        <translation>Model</translation>
    </message>
    <message>
        <source>Open ClawDesk</source>
        <translation>Otwórz ClawDesk</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>ClawDesk is still running</source>
        <translation>ClawDesk nadal działa</translation>
    </message>
    <message>
        <source>The gateway keeps serving in the background. Use the tray icon to open ClawDesk or to quit.</source>
        <translation>Gateway nadal działa w tle. Użyj ikony w zasobniku, aby otworzyć ClawDesk lub zakończyć.</translation>
    </message>
    <message>
        <source>Back on the primary model</source>
        <translation>Powrót do modelu podstawowego</translation>
    </message>
    <message>
        <source>ClawDesk stays in the tray; the gateway is not running. Use the tray icon to open ClawDesk, start the gateway or quit.</source>
        <translation>ClawDesk pozostaje w zasobniku; gateway nie działa. Użyj ikony w zasobniku, aby otworzyć ClawDesk, uruchomić gateway lub zakończyć.</translation>
    </message>
    <message>
        <source>%1 is tried first again.</source>
        <translation>%1 znów jest próbowany jako pierwszy.</translation>
    </message>
    <message>
        <source>Primary model failed</source>
        <translation>Model podstawowy zawiódł</translation>
    </message>
    <message>
        <source>%1 failed (%2); trying %3.</source>
        <translation>%1 zawiódł (%2); próba z %3.</translation>
    </message>
</context>
<context>
    <name>clawdesk::UsageModel</name>
    <message>
        <source>Other</source>
        <extracomment>The stack of the usage chart that sums every model or provider not shown by name</extracomment>
        <translation>Inne</translation>
    </message>
    <message>
        <source>No requests</source>
        <translation>Brak żądań</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 tokens · %n request(s)</source>
        <translation>
            <numerusform>%1 · tokeny: %2 · %n żądanie</numerusform>
            <numerusform>%1 · tokeny: %2 · %n żądania</numerusform>
            <numerusform>%1 · tokeny: %2 · %n żądań</numerusform>
        </translation>
    </message>
    <message>
        <source>%1M</source>
        <extracomment>Millions of tokens on the chart&apos;s axis, e.g. &quot;2.5M&quot;</extracomment>
        <translation>%1 mln</translation>
    </message>
    <message>
        <source>%1k</source>
        <extracomment>Thousands of tokens on the chart&apos;s axis, e.g. &quot;250k&quot;</extracomment>
        <translation>%1 tys.</translation>
    </message>
</context>
<context>
    <name>clawdesk::WizardController</name>
    <message>
        <source>Choose a provider and an auth method first.</source>
        <translation>Najpierw wybierz dostawcę i metodę uwierzytelniania.</translation>
    </message>
</context>
</TS>
