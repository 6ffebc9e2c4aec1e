<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ConnectToolsCard</name>
    <message>
        <source>Connect your tools</source>
        <translation>Подключение инструментов</translation>
    </message>
    <message>
        <source>ClawDesk writes each tool&apos;s own settings so it uses this gateway. Undo puts the file back exactly as it was.</source>
        <translation>ClawDesk прописывает этот шлюз в собственных настройках каждого инструмента. «Отменить» вернёт файл точно в прежний вид.</translation>
    </message>
    <message>
        <source>Connected. The tool uses the gateway the next time it starts.</source>
        <translation>Подключено. Инструмент будет использовать шлюз при следующем запуске.</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Не удалось подключить: %1</translation>
    </message>
    <message>
        <source>%1&apos;s settings are back as they were.</source>
        <translation>Настройки %1 возвращены к прежним.</translation>
    </message>
    <message>
        <source>Cannot undo: %1</source>
        <translation>Не удалось отменить: %1</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Подключён</translation>
    </message>
    <message>
        <source>Overridden by a shell variable</source>
        <translation>Переопределён переменной оболочки</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Не подключён</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Подключить</translation>
    </message>
    <message>
        <source>Connect %1 to the gateway</source>
        <translation>Подключить %1 к шлюзу</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Undo connecting %1</source>
        <translation>Отменить подключение %1</translation>
    </message>
    <message>
        <source>This change will be written (the token is shortened here):</source>
        <translation>Будет записано это изменение (токен здесь сокращён):</translation>
    </message>
    <message>
        <source>Change to be written</source>
        <translation>Записываемое изменение</translation>
    </message>
    <message>
        <source>Write the change</source>
        <translation>Записать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <source>Test the connection to %1</source>
        <translation>Проверить подключение к %1</translation>
    </message>
</context>
<context>
    <name>CopyableSnippet</name>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Копировать %1</translation>
    </message>
</context>
<context>
    <name>GatewayPage</name>
    <message>
        <source>Gateway</source>
        <translation>Шлюз</translation>
    </message>
    <message>
        <source>Start gateway</source>
        <translation>Запустить шлюз</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>Остановить шлюз</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Перезапустить</translation>
    </message>
    <message>
        <source>Restart gateway</source>
        <translation>Перезапустить шлюз</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Gateway port</source>
        <translation>Порт шлюза</translation>
    </message>
    <message>
        <source>Bind</source>
        <extracomment>Network address the gateway listens on</extracomment>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Gateway bind address</source>
        <translation>Адрес прослушивания шлюза</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Токен</translation>
    </message>
    <message>
        <source>gateway token</source>
        <translation>токен шлюза</translation>
    </message>
    <message>
        <source>Regenerate gateway token</source>
        <translation>Сгенерировать новый токен шлюза</translation>
    </message>
    <message>
        <source>Port, bind and token apply the next time the gateway starts.</source>
        <translation>Порт, адрес и токен вступят в силу при следующем запуске шлюза.</translation>
    </message>
    <message>
        <source>Claude Code</source>
        <translation>Claude Code</translation>
    </message>
    <message>
        <source>Cline / Roo Code / Kilo Code (OpenAI compatible)</source>
        <translation>Cline / Roo Code / Kilo Code (OpenAI‑совместимые)</translation>
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
        <translation>Перезапуск шлюза…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <source>What each tool asked for, which model answered, and why a fallback was used. Select a request to see its attempts.</source>
        <translation>Что запросил каждый инструмент, какая модель ответила и почему сработал резерв. Выберите запрос, чтобы увидеть попытки.</translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation>Запросов пока нет</translation>
    </message>
    <message>
        <source>Point a tool at the gateway (see below); its requests appear here.</source>
        <translation>Направьте инструмент на шлюз (см. ниже) — его запросы появятся здесь.</translation>
    </message>
    <message>
        <source>Start the gateway, then point a tool at it; its requests appear here.</source>
        <translation>Запустите шлюз и направьте на него инструмент — его запросы появятся здесь.</translation>
    </message>
    <message>
        <source>%1 · %2 asked for %3</source>
        <translation>%1 · %2 запросил %3</translation>
    </message>
    <message>
        <source>Attempt %1: %2 — %3</source>
        <translation>Попытка %1: %2 — %3</translation>
    </message>
    <message>
        <source>Served by %1: status %2, %3 ms, %4 in / %5 out tokens, %6</source>
        <translation>Ответила %1: статус %2, %3 мс, токенов: %4 ввод / %5 вывод, %6</translation>
    </message>
    <message>
        <source>Refused with status %1: %2</source>
        <translation>Отклонён со статусом %1: %2</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Request list cleared (usage totals keep them).</source>
        <translation>Список запросов очищен (в итогах использования они сохранены).</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Regenerate token</source>
        <translation>Новый токен</translation>
    </message>
    <message>
        <source>New token saved; it applies when the gateway restarts.</source>
        <translation>Новый токен сохранён; он вступит в силу после перезапуска шлюза.</translation>
    </message>
    <message>
        <source>New token saved.</source>
        <translation>Новый токен сохранён.</translation>
    </message>
    <message>
        <source>Translated for the provider: %1</source>
        <translation>Преобразовано для провайдера: %1</translation>
    </message>
    <message>
        <source>Manual setup</source>
        <translation>Ручная настройка</translation>
    </message>
    <message>
        <source>For tools ClawDesk does not configure itself: paste these settings.</source>
        <translation>Для инструментов, которые ClawDesk не настраивает сам: вставьте эти настройки.</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Закрыть сообщение</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Model/auth</source>
        <extracomment>Sidebar page for choosing providers and signing in</extracomment>
        <translation>Модель/доступ</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Модели</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Шлюз</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Использование</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>ClawDesk</source>
        <translation>ClawDesk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <source>Configure…</source>
        <translation>Настроить…</translation>
    </message>
    <message>
        <source>Open the configure wizard</source>
        <translation>Открыть мастер конфигурации</translation>
    </message>
    <message>
        <source>No system tray found: closing the window quits ClawDesk and stops the gateway.</source>
        <translation>Системный трей не найден: закрытие окна завершит ClawDesk и остановит шлюз.</translation>
    </message>
