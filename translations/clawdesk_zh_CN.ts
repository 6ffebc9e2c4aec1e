<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConnectToolsCard</name>
    <message>
        <source>Connect your tools</source>
        <translation>连接你的工具</translation>
    </message>
    <message>
        <source>ClawDesk writes each tool&apos;s own settings so it uses this gateway. Undo puts the file back exactly as it was.</source>
        <translation>ClawDesk 会写入每个工具自己的设置，使其使用此网关。撤销会将文件原样恢复。</translation>
    </message>
    <message>
        <source>Connected. The tool uses the gateway the next time it starts.</source>
        <translation>已连接。该工具下次启动时将使用网关。</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <source>%1&apos;s settings are back as they were.</source>
        <translation>%1 的设置已恢复原样。</translation>
    </message>
    <message>
        <source>Cannot undo: %1</source>
        <translation>无法撤销：%1</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Overridden by a shell variable</source>
        <translation>已被 shell 变量覆盖</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Connect %1 to the gateway</source>
        <translation>将 %1 连接到网关</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo connecting %1</source>
        <translation>撤销 %1 的连接</translation>
    </message>
    <message>
        <source>This change will be written (the token is shortened here):</source>
        <translation>将写入以下更改（此处令牌已缩略）：</translation>
    </message>
    <message>
        <source>Change to be written</source>
        <translation>待写入的更改</translation>
    </message>
    <message>
        <source>Write the change</source>
        <translation>写入更改</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Test the connection to %1</source>
        <translation>测试与 %1 的连接</translation>
    </message>
</context>
<context>
    <name>CopyableSnippet</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>复制 %1</translation>
    </message>
</context>
<context>
    <name>GatewayPage</name>
    <message>
        <source>Gateway</source>
        <translation>网关</translation>
    </message>
    <message>
        <source>Start gateway</source>
        <translation>启动网关</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>停止网关</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>Restart gateway</source>
        <translation>重启网关</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Gateway port</source>
        <translation>网关端口</translation>
    </message>
    <message>
        <source>Bind</source>
        <extracomment>Network address the gateway listens on</extracomment>
        <translation>绑定地址</translation>
    </message>
    <message>
        <source>Gateway bind address</source>
        <translation>网关绑定地址</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>gateway token</source>
        <translation>网关令牌</translation>
    </message>
    <message>
        <source>Regenerate gateway token</source>
        <translation>重新生成网关令牌</translation>
    </message>
    <message>
        <source>Port, bind and token apply the next time the gateway starts.</source>
        <translation>端口、绑定地址和令牌将在网关下次启动时生效。</translation>
    </message>
    <message>
        <source>Claude Code</source>
        <translation>Claude Code</translation>
    </message>
    <message>
        <source>Cline / Roo Code / Kilo Code (OpenAI compatible)</source>
        <translation>Cline / Roo Code / Kilo Code（兼容 OpenAI）</translation>
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
        <translation>正在重启网关…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>What each tool asked for, which model answered, and why a fallback was used. Select a request to see its attempts.</source>
        <translation>每个工具请求了什么、由哪个模型应答，以及为何使用了备用模型。选择一个请求可查看其各次尝试。</translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation>暂无请求</translation>
    </message>
    <message>
        <source>Point a tool at the gateway (see below); its requests appear here.</source>
        <translation>将工具指向网关（见下文），其请求会显示在这里。</translation>
    </message>
    <message>
        <source>Start the gateway, then point a tool at it; its requests appear here.</source>
        <translation>先启动网关，再将工具指向它，其请求会显示在这里。</translation>
    </message>
    <message>
        <source>%1 · %2 asked for %3</source>
        <translation>%1 · %2 请求了 %3</translation>
    </message>
    <message>
        <source>Attempt %1: %2 — %3</source>
        <translation>第 %1 次尝试：%2 — %3</translation>
    </message>
    <message>
        <source>Served by %1: status %2, %3 ms, %4 in / %5 out tokens, %6</source>
        <translation>由 %1 应答：状态 %2，%3 毫秒，输入 %4 / 输出 %5 个 Token，%6</translation>
    </message>
    <message>
        <source>Refused with status %1: %2</source>
        <translation>被拒绝，状态 %1：%2</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <source>Request list cleared (usage totals keep them).</source>
        <translation>请求列表已清空（用量统计仍保留这些请求）。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Regenerate token</source>
        <translation>重新生成令牌</translation>
    </message>
    <message>
        <source>New token saved; it applies when the gateway restarts.</source>
        <translation>新令牌已保存，将在网关重启后生效。</translation>
    </message>
    <message>
        <source>New token saved.</source>
        <translation>新令牌已保存。</translation>
    </message>
    <message>
        <source>Translated for the provider: %1</source>
        <translation>已为提供商转换：%1</translation>
    </message>
    <message>
        <source>Manual setup</source>
        <translation>手动设置</translation>
    </message>
    <message>
        <source>For tools ClawDesk does not configure itself: paste these settings.</source>
        <translation>对于 ClawDesk 不会自动配置的工具：请粘贴以下设置。</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>关闭消息</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Model/auth</source>
        <extracomment>Sidebar page for choosing providers and signing in</extracomment>
        <translation>模型/凭证</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>网关</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>用量</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>ClawDesk</source>
        <translation>ClawDesk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Configure…</source>
        <translation>配置…</translation>
    </message>
    <message>
        <source>Open the configure wizard</source>
        <translation>打开配置向导</translation>
    </message>
    <message>
        <source>No system tray found: closing the window quits ClawDesk and stops the gateway.</source>
        <translation>未找到系统托盘：关闭窗口将退出 ClawDesk 并停止网关。</translation>
    </message>
