<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ConnectToolsCard</name>
    <message>
        <source>Connect your tools</source>
        <translation>ツールを接続</translation>
    </message>
    <message>
        <source>ClawDesk writes each tool&apos;s own settings so it uses this gateway. Undo puts the file back exactly as it was.</source>
        <translation>ClawDesk は各ツール自身の設定を書き換えて、この Gateway を使うようにします。元に戻すと、ファイルは完全に元の状態に戻ります。</translation>
    </message>
    <message>
        <source>Connected. The tool uses the gateway the next time it starts.</source>
        <translation>接続しました。ツールは次回の起動時から Gateway を使います。</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>接続できません: %1</translation>
    </message>
    <message>
        <source>%1&apos;s settings are back as they were.</source>
        <translation>%1 の設定を元に戻しました。</translation>
    </message>
    <message>
        <source>Cannot undo: %1</source>
        <translation>元に戻せません: %1</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>Overridden by a shell variable</source>
        <translation>シェル変数で上書きされています</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Connect %1 to the gateway</source>
        <translation>%1 を Gateway に接続</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Undo connecting %1</source>
        <translation>%1 の接続を元に戻す</translation>
    </message>
    <message>
        <source>This change will be written (the token is shortened here):</source>
        <translation>次の変更を書き込みます（ここではトークンを短縮表示しています）:</translation>
    </message>
    <message>
        <source>Change to be written</source>
        <translation>書き込む変更</translation>
    </message>
    <message>
        <source>Write the change</source>
        <translation>変更を書き込む</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Test connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <source>Test the connection to %1</source>
        <translation>%1 への接続をテスト</translation>
    </message>
</context>
<context>
    <name>CopyableSnippet</name>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 をコピー</translation>
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
        <translation>Gateway を開始</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>Gateway を停止</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>再起動</translation>
    </message>
    <message>
        <source>Restart gateway</source>
        <translation>Gateway を再起動</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Gateway port</source>
        <translation>Gateway のポート</translation>
    </message>
    <message>
        <source>Bind</source>
        <extracomment>Network address the gateway listens on</extracomment>
        <translation>バインド</translation>
    </message>
    <message>
        <source>Gateway bind address</source>
        <translation>Gateway のバインドアドレス</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>gateway token</source>
        <translation>Gateway トークン</translation>
    </message>
    <message>
        <source>Regenerate gateway token</source>
        <translation>Gateway トークンを再生成</translation>
    </message>
    <message>
        <source>Port, bind and token apply the next time the gateway starts.</source>
        <translation>ポート、バインド、トークンは次回 Gateway の起動時に反映されます。</translation>
    </message>
    <message>
        <source>Claude Code</source>
        <translation>Claude Code</translation>
    </message>
    <message>
        <source>Cline / Roo Code / Kilo Code (OpenAI compatible)</source>
        <translation>Cline / Roo Code / Kilo Code（OpenAI 互換）</translation>
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
        <translation>Gateway を再起動中…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>What each tool asked for, which model answered, and why a fallback was used. Select a request to see its attempts.</source>
        <translation>各ツールが何を要求し、どのモデルが応答し、なぜフォールバックが使われたか。リクエストを選択すると試行の内容を表示します。</translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation>リクエストはまだありません</translation>
    </message>
    <message>
        <source>Point a tool at the gateway (see below); its requests appear here.</source>
        <translation>ツールの接続先を Gateway にすると（下記参照）、そのリクエストがここに表示されます。</translation>
    </message>
    <message>
        <source>Start the gateway, then point a tool at it; its requests appear here.</source>
        <translation>Gateway を起動してからツールの接続先にすると、そのリクエストがここに表示されます。</translation>
    </message>
    <message>
        <source>%1 · %2 asked for %3</source>
        <translation>%1 · %2 が %3 を要求</translation>
    </message>
    <message>
        <source>Attempt %1: %2 — %3</source>
        <translation>試行 %1: %2 — %3</translation>
    </message>
    <message>
        <source>Served by %1: status %2, %3 ms, %4 in / %5 out tokens, %6</source>
        <translation>%1 が応答: ステータス %2、%3 ms、入力 %4 / 出力 %5 トークン、%6</translation>
    </message>
    <message>
        <source>Refused with status %1: %2</source>
        <translation>ステータス %1 で拒否: %2</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>一覧をクリア</translation>
    </message>
    <message>
        <source>Request list cleared (usage totals keep them).</source>
        <translation>リクエスト一覧をクリアしました（使用量の集計には残ります）。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Regenerate token</source>
        <translation>トークンを再生成</translation>
    </message>
    <message>
        <source>New token saved; it applies when the gateway restarts.</source>
        <translation>新しいトークンを保存しました。Gateway の再起動後に有効になります。</translation>
    </message>
    <message>
        <source>New token saved.</source>
        <translation>新しいトークンを保存しました。</translation>
    </message>
    <message>
        <source>Translated for the provider: %1</source>
        <translation>プロバイダー向けに変換: %1</translation>
    </message>
    <message>
        <source>Manual setup</source>
        <translation>手動設定</translation>
    </message>
    <message>
        <source>For tools ClawDesk does not configure itself: paste these settings.</source>
        <translation>ClawDesk が自動で設定しないツール向け: 次の設定を貼り付けてください。</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>メッセージを閉じる</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Model/auth</source>
        <extracomment>Sidebar page for choosing providers and signing in</extracomment>
        <translation>モデル/認証</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>モデル</translation>
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
        <translation>ページ</translation>
    </message>
    <message>
        <source>Configure…</source>
        <translation>設定ウィザード…</translation>
    </message>
    <message>
        <source>Open the configure wizard</source>
        <translation>設定ウィザードを開く</translation>
    </message>
    <message>
        <source>No system tray found: closing the window quits ClawDesk and stops the gateway.</source>
        <translation>システムトレイが見つかりません。ウィンドウを閉じると ClawDesk が終了し、Gateway も停止します。</translation>
    </message>
