<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>ConnectToolsCard</name>
    <message>
        <source>Connect your tools</source>
        <translation>Kết nối công cụ của bạn</translation>
    </message>
    <message>
        <source>ClawDesk writes each tool&apos;s own settings so it uses this gateway. Undo puts the file back exactly as it was.</source>
        <translation>ClawDesk ghi vào cài đặt riêng của từng công cụ để công cụ đó dùng Gateway này. Hoàn tác sẽ trả tệp về đúng như trước.</translation>
    </message>
    <message>
        <source>Connected. The tool uses the gateway the next time it starts.</source>
        <translation>Đã kết nối. Công cụ sẽ dùng Gateway ở lần khởi động tiếp theo.</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Không kết nối được: %1</translation>
    </message>
    <message>
        <source>%1&apos;s settings are back as they were.</source>
        <translation>Cài đặt của %1 đã trở lại như trước.</translation>
    </message>
    <message>
        <source>Cannot undo: %1</source>
        <translation>Không hoàn tác được: %1</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Đã kết nối</translation>
    </message>
    <message>
        <source>Overridden by a shell variable</source>
        <translation>Bị ghi đè bởi biến shell</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Chưa kết nối</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <source>Connect %1 to the gateway</source>
        <translation>Kết nối %1 với Gateway</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Undo connecting %1</source>
        <translation>Hoàn tác kết nối %1</translation>
    </message>
    <message>
        <source>This change will be written (the token is shortened here):</source>
        <translation>Thay đổi này sẽ được ghi (token được rút gọn ở đây):</translation>
    </message>
    <message>
        <source>Change to be written</source>
        <translation>Thay đổi sẽ được ghi</translation>
    </message>
    <message>
        <source>Write the change</source>
        <translation>Ghi thay đổi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Test connection</source>
        <translation>Kiểm tra kết nối</translation>
    </message>
    <message>
        <source>Test the connection to %1</source>
        <translation>Kiểm tra kết nối tới %1</translation>
    </message>
