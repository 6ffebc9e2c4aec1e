<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>ConnectToolsCard</name>
    <message>
        <source>Connect your tools</source>
        <translation>連接你的工具</translation>
    </message>
    <message>
        <source>ClawDesk writes each tool&apos;s own settings so it uses this gateway. Undo puts the file back exactly as it was.</source>
        <translation>ClawDesk 會寫入各工具自己的設定，讓它使用這個 Gateway。「復原」會將檔案完全還原成原本的樣子。</translation>
    </message>
    <message>
        <source>Connected. The tool uses the gateway the next time it starts.</source>
        <translation>已連接。此工具下次啟動時會使用 Gateway。</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>無法連接：%1</translation>
    </message>
    <message>
        <source>%1&apos;s settings are back as they were.</source>
        <translation>%1 的設定已還原成原本的樣子。</translation>
    </message>
    <message>
        <source>Cannot undo: %1</source>
        <translation>無法復原：%1</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已連接</translation>
    </message>
    <message>
        <source>Overridden by a shell variable</source>
        <translation>已被 shell 變數覆寫</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未連接</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>連接</translation>
    </message>
    <message>
        <source>Connect %1 to the gateway</source>
        <translation>將 %1 連接到 Gateway</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Undo connecting %1</source>
        <translation>復原 %1 的連接</translation>
    </message>
    <message>
        <source>This change will be written (the token is shortened here):</source>
        <translation>將寫入以下變更（此處的 token 已縮短）：</translation>
    </message>
    <message>
        <source>Change to be written</source>
        <translation>要寫入的變更</translation>
    </message>
    <message>
        <source>Write the change</source>
        <translation>寫入變更</translation>
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
        <translation>測試連線</translation>
    </message>
    <message>
        <source>Test the connection to %1</source>
        <translation>測試與 %1 的連線</translation>
    </message>
</context>
<context>
    <name>CopyableSnippet</name>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>複製 %1</translation>
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
        <translation>啟動 Gateway</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>停止 Gateway</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重新啟動</translation>
    </message>
    <message>
        <source>Restart gateway</source>
        <translation>重新啟動 Gateway</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>連接埠</translation>
    </message>
    <message>
        <source>Gateway port</source>
        <translation>Gateway 連接埠</translation>
    </message>
    <message>
        <source>Bind</source>
        <extracomment>Network address the gateway listens on</extracomment>
        <translation>監聽位址</translation>
    </message>
    <message>
        <source>Gateway bind address</source>
        <translation>Gateway 監聽位址</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>gateway token</source>
        <translation>Gateway token</translation>
    </message>
    <message>
        <source>Regenerate gateway token</source>
        <translation>重新產生 Gateway token</translation>
    </message>
    <message>
        <source>Port, bind and token apply the next time the gateway starts.</source>
        <translation>連接埠、監聽位址與 token 會在 Gateway 下次啟動時生效。</translation>
    </message>
    <message>
        <source>Claude Code</source>
        <translation>Claude Code</translation>
    </message>
    <message>
        <source>Cline / Roo Code / Kilo Code (OpenAI compatible)</source>
        <translation>Cline / Roo Code / Kilo Code（OpenAI 相容）</translation>
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
        <translation>正在重新啟動 Gateway…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重試</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>請求</translation>
    </message>
    <message>
        <source>What each tool asked for, which model answered, and why a fallback was used. Select a request to see its attempts.</source>
        <translation>各工具要求了什麼、由哪個模型回應，以及為何使用備援。選取一筆請求即可查看其嘗試紀錄。</translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation>尚無請求</translation>
    </message>
    <message>
        <source>Point a tool at the gateway (see below); its requests appear here.</source>
        <translation>將工具指向 Gateway（見下方），它的請求就會顯示在這裡。</translation>
    </message>
    <message>
        <source>Start the gateway, then point a tool at it; its requests appear here.</source>
        <translation>啟動 Gateway，再將工具指向它，它的請求就會顯示在這裡。</translation>
    </message>
    <message>
        <source>%1 · %2 asked for %3</source>
        <translation>%1 · %2 要求 %3</translation>
    </message>
    <message>
        <source>Attempt %1: %2 — %3</source>
        <translation>第 %1 次嘗試：%2 — %3</translation>
    </message>
    <message>
        <source>Served by %1: status %2, %3 ms, %4 in / %5 out tokens, %6</source>
        <translation>由 %1 回應：狀態 %2，%3 ms，輸入 %4 / 輸出 %5 個 token，%6</translation>
    </message>
    <message>
        <source>Refused with status %1: %2</source>
        <translation>已拒絕，狀態 %1：%2</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>清除清單</translation>
    </message>
    <message>
        <source>Request list cleared (usage totals keep them).</source>
        <translation>已清除請求清單（使用量總計仍會計入）。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Regenerate token</source>
        <translation>重新產生 token</translation>
    </message>
    <message>
        <source>New token saved; it applies when the gateway restarts.</source>
        <translation>新的 token 已儲存，會在 Gateway 重新啟動後生效。</translation>
    </message>
    <message>
        <source>New token saved.</source>
        <translation>新的 token 已儲存。</translation>
    </message>
    <message>
        <source>Translated for the provider: %1</source>
        <translation>已為提供者轉換：%1</translation>
    </message>
    <message>
        <source>Manual setup</source>
        <translation>手動設定</translation>
    </message>
    <message>
        <source>For tools ClawDesk does not configure itself: paste these settings.</source>
        <translation>ClawDesk 不會自動設定的工具：請貼上這些設定。</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>關閉訊息</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Overview</source>
        <translation>概覽</translation>
    </message>
    <message>
        <source>Model/auth</source>
        <extracomment>Sidebar page for choosing providers and signing in</extracomment>
        <translation>模型/驗證</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>使用量</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>ClawDesk</source>
        <translation>ClawDesk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>頁面</translation>
    </message>
    <message>
        <source>Configure…</source>
        <translation>設定精靈…</translation>
    </message>
    <message>
        <source>Open the configure wizard</source>
        <translation>開啟設定精靈</translation>
    </message>
    <message>
        <source>No system tray found: closing the window quits ClawDesk and stops the gateway.</source>
        <translation>找不到系統匣：關閉視窗會結束 ClawDesk 並停止 Gateway。</translation>
    </message>
