<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ConnectToolsCard</name>
    <message>
        <source>Connect your tools</source>
        <translation>Conecta tus herramientas</translation>
    </message>
    <message>
        <source>ClawDesk writes each tool&apos;s own settings so it uses this gateway. Undo puts the file back exactly as it was.</source>
        <translation>ClawDesk escribe los ajustes propios de cada herramienta para que use este Gateway. Deshacer deja el archivo exactamente como estaba.</translation>
    </message>
    <message>
        <source>Connected. The tool uses the gateway the next time it starts.</source>
        <translation>Conectada. La herramienta usará el Gateway la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>No se puede conectar: %1</translation>
    </message>
    <message>
        <source>%1&apos;s settings are back as they were.</source>
        <translation>Los ajustes de %1 han vuelto a como estaban.</translation>
    </message>
    <message>
        <source>Cannot undo: %1</source>
        <translation>No se puede deshacer: %1</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectada</translation>
    </message>
    <message>
        <source>Overridden by a shell variable</source>
        <translation>Anulado por una variable del shell</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>No conectada</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Connect %1 to the gateway</source>
        <translation>Conectar %1 al Gateway</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo connecting %1</source>
        <translation>Deshacer la conexión de %1</translation>
    </message>
    <message>
        <source>This change will be written (the token is shortened here):</source>
        <translation>Se escribirá este cambio (aquí el token aparece abreviado):</translation>
    </message>
    <message>
        <source>Change to be written</source>
        <translation>Cambio que se escribirá</translation>
    </message>
    <message>
        <source>Write the change</source>
        <translation>Escribir el cambio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Test the connection to %1</source>
        <translation>Probar la conexión con %1</translation>
    </message>