</context>
<context>
    <name>ModelAuthPage</name>
    <message>
        <source>Model/auth</source>
        <translation>模型/凭证</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>MiniMax</source>
        <translation>MiniMax</translation>
    </message>
    <message>
        <source>Coding Plan sign-in (OAuth) or an API key. Lightning is the faster variant with a higher output price.</source>
        <translation>通过 Coding Plan 登录（OAuth）或使用 API 密钥。Lightning 是速度更快的版本，输出价格更高。</translation>
    </message>
    <message>
        <source>OAuth: %1</source>
        <translation>OAuth：%1</translation>
    </message>
    <message>
        <source>Sign in with MiniMax (Global)</source>
        <translation>使用 MiniMax 登录（国际版）</translation>
    </message>
    <message>
        <source>Sign in (CN)</source>
        <extracomment>MiniMax&apos;s endpoint for users in mainland China</extracomment>
        <translation>登录（中国区）</translation>
    </message>
    <message>
        <source>Sign in with MiniMax (China)</source>
        <translation>使用 MiniMax 登录（中国区）</translation>
    </message>
    <message>
        <source>Asking MiniMax for a code…</source>
        <translation>正在向 MiniMax 获取验证码…</translation>
    </message>
    <message>
        <source>Open this page and enter the code:</source>
        <translation>打开此页面并输入验证码：</translation>
    </message>
    <message>
        <source>Sign-in code %1</source>
        <translation>登录验证码 %1</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>复制验证码</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>取消登录</translation>
    </message>
    <message>
        <source>The code expires in %1:%2</source>
        <translation>验证码将在 %1:%2 后过期</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>已登录。</translation>
    </message>
    <message>
        <source>API key: %1</source>
        <translation>API 密钥：%1</translation>
    </message>
    <message>
        <source>MiniMax API key</source>
        <translation>MiniMax API 密钥</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>保存密钥</translation>
    </message>
    <message>
        <source>Save MiniMax API key</source>
        <translation>保存 MiniMax API 密钥</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>Anthropic API key (sk-ant-…)</source>
        <translation>Anthropic API 密钥（sk-ant-…）</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>Anthropic API 密钥</translation>
    </message>
    <message>
        <source>Save Anthropic API key</source>
        <translation>保存 Anthropic API 密钥</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>兼容 OpenAI</translation>
    </message>
    <message>
        <source>Any server that speaks the OpenAI API, under a provider id of your choice.</source>
        <translation>任何支持 OpenAI API 的服务器，使用你自选的提供商 ID。</translation>
    </message>
    <message>
        <source>Provider id</source>
        <translation>提供商 ID</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <source>API</source>
        <extracomment>Wire protocol of the provider</extracomment>
        <translation>API</translation>
    </message>
    <message>
        <source>API kind</source>
        <translation>API 类型</translation>
    </message>
    <message>
        <source>Save provider</source>
        <translation>保存提供商</translation>
    </message>
    <message>
        <source>LM Studio</source>
        <translation>LM Studio</translation>
    </message>
    <message>
        <source>Models running on this computer. No key is needed; nothing leaves your machine.</source>
        <translation>在本机运行的模型。无需密钥，数据不会离开你的电脑。</translation>
    </message>
    <message>
        <source>LM Studio base URL</source>
        <translation>LM Studio 基础 URL</translation>
    </message>
    <message>
        <source>Discover models</source>
        <translation>发现模型</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>使用 %1</translation>
    </message>
    <message>
        <source>API key for %1 saved: %2</source>
        <translation>%1 的 API 密钥已保存：%2</translation>
    </message>
    <message>
        <source>Signed in to MiniMax.</source>
        <translation>已登录 MiniMax。</translation>
    </message>
    <message>
        <source>Provider %1 saved.</source>
        <translation>提供商 %1 已保存。</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>No models yet: add the ids the server offers.</source>
        <translation>暂无模型：请添加服务器提供的模型 ID。</translation>
    </message>
    <message>
        <source>model id, e.g. gpt-4o-mini</source>
        <translation>模型 ID，例如 gpt-4o-mini</translation>
    </message>
    <message>
        <source>Model id to add to %1</source>
        <translation>要添加到 %1 的模型 ID</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>添加模型</translation>
    </message>
    <message>
        <source>Add model to %1</source>
        <translation>向 %1 添加模型</translation>
    </message>
    <message>
        <source>Model %1 added to %2.</source>
        <translation>已将模型 %1 添加到 %2。</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>The change was not saved.</source>
        <translation>更改未保存。</translation>
    </message>
    <message>
        <source>Search models, names or aliases</source>
        <translation>搜索模型、名称或别名</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>搜索模型</translation>
    </message>
    <message>
        <source>Show all catalog</source>
        <translation>显示完整目录</translation>
    </message>
    <message>
        <source>Show all catalog models</source>
        <translation>显示目录中的所有模型</translation>
    </message>
    <message>
        <source>Model list</source>
        <translation>模型列表</translation>
    </message>
    <message>
        <source>context %1</source>
        <translation>上下文 %1</translation>
    </message>
    <message>
        <source>auth ✓</source>
        <translation>凭证 ✓</translation>
    </message>
    <message>
        <source>no auth</source>
        <translation>无凭证</translation>
    </message>
    <message>
        <source>local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>alias %1</source>
        <translation>别名 %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>fallback #%1</source>
        <extracomment>Position in the fallback chain, e.g. &quot;fallback #2&quot;</extracomment>
        <translation>备用 #%1</translation>
    </message>
    <message>
        <source>Make primary</source>
        <translation>设为主模型</translation>
    </message>
    <message>
        <source>Make %1 the primary model</source>
        <translation>将 %1 设为主模型</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>主模型</translation>
    </message>
    <message>
        <source>Add as fallback</source>
        <translation>添加为备用</translation>
    </message>
    <message>
        <source>Add %1 as a fallback</source>
        <translation>将 %1 添加为备用模型</translation>
    </message>
    <message>
        <source>Fallback chain</source>
        <translation>备用链</translation>
    </message>
    <message>
        <source>Tried in this order when the primary fails. Drag to reorder, or use Ctrl+Up/Down.</source>
        <translation>主模型失败时按此顺序尝试。拖动可调整顺序，也可使用 Ctrl+上/下方向键。</translation>
    </message>
    <message>
        <source>Fallback %1: %2</source>
        <translation>备用 %1：%2</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>上移 %1</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>下移 %1</translation>
    </message>
    <message>
        <source>Remove fallback %1</source>
        <translation>移除备用模型 %1</translation>
    </message>
    <message>
        <source>No fallbacks: requests fail when the primary fails.</source>
        <translation>没有备用模型：主模型失败时请求将失败。</translation>
    </message>
    <message>
        <source>Model to add as fallback</source>
        <translation>要添加为备用的模型</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add fallback</source>
        <translation>添加备用</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>Short names you can type instead of provider/model.</source>
        <translation>可代替“提供商/模型”输入的简短名称。</translation>
    </message>
    <message>
        <source>Alias for %1</source>
        <translation>%1 的别名</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Rename alias %1</source>
        <translation>重命名别名 %1</translation>
    </message>
    <message>
        <source>Remove alias %1</source>
        <translation>移除别名 %1</translation>
    </message>
    <message>
        <source>Model for the new alias</source>
        <translation>新别名对应的模型</translation>
    </message>
    <message>
        <source>new alias</source>
        <translation>新别名</translation>
    </message>
    <message>
        <source>New alias</source>
        <translation>新别名</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>添加别名</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Remove alias %1?</source>
        <translation>移除别名 %1？</translation>
    </message>
    <message>
        <source>Remove alias</source>
        <translation>移除别名</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Ctrl+Up and Ctrl+Down move the selected fallback; Delete removes it.</source>
        <translation>Ctrl+上 和 Ctrl+下 可移动所选备用模型；Delete 可将其移除。</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>在编辑器中打开</translation>
    </message>
    <message>
        <source>No openclaw.json yet at %1.</source>
        <translation>%1 处尚无 openclaw.json。</translation>
    </message>
    <message>
        <source>Set up…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>The gateway keeps serving the last good config.</source>
        <translation>网关将继续使用上一份有效配置。</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>网关</translation>
    </message>
    <message>
        <source>Start gateway</source>
        <translation>启动网关</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>停止网关</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Configured chain</source>
        <translation>已配置的链</translation>
    </message>
    <message>
        <source>Edit models…</source>
        <translation>编辑模型…</translation>
    </message>
    <message>
        <source>Edit models</source>
        <translation>编辑模型</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 个请求</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <extracomment>Money spent today, in US dollars</extracomment>
        <translation>费用：%1</translation>
    </message>
    <message>
        <source>Recent failovers</source>
        <translation>最近的故障转移</translation>
    </message>
    <message>
        <source>None so far.</source>
        <translation>暂无。</translation>
    </message>
    <message>
        <source>%1  back to %2</source>
        <translation>%1  已切回 %2</translation>
    </message>
    <message>
        <source>Config file</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>Open openclaw.json in editor</source>
        <translation>在编辑器中打开 openclaw.json</translation>
    </message>
    <message>
        <source>Coding Plan: %1</source>
        <extracomment>MiniMax Coding Plan quota windows, e.g. &quot;5h 63% left ⏱2h 10m · week 88% left&quot;</extracomment>
        <translation>Coding Plan：%1</translation>
    </message>
    <message>
        <source>Coding Plan quota unavailable: %1</source>
        <translation>无法获取 Coding Plan 额度：%1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1，位于 %2</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>详细信息…</translation>
    </message>
    <message>
        <source>Open the Gateway page</source>
        <translation>打开网关页面</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Fixed: %1</source>
        <translation>已修复：%1</translation>
    </message>
    <message>
        <source>Could not fix it: %1</source>
        <translation>无法修复：%1</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>凭据</translation>
    </message>
    <message>
        <source>Add a key…</source>
        <translation>添加密钥…</translation>
    </message>
    <message>
        <source>%1  %2 failed (%3), tried %4</source>
        <translation>%1  %2 失败（%3），已尝试 %4</translation>
    </message>
