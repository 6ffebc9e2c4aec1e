<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ConnectToolsCard</name>
    <message>
        <source>Connect your tools</source>
        <translation>도구 연결</translation>
    </message>
    <message>
        <source>ClawDesk writes each tool&apos;s own settings so it uses this gateway. Undo puts the file back exactly as it was.</source>
        <translation>ClawDesk가 각 도구의 자체 설정을 기록해 이 게이트웨이를 사용하게 합니다. 실행 취소하면 파일이 원래 상태 그대로 복원됩니다.</translation>
    </message>
    <message>
        <source>Connected. The tool uses the gateway the next time it starts.</source>
        <translation>연결되었습니다. 도구를 다음에 시작할 때부터 게이트웨이를 사용합니다.</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>연결할 수 없음: %1</translation>
    </message>
    <message>
        <source>%1&apos;s settings are back as they were.</source>
        <translation>%1의 설정이 원래대로 복원되었습니다.</translation>
    </message>
    <message>
        <source>Cannot undo: %1</source>
        <translation>실행 취소할 수 없음: %1</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>연결됨</translation>
    </message>
    <message>
        <source>Overridden by a shell variable</source>
        <translation>셸 변수로 재정의됨</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>연결 안 됨</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>Connect %1 to the gateway</source>
        <translation>%1을(를) 게이트웨이에 연결</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Undo connecting %1</source>
        <translation>%1 연결 실행 취소</translation>
    </message>
    <message>
        <source>This change will be written (the token is shortened here):</source>
        <translation>다음 변경 사항이 기록됩니다(여기서는 토큰을 줄여서 표시함):</translation>
    </message>
    <message>
        <source>Change to be written</source>
        <translation>기록할 변경 사항</translation>
    </message>
    <message>
        <source>Write the change</source>
        <translation>변경 사항 기록</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Test connection</source>
        <translation>연결 테스트</translation>
    </message>
    <message>
        <source>Test the connection to %1</source>
        <translation>%1 연결 테스트</translation>
    </message>
</context>
<context>
    <name>CopyableSnippet</name>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 복사</translation>
    </message>
</context>
<context>
    <name>GatewayPage</name>
    <message>
        <source>Gateway</source>
        <translation>게이트웨이</translation>
    </message>
    <message>
        <source>Start gateway</source>
        <translation>게이트웨이 시작</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>게이트웨이 중지</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>다시 시작</translation>
    </message>
    <message>
        <source>Restart gateway</source>
        <translation>게이트웨이 다시 시작</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>Gateway port</source>
        <translation>게이트웨이 포트</translation>
    </message>
    <message>
        <source>Bind</source>
        <extracomment>Network address the gateway listens on</extracomment>
        <translation>바인드 주소</translation>
    </message>
    <message>
        <source>Gateway bind address</source>
        <translation>게이트웨이 바인드 주소</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>토큰</translation>
    </message>
    <message>
        <source>gateway token</source>
        <translation>게이트웨이 토큰</translation>
    </message>
    <message>
        <source>Regenerate gateway token</source>
        <translation>게이트웨이 토큰 다시 생성</translation>
    </message>
    <message>
        <source>Port, bind and token apply the next time the gateway starts.</source>
        <translation>포트, 바인드 주소, 토큰은 다음에 게이트웨이를 시작할 때 적용됩니다.</translation>
    </message>
    <message>
        <source>Claude Code</source>
        <translation>Claude Code</translation>
    </message>
    <message>
        <source>Cline / Roo Code / Kilo Code (OpenAI compatible)</source>
        <translation>Cline / Roo Code / Kilo Code (OpenAI 호환)</translation>
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
        <translation>게이트웨이를 다시 시작하는 중…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>What each tool asked for, which model answered, and why a fallback was used. Select a request to see its attempts.</source>
        <translation>각 도구가 무엇을 요청했는지, 어떤 모델이 응답했는지, 왜 대체 모델을 사용했는지 보여 줍니다. 요청을 선택하면 시도 내역을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation>아직 요청 없음</translation>
    </message>
    <message>
        <source>Point a tool at the gateway (see below); its requests appear here.</source>
        <translation>도구가 게이트웨이를 사용하도록 설정하면(아래 참조) 요청이 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Start the gateway, then point a tool at it; its requests appear here.</source>
        <translation>게이트웨이를 시작한 다음 도구가 게이트웨이를 사용하도록 설정하면 요청이 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>%1 · %2 asked for %3</source>
        <translation>%1 · %2이(가) %3 요청</translation>
    </message>
    <message>
        <source>Attempt %1: %2 — %3</source>
        <translation>시도 %1: %2 — %3</translation>
    </message>
    <message>
        <source>Served by %1: status %2, %3 ms, %4 in / %5 out tokens, %6</source>
        <translation>%1 응답: 상태 %2, %3ms, 입력 %4 / 출력 %5 토큰, %6</translation>
    </message>
    <message>
        <source>Refused with status %1: %2</source>
        <translation>거부됨(상태 %1): %2</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>목록 지우기</translation>
    </message>
    <message>
        <source>Request list cleared (usage totals keep them).</source>
        <translation>요청 목록을 지웠습니다(사용량 합계에는 그대로 남습니다).</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Regenerate token</source>
        <translation>토큰 다시 생성</translation>
    </message>
    <message>
        <source>New token saved; it applies when the gateway restarts.</source>
        <translation>새 토큰을 저장했습니다. 게이트웨이를 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <source>New token saved.</source>
        <translation>새 토큰을 저장했습니다.</translation>
    </message>
    <message>
        <source>Translated for the provider: %1</source>
        <translation>공급자에 맞게 변환됨: %1</translation>
    </message>
    <message>
        <source>Manual setup</source>
        <translation>수동 설정</translation>
    </message>
    <message>
        <source>For tools ClawDesk does not configure itself: paste these settings.</source>
        <translation>ClawDesk가 직접 구성하지 않는 도구: 다음 설정을 붙여 넣으세요.</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>메시지 닫기</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>Model/auth</source>
        <extracomment>Sidebar page for choosing providers and signing in</extracomment>
        <translation>모델/인증</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>게이트웨이</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>사용량</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>ClawDesk</source>
        <translation>ClawDesk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>페이지</translation>
    </message>
    <message>
        <source>Configure…</source>
        <translation>구성…</translation>
    </message>
    <message>
        <source>Open the configure wizard</source>
        <translation>구성 마법사 열기</translation>
    </message>
    <message>
        <source>No system tray found: closing the window quits ClawDesk and stops the gateway.</source>
        <translation>시스템 트레이를 찾을 수 없습니다. 창을 닫으면 ClawDesk가 종료되고 게이트웨이도 중지됩니다.</translation>
    </message>