</context>
<context>
    <name>CopyableSnippet</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
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
        <translation>Iniciar Gateway</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>Detener Gateway</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Restart gateway</source>
        <translation>Reiniciar Gateway</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Gateway port</source>
        <translation>Puerto del Gateway</translation>
    </message>
    <message>
        <source>Bind</source>
        <extracomment>Network address the gateway listens on</extracomment>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Gateway bind address</source>
        <translation>Dirección de enlace del Gateway</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>gateway token</source>
        <translation>token del Gateway</translation>
    </message>
    <message>
        <source>Regenerate gateway token</source>
        <translation>Regenerar token del Gateway</translation>
    </message>
    <message>
        <source>Port, bind and token apply the next time the gateway starts.</source>
        <translation>El puerto, el enlace y el token se aplican la próxima vez que se inicie el Gateway.</translation>
    </message>
    <message>
        <source>Claude Code</source>
        <translation>Claude Code</translation>
    </message>
    <message>
        <source>Cline / Roo Code / Kilo Code (OpenAI compatible)</source>
        <translation>Cline / Roo Code / Kilo Code (compatible con OpenAI)</translation>
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
        <translation>Reiniciando el Gateway…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>What each tool asked for, which model answered, and why a fallback was used. Select a request to see its attempts.</source>
        <translation>Qué pidió cada herramienta, qué modelo respondió y por qué se usó un respaldo. Selecciona una solicitud para ver sus intentos.</translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation>Aún no hay solicitudes</translation>
    </message>
    <message>
        <source>Point a tool at the gateway (see below); its requests appear here.</source>
        <translation>Dirige una herramienta al Gateway (ver abajo); sus solicitudes aparecerán aquí.</translation>
    </message>
    <message>
        <source>Start the gateway, then point a tool at it; its requests appear here.</source>
        <translation>Inicia el Gateway y dirige una herramienta a él; sus solicitudes aparecerán aquí.</translation>
    </message>
    <message>
        <source>%1 · %2 asked for %3</source>
        <translation>%1 · %2 pidió %3</translation>
    </message>
    <message>
        <source>Attempt %1: %2 — %3</source>
        <translation>Intento %1: %2 — %3</translation>
    </message>
    <message>
        <source>Served by %1: status %2, %3 ms, %4 in / %5 out tokens, %6</source>
        <translation>Respondida por %1: estado %2, %3 ms, %4 tokens de entrada / %5 de salida, %6</translation>
    </message>
    <message>
        <source>Refused with status %1: %2</source>
        <translation>Rechazada con el estado %1: %2</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Vaciar la lista</translation>
    </message>
    <message>
        <source>Request list cleared (usage totals keep them).</source>
        <translation>Lista de solicitudes vaciada (los totales de uso las conservan).</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Regenerate token</source>
        <translation>Regenerar token</translation>
    </message>
    <message>
        <source>New token saved; it applies when the gateway restarts.</source>
        <translation>Nuevo token guardado; se aplicará cuando se reinicie el Gateway.</translation>
    </message>
    <message>
        <source>New token saved.</source>
        <translation>Nuevo token guardado.</translation>
    </message>
    <message>
        <source>Translated for the provider: %1</source>
        <translation>Adaptado para el proveedor: %1</translation>
    </message>
    <message>
        <source>Manual setup</source>
        <translation>Configuración manual</translation>
    </message>
    <message>
        <source>For tools ClawDesk does not configure itself: paste these settings.</source>
        <translation>Para herramientas que ClawDesk no configura por sí mismo: pega estos ajustes.</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Cerrar el mensaje</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Model/auth</source>
        <extracomment>Sidebar page for choosing providers and signing in</extracomment>
        <translation>Model/auth</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>ClawDesk</source>
        <translation>ClawDesk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Configure…</source>
        <translation>Configurar…</translation>
    </message>
    <message>
        <source>Open the configure wizard</source>
        <translation>Abrir el asistente de configuración</translation>
    </message>
    <message>
        <source>No system tray found: closing the window quits ClawDesk and stops the gateway.</source>
        <translation>No se encontró la bandeja del sistema: al cerrar la ventana se sale de ClawDesk y se detiene el Gateway.</translation>
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
        <translation>Sin guardar</translation>
    </message>
    <message>
        <source>MiniMax</source>
        <translation>MiniMax</translation>
    </message>
    <message>
        <source>Coding Plan sign-in (OAuth) or an API key. Lightning is the faster variant with a higher output price.</source>
        <translation>Inicio de sesión con Coding Plan (OAuth) o una clave de API. Lightning es la variante más rápida, con un precio de salida más alto.</translation>
    </message>
    <message>
        <source>OAuth: %1</source>
        <translation>OAuth: %1</translation>
    </message>
    <message>
        <source>Sign in with MiniMax (Global)</source>
        <translation>Iniciar sesión con MiniMax (global)</translation>
    </message>
    <message>
        <source>Sign in (CN)</source>
        <extracomment>MiniMax&apos;s endpoint for users in mainland China</extracomment>
        <translation>Iniciar sesión (CN)</translation>
    </message>
    <message>
        <source>Sign in with MiniMax (China)</source>
        <translation>Iniciar sesión con MiniMax (China)</translation>
    </message>
    <message>
        <source>Asking MiniMax for a code…</source>
        <translation>Solicitando un código a MiniMax…</translation>
    </message>
    <message>
        <source>Open this page and enter the code:</source>
        <translation>Abre esta página e introduce el código:</translation>
    </message>
    <message>
        <source>Sign-in code %1</source>
        <translation>Código de inicio de sesión %1</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copiar código</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Cancelar inicio de sesión</translation>
    </message>
    <message>
        <source>The code expires in %1:%2</source>
        <translation>El código caduca en %1:%2</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Sesión iniciada.</translation>
    </message>
    <message>
        <source>API key: %1</source>
        <translation>Clave de API: %1</translation>
    </message>
    <message>
        <source>MiniMax API key</source>
        <translation>Clave de API de MiniMax</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Guardar clave</translation>
    </message>
    <message>
        <source>Save MiniMax API key</source>
        <translation>Guardar la clave de API de MiniMax</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>Anthropic API key (sk-ant-…)</source>
        <translation>Clave de API de Anthropic (sk-ant-…)</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>Clave de API de Anthropic</translation>
    </message>
    <message>
        <source>Save Anthropic API key</source>
        <translation>Guardar la clave de API de Anthropic</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>Compatible con OpenAI</translation>
    </message>
    <message>
        <source>Any server that speaks the OpenAI API, under a provider id of your choice.</source>
        <translation>Cualquier servidor que hable la API de OpenAI, con el ID de proveedor que elijas.</translation>
    </message>
    <message>
        <source>Provider id</source>
        <translation>ID del proveedor</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>API</source>
        <extracomment>Wire protocol of the provider</extracomment>
        <translation>API</translation>
    </message>
    <message>
        <source>API kind</source>
        <translation>Tipo de API</translation>
    </message>
    <message>
        <source>Save provider</source>
        <translation>Guardar proveedor</translation>
    </message>
    <message>
        <source>LM Studio</source>
        <translation>LM Studio</translation>
    </message>
    <message>
        <source>Models running on this computer. No key is needed; nothing leaves your machine.</source>
        <translation>Modelos que se ejecutan en este equipo. No necesitas clave y nada sale de tu máquina.</translation>
    </message>
    <message>
        <source>LM Studio base URL</source>
        <translation>URL base de LM Studio</translation>
    </message>
    <message>
        <source>Discover models</source>
        <translation>Detectar modelos</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Usar %1</translation>
    </message>
    <message>
        <source>API key for %1 saved: %2</source>
        <translation>Clave de API de %1 guardada: %2</translation>
    </message>
    <message>
        <source>Signed in to MiniMax.</source>
        <translation>Sesión iniciada en MiniMax.</translation>
    </message>
    <message>
        <source>Provider %1 saved.</source>
        <translation>Proveedor %1 guardado.</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>No models yet: add the ids the server offers.</source>
        <translation>Aún no hay modelos: añade los ID que ofrece el servidor.</translation>
    </message>
    <message>
        <source>model id, e.g. gpt-4o-mini</source>
        <translation>ID del modelo, p. ej. gpt-4o-mini</translation>
    </message>
    <message>
        <source>Model id to add to %1</source>
        <translation>ID del modelo que se añadirá a %1</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>Añadir modelo</translation>
    </message>
    <message>
        <source>Add model to %1</source>
        <translation>Añadir un modelo a %1</translation>
    </message>
    <message>
        <source>Model %1 added to %2.</source>
        <translation>Modelo %1 añadido a %2.</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>The change was not saved.</source>
        <translation>No se guardó el cambio.</translation>
    </message>
    <message>
        <source>Search models, names or aliases</source>
        <translation>Buscar modelos, nombres o alias</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>Buscar modelos</translation>
    </message>
    <message>
        <source>Show all catalog</source>
        <translation>Mostrar todo el catálogo</translation>
    </message>
    <message>
        <source>Show all catalog models</source>
        <translation>Mostrar todos los modelos del catálogo</translation>
    </message>
    <message>
        <source>Model list</source>
        <translation>Lista de modelos</translation>
    </message>
    <message>
        <source>context %1</source>
        <translation>contexto %1</translation>
    </message>
    <message>
        <source>auth ✓</source>
        <translation>autenticado ✓</translation>
    </message>
    <message>
        <source>no auth</source>
        <translation>sin autenticación</translation>
    </message>
    <message>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <source>alias %1</source>
        <translation>alias %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>no encontrado</translation>
    </message>
    <message>
        <source>fallback #%1</source>
        <extracomment>Position in the fallback chain, e.g. &quot;fallback #2&quot;</extracomment>
        <translation>respaldo n.º %1</translation>
    </message>
    <message>
        <source>Make primary</source>
        <translation>Hacer principal</translation>
    </message>
    <message>
        <source>Make %1 the primary model</source>
        <translation>Hacer de %1 el modelo principal</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Add as fallback</source>
        <translation>Añadir como respaldo</translation>
    </message>
    <message>
        <source>Add %1 as a fallback</source>
        <translation>Añadir %1 como respaldo</translation>
    </message>
    <message>
        <source>Fallback chain</source>
        <translation>Cadena de respaldo</translation>
    </message>
    <message>
        <source>Tried in this order when the primary fails. Drag to reorder, or use Ctrl+Up/Down.</source>
        <translation>Se prueban en este orden cuando falla el principal. Arrastra para reordenar o usa Ctrl+Arriba/Abajo.</translation>
    </message>
    <message>
        <source>Fallback %1: %2</source>
        <translation>Respaldo %1: %2</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>Subir %1</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>Bajar %1</translation>
    </message>
    <message>
        <source>Remove fallback %1</source>
        <translation>Quitar el respaldo %1</translation>
    </message>
    <message>
        <source>No fallbacks: requests fail when the primary fails.</source>
        <translation>Sin respaldos: las solicitudes fallan cuando falla el principal.</translation>
    </message>
    <message>
        <source>Model to add as fallback</source>
        <translation>Modelo que añadir como respaldo</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add fallback</source>
        <translation>Añadir respaldo</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Short names you can type instead of provider/model.</source>
        <translation>Nombres cortos que puedes escribir en lugar de proveedor/modelo.</translation>
    </message>
    <message>
        <source>Alias for %1</source>
        <translation>Alias de %1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Rename alias %1</source>
        <translation>Renombrar el alias %1</translation>
    </message>
    <message>
        <source>Remove alias %1</source>
        <translation>Quitar el alias %1</translation>
    </message>
    <message>
        <source>Model for the new alias</source>
        <translation>Modelo del nuevo alias</translation>
    </message>
    <message>
        <source>new alias</source>
        <translation>nuevo alias</translation>
    </message>
    <message>
        <source>New alias</source>
        <translation>Nuevo alias</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>Añadir alias</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Remove alias %1?</source>
        <translation>¿Quitar el alias %1?</translation>
    </message>
    <message>
        <source>Remove alias</source>
        <translation>Quitar alias</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Ctrl+Up and Ctrl+Down move the selected fallback; Delete removes it.</source>
        <translation>Ctrl+Arriba y Ctrl+Abajo mueven el respaldo seleccionado; Supr lo quita.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>Abrir en el editor</translation>
    </message>
    <message>
        <source>No openclaw.json yet at %1.</source>
        <translation>Todavía no hay ningún openclaw.json en %1.</translation>
    </message>
    <message>
        <source>Set up…</source>
        <translation>Configurar…</translation>
    </message>
    <message>
        <source>The gateway keeps serving the last good config.</source>
        <translation>El Gateway sigue usando la última configuración válida.</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Start gateway</source>
        <translation>Iniciar Gateway</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>Detener Gateway</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Configured chain</source>
        <translation>Cadena configurada</translation>
    </message>
    <message>
        <source>Edit models…</source>
        <translation>Editar modelos…</translation>
    </message>
    <message>
        <source>Edit models</source>
        <translation>Editar modelos</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n solicitud</numerusform>
            <numerusform>%n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <extracomment>Money spent today, in US dollars</extracomment>
        <translation>Coste: %1</translation>
    </message>
    <message>
        <source>Recent failovers</source>
        <translation>Cambios recientes a respaldo</translation>
    </message>
    <message>
        <source>None so far.</source>
        <translation>Ninguno por ahora.</translation>
    </message>
    <message>
        <source>%1  back to %2</source>
        <translation>%1  de vuelta a %2</translation>
    </message>
    <message>
        <source>Config file</source>
        <translation>Archivo de configuración</translation>
    </message>
    <message>
        <source>Open openclaw.json in editor</source>
        <translation>Abrir openclaw.json en el editor</translation>
    </message>
    <message>
        <source>Coding Plan: %1</source>
        <extracomment>MiniMax Coding Plan quota windows, e.g. &quot;5h 63% left ⏱2h 10m · week 88% left&quot;</extracomment>
        <translation>Coding Plan: %1</translation>
    </message>
    <message>
        <source>Coding Plan quota unavailable: %1</source>
        <translation>Cuota de Coding Plan no disponible: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
    <message>
        <source>Open the Gateway page</source>
        <translation>Abrir la página Gateway</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fixed: %1</source>
        <translation>Corregido: %1</translation>
    </message>
    <message>
        <source>Could not fix it: %1</source>
        <translation>No se pudo corregir: %1</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>Add a key…</source>
        <translation>Añadir una clave…</translation>
    </message>
    <message>
        <source>%1  %2 failed (%3), tried %4</source>
        <translation>%1  %2 falló (%3), se probó %4</translation>
    </message>
