<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>ConnectToolsCard</name>
    <message>
        <source>Connect your tools</source>
        <translation>ابزارهایتان را وصل کنید</translation>
    </message>
    <message>
        <source>ClawDesk writes each tool&apos;s own settings so it uses this gateway. Undo puts the file back exactly as it was.</source>
        <translation>ClawDesk تنظیمات خود هر ابزار را می‌نویسد تا از این Gateway استفاده کند. «واگرد» فایل را دقیقاً به همان حالت قبلی برمی‌گرداند.</translation>
    </message>
    <message>
        <source>Connected. The tool uses the gateway the next time it starts.</source>
        <translation>وصل شد. ابزار از دفعهٔ بعدی که شروع شود از Gateway استفاده می‌کند.</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>اتصال ممکن نشد: ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1&apos;s settings are back as they were.</source>
        <translation>تنظیمات ⁨%1⁩ به حالت قبل برگشت.</translation>
    </message>
    <message>
        <source>Cannot undo: %1</source>
        <translation>واگرد ممکن نشد: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>وصل است</translation>
    </message>
    <message>
        <source>Overridden by a shell variable</source>
        <translation>با یک متغیر پوسته جایگزین شده است</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>وصل نیست</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>وصل کردن</translation>
    </message>
    <message>
        <source>Connect %1 to the gateway</source>
        <translation>وصل کردن ⁨%1⁩ به Gateway</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>واگرد</translation>
    </message>
    <message>
        <source>Undo connecting %1</source>
        <translation>واگرد اتصال ⁨%1⁩</translation>
    </message>
    <message>
        <source>This change will be written (the token is shortened here):</source>
        <translation>این تغییر نوشته می‌شود (توکن در اینجا کوتاه شده است):</translation>
    </message>
    <message>
        <source>Change to be written</source>
        <translation>تغییری که نوشته می‌شود</translation>
    </message>
    <message>
        <source>Write the change</source>
        <translation>نوشتن تغییر</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Test connection</source>
        <translation>آزمایش اتصال</translation>
    </message>
    <message>
        <source>Test the connection to %1</source>
        <translation>آزمایش اتصال به %1</translation>
    </message>
</context>
<context>
    <name>CopyableSnippet</name>
    <message>
        <source>Copy</source>
        <translation>کپی</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>کپی %1</translation>
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
        <translation>شروع Gateway</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>توقف Gateway</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>راه‌اندازی مجدد</translation>
    </message>
    <message>
        <source>Restart gateway</source>
        <translation>راه‌اندازی مجدد Gateway</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>درگاه</translation>
    </message>
    <message>
        <source>Gateway port</source>
        <translation>درگاه Gateway</translation>
    </message>
    <message>
        <source>Bind</source>
        <extracomment>Network address the gateway listens on</extracomment>
        <translation>نشانی اتصال</translation>
    </message>
    <message>
        <source>Gateway bind address</source>
        <translation>نشانی اتصال Gateway</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>توکن</translation>
    </message>
    <message>
        <source>gateway token</source>
        <translation>توکن Gateway</translation>
    </message>
    <message>
        <source>Regenerate gateway token</source>
        <translation>ساخت دوبارهٔ توکن Gateway</translation>
    </message>
    <message>
        <source>Port, bind and token apply the next time the gateway starts.</source>
        <translation>درگاه، نشانی اتصال و توکن از دفعهٔ بعدی که Gateway شروع شود اعمال می‌شوند.</translation>
    </message>
    <message>
        <source>Claude Code</source>
        <translation>Claude Code</translation>
    </message>
    <message>
        <source>Cline / Roo Code / Kilo Code (OpenAI compatible)</source>
        <translation>Cline / Roo Code / Kilo Code (سازگار با OpenAI)</translation>
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
        <translation>در حال راه‌اندازی مجدد Gateway…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>تلاش دوباره</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>درخواست‌ها</translation>
    </message>
    <message>
        <source>What each tool asked for, which model answered, and why a fallback was used. Select a request to see its attempts.</source>
        <translation>هر ابزار چه خواسته، کدام مدل پاسخ داده و چرا از پشتیبان استفاده شده است. برای دیدن تلاش‌های یک درخواست، آن را انتخاب کنید.</translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation>هنوز درخواستی نیست</translation>
    </message>
    <message>
        <source>Point a tool at the gateway (see below); its requests appear here.</source>
        <translation>ابزاری را به Gateway هدایت کنید (پایین را ببینید)؛ درخواست‌هایش اینجا نمایش داده می‌شوند.</translation>
    </message>
    <message>
        <source>Start the gateway, then point a tool at it; its requests appear here.</source>
        <translation>Gateway را شروع کنید، سپس ابزاری را به آن هدایت کنید؛ درخواست‌هایش اینجا نمایش داده می‌شوند.</translation>
    </message>
    <message>
        <source>%1 · %2 asked for %3</source>
        <translation>⁨%1⁩ · ⁨%2⁩ مدل ⁨%3⁩ را خواست</translation>
    </message>
    <message>
        <source>Attempt %1: %2 — %3</source>
        <translation>تلاش ⁨%1⁩: ⁨%2⁩ — ⁨%3⁩</translation>
    </message>
    <message>
        <source>Served by %1: status %2, %3 ms, %4 in / %5 out tokens, %6</source>
        <translation>پاسخ‌دهنده ⁨%1⁩: وضعیت ⁨%2⁩، ⁨%3⁩ ms، ⁨%4⁩ توکن ورودی / ⁨%5⁩ توکن خروجی، ⁨%6⁩</translation>
    </message>
    <message>
        <source>Refused with status %1: %2</source>
        <translation>با وضعیت ⁨%1⁩ رد شد: ⁨%2⁩</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>پاک کردن فهرست</translation>
    </message>
    <message>
        <source>Request list cleared (usage totals keep them).</source>
        <translation>فهرست درخواست‌ها پاک شد (در مجموع مصرف باقی می‌مانند).</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Regenerate token</source>
        <translation>ساخت دوبارهٔ توکن</translation>
    </message>
    <message>
        <source>New token saved; it applies when the gateway restarts.</source>
        <translation>توکن جدید ذخیره شد؛ پس از راه‌اندازی مجدد Gateway اعمال می‌شود.</translation>
    </message>
    <message>
        <source>New token saved.</source>
        <translation>توکن جدید ذخیره شد.</translation>
    </message>
    <message>
        <source>Translated for the provider: %1</source>
        <translation>برای ارائه‌دهنده تبدیل شد: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Manual setup</source>
        <translation>راه‌اندازی دستی</translation>
    </message>
    <message>
        <source>For tools ClawDesk does not configure itself: paste these settings.</source>
        <translation>برای ابزارهایی که ClawDesk خودش پیکربندی نمی‌کند: این تنظیمات را جای‌گذاری کنید.</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>بستن پیام</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Overview</source>
        <translation>نمای کلی</translation>
    </message>
    <message>
        <source>Model/auth</source>
        <extracomment>Sidebar page for choosing providers and signing in</extracomment>
        <translation>مدل/احراز هویت</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>مدل‌ها</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>مصرف</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>ClawDesk</source>
        <translation>ClawDesk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>صفحه‌ها</translation>
    </message>
    <message>
        <source>Configure…</source>
        <translation>پیکربندی…</translation>
    </message>
    <message>
        <source>Open the configure wizard</source>
        <translation>باز کردن دستیار پیکربندی</translation>
    </message>
    <message>
        <source>No system tray found: closing the window quits ClawDesk and stops the gateway.</source>
        <translation>سینی سیستم پیدا نشد: بستن پنجره ClawDesk را می‌بندد و Gateway را متوقف می‌کند.</translation>
    </message>
