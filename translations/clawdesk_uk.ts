<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>ConnectToolsCard</name>
    <message>
        <source>Connect your tools</source>
        <translation>Підключіть свої інструменти</translation>
    </message>
    <message>
        <source>ClawDesk writes each tool&apos;s own settings so it uses this gateway. Undo puts the file back exactly as it was.</source>
        <translation>ClawDesk записує власні налаштування кожного інструмента, щоб він використовував цей Gateway. «Скасувати» повертає файл точно таким, яким він був.</translation>
    </message>
    <message>
        <source>Connected. The tool uses the gateway the next time it starts.</source>
        <translation>Підключено. Інструмент використовуватиме Gateway після наступного запуску.</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Не вдалося підключити: %1</translation>
    </message>
    <message>
        <source>%1&apos;s settings are back as they were.</source>
        <translation>Налаштування %1 повернуто до попереднього стану.</translation>
    </message>
    <message>
        <source>Cannot undo: %1</source>
        <translation>Не вдалося скасувати: %1</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Підключено</translation>
    </message>
    <message>
        <source>Overridden by a shell variable</source>
        <translation>Перевизначено змінною оболонки</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Не підключено</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Підключити</translation>
    </message>
    <message>
        <source>Connect %1 to the gateway</source>
        <translation>Підключити %1 до Gateway</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Undo connecting %1</source>
        <translation>Скасувати підключення %1</translation>
    </message>
    <message>
        <source>This change will be written (the token is shortened here):</source>
        <translation>Буде записано таку зміну (токен тут скорочено):</translation>
    </message>
    <message>
        <source>Change to be written</source>
        <translation>Зміна для запису</translation>
    </message>
    <message>
        <source>Write the change</source>
        <translation>Записати зміну</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Test connection</source>
        <translation>Перевірити з’єднання</translation>
    </message>
    <message>
        <source>Test the connection to %1</source>
        <translation>Перевірити з’єднання з %1</translation>
    </message>
