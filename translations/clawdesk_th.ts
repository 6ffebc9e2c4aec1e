<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Test connection</source>
        <translation>ทดสอบการเชื่อมต่อ</translation>
    </message>
    <message>
        <source>Test the connection to %1</source>
        <translation>ทดสอบการเชื่อมต่อกับ %1</translation>
    </message>
</context>
<context>
    <name>CopyableSnippet</name>
    <message>
        <source>Copy</source>
        <translation>คัดลอก</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>คัดลอก %1</translation>
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
        <translation>บิลด์นี้ไม่มี Gateway</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>เซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>เริ่ม</translation>
    </message>
    <message>
        <source>Start gateway</source>
        <translation>เริ่ม Gateway</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>หยุด</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>หยุด Gateway</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>รีสตาร์ท</translation>
    </message>
    <message>
        <source>Restart gateway</source>
        <translation>รีสตาร์ท Gateway</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>พอร์ต</translation>
    </message>
    <message>
        <source>Gateway port</source>
        <translation>พอร์ตของ Gateway</translation>
    </message>
    <message>
        <source>Bind</source>
        <extracomment>Network address the gateway listens on</extracomment>
        <translation>ที่อยู่ bind</translation>
    </message>
    <message>
        <source>Gateway bind address</source>
        <translation>ที่อยู่ bind ของ Gateway</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>โทเค็น</translation>
    </message>
    <message>
        <source>gateway token</source>
        <translation>โทเค็น Gateway</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>สร้างใหม่</translation>
    </message>
    <message>
        <source>Regenerate gateway token</source>
        <translation>สร้างโทเค็น Gateway ใหม่</translation>
    </message>
    <message>
        <source>Port, bind and token apply the next time the gateway starts.</source>
        <translation>พอร์ต ที่อยู่ bind และโทเค็นจะมีผลเมื่อ Gateway เริ่มทำงานครั้งถัดไป</translation>
    </message>
    <message>
        <source>Connect your tools</source>
        <translation>เชื่อมต่อเครื่องมือของคุณ</translation>
    </message>
    <message>
        <source>Claude Code</source>
        <translation>Claude Code</translation>
    </message>
    <message>
        <source>Cline / Roo Code / Kilo Code (OpenAI compatible)</source>
        <translation>Cline / Roo Code / Kilo Code (เข้ากันได้กับ OpenAI)</translation>
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
        <translation>คำขอล่าสุด</translation>
    </message>
    <message>
        <source>No requests yet.</source>
        <translation>ยังไม่มีคำขอ</translation>
    </message>
    <message>
        <source>%1  %2 → %3  %4  %5 ms  %6/%7 tok  %8</source>
        <translation>%1  %2 → %3  %4  %5 ms  %6/%7 tok  %8</translation>
    </message>
    <message>
        <source>failover</source>
        <translation>สลับไปตัวสำรอง</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Overview</source>
        <translation>ภาพรวม</translation>
    </message>
    <message>
        <source>Model/auth</source>
        <extracomment>Sidebar page for choosing providers and signing in</extracomment>
        <translation>Model/auth</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>โมเดล</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>การใช้งาน</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <source>ClawDesk</source>
        <translation>ClawDesk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>หน้า</translation>
    </message>
    <message>
        <source>Configure…</source>
        <translation>กำหนดค่า…</translation>
    </message>
    <message>
        <source>Open the configure wizard</source>
        <translation>เปิดตัวช่วยกำหนดค่า</translation>
    </message>
    <message>
        <source>No system tray found: closing the window quits ClawDesk and stops the gateway.</source>
        <translation>ไม่พบถาดระบบ: การปิดหน้าต่างจะออกจาก ClawDesk และหยุด Gateway</translation>
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
        <translation>ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>MiniMax</source>
        <translation>MiniMax</translation>
    </message>
    <message>
        <source>Coding Plan sign-in (OAuth) or an API key. Lightning is the faster variant with a higher output price.</source>
        <translation>ลงชื่อเข้าใช้ด้วย Coding Plan (OAuth) หรือใช้คีย์ API โดย Lightning เป็นรุ่นที่เร็วกว่าและมีราคาเอาต์พุตสูงกว่า</translation>
    </message>
    <message>
        <source>OAuth: %1</source>
        <translation>OAuth: %1</translation>
    </message>
    <message>
        <source>Sign in with MiniMax (Global)</source>
        <translation>ลงชื่อเข้าใช้ด้วย MiniMax (Global)</translation>
    </message>
    <message>
        <source>Sign in (CN)</source>
        <extracomment>MiniMax&apos;s endpoint for users in mainland China</extracomment>
        <translation>ลงชื่อเข้าใช้ (CN)</translation>
    </message>
    <message>
        <source>Sign in with MiniMax (China)</source>
        <translation>ลงชื่อเข้าใช้ด้วย MiniMax (จีน)</translation>
    </message>
    <message>
        <source>Asking MiniMax for a code…</source>
        <translation>กำลังขอรหัสจาก MiniMax…</translation>
    </message>
    <message>
        <source>Open this page and enter the code:</source>
        <translation>เปิดหน้านี้แล้วป้อนรหัส:</translation>
    </message>
    <message>
        <source>Sign-in code %1</source>
        <translation>รหัสลงชื่อเข้าใช้ %1</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>คัดลอกรหัส</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>ยกเลิกการลงชื่อเข้าใช้</translation>
    </message>
    <message>
        <source>The code expires in %1:%2</source>
        <translation>รหัสจะหมดอายุใน %1:%2</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>ลงชื่อเข้าใช้แล้ว</translation>
    </message>
    <message>
        <source>API key: %1</source>
        <translation>คีย์ API: %1</translation>
    </message>
    <message>
        <source>MiniMax API key</source>
        <translation>คีย์ API ของ MiniMax</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>บันทึกคีย์</translation>
    </message>
    <message>
        <source>Save MiniMax API key</source>
        <translation>บันทึกคีย์ API ของ MiniMax</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>Anthropic API key (sk-ant-…)</source>
        <translation>คีย์ API ของ Anthropic (sk-ant-…)</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>คีย์ API ของ Anthropic</translation>
    </message>
    <message>
        <source>Save Anthropic API key</source>
        <translation>บันทึกคีย์ API ของ Anthropic</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>เข้ากันได้กับ OpenAI</translation>
    </message>
    <message>
        <source>Any server that speaks the OpenAI API, under a provider id of your choice.</source>
        <translation>เซิร์ฟเวอร์ใดก็ได้ที่รองรับ API ของ OpenAI โดยใช้ ID ผู้ให้บริการที่คุณเลือกเอง</translation>
    </message>
    <message>
        <source>Provider id</source>
        <translation>ID ผู้ให้บริการ</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL ฐาน</translation>
    </message>
    <message>
        <source>API</source>
        <extracomment>Wire protocol of the provider</extracomment>
        <translation>API</translation>
    </message>
    <message>
        <source>API kind</source>
        <translation>ประเภท API</translation>
    </message>
    <message>
        <source>Save provider</source>
        <translation>บันทึกผู้ให้บริการ</translation>
    </message>
    <message>
        <source>LM Studio</source>
        <translation>LM Studio</translation>
    </message>
    <message>
        <source>Models running on this computer. No key is needed; nothing leaves your machine.</source>
        <translation>โมเดลที่ทำงานบนคอมพิวเตอร์เครื่องนี้ ไม่ต้องใช้คีย์ และไม่มีข้อมูลใดออกจากเครื่องของคุณ</translation>
    </message>
    <message>
        <source>LM Studio base URL</source>
        <translation>URL ฐานของ LM Studio</translation>
    </message>
    <message>
        <source>Discover models</source>
        <translation>ค้นหาโมเดล</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>ใช้ %1</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Models</source>
        <translation>โมเดล</translation>
    </message>
    <message>
        <source>The change was not saved.</source>
        <translation>ไม่ได้บันทึกการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Search models, names or aliases</source>
        <translation>ค้นหาโมเดล ชื่อ หรือนามแฝง</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>ค้นหาโมเดล</translation>
    </message>
    <message>
        <source>Show all catalog</source>
        <translation>แสดงแค็ตตาล็อกทั้งหมด</translation>
    </message>
    <message>
        <source>Show all catalog models</source>
        <translation>แสดงโมเดลทั้งหมดในแค็ตตาล็อก</translation>
    </message>
    <message>
        <source>Model list</source>
        <translation>รายการโมเดล</translation>
    </message>
    <message>
        <source>context %1</source>
        <translation>บริบท %1</translation>
    </message>
    <message>
        <source>auth ✓</source>
        <translation>ยืนยันตัวตน ✓</translation>
    </message>
    <message>
        <source>no auth</source>
        <translation>ไม่มีการยืนยันตัวตน</translation>
    </message>
    <message>
        <source>local</source>
        <translation>ในเครื่อง</translation>
    </message>
    <message>
        <source>alias %1</source>
        <translation>นามแฝง %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ไม่พบ</translation>
    </message>
    <message>
        <source>fallback #%1</source>
        <extracomment>Position in the fallback chain, e.g. &quot;fallback #2&quot;</extracomment>
        <translation>ตัวสำรอง #%1</translation>
    </message>
    <message>
        <source>Make primary</source>
        <translation>ตั้งเป็นตัวหลัก</translation>
    </message>
    <message>
        <source>Make %1 the primary model</source>
        <translation>ตั้ง %1 เป็นโมเดลหลัก</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>ตัวหลัก</translation>
    </message>
    <message>
        <source>Add as fallback</source>
        <translation>เพิ่มเป็นตัวสำรอง</translation>
    </message>
    <message>
        <source>Add %1 as a fallback</source>
        <translation>เพิ่ม %1 เป็นตัวสำรอง</translation>
    </message>
    <message>
        <source>Fallback chain</source>
        <translation>ลำดับตัวสำรอง</translation>
    </message>
    <message>
        <source>Tried in this order when the primary fails. Drag to reorder, or use Ctrl+Up/Down.</source>
        <translation>จะลองตามลำดับนี้เมื่อโมเดลหลักล้มเหลว ลากเพื่อจัดลำดับใหม่ หรือใช้ Ctrl+ขึ้น/ลง</translation>
    </message>
    <message>
        <source>Fallback %1: %2</source>
        <translation>ตัวสำรอง %1: %2</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>ย้าย %1 ขึ้น</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>ย้าย %1 ลง</translation>
    </message>
    <message>
        <source>Remove fallback %1</source>
        <translation>ลบตัวสำรอง %1</translation>
    </message>
    <message>
        <source>No fallbacks: requests fail when the primary fails.</source>
        <translation>ไม่มีตัวสำรอง: คำขอจะล้มเหลวเมื่อโมเดลหลักล้มเหลว</translation>
    </message>
    <message>
        <source>Model to add as fallback</source>
        <translation>โมเดลที่จะเพิ่มเป็นตัวสำรอง</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <source>Add fallback</source>
        <translation>เพิ่มตัวสำรอง</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>นามแฝง</translation>
    </message>
    <message>
        <source>Short names you can type instead of provider/model.</source>
        <translation>ชื่อสั้นที่พิมพ์แทน ผู้ให้บริการ/โมเดล ได้</translation>
    </message>
    <message>
        <source>Alias for %1</source>
        <translation>นามแฝงของ %1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>เปลี่ยนชื่อ</translation>
    </message>
    <message>
        <source>Rename alias %1</source>
        <translation>เปลี่ยนชื่อนามแฝง %1</translation>
    </message>
    <message>
        <source>Remove alias %1</source>
        <translation>ลบนามแฝง %1</translation>
    </message>
    <message>
        <source>Model for the new alias</source>
        <translation>โมเดลสำหรับนามแฝงใหม่</translation>
    </message>
    <message>
        <source>new alias</source>
        <translation>นามแฝงใหม่</translation>
    </message>
    <message>
        <source>New alias</source>
        <translation>นามแฝงใหม่</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>เพิ่มนามแฝง</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>ภาพรวม</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>กำลังทำงาน</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>กำลังเริ่ม…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>ข้อผิดพลาด</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>หยุดอยู่</translation>
    </message>
    <message>
        <source>Not available in this build</source>
        <translation>ไม่มีในบิลด์นี้</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n นาที</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n ชั่วโมง</numerusform>
        </translation>
    </message>
    <message>
        <source>openclaw.json does not parse: %1</source>
        <translation>แยกวิเคราะห์ openclaw.json ไม่ได้: %1</translation>
    </message>
    <message>
        <source>openclaw.json has problems OpenClaw would reject: %1</source>
        <translation>openclaw.json มีปัญหาที่ OpenClaw จะปฏิเสธ: %1</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>เปิดในตัวแก้ไข</translation>
    </message>
    <message>
        <source>No openclaw.json yet at %1.</source>
        <translation>ยังไม่มี openclaw.json ที่ %1</translation>
    </message>
    <message>
        <source>Set up…</source>
        <translation>ตั้งค่า…</translation>
    </message>
    <message>
        <source>The gateway keeps serving the last good config.</source>
        <translation>Gateway ยังคงทำงานด้วยการกำหนดค่าที่ถูกต้องล่าสุด</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Port %1 · up %2</source>
        <translation>พอร์ต %1 · ทำงานมา %2</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>เริ่ม</translation>
    </message>
    <message>
        <source>Start gateway</source>
        <translation>เริ่ม Gateway</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>หยุด</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>หยุด Gateway</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>โมเดล</translation>
    </message>
    <message>
        <source>Serving now</source>
        <translation>กำลังให้บริการ</translation>
    </message>
    <message>
        <source>Model serving now: %1</source>
        <translation>โมเดลที่กำลังให้บริการ: %1</translation>
    </message>
    <message>
        <source>Configured chain</source>
        <translation>ลำดับที่กำหนดไว้</translation>
    </message>
    <message>
        <source>Edit models…</source>
        <translation>แก้ไขโมเดล…</translation>
    </message>
    <message>
        <source>Edit models</source>
        <translation>แก้ไขโมเดล</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>วันนี้</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n คำขอ</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <extracomment>Money spent today, in US dollars</extracomment>
        <translation>ค่าใช้จ่าย: %1</translation>
    </message>
    <message>
        <source>Recent failovers</source>
        <translation>การสลับไปตัวสำรองล่าสุด</translation>
    </message>
    <message>
        <source>None so far.</source>
        <translation>ยังไม่มี</translation>
    </message>
    <message>
        <source>%1  back to %2</source>
        <translation>%1  กลับไปที่ %2</translation>
    </message>
    <message>
        <source>%1  %2 → %3 (%4)</source>
        <translation>%1  %2 → %3 (%4)</translation>
    </message>
    <message>
        <source>Config file</source>
        <translation>ไฟล์การกำหนดค่า</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>ปกติ</translation>
    </message>
    <message>
        <source>Not created yet</source>
        <translation>ยังไม่ได้สร้าง</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>ต้องตรวจสอบ</translation>
    </message>
    <message>
        <source>Open openclaw.json in editor</source>
        <translation>เปิด openclaw.json ในตัวแก้ไข</translation>
    </message>
    <message>
        <source>Coding Plan: %1</source>
        <extracomment>MiniMax Coding Plan quota windows, e.g. &quot;5h 63% left ⏱2h 10m · week 88% left&quot;</extracomment>
        <translation>Coding Plan: %1</translation>
    </message>
    <message>
        <source>Coding Plan quota unavailable: %1</source>
        <translation>ไม่สามารถดูโควตา Coding Plan: %1</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Hide</source>
        <translation>ซ่อน</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>แสดง</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>ซ่อน%1</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation>แสดง%1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>คัดลอก</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>คัดลอก%1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>ภาษาของระบบ</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>ลักษณะที่ปรากฏ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Theme</source>
        <extracomment>Colour theme of the window</extracomment>
        <translation>ธีม</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>ตามระบบ</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>สว่าง</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>มืด</translation>
    </message>
    <message>
        <source>Startup and tray</source>
        <translation>การเริ่มต้นและถาดระบบ</translation>
    </message>
    <message>
        <source>Start ClawDesk when I log in</source>
        <translation>เปิด ClawDesk เมื่อฉันเข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation>เริ่มโดยย่อไว้ที่ถาดระบบ</translation>
    </message>
    <message>
        <source>Notify me when the gateway switches to a fallback and back</source>
        <translation>แจ้งเตือนเมื่อ Gateway สลับไปใช้ตัวสำรองและเมื่อกลับมา</translation>
    </message>
    <message>
        <source>No system tray is available on this desktop, so ClawDesk quits when its window is closed.</source>
        <translation>เดสก์ท็อปนี้ไม่มีถาดระบบ ClawDesk จึงจะออกเมื่อปิดหน้าต่าง</translation>
    </message>
    <message>
        <source>OpenClaw config</source>
        <translation>การกำหนดค่า OpenClaw</translation>
    </message>
    <message>
        <source>Leave empty to use the file OpenClaw itself uses. Takes effect after a restart.</source>
        <translation>เว้นว่างไว้เพื่อใช้ไฟล์เดียวกับที่ OpenClaw ใช้ มีผลหลังรีสตาร์ท</translation>
    </message>
    <message>
        <source>Config file path</source>
        <translation>พาธไฟล์การกำหนดค่า</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>เปิดในตัวแก้ไข</translation>
    </message>
    <message>
        <source>Open openclaw.json in editor</source>
        <translation>เปิด openclaw.json ในตัวแก้ไข</translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message>
        <source>Usage</source>
        <translation>การใช้งาน</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 วันที่ผ่านมา</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 วันที่ผ่านมา</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>ช่วงเวลา</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>ค่าใช้จ่าย</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>โทเค็น</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>ตัววัด</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 tokens · %n request(s)</source>
        <translation>
            <numerusform>%1 · %2 โทเค็น · %n คำขอ</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage per day</source>
        <translation>การใช้งานรายวัน</translation>
    </message>
    <message>
        <source>No requests in this period. Usage appears here as the gateway serves requests.</source>
        <translation>ไม่มีคำขอในช่วงเวลานี้ การใช้งานจะแสดงที่นี่เมื่อ Gateway ให้บริการคำขอ</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %3 tokens, %n request(s)</source>
        <translation>
            <numerusform>%1: %2, %3 โทเค็น, %n คำขอ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <source>Provider</source>
        <translation>ผู้ให้บริการ</translation>
    </message>
    <message>
        <source>Auth method</source>
        <translation>วิธียืนยันตัวตน</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>ลงชื่อเข้าใช้</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>โมเดลเริ่มต้น</translation>
    </message>
    <message>
        <source>Model picker</source>
        <translation>ตัวเลือกโมเดล</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>สรุป</translation>
    </message>
    <message>
        <source>Configure wizard</source>
        <translation>ตัวช่วยกำหนดค่า</translation>
    </message>
    <message>
        <source>Set up OpenClaw</source>
        <translation>ตั้งค่า OpenClaw</translation>
    </message>
    <message>
        <source>Model/auth provider</source>
        <translation>ผู้ให้บริการ Model/auth</translation>
    </message>
    <message>
        <source>MiniMax — M2.1 (recommended)</source>
        <translation>MiniMax — M2.1 (แนะนำ)</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>LM Studio (local)</source>
        <translation>LM Studio (ในเครื่อง)</translation>
    </message>
    <message>
        <source>MiniMax OAuth — Global</source>
        <translation>MiniMax OAuth — Global</translation>
    </message>
    <message>
        <source>OAuth for international users</source>
        <translation>OAuth สำหรับผู้ใช้ต่างประเทศ</translation>
    </message>
    <message>
        <source>MiniMax OAuth — CN</source>
        <translation>MiniMax OAuth — CN</translation>
    </message>
    <message>
        <source>OAuth for users in China</source>
        <translation>OAuth สำหรับผู้ใช้ในจีน</translation>
    </message>
    <message>
        <source>MiniMax M2.1 — API key</source>
        <translation>MiniMax M2.1 — คีย์ API</translation>
    </message>
    <message>
        <source>MiniMax M2.1 Lightning — API key</source>
        <translation>MiniMax M2.1 Lightning — คีย์ API</translation>
    </message>
    <message>
        <source>Faster, higher output cost</source>
        <translation>เร็วกว่า ค่าเอาต์พุตสูงกว่า</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>คีย์ API ของ Anthropic</translation>
    </message>
    <message>
        <source>LM Studio on this computer</source>
        <translation>LM Studio บนคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <source>Enter your API key. It is stored in the system keychain (or OpenClaw&apos;s auth-profiles.json when there is none), never in openclaw.json.</source>
        <translation>ป้อนคีย์ API ของคุณ คีย์จะถูกเก็บในพวงกุญแจของระบบ (หรือใน auth-profiles.json ของ OpenClaw หากไม่มี) และจะไม่ถูกเก็บใน openclaw.json</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>คีย์ API</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>บันทึกคีย์</translation>
    </message>
    <message>
        <source>Save API key</source>
        <translation>บันทึกคีย์ API</translation>
    </message>
    <message>
        <source>Sign in with your MiniMax account in the browser.</source>
        <translation>ลงชื่อเข้าใช้ด้วยบัญชี MiniMax ของคุณในเบราว์เซอร์</translation>
    </message>
    <message>
        <source>Start sign-in</source>
        <translation>เริ่มลงชื่อเข้าใช้</translation>
    </message>
    <message>
        <source>No sign-in needed. Start LM Studio&apos;s local server (Developer → Start server).</source>
        <translation>ไม่ต้องลงชื่อเข้าใช้ เริ่มเซิร์ฟเวอร์ในเครื่องของ LM Studio (Developer → Start server)</translation>
    </message>
    <message>
        <source>Models in the /model picker. Besides the default, the ones you tick become fallbacks, in this order.</source>
        <translation>โมเดลในตัวเลือก /model นอกจากโมเดลเริ่มต้นแล้ว โมเดลที่คุณติ๊กจะเป็นตัวสำรองตามลำดับนี้</translation>
    </message>
    <message>
        <source>Offer %1</source>
        <translation>เสนอ %1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>บันทึกลงใน %1 แล้ว</translation>
    </message>
    <message>
        <source>These changes will be written to %1:</source>
        <translation>การเปลี่ยนแปลงเหล่านี้จะถูกเขียนลงใน %1:</translation>
    </message>
    <message>
        <source>Changes to openclaw.json</source>
        <translation>การเปลี่ยนแปลงใน openclaw.json</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Cancel the wizard</source>
        <translation>ยกเลิกตัวช่วย</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>ถัดไป</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>เสร็จสิ้น</translation>
    </message>
    <message>
        <source>Write openclaw.json</source>
        <translation>เขียน openclaw.json</translation>
    </message>