</context>
<context>
    <name>RequestRow</name>
    <message>
        <source>%1, %2 to %3, status %4</source>
        <translation>%1，%2 至 %3，状态 %4</translation>
    </message>
    <message>
        <source>not served</source>
        <translation>未应答</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Requested → served</source>
        <translation>请求 → 应答</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Latency</source>
        <extracomment>Column header: how long the request took</extracomment>
        <translation>延迟</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
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
        <translation>费用</translation>
    </message>
    <message>
        <source>Failover</source>
        <extracomment>Column header: why the gateway moved on to a fallback model</extracomment>
        <translation>故障转移</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>隐藏%1</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation>显示%1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>复制%1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Theme</source>
        <extracomment>Colour theme of the window</extracomment>
        <translation>主题</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Startup and tray</source>
        <translation>启动与托盘</translation>
    </message>
    <message>
        <source>Start ClawDesk when I log in</source>
        <translation>登录时启动 ClawDesk</translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation>启动时最小化到托盘</translation>
    </message>
    <message>
        <source>Notify me when the gateway switches to a fallback and back</source>
        <translation>网关切换到备用模型及切回时通知我</translation>
    </message>
    <message>
        <source>No system tray is available on this desktop, so ClawDesk quits when its window is closed.</source>
        <translation>此桌面没有系统托盘，因此关闭窗口时 ClawDesk 会退出。</translation>
    </message>
    <message>
        <source>OpenClaw config</source>
        <translation>OpenClaw 配置</translation>
    </message>
    <message>
        <source>Leave empty to use the file OpenClaw itself uses. Takes effect after a restart.</source>
        <translation>留空则使用 OpenClaw 自身所用的文件。重启后生效。</translation>
    </message>
    <message>
        <source>Config file path</source>
        <translation>配置文件路径</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>在编辑器中打开</translation>
    </message>
    <message>
        <source>Open openclaw.json in editor</source>
        <translation>在编辑器中打开 openclaw.json</translation>
    </message>