</context>
<context>
    <name>CopyableSnippet</name>
    <message>
        <source>Copy</source>
        <translation>Копіювати</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Копіювати %1</translation>
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
        <translation>Запустити Gateway</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>Зупинити Gateway</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Перезапустити</translation>
    </message>
    <message>
        <source>Restart gateway</source>
        <translation>Перезапустити Gateway</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Gateway port</source>
        <translation>Порт Gateway</translation>
    </message>
    <message>
        <source>Bind</source>
        <extracomment>Network address the gateway listens on</extracomment>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Gateway bind address</source>
        <translation>Адреса прив’язки Gateway</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Токен</translation>
    </message>
    <message>
        <source>gateway token</source>
        <translation>токен Gateway</translation>
    </message>
    <message>
        <source>Regenerate gateway token</source>
        <translation>Створити новий токен Gateway</translation>
    </message>
    <message>
        <source>Port, bind and token apply the next time the gateway starts.</source>
        <translation>Порт, адреса прив’язки й токен застосуються під час наступного запуску Gateway.</translation>
    </message>
    <message>
        <source>Claude Code</source>
        <translation>Claude Code</translation>
    </message>
    <message>
        <source>Cline / Roo Code / Kilo Code (OpenAI compatible)</source>
        <translation>Cline / Roo Code / Kilo Code (сумісні з OpenAI)</translation>
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
        <translation>Перезапуск Gateway…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Спробувати ще</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Запити</translation>
    </message>
    <message>
        <source>What each tool asked for, which model answered, and why a fallback was used. Select a request to see its attempts.</source>
        <translation>Що запитував кожен інструмент, яка модель відповіла і чому використано резерв. Виберіть запит, щоб побачити його спроби.</translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation>Запитів ще немає</translation>
    </message>
    <message>
        <source>Point a tool at the gateway (see below); its requests appear here.</source>
        <translation>Спрямуйте інструмент на Gateway (див. нижче); його запити з’являться тут.</translation>
    </message>
    <message>
        <source>Start the gateway, then point a tool at it; its requests appear here.</source>
        <translation>Запустіть Gateway, потім спрямуйте на нього інструмент; його запити з’являться тут.</translation>
    </message>
    <message>
        <source>%1 · %2 asked for %3</source>
        <translation>%1 · %2 запитує %3</translation>
    </message>
    <message>
        <source>Attempt %1: %2 — %3</source>
        <translation>Спроба %1: %2 — %3</translation>
    </message>
    <message>
        <source>Served by %1: status %2, %3 ms, %4 in / %5 out tokens, %6</source>
        <translation>Відповіла %1: статус %2, %3 мс, токенів: %4 на вхід / %5 на вихід, %6</translation>
    </message>
    <message>
        <source>Refused with status %1: %2</source>
        <translation>Відхилено зі статусом %1: %2</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Очистити</translation>
    </message>
    <message>
        <source>Request list cleared (usage totals keep them).</source>
        <translation>Список запитів очищено (у підсумках використання вони лишаються).</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Regenerate token</source>
        <translation>Новий токен</translation>
    </message>
    <message>
        <source>New token saved; it applies when the gateway restarts.</source>
        <translation>Новий токен збережено; він діятиме після перезапуску Gateway.</translation>
    </message>
    <message>
        <source>New token saved.</source>
        <translation>Новий токен збережено.</translation>
    </message>
    <message>
        <source>Translated for the provider: %1</source>
        <translation>Перетворено для провайдера: %1</translation>
    </message>
    <message>
        <source>Manual setup</source>
        <translation>Ручне налаштування</translation>
    </message>
    <message>
        <source>For tools ClawDesk does not configure itself: paste these settings.</source>
        <translation>Для інструментів, які ClawDesk не налаштовує сам: вставте ці параметри.</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Закрити повідомлення</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Overview</source>
        <translation>Огляд</translation>
    </message>
    <message>
        <source>Model/auth</source>
        <extracomment>Sidebar page for choosing providers and signing in</extracomment>
        <translation>Model/auth</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Моделі</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Використання</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>ClawDesk</source>
        <translation>ClawDesk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Сторінки</translation>
    </message>
    <message>
        <source>Configure…</source>
        <translation>Налаштувати…</translation>
    </message>
    <message>
        <source>Open the configure wizard</source>
        <translation>Відкрити майстер конфігурації</translation>
    </message>
    <message>
        <source>No system tray found: closing the window quits ClawDesk and stops the gateway.</source>
        <translation>Системний трей не знайдено: закриття вікна завершить ClawDesk і зупинить Gateway.</translation>
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
        <translation>Не збережено</translation>
    </message>
    <message>
        <source>MiniMax</source>
        <translation>MiniMax</translation>
    </message>
    <message>
        <source>Coding Plan sign-in (OAuth) or an API key. Lightning is the faster variant with a higher output price.</source>
        <translation>Вхід через Coding Plan (OAuth) або ключ API. Lightning — швидший варіант із вищою ціною виводу.</translation>
    </message>
    <message>
        <source>OAuth: %1</source>
        <translation>OAuth: %1</translation>
    </message>
    <message>
        <source>Sign in with MiniMax (Global)</source>
        <translation>Увійти через MiniMax (Global)</translation>
    </message>
    <message>
        <source>Sign in (CN)</source>
        <extracomment>MiniMax&apos;s endpoint for users in mainland China</extracomment>
        <translation>Увійти (CN)</translation>
    </message>
    <message>
        <source>Sign in with MiniMax (China)</source>
        <translation>Увійти через MiniMax (Китай)</translation>
    </message>
    <message>
        <source>Asking MiniMax for a code…</source>
        <translation>Запит коду в MiniMax…</translation>
    </message>
    <message>
        <source>Open this page and enter the code:</source>
        <translation>Відкрийте цю сторінку й введіть код:</translation>
    </message>
    <message>
        <source>Sign-in code %1</source>
        <translation>Код входу %1</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Копіювати код</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Скасувати вхід</translation>
    </message>
    <message>
        <source>The code expires in %1:%2</source>
        <translation>Код дійсний ще %1:%2</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Вхід виконано.</translation>
    </message>
    <message>
        <source>API key: %1</source>
        <translation>Ключ API: %1</translation>
    </message>
    <message>
        <source>MiniMax API key</source>
        <translation>Ключ API MiniMax</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Зберегти ключ</translation>
    </message>
    <message>
        <source>Save MiniMax API key</source>
        <translation>Зберегти ключ API MiniMax</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>Anthropic API key (sk-ant-…)</source>
        <translation>Ключ API Anthropic (sk-ant-…)</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>Ключ API Anthropic</translation>
    </message>
    <message>
        <source>Save Anthropic API key</source>
        <translation>Зберегти ключ API Anthropic</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>Сумісний з OpenAI</translation>
    </message>
    <message>
        <source>Any server that speaks the OpenAI API, under a provider id of your choice.</source>
        <translation>Будь-який сервер з OpenAI API під ідентифікатором провайдера, який ви оберете.</translation>
    </message>
    <message>
        <source>Provider id</source>
        <translation>ID провайдера</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Базовий URL</translation>
    </message>
    <message>
        <source>API</source>
        <extracomment>Wire protocol of the provider</extracomment>
        <translation>API</translation>
    </message>
    <message>
        <source>API kind</source>
        <translation>Тип API</translation>
    </message>
    <message>
        <source>Save provider</source>
        <translation>Зберегти провайдера</translation>
    </message>
    <message>
        <source>LM Studio</source>
        <translation>LM Studio</translation>
    </message>
    <message>
        <source>Models running on this computer. No key is needed; nothing leaves your machine.</source>
        <translation>Моделі, що працюють на цьому комп’ютері. Ключ не потрібен; ніщо не залишає ваш пристрій.</translation>
    </message>
    <message>
        <source>LM Studio base URL</source>
        <translation>Базовий URL LM Studio</translation>
    </message>
    <message>
        <source>Discover models</source>
        <translation>Знайти моделі</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Використати %1</translation>
    </message>
    <message>
        <source>API key for %1 saved: %2</source>
        <translation>Ключ API для %1 збережено: %2</translation>
    </message>
    <message>
        <source>Signed in to MiniMax.</source>
        <translation>Вхід у MiniMax виконано.</translation>
    </message>
    <message>
        <source>Provider %1 saved.</source>
        <translation>Провайдера %1 збережено.</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Моделі</translation>
    </message>
    <message>
        <source>No models yet: add the ids the server offers.</source>
        <translation>Моделей ще немає: додайте ID, які пропонує сервер.</translation>
    </message>
    <message>
        <source>model id, e.g. gpt-4o-mini</source>
        <translation>ID моделі, напр. gpt-4o-mini</translation>
    </message>
    <message>
        <source>Model id to add to %1</source>
        <translation>ID моделі для додавання до %1</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>Додати модель</translation>
    </message>
    <message>
        <source>Add model to %1</source>
        <translation>Додати модель до %1</translation>
    </message>
    <message>
        <source>Model %1 added to %2.</source>
        <translation>Модель %1 додано до %2.</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Models</source>
        <translation>Моделі</translation>
    </message>
    <message>
        <source>The change was not saved.</source>
        <translation>Зміну не збережено.</translation>
    </message>
    <message>
        <source>Search models, names or aliases</source>
        <translation>Пошук моделей, назв або псевдонімів</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>Пошук моделей</translation>
    </message>
    <message>
        <source>Show all catalog</source>
        <translation>Увесь каталог</translation>
    </message>
    <message>
        <source>Show all catalog models</source>
        <translation>Показати всі моделі каталогу</translation>
    </message>
    <message>
        <source>Model list</source>
        <translation>Список моделей</translation>
    </message>
    <message>
        <source>context %1</source>
        <translation>контекст %1</translation>
    </message>
    <message>
        <source>auth ✓</source>
        <translation>автентифікація ✓</translation>
    </message>
    <message>
        <source>no auth</source>
        <translation>без автентифікації</translation>
    </message>
    <message>
        <source>local</source>
        <translation>локальна</translation>
    </message>
    <message>
        <source>alias %1</source>
        <translation>псевдонім %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>відсутня</translation>
    </message>
    <message>
        <source>fallback #%1</source>
        <extracomment>Position in the fallback chain, e.g. &quot;fallback #2&quot;</extracomment>
        <translation>резерв №%1</translation>
    </message>
    <message>
        <source>Make primary</source>
        <translation>Зробити основною</translation>
    </message>
    <message>
        <source>Make %1 the primary model</source>
        <translation>Зробити %1 основною моделлю</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Основна</translation>
    </message>
    <message>
        <source>Add as fallback</source>
        <translation>Додати як резервну</translation>
    </message>
    <message>
        <source>Add %1 as a fallback</source>
        <translation>Додати %1 як резервну</translation>
    </message>
    <message>
        <source>Fallback chain</source>
        <translation>Резервний ланцюжок</translation>
    </message>
    <message>
        <source>Tried in this order when the primary fails. Drag to reorder, or use Ctrl+Up/Down.</source>
        <translation>Використовуються в цьому порядку, коли основна модель не відповідає. Перетягуйте, щоб змінити порядок, або натискайте Ctrl+↑/↓.</translation>
    </message>
    <message>
        <source>Fallback %1: %2</source>
        <translation>Резерв %1: %2</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>Перемістити %1 вгору</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>Перемістити %1 вниз</translation>
    </message>
    <message>
        <source>Remove fallback %1</source>
        <translation>Вилучити резерв %1</translation>
    </message>
    <message>
        <source>No fallbacks: requests fail when the primary fails.</source>
        <translation>Резервних моделей немає: якщо основна модель не відповідає, запити завершуються помилкою.</translation>
    </message>
    <message>
        <source>Model to add as fallback</source>
        <translation>Модель, яку додати як резервну</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
    <message>
        <source>Add fallback</source>
        <translation>Додати резерв</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Псевдоніми</translation>
    </message>
    <message>
        <source>Short names you can type instead of provider/model.</source>
        <translation>Короткі назви, які можна вводити замість провайдер/модель.</translation>
    </message>
    <message>
        <source>Alias for %1</source>
        <translation>Псевдонім для %1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Перейменувати</translation>
    </message>
    <message>
        <source>Rename alias %1</source>
        <translation>Перейменувати псевдонім %1</translation>
    </message>
    <message>
        <source>Remove alias %1</source>
        <translation>Вилучити псевдонім %1</translation>
    </message>
    <message>
        <source>Model for the new alias</source>
        <translation>Модель для нового псевдоніма</translation>
    </message>
    <message>
        <source>new alias</source>
        <translation>новий псевдонім</translation>
    </message>
    <message>
        <source>New alias</source>
        <translation>Новий псевдонім</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>Додати псевдонім</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Remove alias %1?</source>
        <translation>Вилучити псевдонім %1?</translation>
    </message>
    <message>
        <source>Remove alias</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Ctrl+Up and Ctrl+Down move the selected fallback; Delete removes it.</source>
        <translation>Ctrl+↑ і Ctrl+↓ переміщують вибраний резерв; Delete вилучає його.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Огляд</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>Відкрити в редакторі</translation>
    </message>
    <message>
        <source>No openclaw.json yet at %1.</source>
        <translation>За шляхом %1 ще немає openclaw.json.</translation>
    </message>
    <message>
        <source>Set up…</source>
        <translation>Налаштувати…</translation>
    </message>
    <message>
        <source>The gateway keeps serving the last good config.</source>
        <translation>Gateway і далі працює з останньою коректною конфігурацією.</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Start gateway</source>
        <translation>Запустити Gateway</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>Зупинити Gateway</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Моделі</translation>
    </message>
    <message>
        <source>Configured chain</source>
        <translation>Налаштований ланцюжок</translation>
    </message>
    <message>
        <source>Edit models…</source>
        <translation>Редагувати моделі…</translation>
    </message>
    <message>
        <source>Edit models</source>
        <translation>Редагувати моделі</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n запит</numerusform>
            <numerusform>%n запити</numerusform>
            <numerusform>%n запитів</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <extracomment>Money spent today, in US dollars</extracomment>
        <translation>Вартість: %1</translation>
    </message>
    <message>
        <source>Recent failovers</source>
        <translation>Останні перемикання на резерв</translation>
    </message>
    <message>
        <source>None so far.</source>
        <translation>Поки що немає.</translation>
    </message>
    <message>
        <source>%1  back to %2</source>
        <translation>%1  повернення до %2</translation>
    </message>
    <message>
        <source>Config file</source>
        <translation>Файл конфігурації</translation>
    </message>
    <message>
        <source>Open openclaw.json in editor</source>
        <translation>Відкрити openclaw.json у редакторі</translation>
    </message>
    <message>
        <source>Coding Plan: %1</source>
        <extracomment>MiniMax Coding Plan quota windows, e.g. &quot;5h 63% left ⏱2h 10m · week 88% left&quot;</extracomment>
        <translation>Coding Plan: %1</translation>
    </message>
    <message>
        <source>Coding Plan quota unavailable: %1</source>
        <translation>Квота Coding Plan недоступна: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Докладніше…</translation>
    </message>
    <message>
        <source>Open the Gateway page</source>
        <translation>Відкрити сторінку Gateway</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fixed: %1</source>
        <translation>Виправлено: %1</translation>
    </message>
    <message>
        <source>Could not fix it: %1</source>
        <translation>Не вдалося виправити: %1</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Облікові дані</translation>
    </message>
    <message>
        <source>Add a key…</source>
        <translation>Додати ключ…</translation>
    </message>
    <message>
        <source>%1  %2 failed (%3), tried %4</source>
        <translation>%1  %2 не відповідає (%3), спробувано %4</translation>
    </message>