</context>
<context>
    <name>CopyableSnippet</name>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Sao chép %1</translation>
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
        <translation>Khởi động Gateway</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>Dừng Gateway</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Khởi động lại</translation>
    </message>
    <message>
        <source>Restart gateway</source>
        <translation>Khởi động lại Gateway</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Cổng</translation>
    </message>
    <message>
        <source>Gateway port</source>
        <translation>Cổng Gateway</translation>
    </message>
    <message>
        <source>Bind</source>
        <extracomment>Network address the gateway listens on</extracomment>
        <translation>Địa chỉ bind</translation>
    </message>
    <message>
        <source>Gateway bind address</source>
        <translation>Địa chỉ bind của Gateway</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>gateway token</source>
        <translation>token Gateway</translation>
    </message>
    <message>
        <source>Regenerate gateway token</source>
        <translation>Tạo lại token Gateway</translation>
    </message>
    <message>
        <source>Port, bind and token apply the next time the gateway starts.</source>
        <translation>Cổng, địa chỉ bind và token sẽ có hiệu lực ở lần khởi động Gateway tiếp theo.</translation>
    </message>
    <message>
        <source>Claude Code</source>
        <translation>Claude Code</translation>
    </message>
    <message>
        <source>Cline / Roo Code / Kilo Code (OpenAI compatible)</source>
        <translation>Cline / Roo Code / Kilo Code (tương thích OpenAI)</translation>
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
        <translation>Đang khởi động lại Gateway…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Yêu cầu</translation>
    </message>
    <message>
        <source>What each tool asked for, which model answered, and why a fallback was used. Select a request to see its attempts.</source>
        <translation>Mỗi công cụ đã yêu cầu gì, mô hình nào trả lời và vì sao dùng dự phòng. Chọn một yêu cầu để xem các lần thử.</translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation>Chưa có yêu cầu nào</translation>
    </message>
    <message>
        <source>Point a tool at the gateway (see below); its requests appear here.</source>
        <translation>Trỏ một công cụ tới Gateway (xem bên dưới); các yêu cầu của nó sẽ hiện ở đây.</translation>
    </message>
    <message>
        <source>Start the gateway, then point a tool at it; its requests appear here.</source>
        <translation>Khởi động Gateway, rồi trỏ một công cụ tới nó; các yêu cầu của nó sẽ hiện ở đây.</translation>
    </message>
    <message>
        <source>%1 · %2 asked for %3</source>
        <translation>%1 · %2 yêu cầu %3</translation>
    </message>
    <message>
        <source>Attempt %1: %2 — %3</source>
        <translation>Lần thử %1: %2 — %3</translation>
    </message>
    <message>
        <source>Served by %1: status %2, %3 ms, %4 in / %5 out tokens, %6</source>
        <translation>Được phục vụ bởi %1: trạng thái %2, %3 ms, %4 token vào / %5 token ra, %6</translation>
    </message>
    <message>
        <source>Refused with status %1: %2</source>
        <translation>Bị từ chối với trạng thái %1: %2</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Xóa danh sách</translation>
    </message>
    <message>
        <source>Request list cleared (usage totals keep them).</source>
        <translation>Đã xóa danh sách yêu cầu (tổng mức sử dụng vẫn giữ chúng).</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Regenerate token</source>
        <translation>Tạo lại token</translation>
    </message>
    <message>
        <source>New token saved; it applies when the gateway restarts.</source>
        <translation>Đã lưu token mới; token có hiệu lực khi Gateway khởi động lại.</translation>
    </message>
    <message>
        <source>New token saved.</source>
        <translation>Đã lưu token mới.</translation>
    </message>
    <message>
        <source>Translated for the provider: %1</source>
        <translation>Đã chuyển đổi cho nhà cung cấp: %1</translation>
    </message>
    <message>
        <source>Manual setup</source>
        <translation>Thiết lập thủ công</translation>
    </message>
    <message>
        <source>For tools ClawDesk does not configure itself: paste these settings.</source>
        <translation>Cho các công cụ mà ClawDesk không tự cấu hình: hãy dán các cài đặt này.</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Đóng thông báo</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Model/auth</source>
        <extracomment>Sidebar page for choosing providers and signing in</extracomment>
        <translation>Model/auth</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Mức sử dụng</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>ClawDesk</source>
        <translation>ClawDesk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>Configure…</source>
        <translation>Cấu hình…</translation>
    </message>
    <message>
        <source>Open the configure wizard</source>
        <translation>Mở trình hướng dẫn cấu hình</translation>
    </message>
    <message>
        <source>No system tray found: closing the window quits ClawDesk and stops the gateway.</source>
        <translation>Không tìm thấy khay hệ thống: đóng cửa sổ sẽ thoát ClawDesk và dừng Gateway.</translation>
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
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <source>MiniMax</source>
        <translation>MiniMax</translation>
    </message>
    <message>
        <source>Coding Plan sign-in (OAuth) or an API key. Lightning is the faster variant with a higher output price.</source>
        <translation>Đăng nhập Coding Plan (OAuth) hoặc dùng khóa API. Lightning là biến thể nhanh hơn, giá đầu ra cao hơn.</translation>
    </message>
    <message>
        <source>OAuth: %1</source>
        <translation>OAuth: %1</translation>
    </message>
    <message>
        <source>Sign in with MiniMax (Global)</source>
        <translation>Đăng nhập bằng MiniMax (Quốc tế)</translation>
    </message>
    <message>
        <source>Sign in (CN)</source>
        <extracomment>MiniMax&apos;s endpoint for users in mainland China</extracomment>
        <translation>Đăng nhập (CN)</translation>
    </message>
    <message>
        <source>Sign in with MiniMax (China)</source>
        <translation>Đăng nhập bằng MiniMax (Trung Quốc)</translation>
    </message>
    <message>
        <source>Asking MiniMax for a code…</source>
        <translation>Đang yêu cầu mã từ MiniMax…</translation>
    </message>
    <message>
        <source>Open this page and enter the code:</source>
        <translation>Mở trang này và nhập mã:</translation>
    </message>
    <message>
        <source>Sign-in code %1</source>
        <translation>Mã đăng nhập %1</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Sao chép mã</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Hủy đăng nhập</translation>
    </message>
    <message>
        <source>The code expires in %1:%2</source>
        <translation>Mã hết hạn sau %1:%2</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Đã đăng nhập.</translation>
    </message>
    <message>
        <source>API key: %1</source>
        <translation>Khóa API: %1</translation>
    </message>
    <message>
        <source>MiniMax API key</source>
        <translation>Khóa API MiniMax</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Lưu khóa</translation>
    </message>
    <message>
        <source>Save MiniMax API key</source>
        <translation>Lưu khóa API MiniMax</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>Anthropic API key (sk-ant-…)</source>
        <translation>Khóa API Anthropic (sk-ant-…)</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>Khóa API Anthropic</translation>
    </message>
    <message>
        <source>Save Anthropic API key</source>
        <translation>Lưu khóa API Anthropic</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>Tương thích OpenAI</translation>
    </message>
    <message>
        <source>Any server that speaks the OpenAI API, under a provider id of your choice.</source>
        <translation>Bất kỳ máy chủ nào hỗ trợ API OpenAI, với ID nhà cung cấp do bạn chọn.</translation>
    </message>
    <message>
        <source>Provider id</source>
        <translation>ID nhà cung cấp</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL cơ sở</translation>
    </message>
    <message>
        <source>API</source>
        <extracomment>Wire protocol of the provider</extracomment>
        <translation>API</translation>
    </message>
    <message>
        <source>API kind</source>
        <translation>Loại API</translation>
    </message>
    <message>
        <source>Save provider</source>
        <translation>Lưu nhà cung cấp</translation>
    </message>
    <message>
        <source>LM Studio</source>
        <translation>LM Studio</translation>
    </message>
    <message>
        <source>Models running on this computer. No key is needed; nothing leaves your machine.</source>
        <translation>Các mô hình chạy trên máy tính này. Không cần khóa; không dữ liệu nào rời khỏi máy của bạn.</translation>
    </message>
    <message>
        <source>LM Studio base URL</source>
        <translation>URL cơ sở của LM Studio</translation>
    </message>
    <message>
        <source>Discover models</source>
        <translation>Tìm mô hình</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Dùng %1</translation>
    </message>
    <message>
        <source>API key for %1 saved: %2</source>
        <translation>Đã lưu khóa API cho %1: %2</translation>
    </message>
    <message>
        <source>Signed in to MiniMax.</source>
        <translation>Đã đăng nhập MiniMax.</translation>
    </message>
    <message>
        <source>Provider %1 saved.</source>
        <translation>Đã lưu nhà cung cấp %1.</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <source>No models yet: add the ids the server offers.</source>
        <translation>Chưa có mô hình: hãy thêm các ID mà máy chủ cung cấp.</translation>
    </message>
    <message>
        <source>model id, e.g. gpt-4o-mini</source>
        <translation>ID mô hình, ví dụ gpt-4o-mini</translation>
    </message>
    <message>
        <source>Model id to add to %1</source>
        <translation>ID mô hình cần thêm vào %1</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>Thêm mô hình</translation>
    </message>
    <message>
        <source>Add model to %1</source>
        <translation>Thêm mô hình vào %1</translation>
    </message>
    <message>
        <source>Model %1 added to %2.</source>
        <translation>Đã thêm mô hình %1 vào %2.</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Models</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <source>The change was not saved.</source>
        <translation>Thay đổi chưa được lưu.</translation>
    </message>
    <message>
        <source>Search models, names or aliases</source>
        <translation>Tìm mô hình, tên hoặc bí danh</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>Tìm mô hình</translation>
    </message>
    <message>
        <source>Show all catalog</source>
        <translation>Hiện toàn bộ danh mục</translation>
    </message>
    <message>
        <source>Show all catalog models</source>
        <translation>Hiện tất cả mô hình trong danh mục</translation>
    </message>
    <message>
        <source>Model list</source>
        <translation>Danh sách mô hình</translation>
    </message>
    <message>
        <source>context %1</source>
        <translation>ngữ cảnh %1</translation>
    </message>
    <message>
        <source>auth ✓</source>
        <translation>xác thực ✓</translation>
    </message>
    <message>
        <source>no auth</source>
        <translation>chưa xác thực</translation>
    </message>
    <message>
        <source>local</source>
        <translation>cục bộ</translation>
    </message>
    <message>
        <source>alias %1</source>
        <translation>bí danh %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>không tìm thấy</translation>
    </message>
    <message>
        <source>fallback #%1</source>
        <extracomment>Position in the fallback chain, e.g. &quot;fallback #2&quot;</extracomment>
        <translation>dự phòng #%1</translation>
    </message>
    <message>
        <source>Make primary</source>
        <translation>Đặt làm chính</translation>
    </message>
    <message>
        <source>Make %1 the primary model</source>
        <translation>Đặt %1 làm mô hình chính</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Chính</translation>
    </message>
    <message>
        <source>Add as fallback</source>
        <translation>Thêm làm dự phòng</translation>
    </message>
    <message>
        <source>Add %1 as a fallback</source>
        <translation>Thêm %1 làm dự phòng</translation>
    </message>
    <message>
        <source>Fallback chain</source>
        <translation>Chuỗi dự phòng</translation>
    </message>
    <message>
        <source>Tried in this order when the primary fails. Drag to reorder, or use Ctrl+Up/Down.</source>
        <translation>Được thử theo thứ tự này khi mô hình chính lỗi. Kéo để sắp xếp lại, hoặc dùng Ctrl+Lên/Xuống.</translation>
    </message>
    <message>
        <source>Fallback %1: %2</source>
        <translation>Dự phòng %1: %2</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>Chuyển %1 lên</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>Chuyển %1 xuống</translation>
    </message>
    <message>
        <source>Remove fallback %1</source>
        <translation>Xóa dự phòng %1</translation>
    </message>
    <message>
        <source>No fallbacks: requests fail when the primary fails.</source>
        <translation>Không có dự phòng: yêu cầu sẽ lỗi khi mô hình chính lỗi.</translation>
    </message>
    <message>
        <source>Model to add as fallback</source>
        <translation>Mô hình cần thêm làm dự phòng</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Add fallback</source>
        <translation>Thêm dự phòng</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Bí danh</translation>
    </message>
    <message>
        <source>Short names you can type instead of provider/model.</source>
        <translation>Tên ngắn bạn có thể gõ thay cho nhà cung cấp/mô hình.</translation>
    </message>
    <message>
        <source>Alias for %1</source>
        <translation>Bí danh cho %1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Đổi tên</translation>
    </message>
    <message>
        <source>Rename alias %1</source>
        <translation>Đổi tên bí danh %1</translation>
    </message>
    <message>
        <source>Remove alias %1</source>
        <translation>Xóa bí danh %1</translation>
    </message>
    <message>
        <source>Model for the new alias</source>
        <translation>Mô hình cho bí danh mới</translation>
    </message>
    <message>
        <source>new alias</source>
        <translation>bí danh mới</translation>
    </message>
    <message>
        <source>New alias</source>
        <translation>Bí danh mới</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>Thêm bí danh</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Remove alias %1?</source>
        <translation>Xóa bí danh %1?</translation>
    </message>
    <message>
        <source>Remove alias</source>
        <translation>Xóa bí danh</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Ctrl+Up and Ctrl+Down move the selected fallback; Delete removes it.</source>
        <translation>Ctrl+Lên và Ctrl+Xuống di chuyển dự phòng đang chọn; Delete xóa nó.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>Mở trong trình soạn thảo</translation>
    </message>
    <message>
        <source>No openclaw.json yet at %1.</source>
        <translation>Chưa có openclaw.json tại %1.</translation>
    </message>
    <message>
        <source>Set up…</source>
        <translation>Thiết lập…</translation>
    </message>
    <message>
        <source>The gateway keeps serving the last good config.</source>
        <translation>Gateway tiếp tục dùng cấu hình hợp lệ gần nhất.</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Start gateway</source>
        <translation>Khởi động Gateway</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>Dừng Gateway</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <source>Configured chain</source>
        <translation>Chuỗi đã cấu hình</translation>
    </message>
    <message>
        <source>Edit models…</source>
        <translation>Sửa mô hình…</translation>
    </message>
    <message>
        <source>Edit models</source>
        <translation>Sửa mô hình</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n yêu cầu</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <extracomment>Money spent today, in US dollars</extracomment>
        <translation>Chi phí: %1</translation>
    </message>
    <message>
        <source>Recent failovers</source>
        <translation>Lần chuyển dự phòng gần đây</translation>
    </message>
    <message>
        <source>None so far.</source>
        <translation>Chưa có.</translation>
    </message>
    <message>
        <source>%1  back to %2</source>
        <translation>%1  quay lại %2</translation>
    </message>
    <message>
        <source>Config file</source>
        <translation>Tệp cấu hình</translation>
    </message>
    <message>
        <source>Open openclaw.json in editor</source>
        <translation>Mở openclaw.json trong trình soạn thảo</translation>
    </message>
    <message>
        <source>Coding Plan: %1</source>
        <extracomment>MiniMax Coding Plan quota windows, e.g. &quot;5h 63% left ⏱2h 10m · week 88% left&quot;</extracomment>
        <translation>Coding Plan: %1</translation>
    </message>
    <message>
        <source>Coding Plan quota unavailable: %1</source>
        <translation>Không lấy được hạn mức Coding Plan: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 tại %2</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Chi tiết…</translation>
    </message>
    <message>
        <source>Open the Gateway page</source>
        <translation>Mở trang Gateway</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fixed: %1</source>
        <translation>Đã sửa: %1</translation>
    </message>
    <message>
        <source>Could not fix it: %1</source>
        <translation>Không sửa được: %1</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Thông tin xác thực</translation>
    </message>
    <message>
        <source>Add a key…</source>
        <translation>Thêm khóa…</translation>
    </message>
    <message>
        <source>%1  %2 failed (%3), tried %4</source>
        <translation>%1  %2 lỗi (%3), đã thử %4</translation>
    </message>
