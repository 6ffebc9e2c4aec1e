<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ConnectToolsCard</name>
    <message>
        <source>Connect your tools</source>
        <translation>Conecte suas ferramentas</translation>
    </message>
    <message>
        <source>ClawDesk writes each tool&apos;s own settings so it uses this gateway. Undo puts the file back exactly as it was.</source>
        <translation>O ClawDesk grava as próprias configurações de cada ferramenta para que ela use este Gateway. Desfazer deixa o arquivo exatamente como estava.</translation>
    </message>
    <message>
        <source>Connected. The tool uses the gateway the next time it starts.</source>
        <translation>Conectada. A ferramenta usará o Gateway na próxima vez que iniciar.</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Não foi possível conectar: %1</translation>
    </message>
    <message>
        <source>%1&apos;s settings are back as they were.</source>
        <translation>As configurações de %1 voltaram a ser como eram.</translation>
    </message>
    <message>
        <source>Cannot undo: %1</source>
        <translation>Não foi possível desfazer: %1</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectada</translation>
    </message>
    <message>
        <source>Overridden by a shell variable</source>
        <translation>Substituído por uma variável do shell</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Não conectada</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Connect %1 to the gateway</source>
        <translation>Conectar %1 ao Gateway</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Undo connecting %1</source>
        <translation>Desfazer a conexão de %1</translation>
    </message>
    <message>
        <source>This change will be written (the token is shortened here):</source>
        <translation>Esta alteração será gravada (o token aparece abreviado aqui):</translation>
    </message>
    <message>
        <source>Change to be written</source>
        <translation>Alteração a ser gravada</translation>
    </message>
    <message>
        <source>Write the change</source>
        <translation>Gravar a alteração</translation>
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
        <translation>Testar conexão</translation>
    </message>
    <message>
        <source>Test the connection to %1</source>
        <translation>Testar a conexão com %1</translation>
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
        <translation>Parar Gateway</translation>
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
        <translation>Porta</translation>
    </message>
    <message>
        <source>Gateway port</source>
        <translation>Porta do Gateway</translation>
    </message>
    <message>
        <source>Bind</source>
        <extracomment>Network address the gateway listens on</extracomment>
        <translation>Bind</translation>
    </message>
    <message>
        <source>Gateway bind address</source>
        <translation>Endereço de bind do Gateway</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>gateway token</source>
        <translation>token do Gateway</translation>
    </message>
    <message>
        <source>Regenerate gateway token</source>
        <translation>Gerar novo token do Gateway</translation>
    </message>
    <message>
        <source>Port, bind and token apply the next time the gateway starts.</source>
        <translation>Porta, bind e token passam a valer na próxima vez que o Gateway iniciar.</translation>
    </message>
    <message>
        <source>Claude Code</source>
        <translation>Claude Code</translation>
    </message>
    <message>
        <source>Cline / Roo Code / Kilo Code (OpenAI compatible)</source>
        <translation>Cline / Roo Code / Kilo Code (compatível com OpenAI)</translation>
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
        <translation>Reiniciando o Gateway…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requisições</translation>
    </message>
    <message>
        <source>What each tool asked for, which model answered, and why a fallback was used. Select a request to see its attempts.</source>
        <translation>O que cada ferramenta pediu, qual modelo respondeu e por que um fallback foi usado. Selecione uma requisição para ver as tentativas.</translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation>Nenhuma requisição ainda</translation>
    </message>
    <message>
        <source>Point a tool at the gateway (see below); its requests appear here.</source>
        <translation>Aponte uma ferramenta para o Gateway (veja abaixo); as requisições dela aparecem aqui.</translation>
    </message>
    <message>
        <source>Start the gateway, then point a tool at it; its requests appear here.</source>
        <translation>Inicie o Gateway e aponte uma ferramenta para ele; as requisições dela aparecem aqui.</translation>
    </message>
    <message>
        <source>%1 · %2 asked for %3</source>
        <translation>%1 · %2 pediu %3</translation>
    </message>
    <message>
        <source>Attempt %1: %2 — %3</source>
        <translation>Tentativa %1: %2 — %3</translation>
    </message>
    <message>
        <source>Served by %1: status %2, %3 ms, %4 in / %5 out tokens, %6</source>
        <translation>Atendida por %1: status %2, %3 ms, %4 tokens de entrada / %5 de saída, %6</translation>
    </message>
    <message>
        <source>Refused with status %1: %2</source>
        <translation>Recusada com status %1: %2</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Limpar lista</translation>
    </message>
    <message>
        <source>Request list cleared (usage totals keep them).</source>
        <translation>Lista de requisições limpa (os totais de uso continuam contando-as).</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Regenerate token</source>
        <translation>Gerar novo token</translation>
    </message>
    <message>
        <source>New token saved; it applies when the gateway restarts.</source>
        <translation>Novo token salvo; ele vale quando o Gateway reiniciar.</translation>
    </message>
    <message>
        <source>New token saved.</source>
        <translation>Novo token salvo.</translation>
    </message>
    <message>
        <source>Translated for the provider: %1</source>
        <translation>Adaptado para o provedor: %1</translation>
    </message>
    <message>
        <source>Manual setup</source>
        <translation>Configuração manual</translation>
    </message>
    <message>
        <source>For tools ClawDesk does not configure itself: paste these settings.</source>
        <translation>Para ferramentas que o ClawDesk não configura sozinho: cole estas configurações.</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fechar mensagem</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Overview</source>
        <translation>Visão geral</translation>
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
        <translation>Configurações</translation>
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
        <translation>Abrir o assistente de configuração</translation>
    </message>
    <message>
        <source>No system tray found: closing the window quits ClawDesk and stops the gateway.</source>
        <translation>Bandeja do sistema não encontrada: fechar a janela encerra o ClawDesk e para o Gateway.</translation>
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
        <translation>Não salvo</translation>
    </message>
    <message>
        <source>MiniMax</source>
        <translation>MiniMax</translation>
    </message>
    <message>
        <source>Coding Plan sign-in (OAuth) or an API key. Lightning is the faster variant with a higher output price.</source>
        <translation>Login com o Coding Plan (OAuth) ou uma chave de API. Lightning é a variante mais rápida, com preço de saída maior.</translation>
    </message>
    <message>
        <source>OAuth: %1</source>
        <translation>OAuth: %1</translation>
    </message>
    <message>
        <source>Sign in with MiniMax (Global)</source>
        <translation>Entrar com MiniMax (Global)</translation>
    </message>
    <message>
        <source>Sign in (CN)</source>
        <extracomment>MiniMax&apos;s endpoint for users in mainland China</extracomment>
        <translation>Entrar (CN)</translation>
    </message>
    <message>
        <source>Sign in with MiniMax (China)</source>
        <translation>Entrar com MiniMax (China)</translation>
    </message>
    <message>
        <source>Asking MiniMax for a code…</source>
        <translation>Solicitando um código ao MiniMax…</translation>
    </message>
    <message>
        <source>Open this page and enter the code:</source>
        <translation>Abra esta página e digite o código:</translation>
    </message>
    <message>
        <source>Sign-in code %1</source>
        <translation>Código de login %1</translation>
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
        <translation>Cancelar login</translation>
    </message>
    <message>
        <source>The code expires in %1:%2</source>
        <translation>O código expira em %1:%2</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Login feito.</translation>
    </message>
    <message>
        <source>API key: %1</source>
        <translation>Chave de API: %1</translation>
    </message>
    <message>
        <source>MiniMax API key</source>
        <translation>Chave de API do MiniMax</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Salvar chave</translation>
    </message>
    <message>
        <source>Save MiniMax API key</source>
        <translation>Salvar chave de API do MiniMax</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>Anthropic API key (sk-ant-…)</source>
        <translation>Chave de API da Anthropic (sk-ant-…)</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>Chave de API da Anthropic</translation>
    </message>
    <message>
        <source>Save Anthropic API key</source>
        <translation>Salvar chave de API da Anthropic</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>Compatível com OpenAI</translation>
    </message>
    <message>
        <source>Any server that speaks the OpenAI API, under a provider id of your choice.</source>
        <translation>Qualquer servidor compatível com a API da OpenAI, com o ID de provedor que você escolher.</translation>
    </message>
    <message>
        <source>Provider id</source>
        <translation>ID do provedor</translation>
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
        <translation>Salvar provedor</translation>
    </message>
    <message>
        <source>LM Studio</source>
        <translation>LM Studio</translation>
    </message>
    <message>
        <source>Models running on this computer. No key is needed; nothing leaves your machine.</source>
        <translation>Modelos rodando neste computador. Não precisa de chave; nada sai da sua máquina.</translation>
    </message>
    <message>
        <source>LM Studio base URL</source>
        <translation>URL base do LM Studio</translation>
    </message>
    <message>
        <source>Discover models</source>
        <translation>Descobrir modelos</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Usar %1</translation>
    </message>
    <message>
        <source>API key for %1 saved: %2</source>
        <translation>Chave de API de %1 salva: %2</translation>
    </message>
    <message>
        <source>Signed in to MiniMax.</source>
        <translation>Login feito no MiniMax.</translation>
    </message>
    <message>
        <source>Provider %1 saved.</source>
        <translation>Provedor %1 salvo.</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>No models yet: add the ids the server offers.</source>
        <translation>Nenhum modelo ainda: adicione os IDs que o servidor oferece.</translation>
    </message>
    <message>
        <source>model id, e.g. gpt-4o-mini</source>
        <translation>ID do modelo, ex.: gpt-4o-mini</translation>
    </message>
    <message>
        <source>Model id to add to %1</source>
        <translation>ID do modelo a adicionar em %1</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>Adicionar modelo</translation>
    </message>
    <message>
        <source>Add model to %1</source>
        <translation>Adicionar modelo em %1</translation>
    </message>
    <message>
        <source>Model %1 added to %2.</source>
        <translation>Modelo %1 adicionado em %2.</translation>
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
        <translation>A alteração não foi salva.</translation>
    </message>
    <message>
        <source>Search models, names or aliases</source>
        <translation>Pesquisar modelos, nomes ou aliases</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>Pesquisar modelos</translation>
    </message>
    <message>
        <source>Show all catalog</source>
        <translation>Mostrar catálogo inteiro</translation>
    </message>
    <message>
        <source>Show all catalog models</source>
        <translation>Mostrar todos os modelos do catálogo</translation>
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
        <translation>sem autenticação</translation>
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
        <translation>ausente</translation>
    </message>
    <message>
        <source>fallback #%1</source>
        <extracomment>Position in the fallback chain, e.g. &quot;fallback #2&quot;</extracomment>
        <translation>fallback nº %1</translation>
    </message>
    <message>
        <source>Make primary</source>
        <translation>Tornar primário</translation>
    </message>
    <message>
        <source>Make %1 the primary model</source>
        <translation>Tornar %1 o modelo primário</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primário</translation>
    </message>
    <message>
        <source>Add as fallback</source>
        <translation>Adicionar como fallback</translation>
    </message>
    <message>
        <source>Add %1 as a fallback</source>
        <translation>Adicionar %1 como fallback</translation>
    </message>
    <message>
        <source>Fallback chain</source>
        <translation>Cadeia de fallback</translation>
    </message>
    <message>
        <source>Tried in this order when the primary fails. Drag to reorder, or use Ctrl+Up/Down.</source>
        <translation>Tentados nesta ordem quando o primário falha. Arraste para reordenar ou use Ctrl+Cima/Baixo.</translation>
    </message>
    <message>
        <source>Fallback %1: %2</source>
        <translation>Fallback %1: %2</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>Mover %1 para cima</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>Mover %1 para baixo</translation>
    </message>
    <message>
        <source>Remove fallback %1</source>
        <translation>Remover fallback %1</translation>
    </message>
    <message>
        <source>No fallbacks: requests fail when the primary fails.</source>
        <translation>Sem fallbacks: as requisições falham quando o primário falha.</translation>
    </message>
    <message>
        <source>Model to add as fallback</source>
        <translation>Modelo a adicionar como fallback</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Add fallback</source>
        <translation>Adicionar fallback</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliases</translation>
    </message>
    <message>
        <source>Short names you can type instead of provider/model.</source>
        <translation>Nomes curtos que você pode digitar em vez de provedor/modelo.</translation>
    </message>
    <message>
        <source>Alias for %1</source>
        <translation>Alias de %1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renomear</translation>
    </message>
    <message>
        <source>Rename alias %1</source>
        <translation>Renomear alias %1</translation>
    </message>
    <message>
        <source>Remove alias %1</source>
        <translation>Remover alias %1</translation>
    </message>
    <message>
        <source>Model for the new alias</source>
        <translation>Modelo do novo alias</translation>
    </message>
    <message>
        <source>new alias</source>
        <translation>novo alias</translation>
    </message>
    <message>
        <source>New alias</source>
        <translation>Novo alias</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>Adicionar alias</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Remove alias %1?</source>
        <translation>Remover o alias %1?</translation>
    </message>
    <message>
        <source>Remove alias</source>
        <translation>Remover alias</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Ctrl+Up and Ctrl+Down move the selected fallback; Delete removes it.</source>
        <translation>Ctrl+Cima e Ctrl+Baixo movem o fallback selecionado; Delete o remove.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Visão geral</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>Abrir no editor</translation>
    </message>
    <message>
        <source>No openclaw.json yet at %1.</source>
        <translation>Ainda não há openclaw.json em %1.</translation>
    </message>
    <message>
        <source>Set up…</source>
        <translation>Configurar…</translation>
    </message>
    <message>
        <source>The gateway keeps serving the last good config.</source>
        <translation>O Gateway continua usando a última configuração válida.</translation>
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
        <translation>Parar Gateway</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Configured chain</source>
        <translation>Cadeia configurada</translation>
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
        <translation>Hoje</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n requisição</numerusform>
            <numerusform>%n requisições</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <extracomment>Money spent today, in US dollars</extracomment>
        <translation>Custo: %1</translation>
    </message>
    <message>
        <source>Recent failovers</source>
        <translation>Failovers recentes</translation>
    </message>
    <message>
        <source>None so far.</source>
        <translation>Nenhuma até agora.</translation>
    </message>
    <message>
        <source>%1  back to %2</source>
        <translation>%1  de volta a %2</translation>
    </message>
    <message>
        <source>Config file</source>
        <translation>Arquivo de configuração</translation>
    </message>
    <message>
        <source>Open openclaw.json in editor</source>
        <translation>Abrir openclaw.json no editor</translation>
    </message>
    <message>
        <source>Coding Plan: %1</source>
        <extracomment>MiniMax Coding Plan quota windows, e.g. &quot;5h 63% left ⏱2h 10m · week 88% left&quot;</extracomment>
        <translation>Coding Plan: %1</translation>
    </message>
    <message>
        <source>Coding Plan quota unavailable: %1</source>
        <translation>Cota do Coding Plan indisponível: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Detalhes…</translation>
    </message>
    <message>
        <source>Open the Gateway page</source>
        <translation>Abrir a página Gateway</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fixed: %1</source>
        <translation>Corrigido: %1</translation>
    </message>
    <message>
        <source>Could not fix it: %1</source>
        <translation>Não foi possível corrigir: %1</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciais</translation>
    </message>
    <message>
        <source>Add a key…</source>
        <translation>Adicionar uma chave…</translation>
    </message>
    <message>
        <source>%1  %2 failed (%3), tried %4</source>
        <translation>%1  %2 falhou (%3), tentou %4</translation>
    </message>