</context>
<context>
    <name>ModelAuthPage</name>
    <message>
        <source>Model/auth</source>
        <translation>모델/인증</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>저장되지 않음</translation>
    </message>
    <message>
        <source>MiniMax</source>
        <translation>MiniMax</translation>
    </message>
    <message>
        <source>Coding Plan sign-in (OAuth) or an API key. Lightning is the faster variant with a higher output price.</source>
        <translation>코딩 플랜 로그인(OAuth) 또는 API 키를 사용합니다. Lightning은 더 빠른 변형이며 출력 비용이 더 높습니다.</translation>
    </message>
    <message>
        <source>OAuth: %1</source>
        <translation>OAuth: %1</translation>
    </message>
    <message>
        <source>Sign in with MiniMax (Global)</source>
        <translation>MiniMax로 로그인(글로벌)</translation>
    </message>
    <message>
        <source>Sign in (CN)</source>
        <extracomment>MiniMax&apos;s endpoint for users in mainland China</extracomment>
        <translation>로그인(CN)</translation>
    </message>
    <message>
        <source>Sign in with MiniMax (China)</source>
        <translation>MiniMax로 로그인(중국)</translation>
    </message>
    <message>
        <source>Asking MiniMax for a code…</source>
        <translation>MiniMax에 코드를 요청하는 중…</translation>
    </message>
    <message>
        <source>Open this page and enter the code:</source>
        <translation>이 페이지를 열고 다음 코드를 입력하세요:</translation>
    </message>
    <message>
        <source>Sign-in code %1</source>
        <translation>로그인 코드 %1</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>코드 복사</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>로그인 취소</translation>
    </message>
    <message>
        <source>The code expires in %1:%2</source>
        <translation>코드 만료까지 %1:%2</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>로그인되었습니다.</translation>
    </message>
    <message>
        <source>API key: %1</source>
        <translation>API 키: %1</translation>
    </message>
    <message>
        <source>MiniMax API key</source>
        <translation>MiniMax API 키</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>키 저장</translation>
    </message>
    <message>
        <source>Save MiniMax API key</source>
        <translation>MiniMax API 키 저장</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>Anthropic API key (sk-ant-…)</source>
        <translation>Anthropic API 키(sk-ant-…)</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>Anthropic API 키</translation>
    </message>
    <message>
        <source>Save Anthropic API key</source>
        <translation>Anthropic API 키 저장</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>OpenAI 호환</translation>
    </message>
    <message>
        <source>Any server that speaks the OpenAI API, under a provider id of your choice.</source>
        <translation>OpenAI API를 지원하는 모든 서버를 원하는 공급자 ID로 추가합니다.</translation>
    </message>
    <message>
        <source>Provider id</source>
        <translation>공급자 ID</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>기본 URL</translation>
    </message>
    <message>
        <source>API</source>
        <extracomment>Wire protocol of the provider</extracomment>
        <translation>API</translation>
    </message>
    <message>
        <source>API kind</source>
        <translation>API 종류</translation>
    </message>
    <message>
        <source>Save provider</source>
        <translation>공급자 저장</translation>
    </message>
    <message>
        <source>LM Studio</source>
        <translation>LM Studio</translation>
    </message>
    <message>
        <source>Models running on this computer. No key is needed; nothing leaves your machine.</source>
        <translation>이 컴퓨터에서 실행되는 모델입니다. 키가 필요 없으며 데이터가 컴퓨터 밖으로 나가지 않습니다.</translation>
    </message>
    <message>
        <source>LM Studio base URL</source>
        <translation>LM Studio 기본 URL</translation>
    </message>
    <message>
        <source>Discover models</source>
        <translation>모델 찾기</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 사용</translation>
    </message>
    <message>
        <source>API key for %1 saved: %2</source>
        <translation>%1의 API 키를 저장했습니다: %2</translation>
    </message>
    <message>
        <source>Signed in to MiniMax.</source>
        <translation>MiniMax에 로그인했습니다.</translation>
    </message>
    <message>
        <source>Provider %1 saved.</source>
        <translation>공급자 %1을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>No models yet: add the ids the server offers.</source>
        <translation>아직 모델이 없습니다. 서버가 제공하는 ID를 추가하세요.</translation>
    </message>
    <message>
        <source>model id, e.g. gpt-4o-mini</source>
        <translation>모델 ID(예: gpt-4o-mini)</translation>
    </message>
    <message>
        <source>Model id to add to %1</source>
        <translation>%1에 추가할 모델 ID</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>모델 추가</translation>
    </message>
    <message>
        <source>Add model to %1</source>
        <translation>%1에 모델 추가</translation>
    </message>
    <message>
        <source>Model %1 added to %2.</source>
        <translation>모델 %1을(를) %2에 추가했습니다.</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Models</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>The change was not saved.</source>
        <translation>변경 사항이 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>Search models, names or aliases</source>
        <translation>모델, 이름 또는 별칭 검색</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>모델 검색</translation>
    </message>
    <message>
        <source>Show all catalog</source>
        <translation>전체 카탈로그 표시</translation>
    </message>
    <message>
        <source>Show all catalog models</source>
        <translation>카탈로그의 모든 모델 표시</translation>
    </message>
    <message>
        <source>Model list</source>
        <translation>모델 목록</translation>
    </message>
    <message>
        <source>context %1</source>
        <translation>컨텍스트 %1</translation>
    </message>
    <message>
        <source>auth ✓</source>
        <translation>인증 ✓</translation>
    </message>
    <message>
        <source>no auth</source>
        <translation>인증 없음</translation>
    </message>
    <message>
        <source>local</source>
        <translation>로컬</translation>
    </message>
    <message>
        <source>alias %1</source>
        <translation>별칭 %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>fallback #%1</source>
        <extracomment>Position in the fallback chain, e.g. &quot;fallback #2&quot;</extracomment>
        <translation>대체 #%1</translation>
    </message>
    <message>
        <source>Make primary</source>
        <translation>기본으로 설정</translation>
    </message>
    <message>
        <source>Make %1 the primary model</source>
        <translation>%1을(를) 기본 모델로 설정</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>기본</translation>
    </message>
    <message>
        <source>Add as fallback</source>
        <translation>대체 모델로 추가</translation>
    </message>
    <message>
        <source>Add %1 as a fallback</source>
        <translation>%1을(를) 대체 모델로 추가</translation>
    </message>
    <message>
        <source>Fallback chain</source>
        <translation>대체 체인</translation>
    </message>
    <message>
        <source>Tried in this order when the primary fails. Drag to reorder, or use Ctrl+Up/Down.</source>
        <translation>기본 모델이 실패하면 이 순서대로 시도합니다. 끌어서 순서를 바꾸거나 Ctrl+위/아래 키를 사용하세요.</translation>
    </message>
    <message>
        <source>Fallback %1: %2</source>
        <translation>대체 %1: %2</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>%1 위로 이동</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>%1 아래로 이동</translation>
    </message>
    <message>
        <source>Remove fallback %1</source>
        <translation>대체 모델 %1 제거</translation>
    </message>
    <message>
        <source>No fallbacks: requests fail when the primary fails.</source>
        <translation>대체 모델이 없습니다. 기본 모델이 실패하면 요청도 실패합니다.</translation>
    </message>
    <message>
        <source>Model to add as fallback</source>
        <translation>대체 모델로 추가할 모델</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Add fallback</source>
        <translation>대체 모델 추가</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>별칭</translation>
    </message>
    <message>
        <source>Short names you can type instead of provider/model.</source>
        <translation>공급자/모델 대신 입력할 수 있는 짧은 이름입니다.</translation>
    </message>
    <message>
        <source>Alias for %1</source>
        <translation>%1의 별칭</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>이름 변경</translation>
    </message>
    <message>
        <source>Rename alias %1</source>
        <translation>별칭 %1 이름 변경</translation>
    </message>
    <message>
        <source>Remove alias %1</source>
        <translation>별칭 %1 제거</translation>
    </message>
    <message>
        <source>new alias</source>
        <translation>새 별칭</translation>
    </message>
    <message>
        <source>New alias</source>
        <translation>새 별칭</translation>
    </message>
    <message>
        <source>Model for the new alias</source>
        <translation>새 별칭의 모델</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>별칭 추가</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Remove alias %1?</source>
        <translation>별칭 %1을(를) 제거할까요?</translation>
    </message>
    <message>
        <source>Remove alias</source>
        <translation>별칭 제거</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Ctrl+Up and Ctrl+Down move the selected fallback; Delete removes it.</source>
        <translation>Ctrl+위 키와 Ctrl+아래 키로 선택한 대체 모델을 이동하고, Delete 키로 제거합니다.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>편집기에서 열기</translation>
    </message>
    <message>
        <source>No openclaw.json yet at %1.</source>
        <translation>%1에 아직 openclaw.json이 없습니다.</translation>
    </message>
    <message>
        <source>Set up…</source>
        <translation>설정…</translation>
    </message>
    <message>
        <source>The gateway keeps serving the last good config.</source>
        <translation>게이트웨이는 마지막으로 정상이던 구성을 계속 사용합니다.</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>게이트웨이</translation>
    </message>
    <message>
        <source>Start gateway</source>
        <translation>게이트웨이 시작</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>게이트웨이 중지</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Configured chain</source>
        <translation>구성된 체인</translation>
    </message>
    <message>
        <source>Edit models…</source>
        <translation>모델 편집…</translation>
    </message>
    <message>
        <source>Edit models</source>
        <translation>모델 편집</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>요청 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <extracomment>Money spent today, in US dollars</extracomment>
        <translation>비용: %1</translation>
    </message>
    <message>
        <source>Recent failovers</source>
        <translation>최근 장애 조치</translation>
    </message>
    <message>
        <source>None so far.</source>
        <translation>아직 없습니다.</translation>
    </message>
    <message>
        <source>%1  back to %2</source>
        <translation>%1  %2(으)로 복귀</translation>
    </message>
    <message>
        <source>Config file</source>
        <translation>구성 파일</translation>
    </message>
    <message>
        <source>Open openclaw.json in editor</source>
        <translation>편집기에서 openclaw.json 열기</translation>
    </message>
    <message>
        <source>Coding Plan: %1</source>
        <extracomment>MiniMax Coding Plan quota windows, e.g. &quot;5h 63% left ⏱2h 10m · week 88% left&quot;</extracomment>
        <translation>코딩 플랜: %1</translation>
    </message>
    <message>
        <source>Coding Plan quota unavailable: %1</source>
        <translation>코딩 플랜 할당량을 확인할 수 없음: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>자세히…</translation>
    </message>
    <message>
        <source>Open the Gateway page</source>
        <translation>게이트웨이 페이지 열기</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fixed: %1</source>
        <translation>수정됨: %1</translation>
    </message>
    <message>
        <source>Could not fix it: %1</source>
        <translation>수정할 수 없음: %1</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>자격 증명</translation>
    </message>
    <message>
        <source>Add a key…</source>
        <translation>키 추가…</translation>
    </message>
    <message>
        <source>%1  %2 failed (%3), tried %4</source>
        <translation>%1  %2 실패(%3), %4 시도</translation>
    </message>