</context>
<context>
    <name>RequestRow</name>
    <message>
        <source>%1, %2 to %3, status %4</source>
        <translation>%1, %2 → %3, статус %4</translation>
    </message>
    <message>
        <source>not served</source>
        <translation>без відповіді</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Requested → served</source>
        <translation>Запитано → відповіла</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Latency</source>
        <extracomment>Column header: how long the request took</extracomment>
        <translation>Затримка</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Токени</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Вартість</translation>
    </message>
    <message>
        <source>Failover</source>
        <extracomment>Column header: why the gateway moved on to a fallback model</extracomment>
        <translation>Переключення</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Hide</source>
        <translation>Приховати</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Показати</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>Приховати %1</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation>Показати %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копіювати</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Копіювати %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Мова системи</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Вигляд</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Theme</source>
        <extracomment>Colour theme of the window</extracomment>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Світла</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Темна</translation>
    </message>
    <message>
        <source>Startup and tray</source>
        <translation>Запуск і трей</translation>
    </message>
    <message>
        <source>Start ClawDesk when I log in</source>
        <translation>Запускати ClawDesk під час входу в систему</translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation>Запускати згорнутим у трей</translation>
    </message>
    <message>
        <source>Notify me when the gateway switches to a fallback and back</source>
        <translation>Сповіщати, коли Gateway перемикається на резервну модель і назад</translation>
    </message>
    <message>
        <source>No system tray is available on this desktop, so ClawDesk quits when its window is closed.</source>
        <translation>На цьому робочому столі немає системного трею, тож ClawDesk завершується після закриття вікна.</translation>
    </message>
    <message>
        <source>OpenClaw config</source>
        <translation>Конфігурація OpenClaw</translation>
    </message>
    <message>
        <source>Leave empty to use the file OpenClaw itself uses. Takes effect after a restart.</source>
        <translation>Залиште порожнім, щоб використовувати той самий файл, що й OpenClaw. Набуде чинності після перезапуску.</translation>
    </message>
    <message>
        <source>Config file path</source>
        <translation>Шлях до файлу конфігурації</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>Відкрити в редакторі</translation>
    </message>
    <message>
        <source>Open openclaw.json in editor</source>
        <translation>Відкрити openclaw.json у редакторі</translation>
    </message>