</context>
<context>
    <name>RequestRow</name>
    <message>
        <source>%1, %2 to %3, status %4</source>
        <translation>%1, %2 para %3, status %4</translation>
    </message>
    <message>
        <source>not served</source>
        <translation>não atendida</translation>
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
        <translation>Pedido → atendido</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Latency</source>
        <extracomment>Column header: how long the request took</extracomment>
        <translation>Latência</translation>
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
        <translation>Custo</translation>
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
        <translation>Configurações</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aparência</translation>
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
        <translation>Seguir o sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>Startup and tray</source>
        <translation>Inicialização e bandeja</translation>
    </message>
    <message>
        <source>Start ClawDesk when I log in</source>
        <translation>Iniciar o ClawDesk quando eu fizer login</translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation>Iniciar minimizado na bandeja</translation>
    </message>
    <message>
        <source>Notify me when the gateway switches to a fallback and back</source>
        <translation>Avisar quando o Gateway trocar para um fallback e quando voltar</translation>
    </message>
    <message>
        <source>No system tray is available on this desktop, so ClawDesk quits when its window is closed.</source>
        <translation>Este desktop não tem bandeja do sistema, então o ClawDesk é encerrado ao fechar a janela.</translation>
    </message>
    <message>
        <source>OpenClaw config</source>
        <translation>Configuração do OpenClaw</translation>
    </message>
    <message>
        <source>Leave empty to use the file OpenClaw itself uses. Takes effect after a restart.</source>
        <translation>Deixe vazio para usar o mesmo arquivo do OpenClaw. Vale após reiniciar.</translation>
    </message>
    <message>
        <source>Config file path</source>
        <translation>Caminho do arquivo de configuração</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>Abrir no editor</translation>
    </message>
    <message>
        <source>Open openclaw.json in editor</source>
        <translation>Abrir openclaw.json no editor</translation>
    </message>