</context>
<context>
    <name>ModelAuthPage</name>
    <message>
        <source>Model/auth</source>
        <translation>モデル/認証</translation>
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
        <translation>Coding Plan でサインイン（OAuth）するか、APIキーを使用します。Lightning は高速版で、出力料金が高めです。</translation>
    </message>
    <message>
        <source>OAuth: %1</source>
        <translation>OAuth: %1</translation>
    </message>
    <message>
        <source>Sign in with MiniMax (Global)</source>
        <translation>MiniMax でサインイン（グローバル）</translation>
    </message>
    <message>
        <source>Sign in (CN)</source>
        <extracomment>MiniMax&apos;s endpoint for users in mainland China</extracomment>
        <translation>サインイン（中国）</translation>
    </message>
    <message>
        <source>Sign in with MiniMax (China)</source>
        <translation>MiniMax でサインイン（中国）</translation>
    </message>
    <message>
        <source>Asking MiniMax for a code…</source>
        <translation>MiniMax にコードを要求しています…</translation>
    </message>
    <message>
        <source>Open this page and enter the code:</source>
        <translation>このページを開いてコードを入力してください:</translation>
    </message>
    <message>
        <source>Sign-in code %1</source>
        <translation>サインインコード %1</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>コードをコピー</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>サインインをキャンセル</translation>
    </message>
    <message>
        <source>The code expires in %1:%2</source>
        <translation>コードの有効期限まで %1:%2</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>サインインしました。</translation>
    </message>
    <message>
        <source>API key: %1</source>
        <translation>APIキー: %1</translation>
    </message>
    <message>
        <source>MiniMax API key</source>
        <translation>MiniMax APIキー</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>キーを保存</translation>
    </message>
    <message>
        <source>Save MiniMax API key</source>
        <translation>MiniMax APIキーを保存</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>Anthropic API key (sk-ant-…)</source>
        <translation>Anthropic APIキー（sk-ant-…）</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>Anthropic APIキー</translation>
    </message>
    <message>
        <source>Save Anthropic API key</source>
        <translation>Anthropic APIキーを保存</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>OpenAI 互換</translation>
    </message>
    <message>
        <source>Any server that speaks the OpenAI API, under a provider id of your choice.</source>
        <translation>OpenAI API に対応した任意のサーバーを、好きなプロバイダー ID で追加できます。</translation>
    </message>
    <message>
        <source>Provider id</source>
        <translation>プロバイダー ID</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>ベース URL</translation>
    </message>
    <message>
        <source>API</source>
        <extracomment>Wire protocol of the provider</extracomment>
        <translation>API</translation>
    </message>
    <message>
        <source>API kind</source>
        <translation>API の種類</translation>
    </message>
    <message>
        <source>Save provider</source>
        <translation>プロバイダーを保存</translation>
    </message>
    <message>
        <source>LM Studio</source>
        <translation>LM Studio</translation>
    </message>
    <message>
        <source>Models running on this computer. No key is needed; nothing leaves your machine.</source>
        <translation>このコンピューターで動作するモデルです。キーは不要で、データが外部に送信されることはありません。</translation>
    </message>
    <message>
        <source>LM Studio base URL</source>
        <translation>LM Studio のベース URL</translation>
    </message>
    <message>
        <source>Discover models</source>
        <translation>モデルを検出</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 を使用</translation>
    </message>
    <message>
        <source>API key for %1 saved: %2</source>
        <translation>%1 の API キーを保存しました: %2</translation>
    </message>
    <message>
        <source>Signed in to MiniMax.</source>
        <translation>MiniMax にサインインしました。</translation>
    </message>
    <message>
        <source>Provider %1 saved.</source>
        <translation>プロバイダー %1 を保存しました。</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>No models yet: add the ids the server offers.</source>
        <translation>モデルはまだありません。サーバーが提供する ID を追加してください。</translation>
    </message>
    <message>
        <source>model id, e.g. gpt-4o-mini</source>
        <translation>モデル ID（例: gpt-4o-mini）</translation>
    </message>
    <message>
        <source>Model id to add to %1</source>
        <translation>%1 に追加するモデル ID</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>モデルを追加</translation>
    </message>
    <message>
        <source>Add model to %1</source>
        <translation>%1 にモデルを追加</translation>
    </message>
    <message>
        <source>Model %1 added to %2.</source>
        <translation>モデル %1 を %2 に追加しました。</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>The change was not saved.</source>
        <translation>変更は保存されませんでした。</translation>
    </message>
    <message>
        <source>Search models, names or aliases</source>
        <translation>モデル、名前、エイリアスを検索</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>モデルを検索</translation>
    </message>
    <message>
        <source>Show all catalog</source>
        <translation>カタログ全体を表示</translation>
    </message>
    <message>
        <source>Show all catalog models</source>
        <translation>カタログのすべてのモデルを表示</translation>
    </message>
    <message>
        <source>Model list</source>
        <translation>モデル一覧</translation>
    </message>
    <message>
        <source>context %1</source>
        <translation>コンテキスト %1</translation>
    </message>
    <message>
        <source>auth ✓</source>
        <translation>認証 ✓</translation>
    </message>
    <message>
        <source>no auth</source>
        <translation>未認証</translation>
    </message>
    <message>
        <source>local</source>
        <translation>ローカル</translation>
    </message>
    <message>
        <source>alias %1</source>
        <translation>エイリアス %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>fallback #%1</source>
        <extracomment>Position in the fallback chain, e.g. &quot;fallback #2&quot;</extracomment>
        <translation>フォールバック #%1</translation>
    </message>
    <message>
        <source>Make primary</source>
        <translation>プライマリにする</translation>
    </message>
    <message>
        <source>Make %1 the primary model</source>
        <translation>%1 をプライマリモデルにする</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>プライマリ</translation>
    </message>
    <message>
        <source>Add as fallback</source>
        <translation>フォールバックに追加</translation>
    </message>
    <message>
        <source>Add %1 as a fallback</source>
        <translation>%1 をフォールバックに追加</translation>
    </message>
    <message>
        <source>Fallback chain</source>
        <translation>フォールバックチェーン</translation>
    </message>
    <message>
        <source>Tried in this order when the primary fails. Drag to reorder, or use Ctrl+Up/Down.</source>
        <translation>プライマリが失敗したときにこの順で試します。ドラッグするか Ctrl+↑/↓ で並べ替えられます。</translation>
    </message>
    <message>
        <source>Fallback %1: %2</source>
        <translation>フォールバック %1: %2</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>%1 を上へ移動</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>%1 を下へ移動</translation>
    </message>
    <message>
        <source>Remove fallback %1</source>
        <translation>フォールバック %1 を削除</translation>
    </message>
    <message>
        <source>No fallbacks: requests fail when the primary fails.</source>
        <translation>フォールバックなし: プライマリが失敗するとリクエストも失敗します。</translation>
    </message>
    <message>
        <source>Model to add as fallback</source>
        <translation>フォールバックに追加するモデル</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Add fallback</source>
        <translation>フォールバックを追加</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>エイリアス</translation>
    </message>
    <message>
        <source>Short names you can type instead of provider/model.</source>
        <translation>provider/model の代わりに入力できる短い名前です。</translation>
    </message>
    <message>
        <source>Alias for %1</source>
        <translation>%1 のエイリアス</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <source>Rename alias %1</source>
        <translation>エイリアス %1 の名前を変更</translation>
    </message>
    <message>
        <source>Remove alias %1</source>
        <translation>エイリアス %1 を削除</translation>
    </message>
    <message>
        <source>Model for the new alias</source>
        <translation>新しいエイリアスのモデル</translation>
    </message>
    <message>
        <source>new alias</source>
        <translation>新しいエイリアス</translation>
    </message>
    <message>
        <source>New alias</source>
        <translation>新しいエイリアス</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>エイリアスを追加</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Remove alias %1?</source>
        <translation>エイリアス %1 を削除しますか？</translation>
    </message>
    <message>
        <source>Remove alias</source>
        <translation>エイリアスを削除</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Ctrl+Up and Ctrl+Down move the selected fallback; Delete removes it.</source>
        <translation>Ctrl+↑ / Ctrl+↓ で選択中のフォールバックを移動、Delete で削除します。</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>エディターで開く</translation>
    </message>
    <message>
        <source>No openclaw.json yet at %1.</source>
        <translation>%1 に openclaw.json はまだありません。</translation>
    </message>
    <message>
        <source>Set up…</source>
        <translation>セットアップ…</translation>
    </message>
    <message>
        <source>The gateway keeps serving the last good config.</source>
        <translation>Gateway は最後の正常な設定で動作を続けます。</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Start gateway</source>
        <translation>Gateway を開始</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>Gateway を停止</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Configured chain</source>
        <translation>設定済みのチェーン</translation>
    </message>
    <message>
        <source>Edit models…</source>
        <translation>モデルを編集…</translation>
    </message>
    <message>
        <source>Edit models</source>
        <translation>モデルを編集</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 件のリクエスト</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <extracomment>Money spent today, in US dollars</extracomment>
        <translation>コスト: %1</translation>
    </message>
    <message>
        <source>Recent failovers</source>
        <translation>最近のフェイルオーバー</translation>
    </message>
    <message>
        <source>None so far.</source>
        <translation>まだありません。</translation>
    </message>
    <message>
        <source>%1  back to %2</source>
        <translation>%1  %2 に復帰</translation>
    </message>
    <message>
        <source>Config file</source>
        <translation>設定ファイル</translation>
    </message>
    <message>
        <source>Open openclaw.json in editor</source>
        <translation>openclaw.json をエディターで開く</translation>
    </message>
    <message>
        <source>Coding Plan: %1</source>
        <extracomment>MiniMax Coding Plan quota windows, e.g. &quot;5h 63% left ⏱2h 10m · week 88% left&quot;</extracomment>
        <translation>Coding Plan: %1</translation>
    </message>
    <message>
        <source>Coding Plan quota unavailable: %1</source>
        <translation>Coding Plan のクォータを取得できません: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>詳細…</translation>
    </message>
    <message>
        <source>Open the Gateway page</source>
        <translation>Gateway ページを開く</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fixed: %1</source>
        <translation>修正しました: %1</translation>
    </message>
    <message>
        <source>Could not fix it: %1</source>
        <translation>修正できませんでした: %1</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>認証情報</translation>
    </message>
    <message>
        <source>Add a key…</source>
        <translation>キーを追加…</translation>
    </message>
    <message>
        <source>%1  %2 failed (%3), tried %4</source>
        <translation>%1  %2 が失敗（%3）、%4 を試行</translation>
    </message>