</context>
<context>
    <name>ToastHost</name>
    <message>
        <source>Dismiss</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>UsageChart</name>
    <message>
        <source>Usage per day</source>
        <translation>Використання за днями</translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message>
        <source>Usage</source>
        <translation>Використання</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Останні 7 днів</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Останні 30 днів</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Період</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Вартість</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Токени</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Показник</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Останні 90 днів</translation>
    </message>
    <message>
        <source>By model</source>
        <translation>За моделями</translation>
    </message>
    <message>
        <source>By provider</source>
        <translation>За провайдерами</translation>
    </message>
    <message>
        <source>Stack the bars</source>
        <translation>Групування стовпців</translation>
    </message>
    <message>
        <source>No requests in this period</source>
        <translation>За цей період запитів немає</translation>
    </message>
    <message>
        <source>Usage appears here as the gateway serves requests.</source>
        <translation>Використання з’явиться тут, щойно Gateway почне обробляти запити.</translation>
    </message>
    <message>
        <source>Usage by provider</source>
        <translation>Використання за провайдерами</translation>
    </message>
    <message>
        <source>Usage by model</source>
        <translation>Використання за моделями</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Запити</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Частка</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <source>Auth method</source>
        <translation>Спосіб автентифікації</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Вхід</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Типова модель</translation>
    </message>
    <message>
        <source>Model picker</source>
        <translation>Вибір моделі</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Підсумок</translation>
    </message>
    <message>
        <source>Configure wizard</source>
        <translation>Майстер конфігурації</translation>
    </message>
    <message>
        <source>Set up OpenClaw</source>
        <translation>Налаштування OpenClaw</translation>
    </message>
    <message>
        <source>Model/auth provider</source>
        <translation>Провайдер Model/auth</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>LM Studio (local)</source>
        <translation>LM Studio (локально)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Ключ API</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Зберегти ключ</translation>
    </message>
    <message>
        <source>Save API key</source>
        <translation>Зберегти ключ API</translation>
    </message>
    <message>
        <source>Sign in with your MiniMax account in the browser.</source>
        <translation>Увійдіть у браузері з обліковим записом MiniMax.</translation>
    </message>
    <message>
        <source>Start sign-in</source>
        <translation>Почати вхід</translation>
    </message>
    <message>
        <source>No sign-in needed. Start LM Studio&apos;s local server (Developer → Start server).</source>
        <translation>Вхід не потрібен. Запустіть локальний сервер LM Studio (Developer → Start server).</translation>
    </message>
    <message>
        <source>Models in the /model picker. Besides the default, the ones you tick become fallbacks, in this order.</source>
        <translation>Моделі у виборі /model. Окрім типової, позначені вами моделі стануть резервними в цьому порядку.</translation>
    </message>
    <message>
        <source>Offer %1</source>
        <translation>Пропонувати %1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Збережено в %1.</translation>
    </message>
    <message>
        <source>These changes will be written to %1:</source>
        <translation>Ці зміни буде записано в %1:</translation>
    </message>
    <message>
        <source>Changes to openclaw.json</source>
        <translation>Зміни в openclaw.json</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Cancel the wizard</source>
        <translation>Скасувати майстер</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далі</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Write openclaw.json</source>
        <translation>Записати openclaw.json</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <extracomment>A model in the picker list that is the default model (always offered)</extracomment>
        <translation>%1 (типово)</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Вхід</translation>
    </message>
    <message>
        <source>Fallbacks</source>
        <translation>Резервні моделі</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>MiniMax (recommended)</source>
        <translation>MiniMax (рекомендовано)</translation>
    </message>
    <message>
        <source>Enter your API key. It is stored in the system keychain (when there is one) and in OpenClaw&apos;s own credential store, never in openclaw.json.</source>
        <translation>Введіть ключ API. Його буде збережено в системному сховищі ключів (якщо воно є) і у власному сховищі облікових даних OpenClaw, але ніколи в openclaw.json.</translation>
    </message>