</context>
<context>
    <name>ToastHost</name>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
</context>
<context>
    <name>UsageChart</name>
    <message>
        <source>Usage per day</source>
        <translation>Uso por dia</translation>
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
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Custo</translation>
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
        <translation>Últimos 90 dias</translation>
    </message>
    <message>
        <source>By model</source>
        <translation>Por modelo</translation>
    </message>
    <message>
        <source>By provider</source>
        <translation>Por provedor</translation>
    </message>
    <message>
        <source>Stack the bars</source>
        <translation>Empilhar as barras</translation>
    </message>
    <message>
        <source>No requests in this period</source>
        <translation>Nenhuma requisição neste período</translation>
    </message>
    <message>
        <source>Usage appears here as the gateway serves requests.</source>
        <translation>O uso aparece aqui conforme o Gateway atende requisições.</translation>
    </message>
    <message>
        <source>Usage by provider</source>
        <translation>Uso por provedor</translation>
    </message>
    <message>
        <source>Usage by model</source>
        <translation>Uso por modelo</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provedor</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requisições</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Participação</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <source>Provider</source>
        <translation>Provedor</translation>
    </message>
    <message>
        <source>Auth method</source>
        <translation>Método de autenticação</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Modelo padrão</translation>
    </message>
    <message>
        <source>Model picker</source>
        <translation>Seletor de modelos</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Configure wizard</source>
        <translation>Assistente de configuração</translation>
    </message>
    <message>
        <source>Set up OpenClaw</source>
        <translation>Configurar o OpenClaw</translation>
    </message>
    <message>
        <source>Model/auth provider</source>
        <translation>Provedor de Model/auth</translation>
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
        <translation>Chave de API</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Salvar chave</translation>
    </message>
    <message>
        <source>Save API key</source>
        <translation>Salvar chave de API</translation>
    </message>
    <message>
        <source>Sign in with your MiniMax account in the browser.</source>
        <translation>Entre com sua conta MiniMax no navegador.</translation>
    </message>
    <message>
        <source>Start sign-in</source>
        <translation>Iniciar login</translation>
    </message>
    <message>
        <source>No sign-in needed. Start LM Studio&apos;s local server (Developer → Start server).</source>
        <translation>Não é preciso fazer login. Inicie o servidor local do LM Studio (Developer → Start server).</translation>
    </message>
    <message>
        <source>Models in the /model picker. Besides the default, the ones you tick become fallbacks, in this order.</source>
        <translation>Modelos no seletor /model. Além do padrão, os que você marcar viram fallbacks, nesta ordem.</translation>
    </message>
    <message>
        <source>Offer %1</source>
        <translation>Oferecer %1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Salvo em %1.</translation>
    </message>
    <message>
        <source>These changes will be written to %1:</source>
        <translation>Estas alterações serão gravadas em %1:</translation>
    </message>
    <message>
        <source>Changes to openclaw.json</source>
        <translation>Alterações no openclaw.json</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the wizard</source>
        <translation>Cancelar o assistente</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluir</translation>
    </message>
    <message>
        <source>Write openclaw.json</source>
        <translation>Gravar openclaw.json</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <extracomment>A model in the picker list that is the default model (always offered)</extracomment>
        <translation>%1 (padrão)</translation>
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
        <translation>nenhum</translation>
    </message>
    <message>
        <source>MiniMax (recommended)</source>
        <translation>MiniMax (recomendado)</translation>
    </message>
    <message>
        <source>Enter your API key. It is stored in the system keychain (when there is one) and in OpenClaw&apos;s own credential store, never in openclaw.json.</source>
        <translation>Digite sua chave de API. Ela fica guardada no chaveiro do sistema (se houver um) e no próprio armazenamento de credenciais do OpenClaw, nunca no openclaw.json.</translation>
    </message>