</context>
<context>
    <name>ToastHost</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>UsageChart</name>
    <message>
        <source>Usage per day</source>
        <translation>每日用量</translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message>
        <source>Usage</source>
        <translation>用量</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>By model</source>
        <translation>按模型</translation>
    </message>
    <message>
        <source>By provider</source>
        <translation>按提供商</translation>
    </message>
    <message>
        <source>Stack the bars</source>
        <translation>堆叠柱状图</translation>
    </message>
    <message>
        <source>No requests in this period</source>
        <translation>此期间没有请求</translation>
    </message>
    <message>
        <source>Usage appears here as the gateway serves requests.</source>
        <translation>网关处理请求后，用量会显示在这里。</translation>
    </message>
    <message>
        <source>Usage by provider</source>
        <translation>按提供商的用量</translation>
    </message>
    <message>
        <source>Usage by model</source>
        <translation>按模型的用量</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>Auth method</source>
        <translation>认证方式</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>默认模型</translation>
    </message>
    <message>
        <source>Model picker</source>
        <translation>模型选择器</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Configure wizard</source>
        <translation>配置向导</translation>
    </message>
    <message>
        <source>Set up OpenClaw</source>
        <translation>设置 OpenClaw</translation>
    </message>
    <message>
        <source>Model/auth provider</source>
        <translation>模型/凭证提供商</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>LM Studio (local)</source>
        <translation>LM Studio（本地）</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>保存密钥</translation>
    </message>
    <message>
        <source>Save API key</source>
        <translation>保存 API 密钥</translation>
    </message>
    <message>
        <source>Sign in with your MiniMax account in the browser.</source>
        <translation>在浏览器中使用你的 MiniMax 账号登录。</translation>
    </message>
    <message>
        <source>Start sign-in</source>
        <translation>开始登录</translation>
    </message>
    <message>
        <source>No sign-in needed. Start LM Studio&apos;s local server (Developer → Start server).</source>
        <translation>无需登录。请启动 LM Studio 的本地服务器（Developer → Start server）。</translation>
    </message>
    <message>
        <source>Models in the /model picker. Besides the default, the ones you tick become fallbacks, in this order.</source>
        <translation>/model 选择器中的模型。除默认模型外，勾选的模型将按此顺序成为备用模型。</translation>
    </message>
    <message>
        <source>Offer %1</source>
        <translation>提供 %1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>These changes will be written to %1:</source>
        <translation>以下更改将写入 %1：</translation>
    </message>
    <message>
        <source>Changes to openclaw.json</source>
        <translation>openclaw.json 的更改</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the wizard</source>
        <translation>取消向导</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Write openclaw.json</source>
        <translation>写入 openclaw.json</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <extracomment>A model in the picker list that is the default model (always offered)</extracomment>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Fallbacks</source>
        <translation>备用模型</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>MiniMax (recommended)</source>
        <translation>MiniMax（推荐）</translation>
    </message>
    <message>
        <source>Enter your API key. It is stored in the system keychain (when there is one) and in OpenClaw&apos;s own credential store, never in openclaw.json.</source>
        <translation>输入你的 API 密钥。密钥保存在系统密钥环（如有）以及 OpenClaw 自己的凭据存储中，绝不会写入 openclaw.json。</translation>
    </message>