</context>
<context>
    <name>ModelAuthPage</name>
    <message>
        <source>Model/auth</source>
        <translation>مدل/احراز هویت</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>ذخیره نشده</translation>
    </message>
    <message>
        <source>MiniMax</source>
        <translation>MiniMax</translation>
    </message>
    <message>
        <source>Coding Plan sign-in (OAuth) or an API key. Lightning is the faster variant with a higher output price.</source>
        <translation>ورود با Coding Plan (OAuth) یا کلید API. نسخهٔ Lightning سریع‌تر است و قیمت خروجی بالاتری دارد.</translation>
    </message>
    <message>
        <source>OAuth: %1</source>
        <translation>OAuth: %1</translation>
    </message>
    <message>
        <source>Sign in with MiniMax (Global)</source>
        <translation>ورود با MiniMax (جهانی)</translation>
    </message>
    <message>
        <source>Sign in (CN)</source>
        <extracomment>MiniMax&apos;s endpoint for users in mainland China</extracomment>
        <translation>ورود (چین)</translation>
    </message>
    <message>
        <source>Sign in with MiniMax (China)</source>
        <translation>ورود با MiniMax (چین)</translation>
    </message>
    <message>
        <source>Asking MiniMax for a code…</source>
        <translation>در حال دریافت کد از MiniMax…</translation>
    </message>
    <message>
        <source>Open this page and enter the code:</source>
        <translation>این صفحه را باز کنید و کد را وارد کنید:</translation>
    </message>
    <message>
        <source>Sign-in code %1</source>
        <translation>کد ورود %1</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>کپی کد</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>لغو ورود</translation>
    </message>
    <message>
        <source>The code expires in %1:%2</source>
        <translation>کد تا %1:%2 دیگر منقضی می‌شود</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>وارد شدید.</translation>
    </message>
    <message>
        <source>API key: %1</source>
        <translation>کلید API: %1</translation>
    </message>
    <message>
        <source>MiniMax API key</source>
        <translation>کلید API برای MiniMax</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>ذخیرهٔ کلید</translation>
    </message>
    <message>
        <source>Save MiniMax API key</source>
        <translation>ذخیرهٔ کلید API برای MiniMax</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>Anthropic API key (sk-ant-…)</source>
        <translation>کلید API برای Anthropic (sk-ant-…)</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>کلید API برای Anthropic</translation>
    </message>
    <message>
        <source>Save Anthropic API key</source>
        <translation>ذخیرهٔ کلید API برای Anthropic</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>سازگار با OpenAI</translation>
    </message>
    <message>
        <source>Any server that speaks the OpenAI API, under a provider id of your choice.</source>
        <translation>هر سروری که از API مربوط به OpenAI پشتیبانی کند، با شناسهٔ ارائه‌دهنده‌ای که خودتان انتخاب می‌کنید.</translation>
    </message>
    <message>
        <source>Provider id</source>
        <translation>شناسهٔ ارائه‌دهنده</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL پایه</translation>
    </message>
    <message>
        <source>API</source>
        <extracomment>Wire protocol of the provider</extracomment>
        <translation>API</translation>
    </message>
    <message>
        <source>API kind</source>
        <translation>نوع API</translation>
    </message>
    <message>
        <source>Save provider</source>
        <translation>ذخیرهٔ ارائه‌دهنده</translation>
    </message>
    <message>
        <source>LM Studio</source>
        <translation>LM Studio</translation>
    </message>
    <message>
        <source>Models running on this computer. No key is needed; nothing leaves your machine.</source>
        <translation>مدل‌هایی که روی همین رایانه اجرا می‌شوند. کلیدی لازم نیست و هیچ داده‌ای از دستگاه شما خارج نمی‌شود.</translation>
    </message>
    <message>
        <source>LM Studio base URL</source>
        <translation>URL پایهٔ LM Studio</translation>
    </message>
    <message>
        <source>Discover models</source>
        <translation>یافتن مدل‌ها</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>استفاده از %1</translation>
    </message>
    <message>
        <source>API key for %1 saved: %2</source>
        <translation>کلید API برای ⁨%1⁩ ذخیره شد: ⁨%2⁩</translation>
    </message>
    <message>
        <source>Signed in to MiniMax.</source>
        <translation>به MiniMax وارد شدید.</translation>
    </message>
    <message>
        <source>Provider %1 saved.</source>
        <translation>ارائه‌دهندهٔ ⁨%1⁩ ذخیره شد.</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>مدل‌ها</translation>
    </message>
    <message>
        <source>No models yet: add the ids the server offers.</source>
        <translation>هنوز مدلی نیست: شناسه‌هایی را که سرور ارائه می‌کند اضافه کنید.</translation>
    </message>
    <message>
        <source>model id, e.g. gpt-4o-mini</source>
        <translation>شناسهٔ مدل، مثلاً gpt-4o-mini</translation>
    </message>
    <message>
        <source>Model id to add to %1</source>
        <translation>شناسهٔ مدل برای افزودن به ⁨%1⁩</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>افزودن مدل</translation>
    </message>
    <message>
        <source>Add model to %1</source>
        <translation>افزودن مدل به ⁨%1⁩</translation>
    </message>
    <message>
        <source>Model %1 added to %2.</source>
        <translation>مدل ⁨%1⁩ به ⁨%2⁩ اضافه شد.</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Models</source>
        <translation>مدل‌ها</translation>
    </message>
    <message>
        <source>The change was not saved.</source>
        <translation>تغییر ذخیره نشد.</translation>
    </message>
    <message>
        <source>Search models, names or aliases</source>
        <translation>جست‌وجوی مدل‌ها، نام‌ها یا نام‌های مستعار</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>جست‌وجوی مدل‌ها</translation>
    </message>
    <message>
        <source>Show all catalog</source>
        <translation>نمایش کل کاتالوگ</translation>
    </message>
    <message>
        <source>Show all catalog models</source>
        <translation>نمایش همهٔ مدل‌های کاتالوگ</translation>
    </message>
    <message>
        <source>Model list</source>
        <translation>فهرست مدل‌ها</translation>
    </message>
    <message>
        <source>context %1</source>
        <translation>زمینه ⁨%1⁩</translation>
    </message>
    <message>
        <source>auth ✓</source>
        <translation>احراز هویت ✓</translation>
    </message>
    <message>
        <source>no auth</source>
        <translation>بدون احراز هویت</translation>
    </message>
    <message>
        <source>local</source>
        <translation>محلی</translation>
    </message>
    <message>
        <source>alias %1</source>
        <translation>نام مستعار ⁨%1⁩</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ناموجود</translation>
    </message>
    <message>
        <source>fallback #%1</source>
        <extracomment>Position in the fallback chain, e.g. &quot;fallback #2&quot;</extracomment>
        <translation>پشتیبان #%1</translation>
    </message>
    <message>
        <source>Make primary</source>
        <translation>تنظیم به‌عنوان اصلی</translation>
    </message>
    <message>
        <source>Make %1 the primary model</source>
        <translation>تنظیم %1 به‌عنوان مدل اصلی</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>اصلی</translation>
    </message>
    <message>
        <source>Add as fallback</source>
        <translation>افزودن به‌عنوان پشتیبان</translation>
    </message>
    <message>
        <source>Add %1 as a fallback</source>
        <translation>افزودن %1 به‌عنوان پشتیبان</translation>
    </message>
    <message>
        <source>Fallback chain</source>
        <translation>زنجیرهٔ پشتیبان</translation>
    </message>
    <message>
        <source>Tried in this order when the primary fails. Drag to reorder, or use Ctrl+Up/Down.</source>
        <translation>وقتی مدل اصلی شکست بخورد، به همین ترتیب امتحان می‌شوند. برای تغییر ترتیب بکشید یا از Ctrl+بالا/پایین استفاده کنید.</translation>
    </message>
    <message>
        <source>Fallback %1: %2</source>
        <translation>پشتیبان %1: %2</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>انتقال %1 به بالا</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>انتقال %1 به پایین</translation>
    </message>
    <message>
        <source>Remove fallback %1</source>
        <translation>حذف پشتیبان %1</translation>
    </message>
    <message>
        <source>No fallbacks: requests fail when the primary fails.</source>
        <translation>پشتیبانی تعریف نشده: اگر مدل اصلی شکست بخورد، درخواست‌ها هم شکست می‌خورند.</translation>
    </message>
    <message>
        <source>Model to add as fallback</source>
        <translation>مدلی که به‌عنوان پشتیبان افزوده می‌شود</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>افزودن</translation>
    </message>
    <message>
        <source>Add fallback</source>
        <translation>افزودن پشتیبان</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>نام‌های مستعار</translation>
    </message>
    <message>
        <source>Short names you can type instead of provider/model.</source>
        <translation>نام‌های کوتاهی که می‌توانید به‌جای ارائه‌دهنده/مدل تایپ کنید.</translation>
    </message>
    <message>
        <source>Alias for %1</source>
        <translation>نام مستعار برای %1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>تغییر نام</translation>
    </message>
    <message>
        <source>Rename alias %1</source>
        <translation>تغییر نام مستعار %1</translation>
    </message>
    <message>
        <source>Remove alias %1</source>
        <translation>حذف نام مستعار %1</translation>
    </message>
    <message>
        <source>Model for the new alias</source>
        <translation>مدل نام مستعار جدید</translation>
    </message>
    <message>
        <source>new alias</source>
        <translation>نام مستعار جدید</translation>
    </message>
    <message>
        <source>New alias</source>
        <translation>نام مستعار جدید</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>افزودن نام مستعار</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>واگرد</translation>
    </message>
    <message>
        <source>Remove alias %1?</source>
        <translation>نام مستعار ⁨%1⁩ حذف شود؟</translation>
    </message>
    <message>
        <source>Remove alias</source>
        <translation>حذف نام مستعار</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Ctrl+Up and Ctrl+Down move the selected fallback; Delete removes it.</source>
        <translation>Ctrl+بالا و Ctrl+پایین پشتیبان انتخاب‌شده را جابه‌جا می‌کنند؛ Delete آن را حذف می‌کند.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>نمای کلی</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>باز کردن در ویرایشگر</translation>
    </message>
    <message>
        <source>No openclaw.json yet at %1.</source>
        <translation>هنوز openclaw.json در %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>Set up…</source>
        <translation>راه‌اندازی…</translation>
    </message>
    <message>
        <source>The gateway keeps serving the last good config.</source>
        <translation>Gateway با آخرین پیکربندی سالم به کار ادامه می‌دهد.</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Start gateway</source>
        <translation>شروع Gateway</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>توقف Gateway</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>مدل‌ها</translation>
    </message>
    <message>
        <source>Configured chain</source>
        <translation>زنجیرهٔ پیکربندی‌شده</translation>
    </message>
    <message>
        <source>Edit models…</source>
        <translation>ویرایش مدل‌ها…</translation>
    </message>
    <message>
        <source>Edit models</source>
        <translation>ویرایش مدل‌ها</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n درخواست</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <extracomment>Money spent today, in US dollars</extracomment>
        <translation>هزینه: %1</translation>
    </message>
    <message>
        <source>Recent failovers</source>
        <translation>جابه‌جایی‌های اخیر به پشتیبان</translation>
    </message>
    <message>
        <source>None so far.</source>
        <translation>تاکنون هیچ.</translation>
    </message>
    <message>
        <source>%1  back to %2</source>
        <translation>%1  بازگشت به %2</translation>
    </message>
    <message>
        <source>Config file</source>
        <translation>فایل پیکربندی</translation>
    </message>
    <message>
        <source>Open openclaw.json in editor</source>
        <translation>باز کردن openclaw.json در ویرایشگر</translation>
    </message>
    <message>
        <source>Coding Plan: %1</source>
        <extracomment>MiniMax Coding Plan quota windows, e.g. &quot;5h 63% left ⏱2h 10m · week 88% left&quot;</extracomment>
        <translation>Coding Plan: %1</translation>
    </message>
    <message>
        <source>Coding Plan quota unavailable: %1</source>
        <translation>سهمیهٔ Coding Plan در دسترس نیست: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>⁨%1⁩ در ⁨%2⁩</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>جزئیات…</translation>
    </message>
    <message>
        <source>Open the Gateway page</source>
        <translation>باز کردن صفحهٔ Gateway</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fixed: %1</source>
        <translation>رفع شد: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Could not fix it: %1</source>
        <translation>رفع آن ممکن نشد: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>اعتبارنامه‌ها</translation>
    </message>
    <message>
        <source>Add a key…</source>
        <translation>افزودن کلید…</translation>
    </message>
    <message>
        <source>%1  %2 failed (%3), tried %4</source>
        <translation>⁨%1⁩  ⁨%2⁩ شکست خورد (⁨%3⁩)، ⁨%4⁩ امتحان شد</translation>
    </message>