</context>
<context>
    <name>clawdesk::AppState</name>
    <message>
        <source>Gateway stopped</source>
        <translation>Gateway parado</translation>
    </message>
    <message>
        <source>Gateway starting…</source>
        <translation>Gateway iniciando…</translation>
    </message>
    <message>
        <source>Gateway running on port %1</source>
        <translation>Gateway em execução na porta %1</translation>
    </message>
    <message>
        <source>Gateway failed to start</source>
        <translation>O Gateway não conseguiu iniciar</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Desde %1</translation>
    </message>
    <message>
        <source>Tools pointed at ClawDesk cannot connect until you start it.</source>
        <translation>Ferramentas apontadas para o ClawDesk não conseguem se conectar até você iniciar o Gateway.</translation>
    </message>
    <message>
        <source>Nothing served yet</source>
        <translation>Nada atendido ainda</translation>
    </message>
    <message>
        <source>Last request served by fallback %1 at %2</source>
        <translation>Última requisição atendida pelo fallback %1 às %2</translation>
    </message>
    <message>
        <source>Last request served by %1 at %2</source>
        <translation>Última requisição atendida por %1 às %2</translation>
    </message>
    <message>
        <source>No openclaw.json yet</source>
        <translation>Ainda não há openclaw.json</translation>
    </message>
    <message>
        <source>openclaw.json is valid</source>
        <translation>O openclaw.json é válido</translation>
    </message>
    <message numerus="yes">
        <source>openclaw.json is valid, with %n warning(s)</source>
        <translation>
            <numerusform>O openclaw.json é válido, com %n aviso</numerusform>
            <numerusform>O openclaw.json é válido, com %n avisos</numerusform>
        </translation>
    </message>
    <message>
        <source>openclaw.json does not parse</source>
        <translation>Não foi possível ler o openclaw.json</translation>
    </message>
    <message>
        <source>openclaw.json has errors OpenClaw would reject</source>
        <translation>O openclaw.json tem erros que o OpenClaw rejeitaria</translation>
    </message>
    <message>
        <source>%1: sign-in expired, sign in again</source>
        <translation>%1: o login expirou, entre de novo</translation>
    </message>
    <message>
        <source>%1: key from %2</source>
        <translation>%1: chave de %2</translation>
    </message>
    <message>
        <source>%1: signed in</source>
        <translation>%1: login feito</translation>
    </message>
    <message>
        <source>%1: key in auth profile %2</source>
        <translation>%1: chave no perfil de autenticação %2</translation>
    </message>
    <message>
        <source>%1: key in openclaw.json</source>
        <translation>%1: chave no openclaw.json</translation>
    </message>
    <message>
        <source>%1: local server, no key needed</source>
        <translation>%1: servidor local, nenhuma chave necessária</translation>
    </message>
    <message>
        <source>%1: no API key or sign-in</source>
        <translation>%1: sem chave de API nem login</translation>
    </message>
    <message>
        <source>Sign-in expired: open ClawDesk to sign in again</source>
        <translation>O login expirou: abra o ClawDesk para entrar de novo</translation>
    </message>
    <message>
        <source>openclaw.json needs fixing: %1</source>
        <translation>O openclaw.json precisa de correção: %1</translation>
    </message>
    <message>
        <source>Gateway failed to start: %1</source>
        <translation>O Gateway não conseguiu iniciar: %1</translation>
    </message>
    <message>
        <source>Gateway running; last request served by fallback %1</source>
        <translation>Gateway em execução; última requisição atendida pelo fallback %1</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>limite de taxa atingido</translation>
    </message>
    <message>
        <source>could not connect</source>
        <translation>não foi possível conectar</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>tempo esgotado</translation>
    </message>
    <message>
        <source>key rejected</source>
        <translation>chave recusada</translation>
    </message>
    <message>
        <source>billing or quota</source>
        <translation>cobrança ou cota</translation>
    </message>
    <message>
        <source>overloaded</source>
        <translation>sobrecarregado</translation>
    </message>
    <message>
        <source>provider error</source>
        <translation>erro do provedor</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>modelo desconhecido</translation>
    </message>