</context>
<context>
    <name>ModelAuthPage</name>
    <message>
        <source>Model/auth</source>
        <translation>模型/驗證</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未儲存</translation>
    </message>
    <message>
        <source>MiniMax</source>
        <translation>MiniMax</translation>
    </message>
    <message>
        <source>Coding Plan sign-in (OAuth) or an API key. Lightning is the faster variant with a higher output price.</source>
        <translation>以程式設計方案登入（OAuth）或使用 API 金鑰。Lightning 是較快的變體，輸出成本較高。</translation>
    </message>
    <message>
        <source>OAuth: %1</source>
        <translation>OAuth：%1</translation>
    </message>
    <message>
        <source>Sign in with MiniMax (Global)</source>
        <translation>使用 MiniMax 登入（Global）</translation>
    </message>
    <message>
        <source>Sign in (CN)</source>
        <extracomment>MiniMax&apos;s endpoint for users in mainland China</extracomment>
        <translation>登入（CN）</translation>
    </message>
    <message>
        <source>Sign in with MiniMax (China)</source>
        <translation>使用 MiniMax 登入（中國）</translation>
    </message>
    <message>
        <source>Asking MiniMax for a code…</source>
        <translation>正在向 MiniMax 索取登入碼…</translation>
    </message>
    <message>
        <source>Open this page and enter the code:</source>
        <translation>開啟此頁面並輸入登入碼：</translation>
    </message>
    <message>
        <source>Sign-in code %1</source>
        <translation>登入碼 %1</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>複製登入碼</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>取消登入</translation>
    </message>
    <message>
        <source>The code expires in %1:%2</source>
        <translation>登入碼將於 %1:%2 後過期</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>已登入。</translation>
    </message>
    <message>
        <source>API key: %1</source>
        <translation>API 金鑰：%1</translation>
    </message>
    <message>
        <source>MiniMax API key</source>
        <translation>MiniMax API 金鑰</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>儲存金鑰</translation>
    </message>
    <message>
        <source>Save MiniMax API key</source>
        <translation>儲存 MiniMax API 金鑰</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>Anthropic API key (sk-ant-…)</source>
        <translation>Anthropic API 金鑰（sk-ant-…）</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>Anthropic API 金鑰</translation>
    </message>
    <message>
        <source>Save Anthropic API key</source>
        <translation>儲存 Anthropic API 金鑰</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>OpenAI 相容</translation>
    </message>
    <message>
        <source>Any server that speaks the OpenAI API, under a provider id of your choice.</source>
        <translation>任何支援 OpenAI API 的伺服器，使用你自訂的提供者 ID。</translation>
    </message>
    <message>
        <source>Provider id</source>
        <translation>提供者 ID</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基礎 URL</translation>
    </message>
    <message>
        <source>API</source>
        <extracomment>Wire protocol of the provider</extracomment>
        <translation>API</translation>
    </message>
    <message>
        <source>API kind</source>
        <translation>API 類型</translation>
    </message>
    <message>
        <source>Save provider</source>
        <translation>儲存提供者</translation>
    </message>
    <message>
        <source>LM Studio</source>
        <translation>LM Studio</translation>
    </message>
    <message>
        <source>Models running on this computer. No key is needed; nothing leaves your machine.</source>
        <translation>在這台電腦上執行的模型。不需要金鑰，資料也不會離開你的電腦。</translation>
    </message>
    <message>
        <source>LM Studio base URL</source>
        <translation>LM Studio 基礎 URL</translation>
    </message>
    <message>
        <source>Discover models</source>
        <translation>偵測模型</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>使用 %1</translation>
    </message>
    <message>
        <source>API key for %1 saved: %2</source>
        <translation>已儲存 %1 的 API 金鑰：%2</translation>
    </message>
    <message>
        <source>Signed in to MiniMax.</source>
        <translation>已登入 MiniMax。</translation>
    </message>
    <message>
        <source>Provider %1 saved.</source>
        <translation>已儲存提供者 %1。</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>No models yet: add the ids the server offers.</source>
        <translation>尚無模型：請新增伺服器提供的模型 ID。</translation>
    </message>
    <message>
        <source>model id, e.g. gpt-4o-mini</source>
        <translation>模型 ID，例如 gpt-4o-mini</translation>
    </message>
    <message>
        <source>Model id to add to %1</source>
        <translation>要新增至 %1 的模型 ID</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>新增模型</translation>
    </message>
    <message>
        <source>Add model to %1</source>
        <translation>新增模型至 %1</translation>
    </message>
    <message>
        <source>Model %1 added to %2.</source>
        <translation>已將模型 %1 新增至 %2。</translation>
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
        <translation>變更未儲存。</translation>
    </message>
    <message>
        <source>Search models, names or aliases</source>
        <translation>搜尋模型、名稱或別名</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>搜尋模型</translation>
    </message>
    <message>
        <source>Show all catalog</source>
        <translation>顯示完整目錄</translation>
    </message>
    <message>
        <source>Show all catalog models</source>
        <translation>顯示目錄中的所有模型</translation>
    </message>
    <message>
        <source>Model list</source>
        <translation>模型清單</translation>
    </message>
    <message>
        <source>context %1</source>
        <translation>情境 %1</translation>
    </message>
    <message>
        <source>auth ✓</source>
        <translation>已驗證 ✓</translation>
    </message>
    <message>
        <source>no auth</source>
        <translation>未驗證</translation>
    </message>
    <message>
        <source>local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>alias %1</source>
        <translation>別名 %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>找不到</translation>
    </message>
    <message>
        <source>fallback #%1</source>
        <extracomment>Position in the fallback chain, e.g. &quot;fallback #2&quot;</extracomment>
        <translation>備援 #%1</translation>
    </message>
    <message>
        <source>Make primary</source>
        <translation>設為主要</translation>
    </message>
    <message>
        <source>Make %1 the primary model</source>
        <translation>將 %1 設為主要模型</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>主要</translation>
    </message>
    <message>
        <source>Add as fallback</source>
        <translation>加入備援</translation>
    </message>
    <message>
        <source>Add %1 as a fallback</source>
        <translation>將 %1 加入備援</translation>
    </message>
    <message>
        <source>Fallback chain</source>
        <translation>備援鏈</translation>
    </message>
    <message>
        <source>Tried in this order when the primary fails. Drag to reorder, or use Ctrl+Up/Down.</source>
        <translation>主要模型故障時依此順序嘗試。拖曳即可調整順序，或使用 Ctrl+上/下方向鍵。</translation>
    </message>
    <message>
        <source>Fallback %1: %2</source>
        <translation>備援 %1：%2</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>將 %1 上移</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>將 %1 下移</translation>
    </message>
    <message>
        <source>Remove fallback %1</source>
        <translation>移除備援 %1</translation>
    </message>
    <message>
        <source>No fallbacks: requests fail when the primary fails.</source>
        <translation>沒有備援：主要模型故障時，請求會失敗。</translation>
    </message>
    <message>
        <source>Model to add as fallback</source>
        <translation>要加入備援的模型</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Add fallback</source>
        <translation>新增備援</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>別名</translation>
    </message>
    <message>
        <source>Short names you can type instead of provider/model.</source>
        <translation>可取代「提供者/模型」輸入的簡短名稱。</translation>
    </message>
    <message>
        <source>Alias for %1</source>
        <translation>%1 的別名</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重新命名</translation>
    </message>
    <message>
        <source>Rename alias %1</source>
        <translation>重新命名別名 %1</translation>
    </message>
    <message>
        <source>Remove alias %1</source>
        <translation>移除別名 %1</translation>
    </message>
    <message>
        <source>new alias</source>
        <translation>新別名</translation>
    </message>
    <message>
        <source>New alias</source>
        <translation>新別名</translation>
    </message>
    <message>
        <source>Model for the new alias</source>
        <translation>新別名對應的模型</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>新增別名</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Remove alias %1?</source>
        <translation>要移除別名 %1 嗎？</translation>
    </message>
    <message>
        <source>Remove alias</source>
        <translation>移除別名</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Ctrl+Up and Ctrl+Down move the selected fallback; Delete removes it.</source>
        <translation>Ctrl+上方向鍵與 Ctrl+下方向鍵可移動所選的備援；Delete 鍵可將其移除。</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>概覽</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>在編輯器中開啟</translation>
    </message>
    <message>
        <source>No openclaw.json yet at %1.</source>
        <translation>%1 尚無 openclaw.json。</translation>
    </message>
    <message>
        <source>Set up…</source>
        <translation>開始設定…</translation>
    </message>
    <message>
        <source>The gateway keeps serving the last good config.</source>
        <translation>Gateway 會繼續使用上一份有效的設定。</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Start gateway</source>
        <translation>啟動 Gateway</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>停止 Gateway</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Configured chain</source>
        <translation>已設定的模型鏈</translation>
    </message>
    <message>
        <source>Edit models…</source>
        <translation>編輯模型…</translation>
    </message>
    <message>
        <source>Edit models</source>
        <translation>編輯模型</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 次請求</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <extracomment>Money spent today, in US dollars</extracomment>
        <translation>成本：%1</translation>
    </message>
    <message>
        <source>Recent failovers</source>
        <translation>最近的備援切換</translation>
    </message>
    <message>
        <source>None so far.</source>
        <translation>目前沒有。</translation>
    </message>
    <message>
        <source>%1  back to %2</source>
        <translation>%1  回到 %2</translation>
    </message>
    <message>
        <source>Config file</source>
        <translation>設定檔</translation>
    </message>
    <message>
        <source>Open openclaw.json in editor</source>
        <translation>在編輯器中開啟 openclaw.json</translation>
    </message>
    <message>
        <source>Coding Plan: %1</source>
        <extracomment>MiniMax Coding Plan quota windows, e.g. &quot;5h 63% left ⏱2h 10m · week 88% left&quot;</extracomment>
        <translation>程式設計方案：%1</translation>
    </message>
    <message>
        <source>Coding Plan quota unavailable: %1</source>
        <translation>無法取得程式設計方案配額：%1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>詳細資料…</translation>
    </message>
    <message>
        <source>Open the Gateway page</source>
        <translation>開啟 Gateway 頁面</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Fixed: %1</source>
        <translation>已修正：%1</translation>
    </message>
    <message>
        <source>Could not fix it: %1</source>
        <translation>無法修正：%1</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>憑證</translation>
    </message>
    <message>
        <source>Add a key…</source>
        <translation>新增金鑰…</translation>
    </message>
    <message>
        <source>%1  %2 failed (%3), tried %4</source>
        <translation>%1  %2 失敗（%3），改試 %4</translation>
    </message>