</context>
<context>
    <name>clawdesk::AppState</name>
    <message>
        <source>Gateway stopped</source>
        <translation>Gateway зупинено</translation>
    </message>
    <message>
        <source>Gateway starting…</source>
        <translation>Gateway запускається…</translation>
    </message>
    <message>
        <source>Gateway running on port %1</source>
        <translation>Gateway працює на порту %1</translation>
    </message>
    <message>
        <source>Gateway failed to start</source>
        <translation>Не вдалося запустити Gateway</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>З %1</translation>
    </message>
    <message>
        <source>Tools pointed at ClawDesk cannot connect until you start it.</source>
        <translation>Інструменти, спрямовані на ClawDesk, не зможуть підключитися, доки ви його не запустите.</translation>
    </message>
    <message>
        <source>Nothing served yet</source>
        <translation>Ще жодної відповіді</translation>
    </message>
    <message>
        <source>Last request served by fallback %1 at %2</source>
        <translation>Останній запит обробила резервна модель %1 о %2</translation>
    </message>
    <message>
        <source>Last request served by %1 at %2</source>
        <translation>Останній запит обробила %1 о %2</translation>
    </message>
    <message>
        <source>No openclaw.json yet</source>
        <translation>openclaw.json ще немає</translation>
    </message>
    <message>
        <source>openclaw.json is valid</source>
        <translation>openclaw.json коректний</translation>
    </message>
    <message numerus="yes">
        <source>openclaw.json is valid, with %n warning(s)</source>
        <translation>
            <numerusform>openclaw.json коректний, %n попередження</numerusform>
            <numerusform>openclaw.json коректний, %n попередження</numerusform>
            <numerusform>openclaw.json коректний, %n попереджень</numerusform>
        </translation>
    </message>
    <message>
        <source>openclaw.json does not parse</source>
        <translation>openclaw.json не вдається розібрати</translation>
    </message>
    <message>
        <source>openclaw.json has errors OpenClaw would reject</source>
        <translation>openclaw.json має помилки, які OpenClaw відхилить</translation>
    </message>
    <message>
        <source>%1: sign-in expired, sign in again</source>
        <translation>%1: термін входу минув, увійдіть знову</translation>
    </message>
    <message>
        <source>%1: key from %2</source>
        <translation>%1: ключ із %2</translation>
    </message>
    <message>
        <source>%1: signed in</source>
        <translation>%1: вхід виконано</translation>
    </message>
    <message>
        <source>%1: key in auth profile %2</source>
        <translation>%1: ключ у профілі автентифікації %2</translation>
    </message>
    <message>
        <source>%1: key in openclaw.json</source>
        <translation>%1: ключ в openclaw.json</translation>
    </message>
    <message>
        <source>%1: local server, no key needed</source>
        <translation>%1: локальний сервер, ключ не потрібен</translation>
    </message>
    <message>
        <source>%1: no API key or sign-in</source>
        <translation>%1: немає ключа API чи входу</translation>
    </message>
    <message>
        <source>Sign-in expired: open ClawDesk to sign in again</source>
        <translation>Термін входу минув: відкрийте ClawDesk, щоб увійти знову</translation>
    </message>
    <message>
        <source>openclaw.json needs fixing: %1</source>
        <translation>openclaw.json треба виправити: %1</translation>
    </message>
    <message>
        <source>Gateway failed to start: %1</source>
        <translation>Не вдалося запустити Gateway: %1</translation>
    </message>
    <message>
        <source>Gateway running; last request served by fallback %1</source>
        <translation>Gateway працює; останній запит обробила резервна модель %1</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>ліміт запитів</translation>
    </message>
    <message>
        <source>could not connect</source>
        <translation>не вдалося з’єднатися</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>час очікування минув</translation>
    </message>
    <message>
        <source>key rejected</source>
        <translation>ключ відхилено</translation>
    </message>
    <message>
        <source>billing or quota</source>
        <translation>оплата або квота</translation>
    </message>
    <message>
        <source>overloaded</source>
        <translation>перевантажено</translation>
    </message>
    <message>
        <source>provider error</source>
        <translation>помилка провайдера</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>невідома модель</translation>
    </message>