</context>
<context>
    <name>RequestRow</name>
    <message>
        <source>%1, %2 to %3, status %4</source>
        <translation>%1, %2 a %3, estado %4</translation>
    </message>
    <message>
        <source>not served</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Requested → served</source>
        <translation>Pedido → respondido</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Latency</source>
        <extracomment>Column header: how long the request took</extracomment>
        <translation>Latencia</translation>
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
        <translation>Coste</translation>
    </message>
    <message>
        <source>Failover</source>
        <extracomment>Column header: why the gateway moved on to a fallback model</extracomment>
        <translation>Respaldo</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>Ocultar %1</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Theme</source>
        <extracomment>Colour theme of the window</extracomment>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Startup and tray</source>
        <translation>Inicio y bandeja</translation>
    </message>
    <message>
        <source>Start ClawDesk when I log in</source>
        <translation>Iniciar ClawDesk al iniciar sesión</translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation>Iniciar minimizado en la bandeja</translation>
    </message>
    <message>
        <source>Notify me when the gateway switches to a fallback and back</source>
        <translation>Avisarme cuando el Gateway cambie a un respaldo y cuando vuelva</translation>
    </message>
    <message>
        <source>No system tray is available on this desktop, so ClawDesk quits when its window is closed.</source>
        <translation>Este escritorio no tiene bandeja del sistema, así que ClawDesk se cierra al cerrar su ventana.</translation>
    </message>
    <message>
        <source>OpenClaw config</source>
        <translation>Configuración de OpenClaw</translation>
    </message>
    <message>
        <source>Leave empty to use the file OpenClaw itself uses. Takes effect after a restart.</source>
        <translation>Déjalo vacío para usar el mismo archivo que OpenClaw. Se aplica tras reiniciar.</translation>
    </message>
    <message>
        <source>Config file path</source>
        <translation>Ruta del archivo de configuración</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>Abrir en el editor</translation>
    </message>
    <message>
        <source>Open openclaw.json in editor</source>
        <translation>Abrir openclaw.json en el editor</translation>
    </message>