</context>
<context>
    <name>RequestRow</name>
    <message>
        <source>%1, %2 to %3, status %4</source>
        <translation>%1，%2 至 %3，狀態 %4</translation>
    </message>
    <message>
        <source>not served</source>
        <translation>未回應</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>用戶端</translation>
    </message>
    <message>
        <source>Requested → served</source>
        <translation>要求 → 回應</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Latency</source>
        <extracomment>Column header: how long the request took</extracomment>
        <translation>延遲</translation>
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
        <translation>成本</translation>
    </message>
    <message>
        <source>Failover</source>
        <extracomment>Column header: why the gateway moved on to a fallback model</extracomment>
        <translation>備援切換</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Hide</source>
        <translation>隱藏</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>隱藏 %1</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation>顯示 %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>複製 %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系統語言</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外觀</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Theme</source>
        <extracomment>Colour theme of the window</extracomment>
        <translation>主題</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Startup and tray</source>
        <translation>啟動與系統匣</translation>
    </message>
    <message>
        <source>Start ClawDesk when I log in</source>
        <translation>登入系統時啟動 ClawDesk</translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation>啟動時最小化至系統匣</translation>
    </message>
    <message>
        <source>Notify me when the gateway switches to a fallback and back</source>
        <translation>Gateway 切換至備援及切換回來時通知我</translation>
    </message>
    <message>
        <source>No system tray is available on this desktop, so ClawDesk quits when its window is closed.</source>
        <translation>此桌面環境沒有系統匣，因此關閉視窗時 ClawDesk 會結束。</translation>
    </message>
    <message>
        <source>OpenClaw config</source>
        <translation>OpenClaw 設定</translation>
    </message>
    <message>
        <source>Leave empty to use the file OpenClaw itself uses. Takes effect after a restart.</source>
        <translation>留空即使用 OpenClaw 本身使用的檔案。重新啟動後生效。</translation>
    </message>
    <message>
        <source>Config file path</source>
        <translation>設定檔路徑</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>在編輯器中開啟</translation>
    </message>
    <message>
        <source>Open openclaw.json in editor</source>
        <translation>在編輯器中開啟 openclaw.json</translation>
    </message>