</context>
<context>
    <name>clawdesk::AppState</name>
    <message>
        <source>Gateway stopped</source>
        <translation>网关已停止</translation>
    </message>
    <message>
        <source>Gateway starting…</source>
        <translation>网关正在启动…</translation>
    </message>
    <message>
        <source>Gateway running on port %1</source>
        <translation>网关正在端口 %1 上运行</translation>
    </message>
    <message>
        <source>Gateway failed to start</source>
        <translation>网关启动失败</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>Tools pointed at ClawDesk cannot connect until you start it.</source>
        <translation>在你启动网关之前，指向 ClawDesk 的工具无法连接。</translation>
    </message>
    <message>
        <source>Nothing served yet</source>
        <translation>尚未应答任何请求</translation>
    </message>
    <message>
        <source>Last request served by fallback %1 at %2</source>
        <translation>最近一次请求由备用模型 %1 于 %2 应答</translation>
    </message>
    <message>
        <source>Last request served by %1 at %2</source>
        <translation>最近一次请求由 %1 于 %2 应答</translation>
    </message>
    <message>
        <source>No openclaw.json yet</source>
        <translation>尚无 openclaw.json</translation>
    </message>
    <message>
        <source>openclaw.json is valid</source>
        <translation>openclaw.json 有效</translation>
    </message>
    <message numerus="yes">
        <source>openclaw.json is valid, with %n warning(s)</source>
        <translation>
            <numerusform>openclaw.json 有效，有 %n 条警告</numerusform>
        </translation>
    </message>
    <message>
        <source>openclaw.json does not parse</source>
        <translation>openclaw.json 无法解析</translation>
    </message>
    <message>
        <source>openclaw.json has errors OpenClaw would reject</source>
        <translation>openclaw.json 存在 OpenClaw 会拒绝的错误</translation>
    </message>
    <message>
        <source>%1: sign-in expired, sign in again</source>
        <translation>%1：登录已过期，请重新登录</translation>
    </message>
    <message>
        <source>%1: key from %2</source>
        <translation>%1：密钥来自 %2</translation>
    </message>
    <message>
        <source>%1: signed in</source>
        <translation>%1：已登录</translation>
    </message>
    <message>
        <source>%1: key in auth profile %2</source>
        <translation>%1：密钥位于认证配置 %2</translation>
    </message>
    <message>
        <source>%1: key in openclaw.json</source>
        <translation>%1：密钥位于 openclaw.json</translation>
    </message>
    <message>
        <source>%1: local server, no key needed</source>
        <translation>%1：本地服务器，无需密钥</translation>
    </message>
    <message>
        <source>%1: no API key or sign-in</source>
        <translation>%1：没有 API 密钥，也未登录</translation>
    </message>
    <message>
        <source>Sign-in expired: open ClawDesk to sign in again</source>
        <translation>登录已过期：请打开 ClawDesk 重新登录</translation>
    </message>
    <message>
        <source>openclaw.json needs fixing: %1</source>
        <translation>openclaw.json 需要修复：%1</translation>
    </message>
    <message>
        <source>Gateway failed to start: %1</source>
        <translation>网关启动失败：%1</translation>
    </message>
    <message>
        <source>Gateway running; last request served by fallback %1</source>
        <translation>网关运行中；最近一次请求由备用模型 %1 应答</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>已被限流</translation>
    </message>
    <message>
        <source>could not connect</source>
        <translation>无法连接</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>key rejected</source>
        <translation>密钥被拒绝</translation>
    </message>
    <message>
        <source>billing or quota</source>
        <translation>计费或额度问题</translation>
    </message>
    <message>
        <source>overloaded</source>
        <translation>过载</translation>
    </message>
    <message>
        <source>provider error</source>
        <translation>提供商错误</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>未知模型</translation>
    </message>