</context>
<context>
    <name>RequestRow</name>
    <message>
        <source>%1, %2 to %3, status %4</source>
        <translation>%1, %2 sang %3, trạng thái %4</translation>
    </message>
    <message>
        <source>not served</source>
        <translation>không được phục vụ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Ứng dụng khách</translation>
    </message>
    <message>
        <source>Requested → served</source>
        <translation>Yêu cầu → phục vụ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Latency</source>
        <extracomment>Column header: how long the request took</extracomment>
        <translation>Độ trễ</translation>
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
        <translation>Chi phí</translation>
    </message>
    <message>
        <source>Failover</source>
        <extracomment>Column header: why the gateway moved on to a fallback model</extracomment>
        <translation>Dự phòng</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Hide</source>
        <translation>Ẩn</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Hiện</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>Ẩn %1</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation>Hiện %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Sao chép %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Ngôn ngữ hệ thống</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Giao diện</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Theme</source>
        <extracomment>Colour theme of the window</extracomment>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Sáng</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tối</translation>
    </message>
    <message>
        <source>Startup and tray</source>
        <translation>Khởi động và khay hệ thống</translation>
    </message>
    <message>
        <source>Start ClawDesk when I log in</source>
        <translation>Khởi động ClawDesk khi tôi đăng nhập</translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation>Khởi động thu nhỏ vào khay</translation>
    </message>
    <message>
        <source>Notify me when the gateway switches to a fallback and back</source>
        <translation>Thông báo khi Gateway chuyển sang dự phòng và khi quay lại</translation>
    </message>
    <message>
        <source>No system tray is available on this desktop, so ClawDesk quits when its window is closed.</source>
        <translation>Màn hình nền này không có khay hệ thống, nên ClawDesk sẽ thoát khi đóng cửa sổ.</translation>
    </message>
    <message>
        <source>OpenClaw config</source>
        <translation>Cấu hình OpenClaw</translation>
    </message>
    <message>
        <source>Leave empty to use the file OpenClaw itself uses. Takes effect after a restart.</source>
        <translation>Để trống để dùng chính tệp mà OpenClaw sử dụng. Có hiệu lực sau khi khởi động lại.</translation>
    </message>
    <message>
        <source>Config file path</source>
        <translation>Đường dẫn tệp cấu hình</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>Mở trong trình soạn thảo</translation>
    </message>
    <message>
        <source>Open openclaw.json in editor</source>
        <translation>Mở openclaw.json trong trình soạn thảo</translation>
    </message>