</context>
<context>
    <name>RequestRow</name>
    <message>
        <source>%1, %2 to %3, status %4</source>
        <translation>%1、%2 → %3、ステータス %4</translation>
    </message>
    <message>
        <source>not served</source>
        <translation>未応答</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <source>Requested → served</source>
        <translation>要求 → 応答</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Latency</source>
        <extracomment>Column header: how long the request took</extracomment>
        <translation>レイテンシ</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <source>Failover</source>
        <extracomment>Column header: why the gateway moved on to a fallback model</extracomment>
        <translation>フェイルオーバー</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Hide</source>
        <translation>隠す</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>%1を隠す</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation>%1を表示</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1をコピー</translation>
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
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Theme</source>
        <extracomment>Colour theme of the window</extracomment>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Startup and tray</source>
        <translation>起動とトレイ</translation>
    </message>
    <message>
        <source>Start ClawDesk when I log in</source>
        <translation>ログイン時に ClawDesk を起動</translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation>トレイに最小化して起動</translation>
    </message>
    <message>
        <source>Notify me when the gateway switches to a fallback and back</source>
        <translation>Gateway がフォールバックに切り替わったときと戻ったときに通知</translation>
    </message>
    <message>
        <source>No system tray is available on this desktop, so ClawDesk quits when its window is closed.</source>
        <translation>このデスクトップにはシステムトレイがないため、ウィンドウを閉じると ClawDesk は終了します。</translation>
    </message>
    <message>
        <source>OpenClaw config</source>
        <translation>OpenClaw の設定</translation>
    </message>
    <message>
        <source>Leave empty to use the file OpenClaw itself uses. Takes effect after a restart.</source>
        <translation>空欄にすると OpenClaw 自身が使うファイルを使用します。再起動後に反映されます。</translation>
    </message>
    <message>
        <source>Config file path</source>
        <translation>設定ファイルのパス</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>エディターで開く</translation>
    </message>
    <message>
        <source>Open openclaw.json in editor</source>
        <translation>openclaw.json をエディターで開く</translation>
    </message>