</context>
<context>
    <name>ToastHost</name>
    <message>
        <source>Dismiss</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>UsageChart</name>
    <message>
        <source>Usage per day</source>
        <translation>每日使用量</translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message>
        <source>Usage</source>
        <translation>使用量</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去 30 天</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>過去 90 天</translation>
    </message>
    <message>
        <source>By model</source>
        <translation>依模型</translation>
    </message>
    <message>
        <source>By provider</source>
        <translation>依提供者</translation>
    </message>
    <message>
        <source>Stack the bars</source>
        <translation>長條堆疊方式</translation>
    </message>
    <message>
        <source>No requests in this period</source>
        <translation>此期間沒有請求</translation>
    </message>
    <message>
        <source>Usage appears here as the gateway serves requests.</source>
        <translation>Gateway 處理請求後，使用量會顯示在這裡。</translation>
    </message>
    <message>
        <source>Usage by provider</source>
        <translation>各提供者的使用量</translation>
    </message>
    <message>
        <source>Usage by model</source>
        <translation>各模型的使用量</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供者</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>請求</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>佔比</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <source>Provider</source>
        <translation>提供者</translation>
    </message>
    <message>
        <source>Auth method</source>
        <translation>驗證方式</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>預設模型</translation>
    </message>
    <message>
        <source>Model picker</source>
        <translation>模型選單</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Configure wizard</source>
        <translation>設定精靈</translation>
    </message>
    <message>
        <source>Set up OpenClaw</source>
        <translation>設定 OpenClaw</translation>
    </message>
    <message>
        <source>Model/auth provider</source>
        <translation>模型/驗證提供者</translation>
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
        <translation>API 金鑰</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>儲存金鑰</translation>
    </message>
    <message>
        <source>Save API key</source>
        <translation>儲存 API 金鑰</translation>
    </message>
    <message>
        <source>Sign in with your MiniMax account in the browser.</source>
        <translation>在瀏覽器中使用你的 MiniMax 帳號登入。</translation>
    </message>
    <message>
        <source>Start sign-in</source>
        <translation>開始登入</translation>
    </message>
    <message>
        <source>No sign-in needed. Start LM Studio&apos;s local server (Developer → Start server).</source>
        <translation>不需要登入。請啟動 LM Studio 的本地伺服器（Developer → Start server）。</translation>
    </message>
    <message>
        <source>Models in the /model picker. Besides the default, the ones you tick become fallbacks, in this order.</source>
        <translation>/model 選單中的模型。除了預設模型外，你勾選的模型會依此順序成為備援。</translation>
    </message>
    <message>
        <source>Offer %1</source>
        <translation>提供 %1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已儲存至 %1。</translation>
    </message>
    <message>
        <source>These changes will be written to %1:</source>
        <translation>以下變更將寫入 %1：</translation>
    </message>
    <message>
        <source>Changes to openclaw.json</source>
        <translation>openclaw.json 的變更</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the wizard</source>
        <translation>取消設定精靈</translation>
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
        <translation>寫入 openclaw.json</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <extracomment>A model in the picker list that is the default model (always offered)</extracomment>
        <translation>%1（預設）</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>Fallbacks</source>
        <translation>備援</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>MiniMax (recommended)</source>
        <translation>MiniMax（建議）</translation>
    </message>
    <message>
        <source>Enter your API key. It is stored in the system keychain (when there is one) and in OpenClaw&apos;s own credential store, never in openclaw.json.</source>
        <translation>輸入你的 API 金鑰。金鑰會儲存在系統鑰匙圈（若有的話）以及 OpenClaw 自己的憑證儲存區，絕不會寫入 openclaw.json。</translation>
    </message>