</context>
<context>
    <name>RequestRow</name>
    <message>
        <source>%1, %2 to %3, status %4</source>
        <translation>⁨%1⁩، ⁨%2⁩ به ⁨%3⁩، وضعیت ⁨%4⁩</translation>
    </message>
    <message>
        <source>not served</source>
        <translation>پاسخ داده نشد</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>کلاینت</translation>
    </message>
    <message>
        <source>Requested → served</source>
        <translation>درخواستی ← پاسخ‌دهنده</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Latency</source>
        <extracomment>Column header: how long the request took</extracomment>
        <translation>تأخیر</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>توکن‌ها</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>هزینه</translation>
    </message>
    <message>
        <source>Failover</source>
        <extracomment>Column header: why the gateway moved on to a fallback model</extracomment>
        <translation>جابه‌جایی به پشتیبان</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Hide</source>
        <translation>پنهان کردن</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>پنهان کردن %1</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation>نمایش %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>کپی</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>کپی %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>زبان سیستم</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>ظاهر</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Theme</source>
        <extracomment>Colour theme of the window</extracomment>
        <translation>پوسته</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>مطابق سیستم</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>روشن</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>تیره</translation>
    </message>
    <message>
        <source>Startup and tray</source>
        <translation>راه‌اندازی و سینی سیستم</translation>
    </message>
    <message>
        <source>Start ClawDesk when I log in</source>
        <translation>اجرای ClawDesk هنگام ورود به سیستم</translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation>شروع به‌صورت کوچک‌شده در سینی سیستم</translation>
    </message>
    <message>
        <source>Notify me when the gateway switches to a fallback and back</source>
        <translation>وقتی Gateway به پشتیبان می‌رود و برمی‌گردد، به من اطلاع بده</translation>
    </message>
    <message>
        <source>No system tray is available on this desktop, so ClawDesk quits when its window is closed.</source>
        <translation>این میزکار سینی سیستم ندارد؛ بنابراین با بستن پنجره، ClawDesk بسته می‌شود.</translation>
    </message>
    <message>
        <source>OpenClaw config</source>
        <translation>پیکربندی OpenClaw</translation>
    </message>
    <message>
        <source>Leave empty to use the file OpenClaw itself uses. Takes effect after a restart.</source>
        <translation>برای استفاده از همان فایلی که خود OpenClaw به کار می‌برد، خالی بگذارید. پس از راه‌اندازی مجدد اعمال می‌شود.</translation>
    </message>
    <message>
        <source>Config file path</source>
        <translation>مسیر فایل پیکربندی</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>باز کردن در ویرایشگر</translation>
    </message>
    <message>
        <source>Open openclaw.json in editor</source>
        <translation>باز کردن openclaw.json در ویرایشگر</translation>
    </message>