</context>
<context>
    <name>clawdesk::Application</name>
    <message>
        <source>Coding Plan: %1 of %2 prompts left</source>
        <translation>Coding Plan: เหลือ %1 จาก %2 พรอมต์</translation>
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
        <translation>ลบ %1 ไม่ได้</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>เขียน %1 ไม่ได้: %2</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConfigController</name>
    <message>
        <source>Alias not found: %1</source>
        <translation>ไม่พบนามแฝง: %1</translation>
    </message>
    <message>
        <source>Alias %1 already points to %2.</source>
        <translation>นามแฝง %1 ชี้ไปที่ %2 อยู่แล้ว</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConnectionTester</name>
    <message>
        <source>%1 is not set up in openclaw.json yet: save it first.</source>
        <translation>ยังไม่ได้ตั้งค่า %1 ใน openclaw.json: โปรดบันทึกก่อน</translation>
    </message>
    <message>
        <source>%1 lists no models: add one to test it.</source>
        <translation>%1 ไม่มีโมเดล: เพิ่มโมเดลก่อนจึงจะทดสอบได้</translation>
    </message>
    <message>
        <source>The api &quot;%1&quot; cannot be tested here; use anthropic-messages, openai-completions or openai-responses.</source>
        <translation>ทดสอบ API &quot;%1&quot; ที่นี่ไม่ได้ โปรดใช้ anthropic-messages, openai-completions หรือ openai-responses</translation>
    </message>
    <message>
        <source>No API key for %1: add one on this page or sign in.</source>
        <translation>ไม่มีคีย์ API สำหรับ %1: เพิ่มคีย์ในหน้านี้หรือลงชื่อเข้าใช้</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>กำลังทดสอบ %1…</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2. Check the base URL and that the server runs.</source>
        <translation>เชื่อมต่อ %1 ไม่ได้: %2 ตรวจสอบ URL ฐานและดูว่าเซิร์ฟเวอร์ทำงานอยู่</translation>
    </message>
    <message>
        <source>Connected: %1 answered in %2 ms.</source>
        <translation>เชื่อมต่อแล้ว: %1 ตอบกลับใน %2 ms</translation>
    </message>
    <message>
        <source>Check the API key (or sign in again).</source>
        <translation>ตรวจสอบคีย์ API (หรือลงชื่อเข้าใช้อีกครั้ง)</translation>
    </message>
    <message>
        <source>Check the base URL and the model id.</source>
        <translation>ตรวจสอบ URL ฐานและ ID โมเดล</translation>
    </message>
    <message>
        <source>Rate limited or out of quota: try again later or add a fallback.</source>
        <translation>ถูกจำกัดอัตราหรือโควตาหมด: ลองอีกครั้งภายหลังหรือเพิ่มตัวสำรอง</translation>
    </message>
    <message>
        <source>The provider has a problem: try again later or add a fallback.</source>
        <translation>ผู้ให้บริการมีปัญหา: ลองอีกครั้งภายหลังหรือเพิ่มตัวสำรอง</translation>
    </message>
    <message>
        <source>Connection tests need the gateway, which this build does not include.</source>
        <translation>การทดสอบการเชื่อมต่อต้องใช้ Gateway ซึ่งไม่มีในบิลด์นี้</translation>
    </message>