</context>
<context>
    <name>clawdesk::AppState</name>
    <message>
        <source>Gateway stopped</source>
        <translation>Gateway 已停止</translation>
    </message>
    <message>
        <source>Gateway starting…</source>
        <translation>Gateway 啟動中…</translation>
    </message>
    <message>
        <source>Gateway running on port %1</source>
        <translation>Gateway 正在連接埠 %1 上執行</translation>
    </message>
    <message>
        <source>Gateway failed to start</source>
        <translation>Gateway 無法啟動</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>Tools pointed at ClawDesk cannot connect until you start it.</source>
        <translation>指向 ClawDesk 的工具在你啟動 Gateway 之前都無法連線。</translation>
    </message>
    <message>
        <source>Nothing served yet</source>
        <translation>尚未回應任何請求</translation>
    </message>
    <message>
        <source>Last request served by fallback %1 at %2</source>
        <translation>最近一次請求由備援 %1 於 %2 回應</translation>
    </message>
    <message>
        <source>Last request served by %1 at %2</source>
        <translation>最近一次請求由 %1 於 %2 回應</translation>
    </message>
    <message>
        <source>No openclaw.json yet</source>
        <translation>尚無 openclaw.json</translation>
    </message>
    <message>
        <source>openclaw.json is valid</source>
        <translation>openclaw.json 有效</translation>
    </message>
    <message numerus="yes">
        <source>openclaw.json is valid, with %n warning(s)</source>
        <translation>
            <numerusform>openclaw.json 有效，但有 %n 個警告</numerusform>
        </translation>
    </message>
    <message>
        <source>openclaw.json does not parse</source>
        <translation>無法解析 openclaw.json</translation>
    </message>
    <message>
        <source>openclaw.json has errors OpenClaw would reject</source>
        <translation>openclaw.json 有 OpenClaw 會拒絕的錯誤</translation>
    </message>
    <message>
        <source>%1: sign-in expired, sign in again</source>
        <translation>%1：登入已過期，請重新登入</translation>
    </message>
    <message>
        <source>%1: key from %2</source>
        <translation>%1：金鑰來自 %2</translation>
    </message>
    <message>
        <source>%1: signed in</source>
        <translation>%1：已登入</translation>
    </message>
    <message>
        <source>%1: key in auth profile %2</source>
        <translation>%1：金鑰位於驗證設定檔 %2</translation>
    </message>
    <message>
        <source>%1: key in openclaw.json</source>
        <translation>%1：金鑰位於 openclaw.json</translation>
    </message>
    <message>
        <source>%1: local server, no key needed</source>
        <translation>%1：本地伺服器，不需要金鑰</translation>
    </message>
    <message>
        <source>%1: no API key or sign-in</source>
        <translation>%1：沒有 API 金鑰，也未登入</translation>
    </message>
    <message>
        <source>Sign-in expired: open ClawDesk to sign in again</source>
        <translation>登入已過期：請開啟 ClawDesk 重新登入</translation>
    </message>
    <message>
        <source>openclaw.json needs fixing: %1</source>
        <translation>openclaw.json 需要修正：%1</translation>
    </message>
    <message>
        <source>Gateway failed to start: %1</source>
        <translation>Gateway 無法啟動：%1</translation>
    </message>
    <message>
        <source>Gateway running; last request served by fallback %1</source>
        <translation>Gateway 執行中；最近一次請求由備援 %1 回應</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>請求過多</translation>
    </message>
    <message>
        <source>could not connect</source>
        <translation>無法連線</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>逾時</translation>
    </message>
    <message>
        <source>key rejected</source>
        <translation>金鑰遭拒</translation>
    </message>
    <message>
        <source>billing or quota</source>
        <translation>帳務或配額</translation>
    </message>
    <message>
        <source>overloaded</source>
        <translation>超載</translation>
    </message>
    <message>
        <source>provider error</source>
        <translation>提供者錯誤</translation>
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
        <translation>程式設計方案：剩餘 %1 / %2 次提示</translation>
    </message>
    <message>
        <source>Coding Plan: %1</source>
        <translation>程式設計方案：%1</translation>
    </message>
    <message>
        <source>No model could answer: every candidate failed to connect.</source>
        <translation>沒有任何模型能回應：所有候選模型都無法連線。</translation>
    </message>