</context>
<context>
    <name>ToastHost</name>
    <message>
        <source>Dismiss</source>
        <translation>نادیده گرفتن</translation>
    </message>
</context>
<context>
    <name>UsageChart</name>
    <message>
        <source>Usage per day</source>
        <translation>مصرف روزانه</translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message>
        <source>Usage</source>
        <translation>مصرف</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>۷ روز گذشته</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>۳۰ روز گذشته</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>بازه</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>هزینه</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>توکن‌ها</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>معیار</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>۹۰ روز گذشته</translation>
    </message>
    <message>
        <source>By model</source>
        <translation>بر اساس مدل</translation>
    </message>
    <message>
        <source>By provider</source>
        <translation>بر اساس ارائه‌دهنده</translation>
    </message>
    <message>
        <source>Stack the bars</source>
        <translation>انباشتن ستون‌ها</translation>
    </message>
    <message>
        <source>No requests in this period</source>
        <translation>در این بازه درخواستی نبوده است</translation>
    </message>
    <message>
        <source>Usage appears here as the gateway serves requests.</source>
        <translation>با پاسخ‌گویی Gateway به درخواست‌ها، مصرف اینجا نمایش داده می‌شود.</translation>
    </message>
    <message>
        <source>Usage by provider</source>
        <translation>مصرف بر اساس ارائه‌دهنده</translation>
    </message>
    <message>
        <source>Usage by model</source>
        <translation>مصرف بر اساس مدل</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>ارائه‌دهنده</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>مدل</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>درخواست‌ها</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>سهم</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <source>Provider</source>
        <translation>ارائه‌دهنده</translation>
    </message>
    <message>
        <source>Auth method</source>
        <translation>روش احراز هویت</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>ورود</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>مدل پیش‌فرض</translation>
    </message>
    <message>
        <source>Model picker</source>
        <translation>انتخابگر مدل</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>خلاصه</translation>
    </message>
    <message>
        <source>Configure wizard</source>
        <translation>دستیار پیکربندی</translation>
    </message>
    <message>
        <source>Set up OpenClaw</source>
        <translation>راه‌اندازی OpenClaw</translation>
    </message>
    <message>
        <source>Model/auth provider</source>
        <translation>ارائه‌دهندهٔ مدل/احراز هویت</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>LM Studio (local)</source>
        <translation>LM Studio (محلی)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>کلید API</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>ذخیرهٔ کلید</translation>
    </message>
    <message>
        <source>Save API key</source>
        <translation>ذخیرهٔ کلید API</translation>
    </message>
    <message>
        <source>Sign in with your MiniMax account in the browser.</source>
        <translation>در مرورگر با حساب MiniMax خود وارد شوید.</translation>
    </message>
    <message>
        <source>Start sign-in</source>
        <translation>شروع ورود</translation>
    </message>
    <message>
        <source>No sign-in needed. Start LM Studio&apos;s local server (Developer → Start server).</source>
        <translation>ورود لازم نیست. سرور محلی LM Studio را اجرا کنید (Developer → Start server).</translation>
    </message>
    <message>
        <source>Models in the /model picker. Besides the default, the ones you tick become fallbacks, in this order.</source>
        <translation>مدل‌های انتخابگر /model. جز مدل پیش‌فرض، مدل‌هایی که علامت بزنید به همین ترتیب پشتیبان می‌شوند.</translation>
    </message>
    <message>
        <source>Offer %1</source>
        <translation>ارائهٔ %1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>در %1 ذخیره شد.</translation>
    </message>
    <message>
        <source>These changes will be written to %1:</source>
        <translation>این تغییرات در %1 نوشته می‌شوند:</translation>
    </message>
    <message>
        <source>Changes to openclaw.json</source>
        <translation>تغییرات openclaw.json</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Cancel the wizard</source>
        <translation>لغو دستیار</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>قبلی</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>بعدی</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>پایان</translation>
    </message>
    <message>
        <source>Write openclaw.json</source>
        <translation>نوشتن openclaw.json</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <extracomment>A model in the picker list that is the default model (always offered)</extracomment>
        <translation>⁨%1⁩ (پیش‌فرض)</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>ورود</translation>
    </message>
    <message>
        <source>Fallbacks</source>
        <translation>پشتیبان‌ها</translation>
    </message>
    <message>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>MiniMax (recommended)</source>
        <translation>MiniMax (پیشنهادی)</translation>
    </message>
    <message>
        <source>Enter your API key. It is stored in the system keychain (when there is one) and in OpenClaw&apos;s own credential store, never in openclaw.json.</source>
        <translation>کلید API خود را وارد کنید. این کلید در جاکلیدی سیستم (اگر باشد) و در مخزن اعتبارنامهٔ خود OpenClaw ذخیره می‌شود و هرگز در openclaw.json نوشته نمی‌شود.</translation>
    </message>