</context>
<context>
    <name>clawdesk::Application</name>
    <message>
        <source>Coding Plan: %1 of %2 prompts left</source>
        <translation>Coding Plan: залишилося %1 з %2 промптів</translation>
    </message>
    <message>
        <source>Coding Plan: %1</source>
        <translation>Coding Plan: %1</translation>
    </message>
    <message>
        <source>No model could answer: every candidate failed to connect.</source>
        <translation>Жодна модель не змогла відповісти: не вдалося з’єднатися з жодним кандидатом.</translation>
    </message>
</context>
<context>
    <name>clawdesk::Autostart</name>
    <message>
        <source>Cannot remove %1</source>
        <translation>Не вдалося вилучити %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не вдалося записати %1: %2</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConfigController</name>
    <message>
        <source>Alias %1 already points to %2.</source>
        <translation>Псевдонім %1 уже вказує на %2.</translation>
    </message>
    <message>
        <source>openclaw.json changed since; nothing was undone.</source>
        <translation>Відтоді openclaw.json змінився; нічого не скасовано.</translation>
    </message>
    <message>
        <source>The earlier version cannot be read; nothing was undone.</source>
        <translation>Не вдається прочитати попередню версію; нічого не скасовано.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Скасовано.</translation>
    </message>
    <message>
        <source>Primary model set to %1.</source>
        <translation>Основну модель змінено на %1.</translation>
    </message>
    <message>
        <source>Alias %1 added.</source>
        <translation>Псевдонім %1 додано.</translation>
    </message>
    <message>
        <source>Alias %1 removed.</source>
        <translation>Псевдонім %1 вилучено.</translation>
    </message>
    <message>
        <source>the primary model</source>
        <translation>основна модель</translation>
    </message>
    <message>
        <source>fallback #%1</source>
        <translation>резерв №%1</translation>
    </message>
    <message>
        <source>%1 is used by %2. Removing it writes %3 there instead, so the chain keeps the same model.</source>
        <translation>%1 використовується тут: %2. Якщо його вилучити, там буде записано %3, тож ланцюжок збереже ту саму модель.</translation>
    </message>
    <message>
        <source>Alias %1 renamed to %2.</source>
        <translation>Псевдонім %1 перейменовано на %2.</translation>
    </message>
    <message>
        <source>%1 added to the fallback chain.</source>
        <translation>%1 додано до резервного ланцюжка.</translation>
    </message>
    <message>
        <source>Fallback %1 removed.</source>
        <translation>Резерв %1 вилучено.</translation>
    </message>
    <message>
        <source>Fallback chain reordered.</source>
        <translation>Порядок резервного ланцюжка змінено.</translation>
    </message>
    <message>
        <source>Fallback chain cleared.</source>
        <translation>Резервний ланцюжок очищено.</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConnectController</name>
    <message>
        <source>Unknown tool: %1</source>
        <translation>Невідомий інструмент: %1</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConnectionTester</name>
    <message>
        <source>%1 is not set up in openclaw.json yet: save it first.</source>
        <translation>%1 ще не налаштовано в openclaw.json: спершу збережіть.</translation>
    </message>
    <message>
        <source>%1 lists no models: add one to test it.</source>
        <translation>У %1 немає моделей: додайте одну, щоб перевірити.</translation>
    </message>
    <message>
        <source>The api &quot;%1&quot; cannot be tested here; use anthropic-messages, openai-completions or openai-responses.</source>
        <translation>API «%1» тут перевірити неможливо; використовуйте anthropic-messages, openai-completions або openai-responses.</translation>
    </message>
    <message>
        <source>No API key for %1: add one on this page or sign in.</source>
        <translation>Немає ключа API для %1: додайте його на цій сторінці або увійдіть.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Перевірка %1…</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2. Check the base URL and that the server runs.</source>
        <translation>Не вдалося з’єднатися з %1: %2. Перевірте базовий URL і чи працює сервер.</translation>
    </message>
    <message>
        <source>Connected: %1 answered in %2 ms.</source>
        <translation>З’єднано: %1 відповів за %2 мс.</translation>
    </message>
    <message>
        <source>Check the API key (or sign in again).</source>
        <translation>Перевірте ключ API (або увійдіть знову).</translation>
    </message>
    <message>
        <source>Check the base URL and the model id.</source>
        <translation>Перевірте базовий URL та ID моделі.</translation>
    </message>
    <message>
        <source>Rate limited or out of quota: try again later or add a fallback.</source>
        <translation>Перевищено ліміт запитів або вичерпано квоту: спробуйте пізніше або додайте резервну модель.</translation>
    </message>
    <message>
        <source>The provider has a problem: try again later or add a fallback.</source>
        <translation>У провайдера проблема: спробуйте пізніше або додайте резервну модель.</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>з’єднання відхилено</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>з’єднання закрито</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>немає відповіді вчасно</translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation>не вдалося встановити захищене з’єднання</translation>
    </message>
    <message>
        <source>the host name was not found</source>
        <translation>ім’я хоста не знайдено</translation>
    </message>