</context>
<context>
    <name>clawdesk::Autostart</name>
    <message>
        <source>Cannot remove %1</source>
        <translation>無法移除 %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConfigController</name>
    <message>
        <source>Alias %1 already points to %2.</source>
        <translation>別名 %1 已指向 %2。</translation>
    </message>
    <message>
        <source>openclaw.json changed since; nothing was undone.</source>
        <translation>openclaw.json 之後已有變更，因此未復原任何內容。</translation>
    </message>
    <message>
        <source>The earlier version cannot be read; nothing was undone.</source>
        <translation>無法讀取先前的版本，因此未復原任何內容。</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>已復原。</translation>
    </message>
    <message>
        <source>Primary model set to %1.</source>
        <translation>主要模型已設為 %1。</translation>
    </message>
    <message>
        <source>Alias %1 added.</source>
        <translation>已新增別名 %1。</translation>
    </message>
    <message>
        <source>Alias %1 removed.</source>
        <translation>已移除別名 %1。</translation>
    </message>
    <message>
        <source>the primary model</source>
        <translation>主要模型</translation>
    </message>
    <message>
        <source>fallback #%1</source>
        <translation>備援 #%1</translation>
    </message>
    <message>
        <source>%1 is used by %2. Removing it writes %3 there instead, so the chain keeps the same model.</source>
        <translation>%1 目前用作%2。移除後會改為在該處寫入 %3，讓模型鏈維持相同的模型。</translation>
    </message>
    <message>
        <source>Alias %1 renamed to %2.</source>
        <translation>已將別名 %1 重新命名為 %2。</translation>
    </message>
    <message>
        <source>%1 added to the fallback chain.</source>
        <translation>已將 %1 加入備援鏈。</translation>
    </message>
    <message>
        <source>Fallback %1 removed.</source>
        <translation>已移除備援 %1。</translation>
    </message>
    <message>
        <source>Fallback chain reordered.</source>
        <translation>已調整備援鏈的順序。</translation>
    </message>
    <message>
        <source>Fallback chain cleared.</source>
        <translation>已清空備援鏈。</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConnectController</name>
    <message>
        <source>Unknown tool: %1</source>
        <translation>未知的工具：%1</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConnectionTester</name>
    <message>
        <source>%1 is not set up in openclaw.json yet: save it first.</source>
        <translation>openclaw.json 中尚未設定 %1：請先儲存。</translation>
    </message>
    <message>
        <source>%1 lists no models: add one to test it.</source>
        <translation>%1 沒有任何模型：請先新增模型再測試。</translation>
    </message>
    <message>
        <source>The api &quot;%1&quot; cannot be tested here; use anthropic-messages, openai-completions or openai-responses.</source>
        <translation>API 類型「%1」無法在此測試；請使用 anthropic-messages、openai-completions 或 openai-responses。</translation>
    </message>
    <message>
        <source>No API key for %1: add one on this page or sign in.</source>
        <translation>%1 沒有 API 金鑰：請在此頁面新增，或登入。</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>正在測試 %1…</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2. Check the base URL and that the server runs.</source>
        <translation>無法連線至 %1：%2。請檢查基礎 URL，並確認伺服器正在執行。</translation>
    </message>
    <message>
        <source>Connected: %1 answered in %2 ms.</source>
        <translation>已連線：%1 於 %2 ms 內回應。</translation>
    </message>
    <message>
        <source>Check the API key (or sign in again).</source>
        <translation>請檢查 API 金鑰（或重新登入）。</translation>
    </message>
    <message>
        <source>Check the base URL and the model id.</source>
        <translation>請檢查基礎 URL 與模型 ID。</translation>
    </message>
    <message>
        <source>Rate limited or out of quota: try again later or add a fallback.</source>
        <translation>請求過多或配額已用完：請稍後再試，或新增備援。</translation>
    </message>
    <message>
        <source>The provider has a problem: try again later or add a fallback.</source>
        <translation>提供者發生問題：請稍後再試，或新增備援。</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>連線遭拒</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>連線已關閉</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>未及時回應</translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation>安全連線失敗</translation>
    </message>
    <message>
        <source>the host name was not found</source>
        <translation>找不到主機名稱</translation>
    </message>