</context>
<context>
    <name>RequestRow</name>
    <message>
        <source>%1, %2 to %3, status %4</source>
        <translation>%1, %2에서 %3(으)로, 상태 %4</translation>
    </message>
    <message>
        <source>not served</source>
        <translation>응답 없음</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>클라이언트</translation>
    </message>
    <message>
        <source>Requested → served</source>
        <translation>요청 → 응답</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Latency</source>
        <extracomment>Column header: how long the request took</extracomment>
        <translation>지연 시간</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1ms</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>토큰</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <source>Failover</source>
        <extracomment>Column header: why the gateway moved on to a fallback model</extracomment>
        <translation>장애 조치</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Hide</source>
        <translation>숨기기</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>표시</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>%1 숨기기</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation>%1 표시</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 복사</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>모양</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Theme</source>
        <extracomment>Colour theme of the window</extracomment>
        <translation>테마</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>Startup and tray</source>
        <translation>시작 및 트레이</translation>
    </message>
    <message>
        <source>Start ClawDesk when I log in</source>
        <translation>로그인할 때 ClawDesk 시작</translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation>트레이로 최소화된 상태로 시작</translation>
    </message>
    <message>
        <source>Notify me when the gateway switches to a fallback and back</source>
        <translation>게이트웨이가 대체 모델로 전환하거나 복귀하면 알림</translation>
    </message>
    <message>
        <source>No system tray is available on this desktop, so ClawDesk quits when its window is closed.</source>
        <translation>이 데스크톱에는 시스템 트레이가 없으므로 창을 닫으면 ClawDesk가 종료됩니다.</translation>
    </message>
    <message>
        <source>OpenClaw config</source>
        <translation>OpenClaw 구성</translation>
    </message>
    <message>
        <source>Leave empty to use the file OpenClaw itself uses. Takes effect after a restart.</source>
        <translation>비워 두면 OpenClaw가 사용하는 파일을 그대로 사용합니다. 다시 시작한 후 적용됩니다.</translation>
    </message>
    <message>
        <source>Config file path</source>
        <translation>구성 파일 경로</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>편집기에서 열기</translation>
    </message>
    <message>
        <source>Open openclaw.json in editor</source>
        <translation>편집기에서 openclaw.json 열기</translation>
    </message>