</context>
<context>
    <name>clawdesk::Application</name>
    <message>
        <source>Coding Plan: %1 of %2 prompts left</source>
        <translation>Coding Plan：剩余 %1/%2 次提示</translation>
    </message>
    <message>
        <source>Coding Plan: %1</source>
        <translation>Coding Plan：%1</translation>
    </message>
    <message>
        <source>No model could answer: every candidate failed to connect.</source>
        <translation>没有模型能够应答：所有候选模型均连接失败。</translation>
    </message>
</context>
<context>
    <name>clawdesk::Autostart</name>
    <message>
        <source>Cannot remove %1</source>
        <translation>无法删除 %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConfigController</name>
    <message>
        <source>Alias %1 already points to %2.</source>
        <translation>别名 %1 已指向 %2。</translation>
    </message>
    <message>
        <source>openclaw.json changed since; nothing was undone.</source>
        <translation>openclaw.json 已被修改；未撤销任何内容。</translation>
    </message>
    <message>
        <source>The earlier version cannot be read; nothing was undone.</source>
        <translation>无法读取之前的版本；未撤销任何内容。</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>已撤销。</translation>
    </message>
    <message>
        <source>Primary model set to %1.</source>
        <translation>主模型已设为 %1。</translation>
    </message>
    <message>
        <source>Alias %1 added.</source>
        <translation>已添加别名 %1。</translation>
    </message>
    <message>
        <source>Alias %1 removed.</source>
        <translation>已移除别名 %1。</translation>
    </message>
    <message>
        <source>the primary model</source>
        <translation>主模型</translation>
    </message>
    <message>
        <source>fallback #%1</source>
        <translation>备用 #%1</translation>
    </message>
    <message>
        <source>%1 is used by %2. Removing it writes %3 there instead, so the chain keeps the same model.</source>
        <translation>%1 被 %2 使用。移除后会在该处改写为 %3，使链中仍是同一个模型。</translation>
    </message>
    <message>
        <source>Alias %1 renamed to %2.</source>
        <translation>已将别名 %1 重命名为 %2。</translation>
    </message>
    <message>
        <source>%1 added to the fallback chain.</source>
        <translation>已将 %1 添加到备用链。</translation>
    </message>
    <message>
        <source>Fallback %1 removed.</source>
        <translation>已移除备用模型 %1。</translation>
    </message>
    <message>
        <source>Fallback chain reordered.</source>
        <translation>备用链已重新排序。</translation>
    </message>
    <message>
        <source>Fallback chain cleared.</source>
        <translation>备用链已清空。</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConnectController</name>
    <message>
        <source>Unknown tool: %1</source>
        <translation>未知工具：%1</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConnectionTester</name>
    <message>
        <source>%1 is not set up in openclaw.json yet: save it first.</source>
        <translation>%1 尚未在 openclaw.json 中配置：请先保存。</translation>
    </message>
    <message>
        <source>%1 lists no models: add one to test it.</source>
        <translation>%1 未列出任何模型：请先添加一个再测试。</translation>
    </message>
    <message>
        <source>The api &quot;%1&quot; cannot be tested here; use anthropic-messages, openai-completions or openai-responses.</source>
        <translation>此处无法测试 API 类型“%1”；请使用 anthropic-messages、openai-completions 或 openai-responses。</translation>
    </message>
    <message>
        <source>No API key for %1: add one on this page or sign in.</source>
        <translation>%1 没有 API 密钥：请在此页面添加或登录。</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>正在测试 %1…</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2. Check the base URL and that the server runs.</source>
        <translation>无法连接 %1：%2。请检查基础 URL，并确认服务器正在运行。</translation>
    </message>
    <message>
        <source>Connected: %1 answered in %2 ms.</source>
        <translation>已连接：%1 在 %2 ms 内响应。</translation>
    </message>
    <message>
        <source>Check the API key (or sign in again).</source>
        <translation>请检查 API 密钥（或重新登录）。</translation>
    </message>
    <message>
        <source>Check the base URL and the model id.</source>
        <translation>请检查基础 URL 和模型 ID。</translation>
    </message>
    <message>
        <source>Rate limited or out of quota: try again later or add a fallback.</source>
        <translation>已被限流或额度用尽：请稍后重试，或添加备用模型。</translation>
    </message>
    <message>
        <source>The provider has a problem: try again later or add a fallback.</source>
        <translation>提供商出现问题：请稍后重试，或添加备用模型。</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>连接被关闭</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>未及时响应</translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation>安全连接失败</translation>
    </message>
    <message>
        <source>the host name was not found</source>
        <translation>找不到主机名</translation>
    </message>