</context>
<context>
    <name>ToastHost</name>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>UsageChart</name>
    <message>
        <source>Usage per day</source>
        <translation>日別の使用量</translation>
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
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>過去 90 日間</translation>
    </message>
    <message>
        <source>By model</source>
        <translation>モデル別</translation>
    </message>
    <message>
        <source>By provider</source>
        <translation>プロバイダー別</translation>
    </message>
    <message>
        <source>Stack the bars</source>
        <translation>棒グラフを積み上げる</translation>
    </message>
    <message>
        <source>No requests in this period</source>
        <translation>この期間のリクエストはありません</translation>
    </message>
    <message>
        <source>Usage appears here as the gateway serves requests.</source>
        <translation>Gateway がリクエストを処理すると、使用量がここに表示されます。</translation>
    </message>
    <message>
        <source>Usage by provider</source>
        <translation>プロバイダー別の使用量</translation>
    </message>
    <message>
        <source>Usage by model</source>
        <translation>モデル別の使用量</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>割合</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Auth method</source>
        <translation>認証方法</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>デフォルトモデル</translation>
    </message>
    <message>
        <source>Model picker</source>
        <translation>モデル選択</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Configure wizard</source>
        <translation>設定ウィザード</translation>
    </message>
    <message>
        <source>Set up OpenClaw</source>
        <translation>OpenClaw のセットアップ</translation>
    </message>
    <message>
        <source>Model/auth provider</source>
        <translation>モデル/認証プロバイダー</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>LM Studio (local)</source>
        <translation>LM Studio（ローカル）</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>APIキー</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>キーを保存</translation>
    </message>
    <message>
        <source>Save API key</source>
        <translation>APIキーを保存</translation>
    </message>
    <message>
        <source>Sign in with your MiniMax account in the browser.</source>
        <translation>ブラウザーで MiniMax アカウントにサインインします。</translation>
    </message>
    <message>
        <source>Start sign-in</source>
        <translation>サインインを開始</translation>
    </message>
    <message>
        <source>No sign-in needed. Start LM Studio&apos;s local server (Developer → Start server).</source>
        <translation>サインインは不要です。LM Studio のローカルサーバーを起動してください（Developer → Start server）。</translation>
    </message>
    <message>
        <source>Models in the /model picker. Besides the default, the ones you tick become fallbacks, in this order.</source>
        <translation>/model ピッカーに表示するモデルです。デフォルト以外でチェックしたものは、この順でフォールバックになります。</translation>
    </message>
    <message>
        <source>Offer %1</source>
        <translation>%1 を提供</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>%1 に保存しました。</translation>
    </message>
    <message>
        <source>These changes will be written to %1:</source>
        <translation>次の変更を %1 に書き込みます:</translation>
    </message>
    <message>
        <source>Changes to openclaw.json</source>
        <translation>openclaw.json への変更</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel the wizard</source>
        <translation>ウィザードをキャンセル</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Write openclaw.json</source>
        <translation>openclaw.json に書き込む</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <extracomment>A model in the picker list that is the default model (always offered)</extracomment>
        <translation>%1（デフォルト）</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Fallbacks</source>
        <translation>フォールバック</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>MiniMax (recommended)</source>
        <translation>MiniMax（推奨）</translation>
    </message>
    <message>
        <source>Enter your API key. It is stored in the system keychain (when there is one) and in OpenClaw&apos;s own credential store, never in openclaw.json.</source>
        <translation>APIキーを入力してください。キーはシステムのキーチェーン（ある場合）と OpenClaw 自身の認証情報ストアに保存され、openclaw.json には書き込まれません。</translation>
    </message>