</context>
<context>
    <name>ToastHost</name>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>UsageChart</name>
    <message>
        <source>Usage per day</source>
        <translation>일별 사용량</translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message>
        <source>Usage</source>
        <translation>사용량</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>최근 7일</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>최근 30일</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>토큰</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>측정 항목</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>최근 90일</translation>
    </message>
    <message>
        <source>By model</source>
        <translation>모델별</translation>
    </message>
    <message>
        <source>By provider</source>
        <translation>공급자별</translation>
    </message>
    <message>
        <source>Stack the bars</source>
        <translation>막대 누적 기준</translation>
    </message>
    <message>
        <source>No requests in this period</source>
        <translation>이 기간에는 요청이 없습니다</translation>
    </message>
    <message>
        <source>Usage appears here as the gateway serves requests.</source>
        <translation>게이트웨이가 요청을 처리하면 여기에 사용량이 표시됩니다.</translation>
    </message>
    <message>
        <source>Usage by provider</source>
        <translation>공급자별 사용량</translation>
    </message>
    <message>
        <source>Usage by model</source>
        <translation>모델별 사용량</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>공급자</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>비율</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <source>Provider</source>
        <translation>공급자</translation>
    </message>
    <message>
        <source>Auth method</source>
        <translation>인증 방법</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>기본 모델</translation>
    </message>
    <message>
        <source>Model picker</source>
        <translation>모델 선택기</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Configure wizard</source>
        <translation>구성 마법사</translation>
    </message>
    <message>
        <source>Set up OpenClaw</source>
        <translation>OpenClaw 설정</translation>
    </message>
    <message>
        <source>Model/auth provider</source>
        <translation>모델/인증 공급자</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>LM Studio (local)</source>
        <translation>LM Studio(로컬)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 키</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>키 저장</translation>
    </message>
    <message>
        <source>Save API key</source>
        <translation>API 키 저장</translation>
    </message>
    <message>
        <source>Sign in with your MiniMax account in the browser.</source>
        <translation>브라우저에서 MiniMax 계정으로 로그인하세요.</translation>
    </message>
    <message>
        <source>Start sign-in</source>
        <translation>로그인 시작</translation>
    </message>
    <message>
        <source>No sign-in needed. Start LM Studio&apos;s local server (Developer → Start server).</source>
        <translation>로그인이 필요 없습니다. LM Studio의 로컬 서버를 시작하세요(Developer → Start server).</translation>
    </message>
    <message>
        <source>Models in the /model picker. Besides the default, the ones you tick become fallbacks, in this order.</source>
        <translation>/model 선택기에 표시할 모델입니다. 기본 모델 외에 선택한 모델은 이 순서대로 대체 모델이 됩니다.</translation>
    </message>
    <message>
        <source>Offer %1</source>
        <translation>%1 제공</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>%1에 저장했습니다.</translation>
    </message>
    <message>
        <source>These changes will be written to %1:</source>
        <translation>다음 변경 사항을 %1에 기록합니다:</translation>
    </message>
    <message>
        <source>Changes to openclaw.json</source>
        <translation>openclaw.json 변경 사항</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Cancel the wizard</source>
        <translation>마법사 취소</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Write openclaw.json</source>
        <translation>openclaw.json에 저장</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <extracomment>A model in the picker list that is the default model (always offered)</extracomment>
        <translation>%1(기본)</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Fallbacks</source>
        <translation>대체 모델</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>MiniMax (recommended)</source>
        <translation>MiniMax(권장)</translation>
    </message>
    <message>
        <source>Enter your API key. It is stored in the system keychain (when there is one) and in OpenClaw&apos;s own credential store, never in openclaw.json.</source>
        <translation>API 키를 입력하세요. 키는 시스템 키체인(있는 경우)과 OpenClaw 자체 자격 증명 저장소에 저장되며 openclaw.json에는 절대 저장되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>clawdesk::AppState</name>
    <message>
        <source>Gateway stopped</source>
        <translation>게이트웨이 중지됨</translation>
    </message>
    <message>
        <source>Gateway starting…</source>
        <translation>게이트웨이 시작 중…</translation>
    </message>
    <message>
        <source>Gateway running on port %1</source>
        <translation>게이트웨이 실행 중(포트 %1)</translation>
    </message>
    <message>
        <source>Gateway failed to start</source>
        <translation>게이트웨이를 시작하지 못함</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>%1부터</translation>
    </message>
    <message>
        <source>Tools pointed at ClawDesk cannot connect until you start it.</source>
        <translation>ClawDesk를 사용하도록 설정된 도구는 게이트웨이를 시작해야 연결할 수 있습니다.</translation>
    </message>
    <message>
        <source>Nothing served yet</source>
        <translation>아직 처리한 요청 없음</translation>
    </message>
    <message>
        <source>Last request served by fallback %1 at %2</source>
        <translation>마지막 요청은 %2에 대체 모델 %1이(가) 처리함</translation>
    </message>
    <message>
        <source>Last request served by %1 at %2</source>
        <translation>마지막 요청은 %2에 %1이(가) 처리함</translation>
    </message>
    <message>
        <source>No openclaw.json yet</source>
        <translation>아직 openclaw.json 없음</translation>
    </message>
    <message>
        <source>openclaw.json is valid</source>
        <translation>openclaw.json이 올바릅니다</translation>
    </message>
    <message numerus="yes">
        <source>openclaw.json is valid, with %n warning(s)</source>
        <translation>
            <numerusform>openclaw.json이 올바르지만 경고가 %n개 있습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>openclaw.json does not parse</source>
        <translation>openclaw.json을 해석할 수 없습니다</translation>
    </message>
    <message>
        <source>openclaw.json has errors OpenClaw would reject</source>
        <translation>openclaw.json에 OpenClaw가 거부할 오류가 있습니다</translation>
    </message>
    <message>
        <source>%1: sign-in expired, sign in again</source>
        <translation>%1: 로그인 만료됨, 다시 로그인하세요</translation>
    </message>
    <message>
        <source>%1: key from %2</source>
        <translation>%1: %2에서 가져온 키</translation>
    </message>
    <message>
        <source>%1: signed in</source>
        <translation>%1: 로그인됨</translation>
    </message>
    <message>
        <source>%1: key in auth profile %2</source>
        <translation>%1: 인증 프로필 %2의 키</translation>
    </message>
    <message>
        <source>%1: key in openclaw.json</source>
        <translation>%1: openclaw.json의 키</translation>
    </message>
    <message>
        <source>%1: local server, no key needed</source>
        <translation>%1: 로컬 서버, 키 필요 없음</translation>
    </message>
    <message>
        <source>%1: no API key or sign-in</source>
        <translation>%1: API 키 또는 로그인 없음</translation>
    </message>
    <message>
        <source>Sign-in expired: open ClawDesk to sign in again</source>
        <translation>로그인 만료됨: ClawDesk를 열어 다시 로그인하세요</translation>
    </message>
    <message>
        <source>openclaw.json needs fixing: %1</source>
        <translation>openclaw.json을 수정해야 합니다: %1</translation>
    </message>
    <message>
        <source>Gateway failed to start: %1</source>
        <translation>게이트웨이를 시작하지 못함: %1</translation>
    </message>
    <message>
        <source>Gateway running; last request served by fallback %1</source>
        <translation>게이트웨이 실행 중, 마지막 요청은 대체 모델 %1이(가) 처리함</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>요청 한도 초과</translation>
    </message>
    <message>
        <source>could not connect</source>
        <translation>연결 실패</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>시간 초과</translation>
    </message>
    <message>
        <source>key rejected</source>
        <translation>키 거부됨</translation>
    </message>
    <message>
        <source>billing or quota</source>
        <translation>결제 또는 할당량</translation>
    </message>
    <message>
        <source>overloaded</source>
        <translation>과부하</translation>
    </message>
    <message>
        <source>provider error</source>
        <translation>공급자 오류</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>알 수 없는 모델</translation>
    </message>