</context>
<context>
    <name>ToastHost</name>
    <message>
        <source>Dismiss</source>
        <translation>Bỏ qua</translation>
    </message>
</context>
<context>
    <name>UsageChart</name>
    <message>
        <source>Usage per day</source>
        <translation>Mức sử dụng theo ngày</translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message>
        <source>Usage</source>
        <translation>Mức sử dụng</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 ngày qua</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 ngày qua</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Khoảng thời gian</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Chi phí</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 ngày qua</translation>
    </message>
    <message>
        <source>By model</source>
        <translation>Theo mô hình</translation>
    </message>
    <message>
        <source>By provider</source>
        <translation>Theo nhà cung cấp</translation>
    </message>
    <message>
        <source>Stack the bars</source>
        <translation>Xếp chồng các cột</translation>
    </message>
    <message>
        <source>No requests in this period</source>
        <translation>Không có yêu cầu nào trong khoảng này</translation>
    </message>
    <message>
        <source>Usage appears here as the gateway serves requests.</source>
        <translation>Mức sử dụng sẽ hiện ở đây khi Gateway xử lý yêu cầu.</translation>
    </message>
    <message>
        <source>Usage by provider</source>
        <translation>Mức sử dụng theo nhà cung cấp</translation>
    </message>
    <message>
        <source>Usage by model</source>
        <translation>Mức sử dụng theo mô hình</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Nhà cung cấp</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Yêu cầu</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Tỷ lệ</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <source>Provider</source>
        <translation>Nhà cung cấp</translation>
    </message>
    <message>
        <source>Auth method</source>
        <translation>Phương thức xác thực</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Mô hình mặc định</translation>
    </message>
    <message>
        <source>Model picker</source>
        <translation>Bộ chọn mô hình</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>Configure wizard</source>
        <translation>Trình hướng dẫn cấu hình</translation>
    </message>
    <message>
        <source>Set up OpenClaw</source>
        <translation>Thiết lập OpenClaw</translation>
    </message>
    <message>
        <source>Model/auth provider</source>
        <translation>Nhà cung cấp Model/auth</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>LM Studio (local)</source>
        <translation>LM Studio (cục bộ)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Khóa API</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Lưu khóa</translation>
    </message>
    <message>
        <source>Save API key</source>
        <translation>Lưu khóa API</translation>
    </message>
    <message>
        <source>Sign in with your MiniMax account in the browser.</source>
        <translation>Đăng nhập bằng tài khoản MiniMax trong trình duyệt.</translation>
    </message>
    <message>
        <source>Start sign-in</source>
        <translation>Bắt đầu đăng nhập</translation>
    </message>
    <message>
        <source>No sign-in needed. Start LM Studio&apos;s local server (Developer → Start server).</source>
        <translation>Không cần đăng nhập. Hãy khởi động máy chủ cục bộ của LM Studio (Developer → Start server).</translation>
    </message>
    <message>
        <source>Models in the /model picker. Besides the default, the ones you tick become fallbacks, in this order.</source>
        <translation>Các mô hình trong bộ chọn /model. Ngoài mô hình mặc định, những mô hình bạn đánh dấu sẽ thành dự phòng theo thứ tự này.</translation>
    </message>
    <message>
        <source>Offer %1</source>
        <translation>Cung cấp %1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Đã lưu vào %1.</translation>
    </message>
    <message>
        <source>These changes will be written to %1:</source>
        <translation>Các thay đổi sau sẽ được ghi vào %1:</translation>
    </message>
    <message>
        <source>Changes to openclaw.json</source>
        <translation>Thay đổi đối với openclaw.json</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Cancel the wizard</source>
        <translation>Hủy trình hướng dẫn</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <source>Write openclaw.json</source>
        <translation>Ghi openclaw.json</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <extracomment>A model in the picker list that is the default model (always offered)</extracomment>
        <translation>%1 (mặc định)</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Fallbacks</source>
        <translation>Dự phòng</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>MiniMax (recommended)</source>
        <translation>MiniMax (khuyên dùng)</translation>
    </message>
    <message>
        <source>Enter your API key. It is stored in the system keychain (when there is one) and in OpenClaw&apos;s own credential store, never in openclaw.json.</source>
        <translation>Nhập khóa API của bạn. Khóa được lưu trong chuỗi khóa của hệ thống (nếu có) và trong kho thông tin xác thực riêng của OpenClaw, không bao giờ trong openclaw.json.</translation>
    </message>