</context>
<context>
    <name>clawdesk::AppState</name>
    <message>
        <source>Gateway stopped</source>
        <translation>Gateway は停止中</translation>
    </message>
    <message>
        <source>Gateway starting…</source>
        <translation>Gateway を起動中…</translation>
    </message>
    <message>
        <source>Gateway running on port %1</source>
        <translation>Gateway はポート %1 で実行中</translation>
    </message>
    <message>
        <source>Gateway failed to start</source>
        <translation>Gateway を起動できませんでした</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>%1 から</translation>
    </message>
    <message>
        <source>Tools pointed at ClawDesk cannot connect until you start it.</source>
        <translation>ClawDesk に接続するよう設定したツールは、Gateway を起動するまで接続できません。</translation>
    </message>
    <message>
        <source>Nothing served yet</source>
        <translation>まだ応答はありません</translation>
    </message>
    <message>
        <source>Last request served by fallback %1 at %2</source>
        <translation>最後のリクエストはフォールバック %1 が %2 に応答</translation>
    </message>
    <message>
        <source>Last request served by %1 at %2</source>
        <translation>最後のリクエストは %1 が %2 に応答</translation>
    </message>
    <message>
        <source>No openclaw.json yet</source>
        <translation>openclaw.json はまだありません</translation>
    </message>
    <message>
        <source>openclaw.json is valid</source>
        <translation>openclaw.json は有効です</translation>
    </message>
    <message numerus="yes">
        <source>openclaw.json is valid, with %n warning(s)</source>
        <translation>
            <numerusform>openclaw.json は有効です（警告 %n 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>openclaw.json does not parse</source>
        <translation>openclaw.json を解析できません</translation>
    </message>
    <message>
        <source>openclaw.json has errors OpenClaw would reject</source>
        <translation>openclaw.json に OpenClaw が受け付けないエラーがあります</translation>
    </message>
    <message>
        <source>%1: sign-in expired, sign in again</source>
        <translation>%1: サインインの有効期限が切れました。再度サインインしてください</translation>
    </message>
    <message>
        <source>%1: key from %2</source>
        <translation>%1: %2 のキー</translation>
    </message>
    <message>
        <source>%1: signed in</source>
        <translation>%1: サインイン済み</translation>
    </message>
    <message>
        <source>%1: key in auth profile %2</source>
        <translation>%1: 認証プロファイル %2 のキー</translation>
    </message>
    <message>
        <source>%1: key in openclaw.json</source>
        <translation>%1: openclaw.json 内のキー</translation>
    </message>
    <message>
        <source>%1: local server, no key needed</source>
        <translation>%1: ローカルサーバー、キーは不要</translation>
    </message>
    <message>
        <source>%1: no API key or sign-in</source>
        <translation>%1: API キーもサインインもありません</translation>
    </message>
    <message>
        <source>Sign-in expired: open ClawDesk to sign in again</source>
        <translation>サインインの有効期限が切れました。ClawDesk を開いて再度サインインしてください</translation>
    </message>
    <message>
        <source>openclaw.json needs fixing: %1</source>
        <translation>openclaw.json の修正が必要です: %1</translation>
    </message>
    <message>
        <source>Gateway failed to start: %1</source>
        <translation>Gateway を起動できませんでした: %1</translation>
    </message>
    <message>
        <source>Gateway running; last request served by fallback %1</source>
        <translation>Gateway 実行中。最後のリクエストはフォールバック %1 が応答</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>レート制限</translation>
    </message>
    <message>
        <source>could not connect</source>
        <translation>接続できません</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <source>key rejected</source>
        <translation>キーが拒否されました</translation>
    </message>
    <message>
        <source>billing or quota</source>
        <translation>請求またはクォータ</translation>
    </message>
    <message>
        <source>overloaded</source>
        <translation>過負荷</translation>
    </message>
    <message>
        <source>provider error</source>
        <translation>プロバイダーのエラー</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>不明なモデル</translation>
    </message>