</context>
<context>
    <name>clawdesk::Application</name>
    <message>
        <source>Coding Plan: %1 of %2 prompts left</source>
        <translation>코딩 플랜: 프롬프트 %2개 중 %1개 남음</translation>
    </message>
    <message>
        <source>Coding Plan: %1</source>
        <translation>코딩 플랜: %1</translation>
    </message>
    <message>
        <source>No model could answer: every candidate failed to connect.</source>
        <translation>응답할 수 있는 모델이 없습니다. 모든 후보 모델에 연결하지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>clawdesk::Autostart</name>
    <message>
        <source>Cannot remove %1</source>
        <translation>%1을(를) 제거할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConfigController</name>
    <message>
        <source>Alias %1 already points to %2.</source>
        <translation>별칭 %1은(는) 이미 %2을(를) 가리킵니다.</translation>
    </message>
    <message>
        <source>openclaw.json changed since; nothing was undone.</source>
        <translation>그 사이 openclaw.json이 변경되어 아무것도 실행 취소하지 않았습니다.</translation>
    </message>
    <message>
        <source>The earlier version cannot be read; nothing was undone.</source>
        <translation>이전 버전을 읽을 수 없어 아무것도 실행 취소하지 않았습니다.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>실행 취소했습니다.</translation>
    </message>
    <message>
        <source>Primary model set to %1.</source>
        <translation>기본 모델을 %1(으)로 설정했습니다.</translation>
    </message>
    <message>
        <source>Alias %1 added.</source>
        <translation>별칭 %1을(를) 추가했습니다.</translation>
    </message>
    <message>
        <source>Alias %1 removed.</source>
        <translation>별칭 %1을(를) 제거했습니다.</translation>
    </message>
    <message>
        <source>the primary model</source>
        <translation>기본 모델</translation>
    </message>
    <message>
        <source>fallback #%1</source>
        <translation>대체 #%1</translation>
    </message>
    <message>
        <source>%1 is used by %2. Removing it writes %3 there instead, so the chain keeps the same model.</source>
        <translation>%1은(는) %2(으)로 사용 중입니다. 제거하면 그 자리에 %3이(가) 대신 기록되어 체인의 모델이 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>Alias %1 renamed to %2.</source>
        <translation>별칭 %1의 이름을 %2(으)로 변경했습니다.</translation>
    </message>
    <message>
        <source>%1 added to the fallback chain.</source>
        <translation>%1을(를) 대체 체인에 추가했습니다.</translation>
    </message>
    <message>
        <source>Fallback %1 removed.</source>
        <translation>대체 모델 %1을(를) 제거했습니다.</translation>
    </message>
    <message>
        <source>Fallback chain reordered.</source>
        <translation>대체 체인의 순서를 변경했습니다.</translation>
    </message>
    <message>
        <source>Fallback chain cleared.</source>
        <translation>대체 체인을 비웠습니다.</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConnectController</name>
    <message>
        <source>Unknown tool: %1</source>
        <translation>알 수 없는 도구: %1</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConnectionTester</name>
    <message>
        <source>%1 is not set up in openclaw.json yet: save it first.</source>
        <translation>%1이(가) 아직 openclaw.json에 구성되지 않았습니다. 먼저 저장하세요.</translation>
    </message>
    <message>
        <source>%1 lists no models: add one to test it.</source>
        <translation>%1에 모델이 없습니다. 테스트하려면 모델을 추가하세요.</translation>
    </message>
    <message>
        <source>The api &quot;%1&quot; cannot be tested here; use anthropic-messages, openai-completions or openai-responses.</source>
        <translation>API 종류 &quot;%1&quot;은(는) 여기서 테스트할 수 없습니다. anthropic-messages, openai-completions 또는 openai-responses를 사용하세요.</translation>
    </message>
    <message>
        <source>No API key for %1: add one on this page or sign in.</source>
        <translation>%1의 API 키가 없습니다. 이 페이지에서 추가하거나 로그인하세요.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 테스트 중…</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2. Check the base URL and that the server runs.</source>
        <translation>%1에 연결할 수 없습니다: %2. 기본 URL과 서버 실행 여부를 확인하세요.</translation>
    </message>
    <message>
        <source>Connected: %1 answered in %2 ms.</source>
        <translation>연결됨: %1이(가) %2ms 만에 응답했습니다.</translation>
    </message>
    <message>
        <source>Check the API key (or sign in again).</source>
        <translation>API 키를 확인하세요(또는 다시 로그인하세요).</translation>
    </message>
    <message>
        <source>Check the base URL and the model id.</source>
        <translation>기본 URL과 모델 ID를 확인하세요.</translation>
    </message>
    <message>
        <source>Rate limited or out of quota: try again later or add a fallback.</source>
        <translation>요청 한도를 초과했거나 할당량이 소진되었습니다. 나중에 다시 시도하거나 대체 모델을 추가하세요.</translation>
    </message>
    <message>
        <source>The provider has a problem: try again later or add a fallback.</source>
        <translation>공급자 측에 문제가 있습니다. 나중에 다시 시도하거나 대체 모델을 추가하세요.</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>연결이 거부됨</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>연결이 닫힘</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>제시간에 응답 없음</translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation>보안 연결 실패</translation>
    </message>
    <message>
        <source>the host name was not found</source>
        <translation>호스트 이름을 찾을 수 없음</translation>
    </message>