</context>
<context>
    <name>clawdesk::AppState</name>
    <message>
        <source>Gateway stopped</source>
        <translation>Gateway متوقف است</translation>
    </message>
    <message>
        <source>Gateway starting…</source>
        <translation>Gateway در حال شروع…</translation>
    </message>
    <message>
        <source>Gateway running on port %1</source>
        <translation>Gateway روی درگاه ⁨%1⁩ در حال اجراست</translation>
    </message>
    <message>
        <source>Gateway failed to start</source>
        <translation>شروع Gateway ناموفق بود</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>از ⁨%1⁩</translation>
    </message>
    <message>
        <source>Tools pointed at ClawDesk cannot connect until you start it.</source>
        <translation>ابزارهایی که به ClawDesk هدایت شده‌اند تا وقتی آن را شروع نکنید نمی‌توانند وصل شوند.</translation>
    </message>
    <message>
        <source>Nothing served yet</source>
        <translation>هنوز به درخواستی پاسخ داده نشده است</translation>
    </message>
    <message>
        <source>Last request served by fallback %1 at %2</source>
        <translation>آخرین درخواست را پشتیبان ⁨%1⁩ در ⁨%2⁩ پاسخ داد</translation>
    </message>
    <message>
        <source>Last request served by %1 at %2</source>
        <translation>آخرین درخواست را ⁨%1⁩ در ⁨%2⁩ پاسخ داد</translation>
    </message>
    <message>
        <source>No openclaw.json yet</source>
        <translation>هنوز openclaw.json وجود ندارد</translation>
    </message>
    <message>
        <source>openclaw.json is valid</source>
        <translation>openclaw.json معتبر است</translation>
    </message>
    <message numerus="yes">
        <source>openclaw.json is valid, with %n warning(s)</source>
        <translation>
            <numerusform>openclaw.json معتبر است، با %n هشدار</numerusform>
        </translation>
    </message>
    <message>
        <source>openclaw.json does not parse</source>
        <translation>openclaw.json قابل تجزیه نیست</translation>
    </message>
    <message>
        <source>openclaw.json has errors OpenClaw would reject</source>
        <translation>openclaw.json خطاهایی دارد که OpenClaw آن‌ها را رد می‌کند</translation>
    </message>
    <message>
        <source>%1: sign-in expired, sign in again</source>
        <translation>⁨%1⁩: ورود منقضی شده است، دوباره وارد شوید</translation>
    </message>
    <message>
        <source>%1: key from %2</source>
        <translation>⁨%1⁩: کلید از ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1: signed in</source>
        <translation>⁨%1⁩: وارد شده</translation>
    </message>
    <message>
        <source>%1: key in auth profile %2</source>
        <translation>⁨%1⁩: کلید در نمایهٔ احراز هویت ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1: key in openclaw.json</source>
        <translation>⁨%1⁩: کلید در openclaw.json</translation>
    </message>
    <message>
        <source>%1: local server, no key needed</source>
        <translation>⁨%1⁩: سرور محلی، کلید لازم نیست</translation>
    </message>
    <message>
        <source>%1: no API key or sign-in</source>
        <translation>⁨%1⁩: نه کلید API و نه ورود</translation>
    </message>
    <message>
        <source>Sign-in expired: open ClawDesk to sign in again</source>
        <translation>ورود منقضی شده است: برای ورود دوباره ClawDesk را باز کنید</translation>
    </message>
    <message>
        <source>openclaw.json needs fixing: %1</source>
        <translation>openclaw.json نیاز به اصلاح دارد: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Gateway failed to start: %1</source>
        <translation>شروع Gateway ناموفق بود: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Gateway running; last request served by fallback %1</source>
        <translation>Gateway در حال اجراست؛ آخرین درخواست را پشتیبان ⁨%1⁩ پاسخ داد</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>محدودیت نرخ</translation>
    </message>
    <message>
        <source>could not connect</source>
        <translation>اتصال ممکن نشد</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>مهلت تمام شد</translation>
    </message>
    <message>
        <source>key rejected</source>
        <translation>کلید رد شد</translation>
    </message>
    <message>
        <source>billing or quota</source>
        <translation>صورت‌حساب یا سهمیه</translation>
    </message>
    <message>
        <source>overloaded</source>
        <translation>بار بیش از حد</translation>
    </message>
    <message>
        <source>provider error</source>
        <translation>خطای ارائه‌دهنده</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>مدل ناشناخته</translation>
    </message>