</context>
<context>
    <name>clawdesk::AppState</name>
    <message>
        <source>Gateway stopped</source>
        <translation>Gateway đã dừng</translation>
    </message>
    <message>
        <source>Gateway starting…</source>
        <translation>Gateway đang khởi động…</translation>
    </message>
    <message>
        <source>Gateway running on port %1</source>
        <translation>Gateway đang chạy trên cổng %1</translation>
    </message>
    <message>
        <source>Gateway failed to start</source>
        <translation>Gateway không khởi động được</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Từ %1</translation>
    </message>
    <message>
        <source>Tools pointed at ClawDesk cannot connect until you start it.</source>
        <translation>Các công cụ trỏ tới ClawDesk không thể kết nối cho đến khi bạn khởi động nó.</translation>
    </message>
    <message>
        <source>Nothing served yet</source>
        <translation>Chưa phục vụ yêu cầu nào</translation>
    </message>
    <message>
        <source>Last request served by fallback %1 at %2</source>
        <translation>Yêu cầu gần nhất do dự phòng %1 phục vụ lúc %2</translation>
    </message>
    <message>
        <source>Last request served by %1 at %2</source>
        <translation>Yêu cầu gần nhất do %1 phục vụ lúc %2</translation>
    </message>
    <message>
        <source>No openclaw.json yet</source>
        <translation>Chưa có openclaw.json</translation>
    </message>
    <message>
        <source>openclaw.json is valid</source>
        <translation>openclaw.json hợp lệ</translation>
    </message>
    <message numerus="yes">
        <source>openclaw.json is valid, with %n warning(s)</source>
        <translation>
            <numerusform>openclaw.json hợp lệ, có %n cảnh báo</numerusform>
        </translation>
    </message>
    <message>
        <source>openclaw.json does not parse</source>
        <translation>Không phân tích được openclaw.json</translation>
    </message>
    <message>
        <source>openclaw.json has errors OpenClaw would reject</source>
        <translation>openclaw.json có lỗi mà OpenClaw sẽ từ chối</translation>
    </message>
    <message>
        <source>%1: sign-in expired, sign in again</source>
        <translation>%1: phiên đăng nhập đã hết hạn, hãy đăng nhập lại</translation>
    </message>
    <message>
        <source>%1: key from %2</source>
        <translation>%1: khóa từ %2</translation>
    </message>
    <message>
        <source>%1: signed in</source>
        <translation>%1: đã đăng nhập</translation>
    </message>
    <message>
        <source>%1: key in auth profile %2</source>
        <translation>%1: khóa trong hồ sơ xác thực %2</translation>
    </message>
    <message>
        <source>%1: key in openclaw.json</source>
        <translation>%1: khóa trong openclaw.json</translation>
    </message>
    <message>
        <source>%1: local server, no key needed</source>
        <translation>%1: máy chủ cục bộ, không cần khóa</translation>
    </message>
    <message>
        <source>%1: no API key or sign-in</source>
        <translation>%1: không có khóa API hoặc đăng nhập</translation>
    </message>
    <message>
        <source>Sign-in expired: open ClawDesk to sign in again</source>
        <translation>Phiên đăng nhập đã hết hạn: mở ClawDesk để đăng nhập lại</translation>
    </message>
    <message>
        <source>openclaw.json needs fixing: %1</source>
        <translation>openclaw.json cần được sửa: %1</translation>
    </message>
    <message>
        <source>Gateway failed to start: %1</source>
        <translation>Gateway không khởi động được: %1</translation>
    </message>
    <message>
        <source>Gateway running; last request served by fallback %1</source>
        <translation>Gateway đang chạy; yêu cầu gần nhất do dự phòng %1 phục vụ</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>bị giới hạn tần suất</translation>
    </message>
    <message>
        <source>could not connect</source>
        <translation>không kết nối được</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>hết thời gian chờ</translation>
    </message>
    <message>
        <source>key rejected</source>
        <translation>khóa bị từ chối</translation>
    </message>
    <message>
        <source>billing or quota</source>
        <translation>thanh toán hoặc hạn mức</translation>
    </message>
    <message>
        <source>overloaded</source>
        <translation>quá tải</translation>
    </message>
    <message>
        <source>provider error</source>
        <translation>lỗi nhà cung cấp</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>mô hình không xác định</translation>
    </message>