</context>
<context>
    <name>ModelAuthPage</name>
    <message>
        <source>Model/auth</source>
        <translation>Модель/доступ</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>MiniMax</source>
        <translation>MiniMax</translation>
    </message>
    <message>
        <source>Coding Plan sign-in (OAuth) or an API key. Lightning is the faster variant with a higher output price.</source>
        <translation>Вход по Coding Plan (OAuth) или по API‑ключу. Lightning — более быстрый вариант с более высокой стоимостью вывода.</translation>
    </message>
    <message>
        <source>OAuth: %1</source>
        <translation>OAuth: %1</translation>
    </message>
    <message>
        <source>Sign in with MiniMax (Global)</source>
        <translation>Войти через MiniMax (Global)</translation>
    </message>
    <message>
        <source>Sign in (CN)</source>
        <extracomment>MiniMax&apos;s endpoint for users in mainland China</extracomment>
        <translation>Войти (CN)</translation>
    </message>
    <message>
        <source>Sign in with MiniMax (China)</source>
        <translation>Войти через MiniMax (Китай)</translation>
    </message>
    <message>
        <source>Asking MiniMax for a code…</source>
        <translation>Запрашиваем код у MiniMax…</translation>
    </message>
    <message>
        <source>Open this page and enter the code:</source>
        <translation>Откройте эту страницу и введите код:</translation>
    </message>
    <message>
        <source>Sign-in code %1</source>
        <translation>Код входа %1</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Копировать код</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Отменить вход</translation>
    </message>
    <message>
        <source>The code expires in %1:%2</source>
        <translation>Код истекает через %1:%2</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Вход выполнен.</translation>
    </message>
    <message>
        <source>API key: %1</source>
        <translation>API‑ключ: %1</translation>
    </message>
    <message>
        <source>MiniMax API key</source>
        <translation>API‑ключ MiniMax</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Сохранить ключ</translation>
    </message>
    <message>
        <source>Save MiniMax API key</source>
        <translation>Сохранить API‑ключ MiniMax</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>Anthropic API key (sk-ant-…)</source>
        <translation>API‑ключ Anthropic (sk-ant-…)</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>API‑ключ Anthropic</translation>
    </message>
    <message>
        <source>Save Anthropic API key</source>
        <translation>Сохранить API‑ключ Anthropic</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>OpenAI‑совместимый</translation>
    </message>
    <message>
        <source>Any server that speaks the OpenAI API, under a provider id of your choice.</source>
        <translation>Любой сервер с OpenAI API под выбранным вами ID провайдера.</translation>
    </message>
    <message>
        <source>Provider id</source>
        <translation>ID провайдера</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Базовый URL</translation>
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
        <translation>Сохранить провайдера</translation>
    </message>
    <message>
        <source>LM Studio</source>
        <translation>LM Studio</translation>
    </message>
    <message>
        <source>Models running on this computer. No key is needed; nothing leaves your machine.</source>
        <translation>Модели, работающие на этом компьютере. Ключ не нужен, данные не покидают ваш компьютер.</translation>
    </message>
    <message>
        <source>LM Studio base URL</source>
        <translation>Базовый URL LM Studio</translation>
    </message>
    <message>
        <source>Discover models</source>
        <translation>Найти модели</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Использовать %1</translation>
    </message>
    <message>
        <source>API key for %1 saved: %2</source>
        <translation>API‑ключ для %1 сохранён: %2</translation>
    </message>
    <message>
        <source>Signed in to MiniMax.</source>
        <translation>Вход в MiniMax выполнен.</translation>
    </message>
    <message>
        <source>Provider %1 saved.</source>
        <translation>Провайдер %1 сохранён.</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Модели</translation>
    </message>
    <message>
        <source>No models yet: add the ids the server offers.</source>
        <translation>Моделей пока нет: добавьте идентификаторы, которые предлагает сервер.</translation>
    </message>
    <message>
        <source>model id, e.g. gpt-4o-mini</source>
        <translation>идентификатор модели, напр. gpt-4o-mini</translation>
    </message>
    <message>
        <source>Model id to add to %1</source>
        <translation>Идентификатор модели для %1</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>Добавить модель</translation>
    </message>
    <message>
        <source>Add model to %1</source>
        <translation>Добавить модель в %1</translation>
    </message>
    <message>
        <source>Model %1 added to %2.</source>
        <translation>Модель %1 добавлена в %2.</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Models</source>
        <translation>Модели</translation>
    </message>
    <message>
        <source>The change was not saved.</source>
        <translation>Изменение не сохранено.</translation>
    </message>
    <message>
        <source>Search models, names or aliases</source>
        <translation>Поиск по моделям, названиям и алиасам</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>Поиск моделей</translation>
    </message>
    <message>
        <source>Show all catalog</source>
        <translation>Весь каталог</translation>
    </message>
    <message>
        <source>Show all catalog models</source>
        <translation>Показать все модели каталога</translation>
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
        <translation>доступ ✓</translation>
    </message>
    <message>
        <source>no auth</source>
        <translation>нет доступа</translation>
    </message>
    <message>
        <source>local</source>
        <translation>локальная</translation>
    </message>
    <message>
        <source>alias %1</source>
        <translation>алиас %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>fallback #%1</source>
        <extracomment>Position in the fallback chain, e.g. &quot;fallback #2&quot;</extracomment>
        <translation>резерв №%1</translation>
    </message>
    <message>
        <source>Make primary</source>
        <translation>Сделать основной</translation>
    </message>
    <message>
        <source>Make %1 the primary model</source>
        <translation>Сделать %1 основной моделью</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Основная</translation>
    </message>
    <message>
        <source>Add as fallback</source>
        <translation>Добавить в резерв</translation>
    </message>
    <message>
        <source>Add %1 as a fallback</source>
        <translation>Добавить %1 в резерв</translation>
    </message>
    <message>
        <source>Fallback chain</source>
        <translation>Цепочка резервов</translation>
    </message>
    <message>
        <source>Tried in this order when the primary fails. Drag to reorder, or use Ctrl+Up/Down.</source>
        <translation>Используются по порядку, если основная модель не отвечает. Перетащите, чтобы изменить порядок, или нажмите Ctrl+Вверх/Вниз.</translation>
    </message>
    <message>
        <source>Fallback %1: %2</source>
        <translation>Резерв %1: %2</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>Переместить %1 вверх</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>Переместить %1 вниз</translation>
    </message>
    <message>
        <source>Remove fallback %1</source>
        <translation>Удалить резерв %1</translation>
    </message>
    <message>
        <source>No fallbacks: requests fail when the primary fails.</source>
        <translation>Резервов нет: при сбое основной модели запросы завершатся ошибкой.</translation>
    </message>
    <message>
        <source>Model to add as fallback</source>
        <translation>Модель для добавления в резерв</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Add fallback</source>
        <translation>Добавить резерв</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Алиасы</translation>
    </message>
    <message>
        <source>Short names you can type instead of provider/model.</source>
        <translation>Короткие имена, которые можно вводить вместо провайдер/модель.</translation>
    </message>
    <message>
        <source>Alias for %1</source>
        <translation>Алиас для %1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <source>Rename alias %1</source>
        <translation>Переименовать алиас %1</translation>
    </message>
    <message>
        <source>Remove alias %1</source>
        <translation>Удалить алиас %1</translation>
    </message>
    <message>
        <source>new alias</source>
        <translation>новый алиас</translation>
    </message>
    <message>
        <source>New alias</source>
        <translation>Новый алиас</translation>
    </message>
    <message>
        <source>Model for the new alias</source>
        <translation>Модель для нового алиаса</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>Добавить алиас</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Remove alias %1?</source>
        <translation>Удалить алиас %1?</translation>
    </message>
    <message>
        <source>Remove alias</source>
        <translation>Удалить алиас</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Ctrl+Up and Ctrl+Down move the selected fallback; Delete removes it.</source>
        <translation>Ctrl+Вверх и Ctrl+Вниз перемещают выбранный резерв; Delete удаляет его.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>Открыть в редакторе</translation>
    </message>
    <message>
        <source>No openclaw.json yet at %1.</source>
        <translation>Файла openclaw.json в %1 пока нет.</translation>
    </message>
    <message>
        <source>Set up…</source>
        <translation>Настроить…</translation>
    </message>
    <message>
        <source>The gateway keeps serving the last good config.</source>
        <translation>Шлюз продолжает работать с последней корректной конфигурацией.</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Шлюз</translation>
    </message>
    <message>
        <source>Start gateway</source>
        <translation>Запустить шлюз</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>Остановить шлюз</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Модели</translation>
    </message>
    <message>
        <source>Configured chain</source>
        <translation>Настроенная цепочка</translation>
    </message>
    <message>
        <source>Edit models…</source>
        <translation>Изменить модели…</translation>
    </message>
    <message>
        <source>Edit models</source>
        <translation>Изменить модели</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n запрос</numerusform>
            <numerusform>%n запроса</numerusform>
            <numerusform>%n запросов</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <extracomment>Money spent today, in US dollars</extracomment>
        <translation>Стоимость: %1</translation>
    </message>
    <message>
        <source>Recent failovers</source>
        <translation>Последние переключения</translation>
    </message>
    <message>
        <source>None so far.</source>
        <translation>Пока нет.</translation>
    </message>
    <message>
        <source>%1  back to %2</source>
        <translation>%1  возврат на %2</translation>
    </message>
    <message>
        <source>Config file</source>
        <translation>Файл конфигурации</translation>
    </message>
    <message>
        <source>Open openclaw.json in editor</source>
        <translation>Открыть openclaw.json в редакторе</translation>
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
        <translation>Подробнее…</translation>
    </message>
    <message>
        <source>Open the Gateway page</source>
        <translation>Открыть страницу «Шлюз»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fixed: %1</source>
        <translation>Исправлено: %1</translation>
    </message>
    <message>
        <source>Could not fix it: %1</source>
        <translation>Не удалось исправить: %1</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Учётные данные</translation>
    </message>
    <message>
        <source>Add a key…</source>
        <translation>Добавить ключ…</translation>
    </message>
    <message>
        <source>%1  %2 failed (%3), tried %4</source>
        <translation>%1  сбой %2 (%3), переход на %4</translation>
    </message>