</context>
<context>
    <name>clawdesk::Application</name>
    <message>
        <source>Coding Plan: %1 of %2 prompts left</source>
        <translation>Coding Plan: %1 از %2 پرامپت باقی مانده</translation>
    </message>
    <message>
        <source>Coding Plan: %1</source>
        <translation>Coding Plan: %1</translation>
    </message>
    <message>
        <source>No model could answer: every candidate failed to connect.</source>
        <translation>هیچ مدلی نتوانست پاسخ دهد: اتصال به همهٔ گزینه‌ها ناموفق بود.</translation>
    </message>
</context>
<context>
    <name>clawdesk::Autostart</name>
    <message>
        <source>Cannot remove %1</source>
        <translation>حذف %1 ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>نوشتن %1 ممکن نیست: %2</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConfigController</name>
    <message>
        <source>Alias %1 already points to %2.</source>
        <translation>نام مستعار %1 از قبل به %2 اشاره می‌کند.</translation>
    </message>
    <message>
        <source>openclaw.json changed since; nothing was undone.</source>
        <translation>openclaw.json از آن زمان تغییر کرده است؛ چیزی واگرد نشد.</translation>
    </message>
    <message>
        <source>The earlier version cannot be read; nothing was undone.</source>
        <translation>نسخهٔ قبلی خوانده نمی‌شود؛ چیزی واگرد نشد.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>واگرد شد.</translation>
    </message>
    <message>
        <source>Primary model set to %1.</source>
        <translation>مدل اصلی روی ⁨%1⁩ تنظیم شد.</translation>
    </message>
    <message>
        <source>Alias %1 added.</source>
        <translation>نام مستعار ⁨%1⁩ اضافه شد.</translation>
    </message>
    <message>
        <source>Alias %1 removed.</source>
        <translation>نام مستعار ⁨%1⁩ حذف شد.</translation>
    </message>
    <message>
        <source>the primary model</source>
        <translation>مدل اصلی</translation>
    </message>
    <message>
        <source>fallback #%1</source>
        <translation>پشتیبان شمارهٔ ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1 is used by %2. Removing it writes %3 there instead, so the chain keeps the same model.</source>
        <translation>⁨%1⁩ در ⁨%2⁩ استفاده شده است. با حذف آن، به‌جایش ⁨%3⁩ در آنجا نوشته می‌شود تا زنجیره همان مدل را نگه دارد.</translation>
    </message>
    <message>
        <source>Alias %1 renamed to %2.</source>
        <translation>نام مستعار ⁨%1⁩ به ⁨%2⁩ تغییر کرد.</translation>
    </message>
    <message>
        <source>%1 added to the fallback chain.</source>
        <translation>⁨%1⁩ به زنجیرهٔ پشتیبان اضافه شد.</translation>
    </message>
    <message>
        <source>Fallback %1 removed.</source>
        <translation>پشتیبان ⁨%1⁩ حذف شد.</translation>
    </message>
    <message>
        <source>Fallback chain reordered.</source>
        <translation>ترتیب زنجیرهٔ پشتیبان تغییر کرد.</translation>
    </message>
    <message>
        <source>Fallback chain cleared.</source>
        <translation>زنجیرهٔ پشتیبان پاک شد.</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConnectController</name>
    <message>
        <source>Unknown tool: %1</source>
        <translation>ابزار ناشناخته: ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConnectionTester</name>
    <message>
        <source>%1 is not set up in openclaw.json yet: save it first.</source>
        <translation>%1 هنوز در openclaw.json تنظیم نشده است: ابتدا آن را ذخیره کنید.</translation>
    </message>
    <message>
        <source>%1 lists no models: add one to test it.</source>
        <translation>%1 هیچ مدلی ندارد: برای آزمایش، یک مدل اضافه کنید.</translation>
    </message>
    <message>
        <source>The api &quot;%1&quot; cannot be tested here; use anthropic-messages, openai-completions or openai-responses.</source>
        <translation>API از نوع «%1» را اینجا نمی‌توان آزمایش کرد؛ از anthropic-messages، openai-completions یا openai-responses استفاده کنید.</translation>
    </message>
    <message>
        <source>No API key for %1: add one on this page or sign in.</source>
        <translation>برای %1 کلید API وجود ندارد: در همین صفحه یک کلید اضافه کنید یا وارد شوید.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>در حال آزمایش %1…</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2. Check the base URL and that the server runs.</source>
        <translation>دسترسی به %1 ممکن نشد: %2. URL پایه را بررسی کنید و مطمئن شوید سرور در حال اجراست.</translation>
    </message>
    <message>
        <source>Connected: %1 answered in %2 ms.</source>
        <translation>متصل شد: %1 در %2 میلی‌ثانیه پاسخ داد.</translation>
    </message>
    <message>
        <source>Check the API key (or sign in again).</source>
        <translation>کلید API را بررسی کنید (یا دوباره وارد شوید).</translation>
    </message>
    <message>
        <source>Check the base URL and the model id.</source>
        <translation>URL پایه و شناسهٔ مدل را بررسی کنید.</translation>
    </message>
    <message>
        <source>Rate limited or out of quota: try again later or add a fallback.</source>
        <translation>محدودیت نرخ یا اتمام سهمیه: بعداً دوباره امتحان کنید یا یک پشتیبان اضافه کنید.</translation>
    </message>
    <message>
        <source>The provider has a problem: try again later or add a fallback.</source>
        <translation>ارائه‌دهنده مشکل دارد: بعداً دوباره امتحان کنید یا یک پشتیبان اضافه کنید.</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>اتصال رد شد</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>اتصال بسته شد</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>پاسخی به‌موقع نرسید</translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation>اتصال امن ناموفق بود</translation>
    </message>
    <message>
        <source>the host name was not found</source>
        <translation>نام میزبان پیدا نشد</translation>
    </message>