</context>
<context>
    <name>clawdesk::FallbackModel</name>
    <message>
        <source>Not in the model allowlist: OpenClaw silently skips this fallback.</source>
        <translation>Немає в списку дозволених моделей: OpenClaw мовчки пропускає цю резервну модель.</translation>
    </message>
    <message>
        <source>No credentials for this provider: this fallback will fail.</source>
        <translation>Немає облікових даних для цього провайдера: ця резервна модель не спрацює.</translation>
    </message>
</context>
<context>
    <name>clawdesk::ProviderController</name>
    <message>
        <source>Signed in: profile %1 in OpenClaw&apos;s auth-profiles.json (%2).</source>
        <translation>Вхід виконано: профіль %1 в auth-profiles.json OpenClaw (%2).</translation>
    </message>
    <message>
        <source>Key from the environment variable %1 (not stored by ClawDesk).</source>
        <translation>Ключ зі змінної середовища %1 (ClawDesk його не зберігає).</translation>
    </message>
    <message>
        <source>Key written in openclaw.json (%1). Moving it to the keychain is safer.</source>
        <translation>Ключ записано в openclaw.json (%1). Безпечніше перенести його в сховище ключів.</translation>
    </message>
    <message>
        <source>No key yet.</source>
        <translation>Ключа ще немає.</translation>
    </message>
    <message>
        <source>Enter the base URL, e.g. http://127.0.0.1:1234/v1</source>
        <translation>Введіть базовий URL, напр. http://127.0.0.1:1234/v1</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https://</source>
        <translation>Базовий URL має починатися з http:// або https://</translation>
    </message>
    <message>
        <source>The base URL needs a host name.</source>
        <translation>У базовому URL має бути ім’я хоста.</translation>
    </message>
    <message>
        <source>Enter a provider id, e.g. my-proxy</source>
        <translation>Введіть ID провайдера, напр. my-proxy</translation>
    </message>
    <message>
        <source>Use lower-case letters, digits, dots, underscores or dashes.</source>
        <translation>Використовуйте малі літери, цифри, крапки, підкреслення або дефіси.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Введіть ключ API.</translation>
    </message>
    <message>
        <source>No credential store is available.</source>
        <translation>Немає доступного сховища облікових даних.</translation>
    </message>
    <message>
        <source>The server did not answer with a model list.</source>
        <translation>Сервер не повернув список моделей.</translation>
    </message>
    <message>
        <source>Could not reach LM Studio: %1. Is its server running?</source>
        <translation>Не вдалося з’єднатися з LM Studio: %1. Чи запущено його сервер?</translation>
    </message>
    <message>
        <source>Signed in: profile %1 in OpenClaw&apos;s credential store (%2).</source>
        <translation>Вхід виконано: профіль %1 у сховищі облікових даних OpenClaw (%2).</translation>
    </message>
    <message>
        <source>Signed in: profile %1 in a leftover auth-profiles.json (%2); run openclaw doctor --fix to move it into OpenClaw&apos;s credential store.</source>
        <translation>Вхід виконано: профіль %1 у файлі auth-profiles.json, що залишився (%2); виконайте openclaw doctor --fix, щоб перенести його до сховища облікових даних OpenClaw.</translation>
    </message>