</context>
<context>
    <name>RequestRow</name>
    <message>
        <source>%1, %2 to %3, status %4</source>
        <translation>%1, %2 на %3, статус %4</translation>
    </message>
    <message>
        <source>not served</source>
        <translation>без ответа</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Requested → served</source>
        <translation>Запрос → ответ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Latency</source>
        <extracomment>Column header: how long the request took</extracomment>
        <translation>Задержка</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Токены</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Failover</source>
        <extracomment>Column header: why the gateway moved on to a fallback model</extracomment>
        <translation>Переключение</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>Скрыть %1</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation>Показать %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Копировать %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Внешний вид</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Theme</source>
        <extracomment>Colour theme of the window</extracomment>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>Startup and tray</source>
        <translation>Запуск и трей</translation>
    </message>
    <message>
        <source>Start ClawDesk when I log in</source>
        <translation>Запускать ClawDesk при входе в систему</translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation>Запускать свёрнутым в трей</translation>
    </message>
    <message>
        <source>Notify me when the gateway switches to a fallback and back</source>
        <translation>Уведомлять, когда шлюз переключается на резерв и обратно</translation>
    </message>
    <message>
        <source>No system tray is available on this desktop, so ClawDesk quits when its window is closed.</source>
        <translation>В этой среде нет системного трея, поэтому ClawDesk завершается при закрытии окна.</translation>
    </message>
    <message>
        <source>OpenClaw config</source>
        <translation>Конфигурация OpenClaw</translation>
    </message>
    <message>
        <source>Leave empty to use the file OpenClaw itself uses. Takes effect after a restart.</source>
        <translation>Оставьте пустым, чтобы использовать тот же файл, что и OpenClaw. Вступает в силу после перезапуска.</translation>
    </message>
    <message>
        <source>Config file path</source>
        <translation>Путь к файлу конфигурации</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>Открыть в редакторе</translation>
    </message>
    <message>
        <source>Open openclaw.json in editor</source>
        <translation>Открыть openclaw.json в редакторе</translation>
    </message>