</context>
<context>
    <name>ToastHost</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>UsageChart</name>
    <message>
        <source>Usage per day</source>
        <translation>Uso diario</translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message>
        <source>Usage</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>By model</source>
        <translation>Por modelo</translation>
    </message>
    <message>
        <source>By provider</source>
        <translation>Por proveedor</translation>
    </message>
    <message>
        <source>Stack the bars</source>
        <translation>Apilar las barras</translation>
    </message>
    <message>
        <source>No requests in this period</source>
        <translation>No hay solicitudes en este período</translation>
    </message>
    <message>
        <source>Usage appears here as the gateway serves requests.</source>
        <translation>El uso aparecerá aquí a medida que el Gateway responda solicitudes.</translation>
    </message>
    <message>
        <source>Usage by provider</source>
        <translation>Uso por proveedor</translation>
    </message>
    <message>
        <source>Usage by model</source>
        <translation>Uso por modelo</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Auth method</source>
        <translation>Método de autenticación</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Modelo predeterminado</translation>
    </message>
    <message>
        <source>Model picker</source>
        <translation>Selector de modelos</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Configure wizard</source>
        <translation>Asistente de configuración</translation>
    </message>
    <message>
        <source>Set up OpenClaw</source>
        <translation>Configurar OpenClaw</translation>
    </message>
    <message>
        <source>Model/auth provider</source>
        <translation>Proveedor de Model/auth</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>LM Studio (local)</source>
        <translation>LM Studio (local)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Guardar clave</translation>
    </message>
    <message>
        <source>Save API key</source>
        <translation>Guardar clave de API</translation>
    </message>
    <message>
        <source>Sign in with your MiniMax account in the browser.</source>
        <translation>Inicia sesión con tu cuenta de MiniMax en el navegador.</translation>
    </message>
    <message>
        <source>Start sign-in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>No sign-in needed. Start LM Studio&apos;s local server (Developer → Start server).</source>
        <translation>No hace falta iniciar sesión. Inicia el servidor local de LM Studio (Developer → Start server).</translation>
    </message>
    <message>
        <source>Models in the /model picker. Besides the default, the ones you tick become fallbacks, in this order.</source>
        <translation>Modelos del selector /model. Además del predeterminado, los que marques pasan a ser respaldos, en este orden.</translation>
    </message>
    <message>
        <source>Offer %1</source>
        <translation>Ofrecer %1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
    <message>
        <source>These changes will be written to %1:</source>
        <translation>Estos cambios se escribirán en %1:</translation>
    </message>
    <message>
        <source>Changes to openclaw.json</source>
        <translation>Cambios en openclaw.json</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the wizard</source>
        <translation>Cancelar el asistente</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Write openclaw.json</source>
        <translation>Escribir openclaw.json</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <extracomment>A model in the picker list that is the default model (always offered)</extracomment>
        <translation>%1 (predeterminado)</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Fallbacks</source>
        <translation>Respaldos</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>MiniMax (recommended)</source>
        <translation>MiniMax (recomendado)</translation>
    </message>
    <message>
        <source>Enter your API key. It is stored in the system keychain (when there is one) and in OpenClaw&apos;s own credential store, never in openclaw.json.</source>
        <translation>Introduce tu clave de API. Se guarda en el llavero del sistema (si lo hay) y en el propio almacén de credenciales de OpenClaw, nunca en openclaw.json.</translation>
    </message>