</context>
<context>
    <name>clawdesk::FallbackModel</name>
    <message>
        <source>Not in the model allowlist: OpenClaw silently skips this fallback.</source>
        <translation>모델 허용 목록에 없음: OpenClaw가 이 대체 모델을 알리지 않고 건너뜁니다.</translation>
    </message>
    <message>
        <source>No credentials for this provider: this fallback will fail.</source>
        <translation>이 공급자의 자격 증명이 없음: 이 대체 모델은 실패합니다.</translation>
    </message>
</context>
<context>
    <name>clawdesk::ProviderController</name>
    <message>
        <source>Signed in: profile %1 in OpenClaw&apos;s auth-profiles.json (%2).</source>
        <translation>로그인됨: OpenClaw auth-profiles.json의 인증 프로필 %1(%2).</translation>
    </message>
    <message>
        <source>Key from the environment variable %1 (not stored by ClawDesk).</source>
        <translation>환경 변수 %1의 키입니다(ClawDesk에 저장되지 않음).</translation>
    </message>
    <message>
        <source>Key written in openclaw.json (%1). Moving it to the keychain is safer.</source>
        <translation>키가 openclaw.json(%1)에 기록되어 있습니다. 키체인으로 옮기는 것이 더 안전합니다.</translation>
    </message>
    <message>
        <source>No key yet.</source>
        <translation>아직 키가 없습니다.</translation>
    </message>
    <message>
        <source>Enter the base URL, e.g. http://127.0.0.1:1234/v1</source>
        <translation>기본 URL을 입력하세요. 예: http://127.0.0.1:1234/v1</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https://</source>
        <translation>기본 URL은 http:// 또는 https://로 시작해야 합니다</translation>
    </message>
    <message>
        <source>The base URL needs a host name.</source>
        <translation>기본 URL에 호스트 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>Enter a provider id, e.g. my-proxy</source>
        <translation>공급자 ID를 입력하세요. 예: my-proxy</translation>
    </message>
    <message>
        <source>Use lower-case letters, digits, dots, underscores or dashes.</source>
        <translation>영문 소문자, 숫자, 점, 밑줄, 하이픈만 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>API 키를 입력하세요.</translation>
    </message>
    <message>
        <source>No credential store is available.</source>
        <translation>사용할 수 있는 자격 증명 저장소가 없습니다.</translation>
    </message>
    <message>
        <source>The server did not answer with a model list.</source>
        <translation>서버가 모델 목록을 반환하지 않았습니다.</translation>
    </message>
    <message>
        <source>Could not reach LM Studio: %1. Is its server running?</source>
        <translation>LM Studio에 연결할 수 없습니다: %1. 서버가 실행 중인가요?</translation>
    </message>
    <message>
        <source>Signed in: profile %1 in OpenClaw&apos;s credential store (%2).</source>
        <translation>로그인됨: OpenClaw 자격 증명 저장소의 인증 프로필 %1(%2).</translation>
    </message>
    <message>
        <source>Signed in: profile %1 in a leftover auth-profiles.json (%2); run openclaw doctor --fix to move it into OpenClaw&apos;s credential store.</source>
        <translation>로그인됨: 남아 있는 auth-profiles.json의 인증 프로필 %1(%2). openclaw doctor --fix를 실행해 OpenClaw 자격 증명 저장소로 옮기세요.</translation>
    </message>