</context>
<context>
    <name>ToastHost</name>
    <message>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>UsageChart</name>
    <message>
        <source>Usage per day</source>
        <translation>Использование по дням</translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message>
        <source>Usage</source>
        <translation>Использование</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>За 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>За 30 дней</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Токены</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>За 90 дней</translation>
    </message>
    <message>
        <source>By model</source>
        <translation>По моделям</translation>
    </message>
    <message>
        <source>By provider</source>
        <translation>По провайдерам</translation>
    </message>
    <message>
        <source>Stack the bars</source>
        <translation>Группировка столбцов</translation>
    </message>
    <message>
        <source>No requests in this period</source>
        <translation>За этот период запросов нет</translation>
    </message>
    <message>
        <source>Usage appears here as the gateway serves requests.</source>
        <translation>Статистика использования появится здесь, когда шлюз начнёт обрабатывать запросы.</translation>
    </message>
    <message>
        <source>Usage by provider</source>
        <translation>Использование по провайдерам</translation>
    </message>
    <message>
        <source>Usage by model</source>
        <translation>Использование по моделям</translation>
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
        <translation>Запросы</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
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
        <translation>Аутентификация</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Модель по умолчанию</translation>
    </message>
    <message>
        <source>Model picker</source>
        <translation>Выбор моделей</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Configure wizard</source>
        <translation>Мастер конфигурации</translation>
    </message>
    <message>
        <source>Set up OpenClaw</source>
        <translation>Настройка OpenClaw</translation>
    </message>
    <message>
        <source>Model/auth provider</source>
        <translation>Провайдер (модель/доступ)</translation>
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
        <translation>API‑ключ</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Сохранить ключ</translation>
    </message>
    <message>
        <source>Save API key</source>
        <translation>Сохранить API‑ключ</translation>
    </message>
    <message>
        <source>Sign in with your MiniMax account in the browser.</source>
        <translation>Войдите в учётную запись MiniMax в браузере.</translation>
    </message>
    <message>
        <source>Start sign-in</source>
        <translation>Начать вход</translation>
    </message>
    <message>
        <source>No sign-in needed. Start LM Studio&apos;s local server (Developer → Start server).</source>
        <translation>Вход не нужен. Запустите локальный сервер LM Studio (Developer → Start server).</translation>
    </message>
    <message>
        <source>Models in the /model picker. Besides the default, the ones you tick become fallbacks, in this order.</source>
        <translation>Модели в списке /model. Кроме модели по умолчанию, отмеченные модели становятся резервными — в этом порядке.</translation>
    </message>
    <message>
        <source>Offer %1</source>
        <translation>Предлагать %1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Сохранено в %1.</translation>
    </message>
    <message>
        <source>These changes will be written to %1:</source>
        <translation>Эти изменения будут записаны в %1:</translation>
    </message>
    <message>
        <source>Changes to openclaw.json</source>
        <translation>Изменения в openclaw.json</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel the wizard</source>
        <translation>Закрыть мастер</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Write openclaw.json</source>
        <translation>Записать openclaw.json</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <extracomment>A model in the picker list that is the default model (always offered)</extracomment>
        <translation>%1 (по умолчанию)</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Fallbacks</source>
        <translation>Резервы</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>MiniMax (recommended)</source>
        <translation>MiniMax (рекомендуется)</translation>
    </message>
    <message>
        <source>Enter your API key. It is stored in the system keychain (when there is one) and in OpenClaw&apos;s own credential store, never in openclaw.json.</source>
        <translation>Введите API‑ключ. Он хранится в системном хранилище ключей (если оно есть) и в собственном хранилище учётных данных OpenClaw и никогда не попадает в openclaw.json.</translation>
    </message>