</context>
<context>
    <name>clawdesk::AppState</name>
    <message>
        <source>Gateway stopped</source>
        <translation>Gateway detenido</translation>
    </message>
    <message>
        <source>Gateway starting…</source>
        <translation>Iniciando el Gateway…</translation>
    </message>
    <message>
        <source>Gateway running on port %1</source>
        <translation>Gateway en ejecución en el puerto %1</translation>
    </message>
    <message>
        <source>Gateway failed to start</source>
        <translation>El Gateway no pudo iniciarse</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Desde %1</translation>
    </message>
    <message>
        <source>Tools pointed at ClawDesk cannot connect until you start it.</source>
        <translation>Las herramientas dirigidas a ClawDesk no pueden conectarse hasta que inicies el Gateway.</translation>
    </message>
    <message>
        <source>Nothing served yet</source>
        <translation>Aún no se ha respondido nada</translation>
    </message>
    <message>
        <source>Last request served by fallback %1 at %2</source>
        <translation>Última solicitud respondida por el respaldo %1 a las %2</translation>
    </message>
    <message>
        <source>Last request served by %1 at %2</source>
        <translation>Última solicitud respondida por %1 a las %2</translation>
    </message>
    <message>
        <source>No openclaw.json yet</source>
        <translation>Aún no hay openclaw.json</translation>
    </message>
    <message>
        <source>openclaw.json is valid</source>
        <translation>openclaw.json es válido</translation>
    </message>
    <message numerus="yes">
        <source>openclaw.json is valid, with %n warning(s)</source>
        <translation>
            <numerusform>openclaw.json es válido, con %n advertencia</numerusform>
            <numerusform>openclaw.json es válido, con %n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>openclaw.json does not parse</source>
        <translation>No se puede analizar openclaw.json</translation>
    </message>
    <message>
        <source>openclaw.json has errors OpenClaw would reject</source>
        <translation>openclaw.json tiene errores que OpenClaw rechazaría</translation>
    </message>
    <message>
        <source>%1: sign-in expired, sign in again</source>
        <translation>%1: la sesión caducó, vuelve a iniciarla</translation>
    </message>
    <message>
        <source>%1: key from %2</source>
        <translation>%1: clave de %2</translation>
    </message>
    <message>
        <source>%1: signed in</source>
        <translation>%1: sesión iniciada</translation>
    </message>
    <message>
        <source>%1: key in auth profile %2</source>
        <translation>%1: clave en el perfil de autenticación %2</translation>
    </message>
    <message>
        <source>%1: key in openclaw.json</source>
        <translation>%1: clave en openclaw.json</translation>
    </message>
    <message>
        <source>%1: local server, no key needed</source>
        <translation>%1: servidor local, no necesita clave</translation>
    </message>
    <message>
        <source>%1: no API key or sign-in</source>
        <translation>%1: sin clave de API ni inicio de sesión</translation>
    </message>
    <message>
        <source>Sign-in expired: open ClawDesk to sign in again</source>
        <translation>La sesión caducó: abre ClawDesk para volver a iniciarla</translation>
    </message>
    <message>
        <source>openclaw.json needs fixing: %1</source>
        <translation>Hay que corregir openclaw.json: %1</translation>
    </message>
    <message>
        <source>Gateway failed to start: %1</source>
        <translation>El Gateway no pudo iniciarse: %1</translation>
    </message>
    <message>
        <source>Gateway running; last request served by fallback %1</source>
        <translation>Gateway en ejecución; la última solicitud la respondió el respaldo %1</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>límite de uso alcanzado</translation>
    </message>
    <message>
        <source>could not connect</source>
        <translation>no se pudo conectar</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>tiempo de espera agotado</translation>
    </message>
    <message>
        <source>key rejected</source>
        <translation>clave rechazada</translation>
    </message>
    <message>
        <source>billing or quota</source>
        <translation>facturación o cuota</translation>
    </message>
    <message>
        <source>overloaded</source>
        <translation>sobrecargado</translation>
    </message>
    <message>
        <source>provider error</source>
        <translation>error del proveedor</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>modelo desconocido</translation>
    </message>