</context>
<context>
    <name>clawdesk::Application</name>
    <message>
        <source>Coding Plan: %1 of %2 prompts left</source>
        <translation>Coding Plan: 残り %1/%2 プロンプト</translation>
    </message>
    <message>
        <source>Coding Plan: %1</source>
        <translation>Coding Plan: %1</translation>
    </message>
    <message>
        <source>No model could answer: every candidate failed to connect.</source>
        <translation>応答できるモデルがありません。すべての候補で接続に失敗しました。</translation>
    </message>
</context>
<context>
    <name>clawdesk::Autostart</name>
    <message>
        <source>Cannot remove %1</source>
        <translation>%1 を削除できません</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConfigController</name>
    <message>
        <source>Alias %1 already points to %2.</source>
        <translation>エイリアス %1 はすでに %2 を指しています。</translation>
    </message>
    <message>
        <source>openclaw.json changed since; nothing was undone.</source>
        <translation>その後 openclaw.json が変更されたため、元に戻しませんでした。</translation>
    </message>
    <message>
        <source>The earlier version cannot be read; nothing was undone.</source>
        <translation>以前のバージョンを読み取れないため、元に戻しませんでした。</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>元に戻しました。</translation>
    </message>
    <message>
        <source>Primary model set to %1.</source>
        <translation>プライマリモデルを %1 に設定しました。</translation>
    </message>
    <message>
        <source>Alias %1 added.</source>
        <translation>エイリアス %1 を追加しました。</translation>
    </message>
    <message>
        <source>Alias %1 removed.</source>
        <translation>エイリアス %1 を削除しました。</translation>
    </message>
    <message>
        <source>the primary model</source>
        <translation>プライマリモデル</translation>
    </message>
    <message>
        <source>fallback #%1</source>
        <translation>フォールバック #%1</translation>
    </message>
    <message>
        <source>%1 is used by %2. Removing it writes %3 there instead, so the chain keeps the same model.</source>
        <translation>%1 は %2 で使われています。削除すると代わりに %3 がそこに書き込まれ、チェーンは同じモデルのままになります。</translation>
    </message>
    <message>
        <source>Alias %1 renamed to %2.</source>
        <translation>エイリアス %1 の名前を %2 に変更しました。</translation>
    </message>
    <message>
        <source>%1 added to the fallback chain.</source>
        <translation>%1 をフォールバックチェーンに追加しました。</translation>
    </message>
    <message>
        <source>Fallback %1 removed.</source>
        <translation>フォールバック %1 を削除しました。</translation>
    </message>
    <message>
        <source>Fallback chain reordered.</source>
        <translation>フォールバックチェーンを並べ替えました。</translation>
    </message>
    <message>
        <source>Fallback chain cleared.</source>
        <translation>フォールバックチェーンをクリアしました。</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConnectController</name>
    <message>
        <source>Unknown tool: %1</source>
        <translation>不明なツール: %1</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConnectionTester</name>
    <message>
        <source>%1 is not set up in openclaw.json yet: save it first.</source>
        <translation>%1 はまだ openclaw.json に設定されていません。先に保存してください。</translation>
    </message>
    <message>
        <source>%1 lists no models: add one to test it.</source>
        <translation>%1 にはモデルがありません。テストするにはモデルを追加してください。</translation>
    </message>
    <message>
        <source>The api &quot;%1&quot; cannot be tested here; use anthropic-messages, openai-completions or openai-responses.</source>
        <translation>API「%1」はここではテストできません。anthropic-messages、openai-completions、openai-responses のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>No API key for %1: add one on this page or sign in.</source>
        <translation>%1 の APIキーがありません。このページで追加するか、サインインしてください。</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 をテスト中…</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2. Check the base URL and that the server runs.</source>
        <translation>%1 に接続できません: %2。ベース URL と、サーバーが起動しているかを確認してください。</translation>
    </message>
    <message>
        <source>Connected: %1 answered in %2 ms.</source>
        <translation>接続成功: %1 が %2 ms で応答しました。</translation>
    </message>
    <message>
        <source>Check the API key (or sign in again).</source>
        <translation>APIキーを確認してください（または再度サインインしてください）。</translation>
    </message>
    <message>
        <source>Check the base URL and the model id.</source>
        <translation>ベース URL とモデル ID を確認してください。</translation>
    </message>
    <message>
        <source>Rate limited or out of quota: try again later or add a fallback.</source>
        <translation>レート制限中かクォータ切れです。しばらくしてから再試行するか、フォールバックを追加してください。</translation>
    </message>
    <message>
        <source>The provider has a problem: try again later or add a fallback.</source>
        <translation>プロバイダー側で問題が発生しています。しばらくしてから再試行するか、フォールバックを追加してください。</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>接続が拒否されました</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>接続が閉じられました</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>時間内に応答がありません</translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation>セキュア接続に失敗しました</translation>
    </message>
    <message>
        <source>the host name was not found</source>
        <translation>ホスト名が見つかりません</translation>
    </message>