</context>
<context>
    <name>clawdesk::FallbackModel</name>
    <message>
        <source>Not in the model allowlist: OpenClaw silently skips this fallback.</source>
        <translation>不在模型允许列表中：OpenClaw 会静默跳过此备用模型。</translation>
    </message>
    <message>
        <source>No credentials for this provider: this fallback will fail.</source>
        <translation>此提供商没有凭据：该备用模型将会失败。</translation>
    </message>
</context>
<context>
    <name>clawdesk::ProviderController</name>
    <message>
        <source>Signed in: profile %1 in OpenClaw&apos;s auth-profiles.json (%2).</source>
        <translation>已登录：OpenClaw 的 auth-profiles.json 中的配置文件 %1（%2）。</translation>
    </message>
    <message>
        <source>Key from the environment variable %1 (not stored by ClawDesk).</source>
        <translation>密钥来自环境变量 %1（不由 ClawDesk 存储）。</translation>
    </message>
    <message>
        <source>Key written in openclaw.json (%1). Moving it to the keychain is safer.</source>
        <translation>密钥写在 openclaw.json 中（%1）。将其移至密钥环更安全。</translation>
    </message>
    <message>
        <source>No key yet.</source>
        <translation>尚无密钥。</translation>
    </message>
    <message>
        <source>Enter the base URL, e.g. http://127.0.0.1:1234/v1</source>
        <translation>请输入 基础 URL，例如 http://127.0.0.1:1234/v1</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https://</source>
        <translation>基础 URL 必须以 http:// 或 https:// 开头</translation>
    </message>
    <message>
        <source>The base URL needs a host name.</source>
        <translation>基础 URL 需要包含主机名。</translation>
    </message>
    <message>
        <source>Enter a provider id, e.g. my-proxy</source>
        <translation>请输入提供商 ID，例如 my-proxy</translation>
    </message>
    <message>
        <source>Use lower-case letters, digits, dots, underscores or dashes.</source>
        <translation>请使用小写字母、数字、点、下划线或连字符。</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>请输入 API 密钥。</translation>
    </message>
    <message>
        <source>No credential store is available.</source>
        <translation>没有可用的凭据存储。</translation>
    </message>
    <message>
        <source>The server did not answer with a model list.</source>
        <translation>服务器未返回模型列表。</translation>
    </message>
    <message>
        <source>Could not reach LM Studio: %1. Is its server running?</source>
        <translation>无法连接 LM Studio：%1。其服务器是否正在运行？</translation>
    </message>
    <message>
        <source>Signed in: profile %1 in OpenClaw&apos;s credential store (%2).</source>
        <translation>已登录：OpenClaw 的凭据存储中的配置文件 %1（%2）。</translation>
    </message>
    <message>
        <source>Signed in: profile %1 in a leftover auth-profiles.json (%2); run openclaw doctor --fix to move it into OpenClaw&apos;s credential store.</source>
        <translation>已登录：残留的 auth-profiles.json 中的配置文件 %1（%2）；请运行 openclaw doctor --fix 将其移入 OpenClaw 的凭据存储。</translation>
    </message>