</context>
<context>
    <name>clawdesk::Application</name>
    <message>
        <source>Coding Plan: %1 of %2 prompts left</source>
        <translation>Coding Plan: còn %1/%2 lượt prompt</translation>
    </message>
    <message>
        <source>Coding Plan: %1</source>
        <translation>Coding Plan: %1</translation>
    </message>
    <message>
        <source>No model could answer: every candidate failed to connect.</source>
        <translation>Không mô hình nào trả lời được: mọi ứng viên đều không kết nối được.</translation>
    </message>
</context>
<context>
    <name>clawdesk::Autostart</name>
    <message>
        <source>Cannot remove %1</source>
        <translation>Không xóa được %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConfigController</name>
    <message>
        <source>Alias %1 already points to %2.</source>
        <translation>Bí danh %1 đã trỏ đến %2.</translation>
    </message>
    <message>
        <source>openclaw.json changed since; nothing was undone.</source>
        <translation>openclaw.json đã thay đổi từ đó; không có gì được hoàn tác.</translation>
    </message>
    <message>
        <source>The earlier version cannot be read; nothing was undone.</source>
        <translation>Không đọc được phiên bản trước; không có gì được hoàn tác.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Đã hoàn tác.</translation>
    </message>
    <message>
        <source>Primary model set to %1.</source>
        <translation>Đã đặt mô hình chính thành %1.</translation>
    </message>
    <message>
        <source>Alias %1 added.</source>
        <translation>Đã thêm bí danh %1.</translation>
    </message>
    <message>
        <source>Alias %1 removed.</source>
        <translation>Đã xóa bí danh %1.</translation>
    </message>
    <message>
        <source>the primary model</source>
        <translation>mô hình chính</translation>
    </message>
    <message>
        <source>fallback #%1</source>
        <translation>dự phòng #%1</translation>
    </message>
    <message>
        <source>%1 is used by %2. Removing it writes %3 there instead, so the chain keeps the same model.</source>
        <translation>%1 đang được dùng bởi %2. Xóa nó sẽ ghi %3 vào đó thay thế, để chuỗi vẫn giữ cùng mô hình.</translation>
    </message>
    <message>
        <source>Alias %1 renamed to %2.</source>
        <translation>Đã đổi tên bí danh %1 thành %2.</translation>
    </message>
    <message>
        <source>%1 added to the fallback chain.</source>
        <translation>Đã thêm %1 vào chuỗi dự phòng.</translation>
    </message>
    <message>
        <source>Fallback %1 removed.</source>
        <translation>Đã xóa dự phòng %1.</translation>
    </message>
    <message>
        <source>Fallback chain reordered.</source>
        <translation>Đã sắp xếp lại chuỗi dự phòng.</translation>
    </message>
    <message>
        <source>Fallback chain cleared.</source>
        <translation>Đã xóa chuỗi dự phòng.</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConnectController</name>
    <message>
        <source>Unknown tool: %1</source>
        <translation>Công cụ không xác định: %1</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConnectionTester</name>
    <message>
        <source>%1 is not set up in openclaw.json yet: save it first.</source>
        <translation>%1 chưa được thiết lập trong openclaw.json: hãy lưu trước.</translation>
    </message>
    <message>
        <source>%1 lists no models: add one to test it.</source>
        <translation>%1 chưa có mô hình nào: hãy thêm một mô hình để kiểm tra.</translation>
    </message>
    <message>
        <source>The api &quot;%1&quot; cannot be tested here; use anthropic-messages, openai-completions or openai-responses.</source>
        <translation>Không thể kiểm tra API &quot;%1&quot; tại đây; hãy dùng anthropic-messages, openai-completions hoặc openai-responses.</translation>
    </message>
    <message>
        <source>No API key for %1: add one on this page or sign in.</source>
        <translation>Chưa có khóa API cho %1: hãy thêm khóa trên trang này hoặc đăng nhập.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Đang kiểm tra %1…</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2. Check the base URL and that the server runs.</source>
        <translation>Không kết nối được %1: %2. Hãy kiểm tra URL cơ sở và máy chủ có đang chạy không.</translation>
    </message>
    <message>
        <source>Connected: %1 answered in %2 ms.</source>
        <translation>Đã kết nối: %1 phản hồi trong %2 ms.</translation>
    </message>
    <message>
        <source>Check the API key (or sign in again).</source>
        <translation>Hãy kiểm tra khóa API (hoặc đăng nhập lại).</translation>
    </message>
    <message>
        <source>Check the base URL and the model id.</source>
        <translation>Hãy kiểm tra URL cơ sở và ID mô hình.</translation>
    </message>
    <message>
        <source>Rate limited or out of quota: try again later or add a fallback.</source>
        <translation>Bị giới hạn tốc độ hoặc hết hạn mức: hãy thử lại sau hoặc thêm dự phòng.</translation>
    </message>
    <message>
        <source>The provider has a problem: try again later or add a fallback.</source>
        <translation>Nhà cung cấp đang gặp sự cố: hãy thử lại sau hoặc thêm dự phòng.</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>kết nối bị từ chối</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>kết nối bị đóng</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>không có phản hồi kịp thời</translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation>kết nối bảo mật thất bại</translation>
    </message>
    <message>
        <source>the host name was not found</source>
        <translation>không tìm thấy tên máy chủ</translation>
    </message>