</context>
<context>
    <name>clawdesk::FallbackModel</name>
    <message>
        <source>Not in the model allowlist: OpenClaw silently skips this fallback.</source>
        <translation>ไม่อยู่ในรายการอนุญาตของโมเดล: OpenClaw จะข้ามตัวสำรองนี้โดยไม่แจ้ง</translation>
    </message>
    <message>
        <source>No credentials for this provider: this fallback will fail.</source>
        <translation>ไม่มีข้อมูลรับรองสำหรับผู้ให้บริการนี้: ตัวสำรองนี้จะล้มเหลว</translation>
    </message>
</context>
<context>
    <name>clawdesk::ProviderController</name>
    <message>
        <source>Signed in: profile %1 in OpenClaw&apos;s auth-profiles.json (%2).</source>
        <translation>ลงชื่อเข้าใช้แล้ว: โปรไฟล์ %1 ใน auth-profiles.json ของ OpenClaw (%2)</translation>
    </message>
    <message>
        <source>Key from the environment variable %1 (not stored by ClawDesk).</source>
        <translation>คีย์จากตัวแปรสภาพแวดล้อม %1 (ClawDesk ไม่ได้เก็บไว้)</translation>
    </message>
    <message>
        <source>Key written in openclaw.json (%1). Moving it to the keychain is safer.</source>
        <translation>คีย์ถูกเขียนไว้ใน openclaw.json (%1) ย้ายไปไว้ในพวงกุญแจจะปลอดภัยกว่า</translation>
    </message>
    <message>
        <source>No key yet.</source>
        <translation>ยังไม่มีคีย์</translation>
    </message>
    <message>
        <source>Enter the base URL, e.g. http://127.0.0.1:1234/v1</source>
        <translation>ป้อน URL ฐาน เช่น http://127.0.0.1:1234/v1</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https://</source>
        <translation>URL ฐานต้องขึ้นต้นด้วย http:// หรือ https://</translation>
    </message>
    <message>
        <source>The base URL needs a host name.</source>
        <translation>URL ฐานต้องมีชื่อโฮสต์</translation>
    </message>
    <message>
        <source>Enter a provider id, e.g. my-proxy</source>
        <translation>ป้อน ID ผู้ให้บริการ เช่น my-proxy</translation>
    </message>
    <message>
        <source>Use lower-case letters, digits, dots, underscores or dashes.</source>
        <translation>ใช้ตัวพิมพ์เล็ก ตัวเลข จุด ขีดล่าง หรือขีดกลาง</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>ป้อนคีย์ API</translation>
    </message>
    <message>
        <source>No credential store is available.</source>
        <translation>ไม่มีที่เก็บข้อมูลรับรองที่ใช้ได้</translation>
    </message>
    <message>
        <source>The server did not answer with a model list.</source>
        <translation>เซิร์ฟเวอร์ไม่ได้ส่งรายการโมเดลกลับมา</translation>
    </message>
    <message>
        <source>Could not reach LM Studio: %1. Is its server running?</source>
        <translation>เชื่อมต่อ LM Studio ไม่ได้: %1 เซิร์ฟเวอร์ของ LM Studio ทำงานอยู่หรือไม่</translation>
    </message>