</context>
<context>
    <name>clawdesk::Application</name>
    <message>
        <source>Coding Plan: %1 of %2 prompts left</source>
        <translation>Coding Plan: restam %1 de %2 prompts</translation>
    </message>
    <message>
        <source>Coding Plan: %1</source>
        <translation>Coding Plan: %1</translation>
    </message>
    <message>
        <source>No model could answer: every candidate failed to connect.</source>
        <translation>Nenhum modelo conseguiu responder: a conexão falhou com todos os candidatos.</translation>
    </message>
</context>
<context>
    <name>clawdesk::Autostart</name>
    <message>
        <source>Cannot remove %1</source>
        <translation>Não foi possível remover %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConfigController</name>
    <message>
        <source>Alias %1 already points to %2.</source>
        <translation>O alias %1 já aponta para %2.</translation>
    </message>
    <message>
        <source>openclaw.json changed since; nothing was undone.</source>
        <translation>O openclaw.json mudou nesse meio-tempo; nada foi desfeito.</translation>
    </message>
    <message>
        <source>The earlier version cannot be read; nothing was undone.</source>
        <translation>Não foi possível ler a versão anterior; nada foi desfeito.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Desfeito.</translation>
    </message>
    <message>
        <source>Primary model set to %1.</source>
        <translation>Modelo primário definido como %1.</translation>
    </message>
    <message>
        <source>Alias %1 added.</source>
        <translation>Alias %1 adicionado.</translation>
    </message>
    <message>
        <source>Alias %1 removed.</source>
        <translation>Alias %1 removido.</translation>
    </message>
    <message>
        <source>the primary model</source>
        <translation>o modelo primário</translation>
    </message>
    <message>
        <source>fallback #%1</source>
        <translation>fallback nº %1</translation>
    </message>
    <message>
        <source>%1 is used by %2. Removing it writes %3 there instead, so the chain keeps the same model.</source>
        <translation>%1 é usado por %2. Removê-lo grava %3 ali no lugar, para que a cadeia mantenha o mesmo modelo.</translation>
    </message>
    <message>
        <source>Alias %1 renamed to %2.</source>
        <translation>Alias %1 renomeado para %2.</translation>
    </message>
    <message>
        <source>%1 added to the fallback chain.</source>
        <translation>%1 adicionado à cadeia de fallback.</translation>
    </message>
    <message>
        <source>Fallback %1 removed.</source>
        <translation>Fallback %1 removido.</translation>
    </message>
    <message>
        <source>Fallback chain reordered.</source>
        <translation>Cadeia de fallback reordenada.</translation>
    </message>
    <message>
        <source>Fallback chain cleared.</source>
        <translation>Cadeia de fallback limpa.</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConnectController</name>
    <message>
        <source>Unknown tool: %1</source>
        <translation>Ferramenta desconhecida: %1</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConnectionTester</name>
    <message>
        <source>%1 is not set up in openclaw.json yet: save it first.</source>
        <translation>%1 ainda não está configurado no openclaw.json: salve primeiro.</translation>
    </message>
    <message>
        <source>%1 lists no models: add one to test it.</source>
        <translation>%1 não tem modelos: adicione um para testar.</translation>
    </message>
    <message>
        <source>The api &quot;%1&quot; cannot be tested here; use anthropic-messages, openai-completions or openai-responses.</source>
        <translation>A API &quot;%1&quot; não pode ser testada aqui; use anthropic-messages, openai-completions ou openai-responses.</translation>
    </message>
    <message>
        <source>No API key for %1: add one on this page or sign in.</source>
        <translation>Sem chave de API para %1: adicione uma nesta página ou faça login.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Testando %1…</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2. Check the base URL and that the server runs.</source>
        <translation>Não foi possível acessar %1: %2. Verifique a URL base e se o servidor está rodando.</translation>
    </message>
    <message>
        <source>Connected: %1 answered in %2 ms.</source>
        <translation>Conectado: %1 respondeu em %2 ms.</translation>
    </message>
    <message>
        <source>Check the API key (or sign in again).</source>
        <translation>Verifique a chave de API (ou faça login de novo).</translation>
    </message>
    <message>
        <source>Check the base URL and the model id.</source>
        <translation>Verifique a URL base e o ID do modelo.</translation>
    </message>
    <message>
        <source>Rate limited or out of quota: try again later or add a fallback.</source>
        <translation>Limite de taxa atingido ou cota esgotada: tente mais tarde ou adicione um fallback.</translation>
    </message>
    <message>
        <source>The provider has a problem: try again later or add a fallback.</source>
        <translation>O provedor está com problemas: tente mais tarde ou adicione um fallback.</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>a conexão foi recusada</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>a conexão foi fechada</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>sem resposta a tempo</translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation>a conexão segura falhou</translation>
    </message>
    <message>
        <source>the host name was not found</source>
        <translation>o nome do host não foi encontrado</translation>
    </message>