</context>
<context>
    <name>clawdesk::FallbackModel</name>
    <message>
        <source>Not in the model allowlist: OpenClaw silently skips this fallback.</source>
        <translation>Không có trong danh sách cho phép mô hình: OpenClaw sẽ lặng lẽ bỏ qua dự phòng này.</translation>
    </message>
    <message>
        <source>No credentials for this provider: this fallback will fail.</source>
        <translation>Không có thông tin xác thực cho nhà cung cấp này: dự phòng này sẽ lỗi.</translation>
    </message>
</context>
<context>
    <name>clawdesk::ProviderController</name>
    <message>
        <source>Signed in: profile %1 in OpenClaw&apos;s auth-profiles.json (%2).</source>
        <translation>Đã đăng nhập: hồ sơ %1 trong auth-profiles.json của OpenClaw (%2).</translation>
    </message>
    <message>
        <source>Key from the environment variable %1 (not stored by ClawDesk).</source>
        <translation>Khóa lấy từ biến môi trường %1 (ClawDesk không lưu).</translation>
    </message>
    <message>
        <source>Key written in openclaw.json (%1). Moving it to the keychain is safer.</source>
        <translation>Khóa đang nằm trong openclaw.json (%1). Chuyển sang chuỗi khóa sẽ an toàn hơn.</translation>
    </message>
    <message>
        <source>No key yet.</source>
        <translation>Chưa có khóa.</translation>
    </message>
    <message>
        <source>Enter the base URL, e.g. http://127.0.0.1:1234/v1</source>
        <translation>Nhập URL cơ sở, ví dụ http://127.0.0.1:1234/v1</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https://</source>
        <translation>URL cơ sở phải bắt đầu bằng http:// hoặc https://</translation>
    </message>
    <message>
        <source>The base URL needs a host name.</source>
        <translation>URL cơ sở cần có tên máy chủ.</translation>
    </message>
    <message>
        <source>Enter a provider id, e.g. my-proxy</source>
        <translation>Nhập ID nhà cung cấp, ví dụ my-proxy</translation>
    </message>
    <message>
        <source>Use lower-case letters, digits, dots, underscores or dashes.</source>
        <translation>Chỉ dùng chữ thường, chữ số, dấu chấm, dấu gạch dưới hoặc gạch ngang.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Nhập khóa API.</translation>
    </message>
    <message>
        <source>No credential store is available.</source>
        <translation>Không có kho thông tin xác thực nào.</translation>
    </message>
    <message>
        <source>The server did not answer with a model list.</source>
        <translation>Máy chủ không trả về danh sách mô hình.</translation>
    </message>
    <message>
        <source>Could not reach LM Studio: %1. Is its server running?</source>
        <translation>Không kết nối được LM Studio: %1. Máy chủ của nó có đang chạy không?</translation>
    </message>
    <message>
        <source>Signed in: profile %1 in OpenClaw&apos;s credential store (%2).</source>
        <translation>Đã đăng nhập: hồ sơ %1 trong kho thông tin xác thực của OpenClaw (%2).</translation>
    </message>
    <message>
        <source>Signed in: profile %1 in a leftover auth-profiles.json (%2); run openclaw doctor --fix to move it into OpenClaw&apos;s credential store.</source>
        <translation>Đã đăng nhập: hồ sơ %1 trong một tệp auth-profiles.json còn sót lại (%2); hãy chạy openclaw doctor --fix để chuyển nó vào kho thông tin xác thực của OpenClaw.</translation>
    </message>