</context>
<context>
    <name>clawdesk::FallbackModel</name>
    <message>
        <source>Not in the model allowlist: OpenClaw silently skips this fallback.</source>
        <translation>در فهرست مجاز مدل‌ها نیست: OpenClaw بی‌صدا از این پشتیبان می‌گذرد.</translation>
    </message>
    <message>
        <source>No credentials for this provider: this fallback will fail.</source>
        <translation>برای این ارائه‌دهنده اعتبارنامه‌ای نیست: این پشتیبان شکست می‌خورد.</translation>
    </message>
</context>
<context>
    <name>clawdesk::ProviderController</name>
    <message>
        <source>Signed in: profile %1 in OpenClaw&apos;s auth-profiles.json (%2).</source>
        <translation>وارد شده‌اید: نمایهٔ %1 در auth-profiles.json مربوط به OpenClaw (%2).</translation>
    </message>
    <message>
        <source>Key from the environment variable %1 (not stored by ClawDesk).</source>
        <translation>کلید از متغیر محیطی %1 (ClawDesk آن را ذخیره نمی‌کند).</translation>
    </message>
    <message>
        <source>Key written in openclaw.json (%1). Moving it to the keychain is safer.</source>
        <translation>کلید در openclaw.json نوشته شده است (%1). انتقال آن به جاکلیدی امن‌تر است.</translation>
    </message>
    <message>
        <source>No key yet.</source>
        <translation>هنوز کلیدی نیست.</translation>
    </message>
    <message>
        <source>Enter the base URL, e.g. http://127.0.0.1:1234/v1</source>
        <translation>URL پایه را وارد کنید، مثلاً http://127.0.0.1:1234/v1</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https://</source>
        <translation>URL پایه باید با http:// یا https:// شروع شود</translation>
    </message>
    <message>
        <source>The base URL needs a host name.</source>
        <translation>URL پایه باید نام میزبان داشته باشد.</translation>
    </message>
    <message>
        <source>Enter a provider id, e.g. my-proxy</source>
        <translation>شناسهٔ ارائه‌دهنده را وارد کنید، مثلاً my-proxy</translation>
    </message>
    <message>
        <source>Use lower-case letters, digits, dots, underscores or dashes.</source>
        <translation>فقط از حروف کوچک، رقم، نقطه، زیرخط یا خط تیره استفاده کنید.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>کلید API را وارد کنید.</translation>
    </message>
    <message>
        <source>No credential store is available.</source>
        <translation>هیچ مخزن اعتبارنامه‌ای در دسترس نیست.</translation>
    </message>
    <message>
        <source>The server did not answer with a model list.</source>
        <translation>سرور فهرست مدل‌ها را برنگرداند.</translation>
    </message>
    <message>
        <source>Could not reach LM Studio: %1. Is its server running?</source>
        <translation>دسترسی به LM Studio ممکن نشد: %1. آیا سرورش در حال اجراست؟</translation>
    </message>
    <message>
        <source>Signed in: profile %1 in OpenClaw&apos;s credential store (%2).</source>
        <translation>وارد شده‌اید: نمایهٔ ⁨%1⁩ در مخزن اعتبارنامهٔ OpenClaw (⁨%2⁩).</translation>
    </message>
    <message>
        <source>Signed in: profile %1 in a leftover auth-profiles.json (%2); run openclaw doctor --fix to move it into OpenClaw&apos;s credential store.</source>
        <translation>وارد شده‌اید: نمایهٔ ⁨%1⁩ در یک auth-profiles.json باقی‌مانده (⁨%2⁩)؛ openclaw doctor --fix را اجرا کنید تا به مخزن اعتبارنامهٔ OpenClaw منتقل شود.</translation>
    </message>