</context>
<context>
    <name>clawdesk::AppState</name>
    <message>
        <source>Gateway stopped</source>
        <translation>Шлюз остановлен</translation>
    </message>
    <message>
        <source>Gateway starting…</source>
        <translation>Шлюз запускается…</translation>
    </message>
    <message>
        <source>Gateway running on port %1</source>
        <translation>Шлюз работает на порту %1</translation>
    </message>
    <message>
        <source>Gateway failed to start</source>
        <translation>Не удалось запустить шлюз</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>С %1</translation>
    </message>
    <message>
        <source>Tools pointed at ClawDesk cannot connect until you start it.</source>
        <translation>Инструменты, направленные на ClawDesk, не смогут подключиться, пока вы не запустите шлюз.</translation>
    </message>
    <message>
        <source>Nothing served yet</source>
        <translation>Ответов пока не было</translation>
    </message>
    <message>
        <source>Last request served by fallback %1 at %2</source>
        <translation>Последний запрос обработан резервом %1 в %2</translation>
    </message>
    <message>
        <source>Last request served by %1 at %2</source>
        <translation>Последний запрос обработан моделью %1 в %2</translation>
    </message>
    <message>
        <source>No openclaw.json yet</source>
        <translation>Файла openclaw.json пока нет</translation>
    </message>
    <message>
        <source>openclaw.json is valid</source>
        <translation>openclaw.json корректен</translation>
    </message>
    <message numerus="yes">
        <source>openclaw.json is valid, with %n warning(s)</source>
        <translation>
            <numerusform>openclaw.json корректен, %n предупреждение</numerusform>
            <numerusform>openclaw.json корректен, %n предупреждения</numerusform>
            <numerusform>openclaw.json корректен, %n предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <source>openclaw.json does not parse</source>
        <translation>Не удаётся разобрать openclaw.json</translation>
    </message>
    <message>
        <source>openclaw.json has errors OpenClaw would reject</source>
        <translation>В openclaw.json есть ошибки, из-за которых OpenClaw его отклонит</translation>
    </message>
    <message>
        <source>%1: sign-in expired, sign in again</source>
        <translation>%1: срок входа истёк, войдите снова</translation>
    </message>
    <message>
        <source>%1: key from %2</source>
        <translation>%1: ключ из %2</translation>
    </message>
    <message>
        <source>%1: signed in</source>
        <translation>%1: вход выполнен</translation>
    </message>
    <message>
        <source>%1: key in auth profile %2</source>
        <translation>%1: ключ в профиле аутентификации %2</translation>
    </message>
    <message>
        <source>%1: key in openclaw.json</source>
        <translation>%1: ключ в openclaw.json</translation>
    </message>
    <message>
        <source>%1: local server, no key needed</source>
        <translation>%1: локальный сервер, ключ не нужен</translation>
    </message>
    <message>
        <source>%1: no API key or sign-in</source>
        <translation>%1: нет API‑ключа и входа</translation>
    </message>
    <message>
        <source>Sign-in expired: open ClawDesk to sign in again</source>
        <translation>Срок входа истёк: откройте ClawDesk, чтобы войти снова</translation>
    </message>
    <message>
        <source>openclaw.json needs fixing: %1</source>
        <translation>openclaw.json требует исправления: %1</translation>
    </message>
    <message>
        <source>Gateway failed to start: %1</source>
        <translation>Не удалось запустить шлюз: %1</translation>
    </message>
    <message>
        <source>Gateway running; last request served by fallback %1</source>
        <translation>Шлюз работает; последний запрос обработан резервом %1</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>лимит запросов</translation>
    </message>
    <message>
        <source>could not connect</source>
        <translation>нет подключения</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>тайм-аут</translation>
    </message>
    <message>
        <source>key rejected</source>
        <translation>ключ отклонён</translation>
    </message>
    <message>
        <source>billing or quota</source>
        <translation>оплата или квота</translation>
    </message>
    <message>
        <source>overloaded</source>
        <translation>перегрузка</translation>
    </message>
    <message>
        <source>provider error</source>
        <translation>ошибка провайдера</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>неизвестная модель</translation>
    </message>