</context>
<context>
    <name>clawdesk::FallbackModel</name>
    <message>
        <source>Not in the model allowlist: OpenClaw silently skips this fallback.</source>
        <translation>不在模型允許清單中：OpenClaw 會直接略過此備援。</translation>
    </message>
    <message>
        <source>No credentials for this provider: this fallback will fail.</source>
        <translation>此提供者沒有憑證：此備援將會失敗。</translation>
    </message>
</context>
<context>
    <name>clawdesk::ProviderController</name>
    <message>
        <source>Signed in: profile %1 in OpenClaw&apos;s auth-profiles.json (%2).</source>
        <translation>已登入：OpenClaw 的 auth-profiles.json 中的驗證設定檔 %1（%2）。</translation>
    </message>
    <message>
        <source>Key from the environment variable %1 (not stored by ClawDesk).</source>
        <translation>金鑰來自環境變數 %1（ClawDesk 不會儲存）。</translation>
    </message>
    <message>
        <source>Key written in openclaw.json (%1). Moving it to the keychain is safer.</source>
        <translation>金鑰寫在 openclaw.json 中（%1）。移至鑰匙圈會更安全。</translation>
    </message>
    <message>
        <source>No key yet.</source>
        <translation>尚無金鑰。</translation>
    </message>
    <message>
        <source>Enter the base URL, e.g. http://127.0.0.1:1234/v1</source>
        <translation>請輸入基礎 URL，例如 http://127.0.0.1:1234/v1</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https://</source>
        <translation>基礎 URL 必須以 http:// 或 https:// 開頭</translation>
    </message>
    <message>
        <source>The base URL needs a host name.</source>
        <translation>基礎 URL 缺少主機名稱。</translation>
    </message>
    <message>
        <source>Enter a provider id, e.g. my-proxy</source>
        <translation>請輸入提供者 ID，例如 my-proxy</translation>
    </message>
    <message>
        <source>Use lower-case letters, digits, dots, underscores or dashes.</source>
        <translation>只能使用小寫英文字母、數字、點、底線或連字號。</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>請輸入 API 金鑰。</translation>
    </message>
    <message>
        <source>No credential store is available.</source>
        <translation>沒有可用的憑證儲存區。</translation>
    </message>
    <message>
        <source>The server did not answer with a model list.</source>
        <translation>伺服器未回傳模型清單。</translation>
    </message>
    <message>
        <source>Could not reach LM Studio: %1. Is its server running?</source>
        <translation>無法連線至 LM Studio：%1。它的伺服器是否正在執行？</translation>
    </message>
    <message>
        <source>Signed in: profile %1 in OpenClaw&apos;s credential store (%2).</source>
        <translation>已登入：OpenClaw 的憑證儲存區中的驗證設定檔 %1（%2）。</translation>
    </message>
    <message>
        <source>Signed in: profile %1 in a leftover auth-profiles.json (%2); run openclaw doctor --fix to move it into OpenClaw&apos;s credential store.</source>
        <translation>已登入：殘留的 auth-profiles.json 中的驗證設定檔 %1（%2）；請執行 openclaw doctor --fix 將其移至 OpenClaw 的憑證儲存區。</translation>
    </message>