</context>
<context>
    <name>clawdesk::FallbackModel</name>
    <message>
        <source>Not in the model allowlist: OpenClaw silently skips this fallback.</source>
        <translation>モデルの許可リストにありません。OpenClaw はこのフォールバックを通知なしでスキップします。</translation>
    </message>
    <message>
        <source>No credentials for this provider: this fallback will fail.</source>
        <translation>このプロバイダーの認証情報がありません。このフォールバックは失敗します。</translation>
    </message>
</context>
<context>
    <name>clawdesk::ProviderController</name>
    <message>
        <source>Signed in: profile %1 in OpenClaw&apos;s auth-profiles.json (%2).</source>
        <translation>サインイン済み: OpenClaw の auth-profiles.json のプロファイル %1（%2）。</translation>
    </message>
    <message>
        <source>Key from the environment variable %1 (not stored by ClawDesk).</source>
        <translation>環境変数 %1 のキー（ClawDesk には保存されません）。</translation>
    </message>
    <message>
        <source>Key written in openclaw.json (%1). Moving it to the keychain is safer.</source>
        <translation>キーが openclaw.json に書かれています（%1）。キーチェーンに移すほうが安全です。</translation>
    </message>
    <message>
        <source>No key yet.</source>
        <translation>キーはまだありません。</translation>
    </message>
    <message>
        <source>Enter the base URL, e.g. http://127.0.0.1:1234/v1</source>
        <translation>ベース URL を入力してください（例: http://127.0.0.1:1234/v1）</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https://</source>
        <translation>ベース URL は http:// または https:// で始まる必要があります</translation>
    </message>
    <message>
        <source>The base URL needs a host name.</source>
        <translation>ベース URL にはホスト名が必要です。</translation>
    </message>
    <message>
        <source>Enter a provider id, e.g. my-proxy</source>
        <translation>プロバイダー ID を入力してください（例: my-proxy）</translation>
    </message>
    <message>
        <source>Use lower-case letters, digits, dots, underscores or dashes.</source>
        <translation>小文字、数字、ドット、アンダースコア、ハイフンを使用してください。</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>APIキーを入力してください。</translation>
    </message>
    <message>
        <source>No credential store is available.</source>
        <translation>利用できる認証情報ストアがありません。</translation>
    </message>
    <message>
        <source>The server did not answer with a model list.</source>
        <translation>サーバーからモデル一覧が返されませんでした。</translation>
    </message>
    <message>
        <source>Could not reach LM Studio: %1. Is its server running?</source>
        <translation>LM Studio に接続できません: %1。サーバーは起動していますか？</translation>
    </message>
    <message>
        <source>Signed in: profile %1 in OpenClaw&apos;s credential store (%2).</source>
        <translation>サインイン済み: OpenClaw の認証情報ストアのプロファイル %1（%2）。</translation>
    </message>
    <message>
        <source>Signed in: profile %1 in a leftover auth-profiles.json (%2); run openclaw doctor --fix to move it into OpenClaw&apos;s credential store.</source>
        <translation>サインイン済み: 残っている auth-profiles.json のプロファイル %1（%2）。openclaw doctor --fix を実行して OpenClaw の認証情報ストアへ移してください。</translation>
    </message>