</context>
<context>
    <name>clawdesk::QuotaMonitor</name>
    <message>
        <source>week</source>
        <extracomment>The weekly window of the MiniMax Coding Plan quota</extracomment>
        <translation>주간</translation>
    </message>
    <message>
        <source>%1 %2% left</source>
        <extracomment>A quota window and what is left of it, e.g. &quot;5h 63% left&quot;</extracomment>
        <translation>%1 %2% 남음</translation>
    </message>
</context>
<context>
    <name>clawdesk::TrayController</name>
    <message>
        <source>Start gateway</source>
        <translation>게이트웨이 시작</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>게이트웨이 중지</translation>
    </message>
    <message>
        <source>Restart gateway</source>
        <translation>게이트웨이 다시 시작</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>Tray submenu listing the models to use as the primary (default) model</extracomment>
        <translation>모델</translation>
    </message>
    <message>
        <source>Open ClawDesk</source>
        <translation>ClawDesk 열기</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>ClawDesk is still running</source>
        <translation>ClawDesk가 계속 실행 중입니다</translation>
    </message>
    <message>
        <source>The gateway keeps serving in the background. Use the tray icon to open ClawDesk or to quit.</source>
        <translation>게이트웨이는 백그라운드에서 계속 실행됩니다. 트레이 아이콘을 사용해 ClawDesk를 열거나 종료하세요.</translation>
    </message>
    <message>
        <source>Back on the primary model</source>
        <translation>기본 모델로 복귀함</translation>
    </message>
    <message>
        <source>ClawDesk stays in the tray; the gateway is not running. Use the tray icon to open ClawDesk, start the gateway or quit.</source>
        <translation>ClawDesk는 시스템 트레이에 남아 있으며 게이트웨이는 실행 중이 아닙니다. 트레이 아이콘을 사용해 ClawDesk를 열거나, 게이트웨이를 시작하거나, 종료하세요.</translation>
    </message>
    <message>
        <source>%1 is tried first again.</source>
        <translation>%1을(를) 다시 가장 먼저 시도합니다.</translation>
    </message>
    <message>
        <source>Primary model failed</source>
        <translation>기본 모델 실패</translation>
    </message>
    <message>
        <source>%1 failed (%2); trying %3.</source>
        <translation>%1 실패(%2). %3을(를) 시도합니다.</translation>
    </message>
</context>
<context>
    <name>clawdesk::UsageModel</name>
    <message>
        <source>Other</source>
        <extracomment>The stack of the usage chart that sums every model or provider not shown by name</extracomment>
        <translation>기타</translation>
    </message>
    <message>
        <source>No requests</source>
        <translation>요청 없음</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 tokens · %n request(s)</source>
        <translation>
            <numerusform>%1 · 토큰 %2개 · 요청 %n건</numerusform>
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
        <translation>먼저 공급자와 인증 방법을 선택하세요.</translation>
    </message>
</context>
</TS>