</context>
<context>
    <name>clawdesk::QuotaMonitor</name>
    <message>
        <source>week</source>
        <extracomment>The weekly window of the MiniMax Coding Plan quota</extracomment>
        <translation>هفته</translation>
    </message>
    <message>
        <source>%1 %2% left</source>
        <extracomment>A quota window and what is left of it, e.g. &quot;5h 63% left&quot;</extracomment>
        <translation>%1 %2% باقی‌مانده</translation>
    </message>
</context>
<context>
    <name>clawdesk::TrayController</name>
    <message>
        <source>Start gateway</source>
        <translation>شروع Gateway</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>توقف Gateway</translation>
    </message>
    <message>
        <source>Restart gateway</source>
        <translation>راه‌اندازی مجدد Gateway</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>Tray submenu listing the models to use as the primary (default) model</extracomment>
        <translation>مدل</translation>
    </message>
    <message>
        <source>Open ClawDesk</source>
        <translation>باز کردن ClawDesk</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>ClawDesk is still running</source>
        <translation>ClawDesk هنوز در حال اجراست</translation>
    </message>
    <message>
        <source>The gateway keeps serving in the background. Use the tray icon to open ClawDesk or to quit.</source>
        <translation>Gateway در پس‌زمینه به کار ادامه می‌دهد. برای باز کردن ClawDesk یا خروج، از نماد سینی سیستم استفاده کنید.</translation>
    </message>
    <message>
        <source>Back on the primary model</source>
        <translation>بازگشت به مدل اصلی</translation>
    </message>
    <message>
        <source>ClawDesk stays in the tray; the gateway is not running. Use the tray icon to open ClawDesk, start the gateway or quit.</source>
        <translation>ClawDesk در سینی سیستم می‌ماند؛ Gateway در حال اجرا نیست. برای باز کردن ClawDesk، شروع Gateway یا خروج، از نماد سینی سیستم استفاده کنید.</translation>
    </message>
    <message>
        <source>%1 is tried first again.</source>
        <translation>⁨%1⁩ دوباره اول امتحان می‌شود.</translation>
    </message>
    <message>
        <source>Primary model failed</source>
        <translation>مدل اصلی شکست خورد</translation>
    </message>
    <message>
        <source>%1 failed (%2); trying %3.</source>
        <translation>⁨%1⁩ شکست خورد (⁨%2⁩)؛ ⁨%3⁩ امتحان می‌شود.</translation>
    </message>
</context>
<context>
    <name>clawdesk::UsageModel</name>
    <message>
        <source>Other</source>
        <extracomment>The stack of the usage chart that sums every model or provider not shown by name</extracomment>
        <translation>سایر</translation>
    </message>
    <message>
        <source>No requests</source>
        <translation>بدون درخواست</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 tokens · %n request(s)</source>
        <translation>
            <numerusform>⁨%1⁩ · ⁨%2⁩ توکن · %n درخواست</numerusform>
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
        <translation>ابتدا یک ارائه‌دهنده و روش احراز هویت انتخاب کنید.</translation>
    </message>
</context>
</TS>