</context>
<context>
    <name>clawdesk::QuotaMonitor</name>
    <message>
        <source>week</source>
        <extracomment>The weekly window of the MiniMax Coding Plan quota</extracomment>
        <translation>สัปดาห์</translation>
    </message>
    <message>
        <source>%1 %2% left</source>
        <extracomment>A quota window and what is left of it, e.g. &quot;5h 63% left&quot;</extracomment>
        <translation>%1 เหลือ %2%</translation>
    </message>
</context>
<context>
    <name>clawdesk::TrayController</name>
    <message>
        <source>Sign-in expired: open ClawDesk to sign in again</source>
        <translation>การลงชื่อเข้าใช้หมดอายุ: เปิด ClawDesk เพื่อลงชื่อเข้าใช้อีกครั้ง</translation>
    </message>
    <message>
        <source>Gateway not available in this build</source>
        <translation>บิลด์นี้ไม่มี Gateway</translation>
    </message>
    <message>
        <source>Gateway stopped</source>
        <translation>Gateway หยุดอยู่</translation>
    </message>
    <message>
        <source>Gateway starting…</source>
        <translation>Gateway กำลังเริ่ม…</translation>
    </message>
    <message>
        <source>Gateway error: %1</source>
        <translation>ข้อผิดพลาดของ Gateway: %1</translation>
    </message>
    <message>
        <source>Serving fallback %1</source>
        <translation>กำลังใช้ตัวสำรอง %1</translation>
    </message>
    <message>
        <source>Gateway running on port %1</source>
        <translation>Gateway ทำงานบนพอร์ต %1</translation>
    </message>
    <message>
        <source>Start gateway</source>
        <translation>เริ่ม Gateway</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>หยุด Gateway</translation>
    </message>
    <message>
        <source>Restart gateway</source>
        <translation>รีสตาร์ท Gateway</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>Tray submenu listing the models to use as the primary (default) model</extracomment>
        <translation>โมเดล</translation>
    </message>
    <message>
        <source>Open ClawDesk</source>
        <translation>เปิด ClawDesk</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>ออก</translation>
    </message>
    <message>
        <source>ClawDesk is still running</source>
        <translation>ClawDesk ยังทำงานอยู่</translation>
    </message>
    <message>
        <source>The gateway keeps serving in the background. Use the tray icon to open ClawDesk or to quit.</source>
        <translation>Gateway ยังคงทำงานอยู่เบื้องหลัง ใช้ไอคอนในถาดระบบเพื่อเปิด ClawDesk หรือออก</translation>
    </message>
    <message>
        <source>Back on the primary model</source>
        <translation>กลับมาใช้โมเดลหลักแล้ว</translation>
    </message>
    <message>
        <source>%1 answers again.</source>
        <translation>%1 ตอบกลับได้อีกครั้ง</translation>
    </message>
    <message>
        <source>Switched to a fallback model</source>
        <translation>สลับไปใช้โมเดลสำรองแล้ว</translation>
    </message>
    <message>
        <source>%1 failed (%2); now serving %3.</source>
        <translation>%1 ล้มเหลว (%2) ตอนนี้ใช้ %3 แทน</translation>
    </message>
</context>
<context>
    <name>clawdesk::WizardController</name>
    <message>
        <source>Choose a provider and an auth method first.</source>
        <translation>เลือกผู้ให้บริการและวิธียืนยันตัวตนก่อน</translation>
    </message>
</context>
</TS>