</context>
<context>
    <name>clawdesk::QuotaMonitor</name>
    <message>
        <source>week</source>
        <extracomment>The weekly window of the MiniMax Coding Plan quota</extracomment>
        <translation>每週</translation>
    </message>
    <message>
        <source>%1 %2% left</source>
        <extracomment>A quota window and what is left of it, e.g. &quot;5h 63% left&quot;</extracomment>
        <translation>%1 剩餘 %2%</translation>
    </message>
</context>
<context>
    <name>clawdesk::TrayController</name>
    <message>
        <source>Start gateway</source>
        <translation>啟動 Gateway</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>停止 Gateway</translation>
    </message>
    <message>
        <source>Restart gateway</source>
        <translation>重新啟動 Gateway</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>Tray submenu listing the models to use as the primary (default) model</extracomment>
        <translation>模型</translation>
    </message>
    <message>
        <source>Open ClawDesk</source>
        <translation>開啟 ClawDesk</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>ClawDesk is still running</source>
        <translation>ClawDesk 仍在執行</translation>
    </message>
    <message>
        <source>The gateway keeps serving in the background. Use the tray icon to open ClawDesk or to quit.</source>
        <translation>Gateway 會在背景繼續執行。使用系統匣圖示即可開啟或結束 ClawDesk。</translation>
    </message>
    <message>
        <source>Back on the primary model</source>
        <translation>已回到主要模型</translation>
    </message>
    <message>
        <source>ClawDesk stays in the tray; the gateway is not running. Use the tray icon to open ClawDesk, start the gateway or quit.</source>
        <translation>ClawDesk 會留在系統匣中；Gateway 目前未執行。使用系統匣圖示即可開啟 ClawDesk、啟動 Gateway 或結束。</translation>
    </message>
    <message>
        <source>%1 is tried first again.</source>
        <translation>會再次優先嘗試 %1。</translation>
    </message>
    <message>
        <source>Primary model failed</source>
        <translation>主要模型失敗</translation>
    </message>
    <message>
        <source>%1 failed (%2); trying %3.</source>
        <translation>%1 失敗（%2）；正在嘗試 %3。</translation>
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
        <translation>沒有請求</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 tokens · %n request(s)</source>
        <translation>
            <numerusform>%1 · %2 個 token · %n 次請求</numerusform>
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
        <translation>請先選擇提供者與驗證方式。</translation>
    </message>
</context>
</TS>