</context>
<context>
    <name>clawdesk::QuotaMonitor</name>
    <message>
        <source>week</source>
        <extracomment>The weekly window of the MiniMax Coding Plan quota</extracomment>
        <translation>週</translation>
    </message>
    <message>
        <source>%1 %2% left</source>
        <extracomment>A quota window and what is left of it, e.g. &quot;5h 63% left&quot;</extracomment>
        <translation>%1 残り %2%</translation>
    </message>
</context>
<context>
    <name>clawdesk::TrayController</name>
    <message>
        <source>Start gateway</source>
        <translation>Gateway を開始</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>Gateway を停止</translation>
    </message>
    <message>
        <source>Restart gateway</source>
        <translation>Gateway を再起動</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>Tray submenu listing the models to use as the primary (default) model</extracomment>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Open ClawDesk</source>
        <translation>ClawDesk を開く</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>ClawDesk is still running</source>
        <translation>ClawDesk は実行中です</translation>
    </message>
    <message>
        <source>The gateway keeps serving in the background. Use the tray icon to open ClawDesk or to quit.</source>
        <translation>Gateway はバックグラウンドで動作を続けます。ClawDesk を開く・終了するにはトレイアイコンを使用してください。</translation>
    </message>
    <message>
        <source>Back on the primary model</source>
        <translation>プライマリモデルに戻りました</translation>
    </message>
    <message>
        <source>ClawDesk stays in the tray; the gateway is not running. Use the tray icon to open ClawDesk, start the gateway or quit.</source>
        <translation>ClawDesk はトレイに常駐しています。Gateway は実行されていません。トレイアイコンから ClawDesk を開く、Gateway を起動する、または終了することができます。</translation>
    </message>
    <message>
        <source>%1 is tried first again.</source>
        <translation>%1 が再び最初に試されます。</translation>
    </message>
    <message>
        <source>Primary model failed</source>
        <translation>プライマリモデルが失敗しました</translation>
    </message>
    <message>
        <source>%1 failed (%2); trying %3.</source>
        <translation>%1 が失敗しました（%2）。%3 を試行中です。</translation>
    </message>
</context>
<context>
    <name>clawdesk::UsageModel</name>
    <message>
        <source>Other</source>
        <extracomment>The stack of the usage chart that sums every model or provider not shown by name</extracomment>
        <translation>その他</translation>
    </message>
    <message>
        <source>No requests</source>
        <translation>リクエストなし</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 tokens · %n request(s)</source>
        <translation>
            <numerusform>%1 · %2 トークン · %n 件のリクエスト</numerusform>
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
        <translation>先にプロバイダーと認証方法を選択してください。</translation>
    </message>
</context>
</TS>