</context>
<context>
    <name>clawdesk::Application</name>
    <message>
        <source>Coding Plan: %1 of %2 prompts left</source>
        <translation>Coding Plan: осталось промптов: %1 из %2</translation>
    </message>
    <message>
        <source>Coding Plan: %1</source>
        <translation>Coding Plan: %1</translation>
    </message>
    <message>
        <source>No model could answer: every candidate failed to connect.</source>
        <translation>Ни одна модель не ответила: не удалось подключиться ни к одному кандидату.</translation>
    </message>
</context>
<context>
    <name>clawdesk::Autostart</name>
    <message>
        <source>Cannot remove %1</source>
        <translation>Не удалось удалить %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConfigController</name>
    <message>
        <source>Alias %1 already points to %2.</source>
        <translation>Алиас %1 уже указывает на %2.</translation>
    </message>
    <message>
        <source>openclaw.json changed since; nothing was undone.</source>
        <translation>openclaw.json с тех пор изменился; ничего не отменено.</translation>
    </message>
    <message>
        <source>The earlier version cannot be read; nothing was undone.</source>
        <translation>Не удаётся прочитать прежнюю версию; ничего не отменено.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Primary model set to %1.</source>
        <translation>Основной моделью назначена %1.</translation>
    </message>
    <message>
        <source>Alias %1 added.</source>
        <translation>Алиас %1 добавлен.</translation>
    </message>
    <message>
        <source>Alias %1 removed.</source>
        <translation>Алиас %1 удалён.</translation>
    </message>
    <message>
        <source>the primary model</source>
        <translation>основная модель</translation>
    </message>
    <message>
        <source>fallback #%1</source>
        <translation>резерв №%1</translation>
    </message>
    <message>
        <source>%1 is used by %2. Removing it writes %3 there instead, so the chain keeps the same model.</source>
        <translation>%1 используется: %2. При удалении туда будет записано %3, чтобы в цепочке осталась та же модель.</translation>
    </message>
    <message>
        <source>Alias %1 renamed to %2.</source>
        <translation>Алиас %1 переименован в %2.</translation>
    </message>
    <message>
        <source>%1 added to the fallback chain.</source>
        <translation>%1 добавлена в цепочку резервов.</translation>
    </message>
    <message>
        <source>Fallback %1 removed.</source>
        <translation>Резерв %1 удалён.</translation>
    </message>
    <message>
        <source>Fallback chain reordered.</source>
        <translation>Порядок в цепочке резервов изменён.</translation>
    </message>
    <message>
        <source>Fallback chain cleared.</source>
        <translation>Цепочка резервов очищена.</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConnectController</name>
    <message>
        <source>Unknown tool: %1</source>
        <translation>Неизвестный инструмент: %1</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConnectionTester</name>
    <message>
        <source>%1 is not set up in openclaw.json yet: save it first.</source>
        <translation>Провайдер %1 ещё не настроен в openclaw.json: сначала сохраните его.</translation>
    </message>
    <message>
        <source>%1 lists no models: add one to test it.</source>
        <translation>У провайдера %1 нет моделей: добавьте модель, чтобы проверить подключение.</translation>
    </message>
    <message>
        <source>The api &quot;%1&quot; cannot be tested here; use anthropic-messages, openai-completions or openai-responses.</source>
        <translation>Тип API «%1» здесь проверить нельзя; используйте anthropic-messages, openai-completions или openai-responses.</translation>
    </message>
    <message>
        <source>No API key for %1: add one on this page or sign in.</source>
        <translation>Нет API‑ключа для %1: добавьте его на этой странице или войдите.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Проверка %1…</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2. Check the base URL and that the server runs.</source>
        <translation>Не удалось подключиться к %1: %2. Проверьте базовый URL и запущен ли сервер.</translation>
    </message>
    <message>
        <source>Connected: %1 answered in %2 ms.</source>
        <translation>Подключено: ответ %1 за %2 мс.</translation>
    </message>
    <message>
        <source>Check the API key (or sign in again).</source>
        <translation>Проверьте API‑ключ (или войдите снова).</translation>
    </message>
    <message>
        <source>Check the base URL and the model id.</source>
        <translation>Проверьте базовый URL и идентификатор модели.</translation>
    </message>
    <message>
        <source>Rate limited or out of quota: try again later or add a fallback.</source>
        <translation>Превышен лимит запросов или исчерпана квота: повторите позже или добавьте резерв.</translation>
    </message>
    <message>
        <source>The provider has a problem: try again later or add a fallback.</source>
        <translation>Сбой на стороне провайдера: повторите позже или добавьте резерв.</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>в подключении отказано</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>подключение закрыто</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>нет ответа вовремя</translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation>не удалось установить защищённое подключение</translation>
    </message>
    <message>
        <source>the host name was not found</source>
        <translation>имя хоста не найдено</translation>
    </message>