</context>
<context>
    <name>clawdesk::FallbackModel</name>
    <message>
        <source>Not in the model allowlist: OpenClaw silently skips this fallback.</source>
        <translation>Fora da allowlist de modelos: o OpenClaw ignora este fallback sem avisar.</translation>
    </message>
    <message>
        <source>No credentials for this provider: this fallback will fail.</source>
        <translation>Sem credenciais para este provedor: este fallback vai falhar.</translation>
    </message>
</context>
<context>
    <name>clawdesk::ProviderController</name>
    <message>
        <source>Signed in: profile %1 in OpenClaw&apos;s auth-profiles.json (%2).</source>
        <translation>Login feito: perfil %1 no auth-profiles.json do OpenClaw (%2).</translation>
    </message>
    <message>
        <source>Key from the environment variable %1 (not stored by ClawDesk).</source>
        <translation>Chave da variável de ambiente %1 (não armazenada pelo ClawDesk).</translation>
    </message>
    <message>
        <source>Key written in openclaw.json (%1). Moving it to the keychain is safer.</source>
        <translation>Chave gravada no openclaw.json (%1). É mais seguro movê-la para o chaveiro.</translation>
    </message>
    <message>
        <source>No key yet.</source>
        <translation>Nenhuma chave ainda.</translation>
    </message>
    <message>
        <source>Enter the base URL, e.g. http://127.0.0.1:1234/v1</source>
        <translation>Digite a URL base, por exemplo http://127.0.0.1:1234/v1</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https://</source>
        <translation>A URL base deve começar com http:// ou https://</translation>
    </message>
    <message>
        <source>The base URL needs a host name.</source>
        <translation>A URL base precisa de um nome de host.</translation>
    </message>
    <message>
        <source>Enter a provider id, e.g. my-proxy</source>
        <translation>Digite um ID de provedor, por exemplo my-proxy</translation>
    </message>
    <message>
        <source>Use lower-case letters, digits, dots, underscores or dashes.</source>
        <translation>Use letras minúsculas, dígitos, pontos, sublinhados ou hífens.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Digite a chave de API.</translation>
    </message>
    <message>
        <source>No credential store is available.</source>
        <translation>Nenhum armazenamento de credenciais disponível.</translation>
    </message>
    <message>
        <source>The server did not answer with a model list.</source>
        <translation>O servidor não respondeu com uma lista de modelos.</translation>
    </message>
    <message>
        <source>Could not reach LM Studio: %1. Is its server running?</source>
        <translation>Não foi possível acessar o LM Studio: %1. O servidor dele está rodando?</translation>
    </message>
    <message>
        <source>Signed in: profile %1 in OpenClaw&apos;s credential store (%2).</source>
        <translation>Login feito: perfil %1 no armazenamento de credenciais do OpenClaw (%2).</translation>
    </message>
    <message>
        <source>Signed in: profile %1 in a leftover auth-profiles.json (%2); run openclaw doctor --fix to move it into OpenClaw&apos;s credential store.</source>
        <translation>Login feito: perfil %1 em um auth-profiles.json que sobrou (%2); execute openclaw doctor --fix para movê-lo para o armazenamento de credenciais do OpenClaw.</translation>
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
        <translation>%1: restam %2%</translation>
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
        <translation>Parar Gateway</translation>
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
        <translation>Sair</translation>
    </message>
    <message>
        <source>ClawDesk is still running</source>
        <translation>O ClawDesk continua em execução</translation>
    </message>
    <message>
        <source>The gateway keeps serving in the background. Use the tray icon to open ClawDesk or to quit.</source>
        <translation>O Gateway continua funcionando em segundo plano. Use o ícone da bandeja para abrir o ClawDesk ou sair.</translation>
    </message>
    <message>
        <source>Back on the primary model</source>
        <translation>De volta ao modelo primário</translation>
    </message>
    <message>
        <source>ClawDesk stays in the tray; the gateway is not running. Use the tray icon to open ClawDesk, start the gateway or quit.</source>
        <translation>O ClawDesk continua na bandeja; o Gateway não está em execução. Use o ícone da bandeja para abrir o ClawDesk, iniciar o Gateway ou sair.</translation>
    </message>
    <message>
        <source>%1 is tried first again.</source>
        <translation>%1 volta a ser tentado primeiro.</translation>
    </message>
    <message>
        <source>Primary model failed</source>
        <translation>O modelo primário falhou</translation>
    </message>
    <message>
        <source>%1 failed (%2); trying %3.</source>
        <translation>%1 falhou (%2); tentando %3.</translation>
    </message>
</context>
<context>
    <name>clawdesk::UsageModel</name>
    <message>
        <source>Other</source>
        <extracomment>The stack of the usage chart that sums every model or provider not shown by name</extracomment>
        <translation>Outros</translation>
    </message>
    <message>
        <source>No requests</source>
        <translation>Nenhuma requisição</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 tokens · %n request(s)</source>
        <translation>
            <numerusform>%1 · %2 tokens · %n requisição</numerusform>
            <numerusform>%1 · %2 tokens · %n requisições</numerusform>
        </translation>
    </message>
    <message>
        <source>%1M</source>
        <extracomment>Millions of tokens on the chart&apos;s axis, e.g. &quot;2.5M&quot;</extracomment>
        <translation>%1 mi</translation>
    </message>
    <message>
        <source>%1k</source>
        <extracomment>Thousands of tokens on the chart&apos;s axis, e.g. &quot;250k&quot;</extracomment>
        <translation>%1 mil</translation>
    </message>
</context>
<context>
    <name>clawdesk::WizardController</name>
    <message>
        <source>Choose a provider and an auth method first.</source>
        <translation>Escolha primeiro um provedor e um método de autenticação.</translation>
    </message>
</context>
</TS>
