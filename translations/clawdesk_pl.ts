<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
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
        <source>Gateway not available in this build.</source>
        <translation>Gateway nie jest dostępny w tej kompilacji.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serwer</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Uruchom</translation>
    </message>
    <message>
        <source>Start gateway</source>
        <translation>Uruchom gateway</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Zatrzymaj</translation>
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
        <source>Regenerate</source>
        <translation>Wygeneruj nowy</translation>
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
        <source>Connect your tools</source>
        <translation>Połącz swoje narzędzia</translation>
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
        <source>Recent requests</source>
        <translation>Ostatnie żądania</translation>
    </message>
    <message>
        <source>No requests yet.</source>
        <translation>Brak żądań.</translation>
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
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Przegląd</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Działa</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Uruchamianie…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Zatrzymany</translation>
    </message>
    <message>
        <source>Not available in this build</source>
        <translation>Niedostępne w tej kompilacji</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuta</numerusform>
            <numerusform>%n minuty</numerusform>
            <numerusform>%n minut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n godzina</numerusform>
            <numerusform>%n godziny</numerusform>
            <numerusform>%n godzin</numerusform>
        </translation>
    </message>
    <message>
        <source>openclaw.json does not parse: %1</source>
        <translation>Nie można przetworzyć openclaw.json: %1</translation>
    </message>
    <message>
        <source>openclaw.json has problems OpenClaw would reject: %1</source>
        <translation>openclaw.json zawiera błędy, których OpenClaw nie zaakceptuje: %1</translation>
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
        <source>Port %1 · up %2</source>
        <translation>Port %1 · działa od %2</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Uruchom</translation>
    </message>
    <message>
        <source>Start gateway</source>
        <translation>Uruchom gateway</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Zatrzymaj</translation>
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
        <source>Serving now</source>
        <translation>Teraz odpowiada</translation>
    </message>
    <message>
        <source>Model serving now: %1</source>
        <translation>Teraz odpowiada model: %1</translation>
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
        <source>%1  %2 → %3 (%4)</source>
        <translation>%1  %2 → %3 (%4)</translation>
    </message>
    <message>
        <source>Config file</source>
        <translation>Plik konfiguracji</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Poprawny</translation>
    </message>
    <message>
        <source>Not created yet</source>
        <translation>Jeszcze nieutworzony</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Wymaga uwagi</translation>
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
    <message numerus="yes">
        <source>%1 · %2 tokens · %n request(s)</source>
        <translation>
            <numerusform>%1 · tokeny: %2 · %n żądanie</numerusform>
            <numerusform>%1 · tokeny: %2 · %n żądania</numerusform>
            <numerusform>%1 · tokeny: %2 · %n żądań</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage per day</source>
        <translation>Użycie dzienne</translation>
    </message>
    <message>
        <source>No requests in this period. Usage appears here as the gateway serves requests.</source>
        <translation>Brak żądań w tym okresie. Użycie pojawi się tutaj, gdy gateway zacznie obsługiwać żądania.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %3 tokens, %n request(s)</source>
        <translation>
            <numerusform>%1: %2, tokeny: %3, %n żądanie</numerusform>
            <numerusform>%1: %2, tokeny: %3, %n żądania</numerusform>
            <numerusform>%1: %2, tokeny: %3, %n żądań</numerusform>
        </translation>
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
        <source>MiniMax — M2.1 (recommended)</source>
        <translation>MiniMax — M2.1 (zalecany)</translation>
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
        <source>MiniMax OAuth — Global</source>
        <translation>MiniMax OAuth — Global</translation>
    </message>
    <message>
        <source>OAuth for international users</source>
        <translation>OAuth dla użytkowników międzynarodowych</translation>
    </message>
    <message>
        <source>MiniMax OAuth — CN</source>
        <translation>MiniMax OAuth — CN</translation>
    </message>
    <message>
        <source>OAuth for users in China</source>
        <translation>OAuth dla użytkowników w Chinach</translation>
    </message>
    <message>
        <source>MiniMax M2.1 — API key</source>
        <translation>MiniMax M2.1 — klucz API</translation>
    </message>
    <message>
        <source>MiniMax M2.1 Lightning — API key</source>
        <translation>MiniMax M2.1 Lightning — klucz API</translation>
    </message>
    <message>
        <source>Faster, higher output cost</source>
        <translation>Szybszy, droższe wyjście</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>Klucz API Anthropic</translation>
    </message>
    <message>
        <source>LM Studio on this computer</source>
        <translation>LM Studio na tym komputerze</translation>
    </message>
    <message>
        <source>Enter your API key. It is stored in the system keychain (or OpenClaw&apos;s auth-profiles.json when there is none), never in openclaw.json.</source>
        <translation>Wpisz klucz API. Zostanie zapisany w systemowym pęku kluczy (a gdy go brak, w auth-profiles.json OpenClaw), nigdy w openclaw.json.</translation>
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
        <source>Alias not found: %1</source>
        <translation>Nie znaleziono aliasu: %1</translation>
    </message>
    <message>
        <source>Alias %1 already points to %2.</source>
        <translation>Alias %1 już wskazuje na %2.</translation>
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
        <source>Connection tests need the gateway, which this build does not include.</source>
        <translation>Testy połączenia wymagają gateway, którego ta kompilacja nie zawiera.</translation>
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
        <source>Sign-in expired: open ClawDesk to sign in again</source>
        <translation>Sesja wygasła: otwórz ClawDesk, aby zalogować się ponownie</translation>
    </message>
    <message>
        <source>Gateway not available in this build</source>
        <translation>Gateway niedostępny w tej kompilacji</translation>
    </message>
    <message>
        <source>Gateway stopped</source>
        <translation>Gateway zatrzymany</translation>
    </message>
    <message>
        <source>Gateway starting…</source>
        <translation>Uruchamianie gateway…</translation>
    </message>
    <message>
        <source>Gateway error: %1</source>
        <translation>Błąd gateway: %1</translation>
    </message>
    <message>
        <source>Serving fallback %1</source>
        <translation>Odpowiada fallback %1</translation>
    </message>
    <message>
        <source>Gateway running on port %1</source>
        <translation>Gateway działa na porcie %1</translation>
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
        <source>%1 answers again.</source>
        <translation>%1 znów odpowiada.</translation>
    </message>
    <message>
        <source>Switched to a fallback model</source>
        <translation>Przełączono na model fallback</translation>
    </message>
    <message>
        <source>%1 failed (%2); now serving %3.</source>
        <translation>%1 zawiódł (%2); teraz odpowiada %3.</translation>
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