</context>
<context>
    <name>clawdesk::FallbackModel</name>
    <message>
        <source>Not in the model allowlist: OpenClaw silently skips this fallback.</source>
        <translation>Нет в списке разрешённых моделей: OpenClaw молча пропустит этот резерв.</translation>
    </message>
    <message>
        <source>No credentials for this provider: this fallback will fail.</source>
        <translation>Нет учётных данных для этого провайдера: этот резерв не сработает.</translation>
    </message>
</context>
<context>
    <name>clawdesk::ProviderController</name>
    <message>
        <source>Signed in: profile %1 in OpenClaw&apos;s auth-profiles.json (%2).</source>
        <translation>Вход выполнен: профиль %1 в auth-profiles.json OpenClaw (%2).</translation>
    </message>
    <message>
        <source>Key from the environment variable %1 (not stored by ClawDesk).</source>
        <translation>Ключ из переменной окружения %1 (ClawDesk его не хранит).</translation>
    </message>
    <message>
        <source>Key written in openclaw.json (%1). Moving it to the keychain is safer.</source>
        <translation>Ключ записан в openclaw.json (%1). Надёжнее перенести его в хранилище ключей.</translation>
    </message>
    <message>
        <source>No key yet.</source>
        <translation>Ключа пока нет.</translation>
    </message>
    <message>
        <source>Enter the base URL, e.g. http://127.0.0.1:1234/v1</source>
        <translation>Введите базовый URL, например http://127.0.0.1:1234/v1</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https://</source>
        <translation>Базовый URL должен начинаться с http:// или https://</translation>
    </message>
    <message>
        <source>The base URL needs a host name.</source>
        <translation>В базовом URL не указано имя хоста.</translation>
    </message>
    <message>
        <source>Enter a provider id, e.g. my-proxy</source>
        <translation>Введите ID провайдера, например my-proxy</translation>
    </message>
    <message>
        <source>Use lower-case letters, digits, dots, underscores or dashes.</source>
        <translation>Допустимы строчные латинские буквы, цифры, точки, подчёркивания и дефисы.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Введите API‑ключ.</translation>
    </message>
    <message>
        <source>No credential store is available.</source>
        <translation>Хранилище учётных данных недоступно.</translation>
    </message>
    <message>
        <source>The server did not answer with a model list.</source>
        <translation>Сервер не вернул список моделей.</translation>
    </message>
    <message>
        <source>Could not reach LM Studio: %1. Is its server running?</source>
        <translation>Не удалось подключиться к LM Studio: %1. Сервер запущен?</translation>
    </message>
    <message>
        <source>Signed in: profile %1 in OpenClaw&apos;s credential store (%2).</source>
        <translation>Вход выполнен: профиль %1 в хранилище учётных данных OpenClaw (%2).</translation>
    </message>
    <message>
        <source>Signed in: profile %1 in a leftover auth-profiles.json (%2); run openclaw doctor --fix to move it into OpenClaw&apos;s credential store.</source>
        <translation>Вход выполнен: профиль %1 в оставшемся файле auth-profiles.json (%2); выполните openclaw doctor --fix, чтобы перенести его в хранилище учётных данных OpenClaw.</translation>
    </message>