</context>
<context>
    <name>clawdesk::QuotaMonitor</name>
    <message>
        <source>week</source>
        <extracomment>The weekly window of the MiniMax Coding Plan quota</extracomment>
        <translation>每周</translation>
    </message>
    <message>
        <source>%1 %2% left</source>
        <extracomment>A quota window and what is left of it, e.g. &quot;5h 63% left&quot;</extracomment>
        <translation>%1 剩余 %2%</translation>
    </message>
</context>
<context>
    <name>clawdesk::TrayController</name>
    <message>
        <source>Start gateway</source>
        <translation>启动网关</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>停止网关</translation>
    </message>
    <message>
        <source>Restart gateway</source>
        <translation>重启网关</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>Tray submenu listing the models to use as the primary (default) model</extracomment>
        <translation>模型</translation>
    </message>
    <message>
        <source>Open ClawDesk</source>
        <translation>打开 ClawDesk</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>ClawDesk is still running</source>
        <translation>ClawDesk 仍在运行</translation>
    </message>
    <message>
        <source>The gateway keeps serving in the background. Use the tray icon to open ClawDesk or to quit.</source>
        <translation>网关会在后台继续运行。可通过托盘图标打开 ClawDesk 或退出。</translation>
    </message>
    <message>
        <source>Back on the primary model</source>
        <translation>已切回主模型</translation>
    </message>
    <message>
        <source>ClawDesk stays in the tray; the gateway is not running. Use the tray icon to open ClawDesk, start the gateway or quit.</source>
        <translation>ClawDesk 仍在托盘中运行；网关未运行。可通过托盘图标打开 ClawDesk、启动网关或退出。</translation>
    </message>
    <message>
        <source>%1 is tried first again.</source>
        <translation>%1 重新成为首选。</translation>
    </message>
    <message>
        <source>Primary model failed</source>
        <translation>主模型失败</translation>
    </message>
    <message>
        <source>%1 failed (%2); trying %3.</source>
        <translation>%1 失败（%2）；正在尝试 %3。</translation>
    </message>
</context>
<context>
    <name>clawdesk::UsageModel</name>
    <message>
        <source>Other</source>
        <extracomment>The stack of the usage chart that sums every model or provider not shown by name</extracomment>
        <translation>其他</translation>
    </message>
    <message>
        <source>No requests</source>
        <translation>没有请求</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 tokens · %n request(s)</source>
        <translation>
            <numerusform>%1 · %2 token · %n 个请求</numerusform>
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
        <translation>%1K</translation>
    </message>
</context>
<context>
    <name>clawdesk::WizardController</name>
    <message>
        <source>Choose a provider and an auth method first.</source>
        <translation>请先选择提供商和认证方式。</translation>
    </message>
</context>
</TS>