</context>
<context>
    <name>clawdesk::Application</name>
    <message>
        <source>Coding Plan: %1 of %2 prompts left</source>
        <translation>Coding Plan: quedan %1 de %2 prompts</translation>
    </message>
    <message>
        <source>Coding Plan: %1</source>
        <translation>Coding Plan: %1</translation>
    </message>
    <message>
        <source>No model could answer: every candidate failed to connect.</source>
        <translation>Ningún modelo pudo responder: no se pudo conectar con ningún candidato.</translation>
    </message>
</context>
<context>
    <name>clawdesk::Autostart</name>
    <message>
        <source>Cannot remove %1</source>
        <translation>No se puede eliminar %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConfigController</name>
    <message>
        <source>Alias %1 already points to %2.</source>
        <translation>El alias %1 ya apunta a %2.</translation>
    </message>
    <message>
        <source>openclaw.json changed since; nothing was undone.</source>
        <translation>openclaw.json cambió entretanto; no se deshizo nada.</translation>
    </message>
    <message>
        <source>The earlier version cannot be read; nothing was undone.</source>
        <translation>No se puede leer la versión anterior; no se deshizo nada.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Deshecho.</translation>
    </message>
    <message>
        <source>Primary model set to %1.</source>
        <translation>Modelo principal establecido en %1.</translation>
    </message>
    <message>
        <source>Alias %1 added.</source>
        <translation>Alias %1 añadido.</translation>
    </message>
    <message>
        <source>Alias %1 removed.</source>
        <translation>Alias %1 quitado.</translation>
    </message>
    <message>
        <source>the primary model</source>
        <translation>el modelo principal</translation>
    </message>
    <message>
        <source>fallback #%1</source>
        <translation>respaldo n.º %1</translation>
    </message>
    <message>
        <source>%1 is used by %2. Removing it writes %3 there instead, so the chain keeps the same model.</source>
        <translation>%2 usa %1. Al quitarlo se escribe %3 en su lugar, para que la cadena conserve el mismo modelo.</translation>
    </message>
    <message>
        <source>Alias %1 renamed to %2.</source>
        <translation>Alias %1 renombrado a %2.</translation>
    </message>
    <message>
        <source>%1 added to the fallback chain.</source>
        <translation>%1 añadido a la cadena de respaldo.</translation>
    </message>
    <message>
        <source>Fallback %1 removed.</source>
        <translation>Respaldo %1 quitado.</translation>
    </message>
    <message>
        <source>Fallback chain reordered.</source>
        <translation>Cadena de respaldo reordenada.</translation>
    </message>
    <message>
        <source>Fallback chain cleared.</source>
        <translation>Cadena de respaldo vaciada.</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConnectController</name>
    <message>
        <source>Unknown tool: %1</source>
        <translation>Herramienta desconocida: %1</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConnectionTester</name>
    <message>
        <source>%1 is not set up in openclaw.json yet: save it first.</source>
        <translation>%1 aún no está configurado en openclaw.json: guárdalo primero.</translation>
    </message>
    <message>
        <source>%1 lists no models: add one to test it.</source>
        <translation>%1 no tiene modelos: añade uno para probarlo.</translation>
    </message>
    <message>
        <source>The api &quot;%1&quot; cannot be tested here; use anthropic-messages, openai-completions or openai-responses.</source>
        <translation>La API «%1» no se puede probar aquí; usa anthropic-messages, openai-completions u openai-responses.</translation>
    </message>
    <message>
        <source>No API key for %1: add one on this page or sign in.</source>
        <translation>No hay clave de API para %1: añade una en esta página o inicia sesión.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Probando %1…</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2. Check the base URL and that the server runs.</source>
        <translation>No se puede conectar con %1: %2. Comprueba la URL base y que el servidor esté en marcha.</translation>
    </message>
    <message>
        <source>Connected: %1 answered in %2 ms.</source>
        <translation>Conectado: %1 respondió en %2 ms.</translation>
    </message>
    <message>
        <source>Check the API key (or sign in again).</source>
        <translation>Comprueba la clave de API (o vuelve a iniciar sesión).</translation>
    </message>
    <message>
        <source>Check the base URL and the model id.</source>
        <translation>Comprueba la URL base y el ID del modelo.</translation>
    </message>
    <message>
        <source>Rate limited or out of quota: try again later or add a fallback.</source>
        <translation>Límite de uso alcanzado o cuota agotada: inténtalo más tarde o añade un respaldo.</translation>
    </message>
    <message>
        <source>The provider has a problem: try again later or add a fallback.</source>
        <translation>El proveedor tiene un problema: inténtalo más tarde o añade un respaldo.</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>se rechazó la conexión</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>se cerró la conexión</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>no hubo respuesta a tiempo</translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation>falló la conexión segura</translation>
    </message>
    <message>
        <source>the host name was not found</source>
        <translation>no se encontró el nombre de host</translation>
    </message>