</context>
<context>
    <name>clawdesk::QuotaMonitor</name>
    <message>
        <source>week</source>
        <extracomment>The weekly window of the MiniMax Coding Plan quota</extracomment>
        <translation>неделя</translation>
    </message>
    <message>
        <source>%1 %2% left</source>
        <extracomment>A quota window and what is left of it, e.g. &quot;5h 63% left&quot;</extracomment>
        <translation>%1: осталось %2%</translation>
    </message>
</context>
<context>
    <name>clawdesk::TrayController</name>
    <message>
        <source>Start gateway</source>
        <translation>Запустить шлюз</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>Остановить шлюз</translation>
    </message>
    <message>
        <source>Restart gateway</source>
        <translation>Перезапустить шлюз</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>Tray submenu listing the models to use as the primary (default) model</extracomment>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Open ClawDesk</source>
        <translation>Открыть ClawDesk</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>ClawDesk is still running</source>
        <translation>ClawDesk продолжает работать</translation>
    </message>
    <message>
        <source>The gateway keeps serving in the background. Use the tray icon to open ClawDesk or to quit.</source>
        <translation>Шлюз продолжает работать в фоне. Открыть ClawDesk или выйти можно через значок в трее.</translation>
    </message>
    <message>
        <source>Back on the primary model</source>
        <translation>Возврат к основной модели</translation>
    </message>
    <message>
        <source>ClawDesk stays in the tray; the gateway is not running. Use the tray icon to open ClawDesk, start the gateway or quit.</source>
        <translation>ClawDesk остаётся в трее; шлюз не запущен. Открыть ClawDesk, запустить шлюз или выйти можно через значок в трее.</translation>
    </message>
    <message>
        <source>%1 is tried first again.</source>
        <translation>%1 снова пробуется первой.</translation>
    </message>
    <message>
        <source>Primary model failed</source>
        <translation>Сбой основной модели</translation>
    </message>
    <message>
        <source>%1 failed (%2); trying %3.</source>
        <translation>Сбой %1 (%2); пробуем %3.</translation>
    </message>
</context>
<context>
    <name>clawdesk::UsageModel</name>
    <message>
        <source>Other</source>
        <extracomment>The stack of the usage chart that sums every model or provider not shown by name</extracomment>
        <translation>Прочие</translation>
    </message>
    <message>
        <source>No requests</source>
        <translation>Запросов нет</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 tokens · %n request(s)</source>
        <translation>
            <numerusform>%1 · токенов: %2 · %n запрос</numerusform>
            <numerusform>%1 · токенов: %2 · %n запроса</numerusform>
            <numerusform>%1 · токенов: %2 · %n запросов</numerusform>
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
        <translation>%1 тыс.</translation>
    </message>
</context>
<context>
    <name>clawdesk::WizardController</name>
    <message>
        <source>Choose a provider and an auth method first.</source>
        <translation>Сначала выберите провайдера и способ аутентификации.</translation>
    </message>
</context>
</TS>