</context>
<context>
    <name>clawdesk::QuotaMonitor</name>
    <message>
        <source>week</source>
        <extracomment>The weekly window of the MiniMax Coding Plan quota</extracomment>
        <translation>тиждень</translation>
    </message>
    <message>
        <source>%1 %2% left</source>
        <extracomment>A quota window and what is left of it, e.g. &quot;5h 63% left&quot;</extracomment>
        <translation>%1: залишилось %2%</translation>
    </message>
</context>
<context>
    <name>clawdesk::TrayController</name>
    <message>
        <source>Start gateway</source>
        <translation>Запустити Gateway</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>Зупинити Gateway</translation>
    </message>
    <message>
        <source>Restart gateway</source>
        <translation>Перезапустити Gateway</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>Tray submenu listing the models to use as the primary (default) model</extracomment>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Open ClawDesk</source>
        <translation>Відкрити ClawDesk</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <source>ClawDesk is still running</source>
        <translation>ClawDesk і далі працює</translation>
    </message>
    <message>
        <source>The gateway keeps serving in the background. Use the tray icon to open ClawDesk or to quit.</source>
        <translation>Gateway і далі працює у фоні. Скористайтеся значком у треї, щоб відкрити ClawDesk або вийти.</translation>
    </message>
    <message>
        <source>Back on the primary model</source>
        <translation>Знову працює основна модель</translation>
    </message>
    <message>
        <source>ClawDesk stays in the tray; the gateway is not running. Use the tray icon to open ClawDesk, start the gateway or quit.</source>
        <translation>ClawDesk лишається в треї; Gateway не працює. Скористайтеся значком у треї, щоб відкрити ClawDesk, запустити Gateway або вийти.</translation>
    </message>
    <message>
        <source>%1 is tried first again.</source>
        <translation>%1 знову пробується першою.</translation>
    </message>
    <message>
        <source>Primary model failed</source>
        <translation>Основна модель не відповідає</translation>
    </message>
    <message>
        <source>%1 failed (%2); trying %3.</source>
        <translation>%1 не відповідає (%2); пробуємо %3.</translation>
    </message>
</context>
<context>
    <name>clawdesk::UsageModel</name>
    <message>
        <source>Other</source>
        <extracomment>The stack of the usage chart that sums every model or provider not shown by name</extracomment>
        <translation>Інші</translation>
    </message>
    <message>
        <source>No requests</source>
        <translation>Немає запитів</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 tokens · %n request(s)</source>
        <translation>
            <numerusform>%1 · токенів: %2 · %n запит</numerusform>
            <numerusform>%1 · токенів: %2 · %n запити</numerusform>
            <numerusform>%1 · токенів: %2 · %n запитів</numerusform>
        </translation>
    </message>
    <message>
        <source>%1M</source>
        <extracomment>Millions of tokens on the chart&apos;s axis, e.g. &quot;2.5M&quot;</extracomment>
        <translation>%1 млн</translation>
    </message>
    <message>
        <source>%1k</source>
        <extracomment>Thousands of tokens on the chart&apos;s axis, e.g. &quot;250k&quot;</extracomment>
        <translation>%1 тис.</translation>
    </message>
</context>
<context>
    <name>clawdesk::WizardController</name>
    <message>
        <source>Choose a provider and an auth method first.</source>
        <translation>Спершу виберіть провайдера та спосіб автентифікації.</translation>
    </message>
</context>
</TS>