</context>
<context>
    <name>clawdesk::FallbackModel</name>
    <message>
        <source>Not in the model allowlist: OpenClaw silently skips this fallback.</source>
        <translation>No está en la lista de modelos permitidos: OpenClaw omite este respaldo sin avisar.</translation>
    </message>
    <message>
        <source>No credentials for this provider: this fallback will fail.</source>
        <translation>No hay credenciales para este proveedor: este respaldo fallará.</translation>
    </message>
</context>
<context>
    <name>clawdesk::ProviderController</name>
    <message>
        <source>Signed in: profile %1 in OpenClaw&apos;s auth-profiles.json (%2).</source>
        <translation>Sesión iniciada: perfil %1 en el auth-profiles.json de OpenClaw (%2).</translation>
    </message>
    <message>
        <source>Key from the environment variable %1 (not stored by ClawDesk).</source>
        <translation>Clave de la variable de entorno %1 (ClawDesk no la guarda).</translation>
    </message>
    <message>
        <source>Key written in openclaw.json (%1). Moving it to the keychain is safer.</source>
        <translation>Clave escrita en openclaw.json (%1). Es más seguro moverla al llavero.</translation>
    </message>
    <message>
        <source>No key yet.</source>
        <translation>Aún no hay clave.</translation>
    </message>
    <message>
        <source>Enter the base URL, e.g. http://127.0.0.1:1234/v1</source>
        <translation>Introduce la URL base, p. ej. http://127.0.0.1:1234/v1</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https://</source>
        <translation>La URL base debe empezar por http:// o https://</translation>
    </message>
    <message>
        <source>The base URL needs a host name.</source>
        <translation>La URL base necesita un nombre de host.</translation>
    </message>
    <message>
        <source>Enter a provider id, e.g. my-proxy</source>
        <translation>Introduce un ID de proveedor, p. ej. my-proxy</translation>
    </message>
    <message>
        <source>Use lower-case letters, digits, dots, underscores or dashes.</source>
        <translation>Usa minúsculas, dígitos, puntos, guiones bajos o guiones.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Introduce la clave de API.</translation>
    </message>
    <message>
        <source>No credential store is available.</source>
        <translation>No hay ningún almacén de credenciales disponible.</translation>
    </message>
    <message>
        <source>The server did not answer with a model list.</source>
        <translation>El servidor no respondió con una lista de modelos.</translation>
    </message>
    <message>
        <source>Could not reach LM Studio: %1. Is its server running?</source>
        <translation>No se pudo conectar con LM Studio: %1. ¿Está en marcha su servidor?</translation>
    </message>
    <message>
        <source>Signed in: profile %1 in OpenClaw&apos;s credential store (%2).</source>
        <translation>Sesión iniciada: perfil %1 en el almacén de credenciales de OpenClaw (%2).</translation>
    </message>
    <message>
        <source>Signed in: profile %1 in a leftover auth-profiles.json (%2); run openclaw doctor --fix to move it into OpenClaw&apos;s credential store.</source>
        <translation>Sesión iniciada: perfil %1 en un auth-profiles.json sobrante (%2); ejecuta openclaw doctor --fix para moverlo al almacén de credenciales de OpenClaw.</translation>
    </message>