</context>
<context>
    <name>clawdesk::QuotaMonitor</name>
    <message>
        <source>week</source>
        <extracomment>The weekly window of the MiniMax Coding Plan quota</extracomment>
        <translation>tuần</translation>
    </message>
    <message>
        <source>%1 %2% left</source>
        <extracomment>A quota window and what is left of it, e.g. &quot;5h 63% left&quot;</extracomment>
        <translation>%1 còn %2%</translation>
    </message>
</context>
<context>
    <name>clawdesk::TrayController</name>
    <message>
        <source>Start gateway</source>
        <translation>Khởi động Gateway</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>Dừng Gateway</translation>
    </message>
    <message>
        <source>Restart gateway</source>
        <translation>Khởi động lại Gateway</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>Tray submenu listing the models to use as the primary (default) model</extracomment>
        <translation>Mô hình</translation>
    </message>
    <message>
        <source>Open ClawDesk</source>
        <translation>Mở ClawDesk</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>ClawDesk is still running</source>
        <translation>ClawDesk vẫn đang chạy</translation>
    </message>
    <message>
        <source>The gateway keeps serving in the background. Use the tray icon to open ClawDesk or to quit.</source>
        <translation>Gateway tiếp tục chạy trong nền. Dùng biểu tượng ở khay hệ thống để mở ClawDesk hoặc thoát.</translation>
    </message>
    <message>
        <source>Back on the primary model</source>
        <translation>Đã quay lại mô hình chính</translation>
    </message>
    <message>
        <source>ClawDesk stays in the tray; the gateway is not running. Use the tray icon to open ClawDesk, start the gateway or quit.</source>
        <translation>ClawDesk vẫn ở trong khay hệ thống; Gateway không chạy. Dùng biểu tượng ở khay để mở ClawDesk, khởi động Gateway hoặc thoát.</translation>
    </message>
    <message>
        <source>%1 is tried first again.</source>
        <translation>%1 lại được thử đầu tiên.</translation>
    </message>
    <message>
        <source>Primary model failed</source>
        <translation>Mô hình chính bị lỗi</translation>
    </message>
    <message>
        <source>%1 failed (%2); trying %3.</source>
        <translation>%1 lỗi (%2); đang thử %3.</translation>
    </message>
</context>
<context>
    <name>clawdesk::UsageModel</name>
    <message>
        <source>Other</source>
        <extracomment>The stack of the usage chart that sums every model or provider not shown by name</extracomment>
        <translation>Khác</translation>
    </message>
    <message>
        <source>No requests</source>
        <translation>Không có yêu cầu</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 tokens · %n request(s)</source>
        <translation>
            <numerusform>%1 · %2 token · %n yêu cầu</numerusform>
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
        <translation>Hãy chọn nhà cung cấp và phương thức xác thực trước.</translation>
    </message>
</context>
</TS>