</context>
<context>
    <name>clawdesk::QuotaMonitor</name>
    <message>
        <source>week</source>
        <extracomment>The weekly window of the MiniMax Coding Plan quota</extracomment>
        <translation>semana</translation>
    </message>
    <message>
        <source>%1 %2% left</source>
        <extracomment>A quota window and what is left of it, e.g. &quot;5h 63% left&quot;</extracomment>
        <translation>%1: quedan %2%</translation>
    </message>
</context>
<context>
    <name>clawdesk::TrayController</name>
    <message>
        <source>Start gateway</source>
        <translation>Iniciar Gateway</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>Detener Gateway</translation>
    </message>
    <message>
        <source>Restart gateway</source>
        <translation>Reiniciar Gateway</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>Tray submenu listing the models to use as the primary (default) model</extracomment>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Open ClawDesk</source>
        <translation>Abrir ClawDesk</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>ClawDesk is still running</source>
        <translation>ClawDesk sigue en ejecución</translation>
    </message>
    <message>
        <source>The gateway keeps serving in the background. Use the tray icon to open ClawDesk or to quit.</source>
        <translation>El Gateway sigue funcionando en segundo plano. Usa el icono de la bandeja para abrir ClawDesk o salir.</translation>
    </message>
    <message>
        <source>Back on the primary model</source>
        <translation>De vuelta al modelo principal</translation>
    </message>
    <message>
        <source>ClawDesk stays in the tray; the gateway is not running. Use the tray icon to open ClawDesk, start the gateway or quit.</source>
        <translation>ClawDesk sigue en la bandeja; el Gateway no está en ejecución. Usa el icono de la bandeja para abrir ClawDesk, iniciar el Gateway o salir.</translation>
    </message>
    <message>
        <source>%1 is tried first again.</source>
        <translation>%1 vuelve a probarse primero.</translation>
    </message>
    <message>
        <source>Primary model failed</source>
        <translation>Falló el modelo principal</translation>
    </message>
    <message>
        <source>%1 failed (%2); trying %3.</source>
        <translation>%1 falló (%2); probando %3.</translation>
    </message>
</context>
<context>
    <name>clawdesk::UsageModel</name>
    <message>
        <source>Other</source>
        <extracomment>The stack of the usage chart that sums every model or provider not shown by name</extracomment>
        <translation>Otros</translation>
    </message>
    <message>
        <source>No requests</source>
        <translation>No hay solicitudes</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 tokens · %n request(s)</source>
        <translation>
            <numerusform>%1 · %2 tokens · %n solicitud</numerusform>
            <numerusform>%1 · %2 tokens · %n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1M</source>
        <extracomment>Millions of tokens on the chart&apos;s axis, e.g. &quot;2.5M&quot;</extracomment>
        <translation>%1 M</translation>
    </message>
    <message>
        <source>%1k</source>
        <extracomment>Thousands of tokens on the chart&apos;s axis, e.g. &quot;250k&quot;</extracomment>
        <translation>%1 k</translation>
    </message>
</context>
<context>
    <name>clawdesk::WizardController</name>
    <message>
        <source>Choose a provider and an auth method first.</source>
        <translation>Elige primero un proveedor y un método de autenticación.</translation>
    </message>
</context>
</TS>
