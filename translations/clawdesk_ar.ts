<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Test connection</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <source>Test the connection to %1</source>
        <translation>اختبار الاتصال بـ %1</translation>
    </message>
</context>
<context>
    <name>CopyableSnippet</name>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>نسخ %1</translation>
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
        <translation>Gateway غير متاح في هذا الإصدار.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Start gateway</source>
        <translation>تشغيل Gateway</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>إيقاف Gateway</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>إعادة التشغيل</translation>
    </message>
    <message>
        <source>Restart gateway</source>
        <translation>إعادة تشغيل Gateway</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <source>Gateway port</source>
        <translation>منفذ Gateway</translation>
    </message>
    <message>
        <source>Bind</source>
        <extracomment>Network address the gateway listens on</extracomment>
        <translation>عنوان الربط</translation>
    </message>
    <message>
        <source>Gateway bind address</source>
        <translation>عنوان ربط Gateway</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>gateway token</source>
        <translation>رمز Gateway</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>إعادة الإنشاء</translation>
    </message>
    <message>
        <source>Regenerate gateway token</source>
        <translation>إعادة إنشاء رمز Gateway</translation>
    </message>
    <message>
        <source>Port, bind and token apply the next time the gateway starts.</source>
        <translation>يُطبَّق المنفذ وعنوان الربط والرمز عند التشغيل التالي لـ Gateway.</translation>
    </message>
    <message>
        <source>Connect your tools</source>
        <translation>اربط أدواتك</translation>
    </message>
    <message>
        <source>Claude Code</source>
        <translation>Claude Code</translation>
    </message>
    <message>
        <source>Cline / Roo Code / Kilo Code (OpenAI compatible)</source>
        <translation>Cline / Roo Code / Kilo Code (متوافقة مع OpenAI)</translation>
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
        <translation>الطلبات الأخيرة</translation>
    </message>
    <message>
        <source>No requests yet.</source>
        <translation>لا توجد طلبات بعد.</translation>
    </message>
    <message>
        <source>%1  %2 → %3  %4  %5 ms  %6/%7 tok  %8</source>
        <translation>%1  %2 → %3  %4  %5 ms  %6/%7 tok  %8</translation>
    </message>
    <message>
        <source>failover</source>
        <translation>تجاوز الفشل</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <source>Model/auth</source>
        <extracomment>Sidebar page for choosing providers and signing in</extracomment>
        <translation>النموذج/المصادقة</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>النماذج</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>الاستخدام</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>ClawDesk</source>
        <translation>ClawDesk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>Configure…</source>
        <translation>إعداد…</translation>
    </message>
    <message>
        <source>Open the configure wizard</source>
        <translation>فتح معالج الإعداد</translation>
    </message>
    <message>
        <source>No system tray found: closing the window quits ClawDesk and stops the gateway.</source>
        <translation>لم يُعثر على علبة النظام: إغلاق النافذة يُنهي ClawDesk ويوقف Gateway.</translation>
    </message>
</context>
<context>
    <name>ModelAuthPage</name>
    <message>
        <source>Model/auth</source>
        <translation>النموذج/المصادقة</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>غير محفوظ</translation>
    </message>
    <message>
        <source>MiniMax</source>
        <translation>MiniMax</translation>
    </message>
    <message>
        <source>Coding Plan sign-in (OAuth) or an API key. Lightning is the faster variant with a higher output price.</source>
        <translation>تسجيل الدخول عبر Coding Plan (OAuth) أو مفتاح API. Lightning هو الإصدار الأسرع، وسعر المخرجات فيه أعلى.</translation>
    </message>
    <message>
        <source>OAuth: %1</source>
        <translation>OAuth: %1</translation>
    </message>
    <message>
        <source>Sign in with MiniMax (Global)</source>
        <translation>تسجيل الدخول عبر MiniMax (عالمي)</translation>
    </message>
    <message>
        <source>Sign in (CN)</source>
        <extracomment>MiniMax&apos;s endpoint for users in mainland China</extracomment>
        <translation>تسجيل الدخول (الصين)</translation>
    </message>
    <message>
        <source>Sign in with MiniMax (China)</source>
        <translation>تسجيل الدخول عبر MiniMax (الصين)</translation>
    </message>
    <message>
        <source>Asking MiniMax for a code…</source>
        <translation>جارٍ طلب رمز من MiniMax…</translation>
    </message>
    <message>
        <source>Open this page and enter the code:</source>
        <translation>افتح هذه الصفحة وأدخل الرمز:</translation>
    </message>
    <message>
        <source>Sign-in code %1</source>
        <translation>رمز تسجيل الدخول %1</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>نسخ الرمز</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>إلغاء تسجيل الدخول</translation>
    </message>
    <message>
        <source>The code expires in %1:%2</source>
        <translation>تنتهي صلاحية الرمز بعد %1:%2</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>تم تسجيل الدخول.</translation>
    </message>
    <message>
        <source>API key: %1</source>
        <translation>مفتاح API: %1</translation>
    </message>
    <message>
        <source>MiniMax API key</source>
        <translation>مفتاح API لـ MiniMax</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>حفظ المفتاح</translation>
    </message>
    <message>
        <source>Save MiniMax API key</source>
        <translation>حفظ مفتاح API لـ MiniMax</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>Anthropic API key (sk-ant-…)</source>
        <translation>مفتاح API لـ Anthropic (sk-ant-…)</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>مفتاح API لـ Anthropic</translation>
    </message>
    <message>
        <source>Save Anthropic API key</source>
        <translation>حفظ مفتاح API لـ Anthropic</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>متوافق مع OpenAI</translation>
    </message>
    <message>
        <source>Any server that speaks the OpenAI API, under a provider id of your choice.</source>
        <translation>أي خادم يدعم OpenAI API، بمعرّف مزوّد من اختيارك.</translation>
    </message>
    <message>
        <source>Provider id</source>
        <translation>معرّف المزوّد</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>عنوان URL الأساسي</translation>
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
        <translation>حفظ المزوّد</translation>
    </message>
    <message>
        <source>LM Studio</source>
        <translation>LM Studio</translation>
    </message>
    <message>
        <source>Models running on this computer. No key is needed; nothing leaves your machine.</source>
        <translation>نماذج تعمل على هذا الحاسوب. لا حاجة إلى مفتاح، ولا يغادر أي شيء جهازك.</translation>
    </message>
    <message>
        <source>LM Studio base URL</source>
        <translation>عنوان URL الأساسي لـ LM Studio</translation>
    </message>
    <message>
        <source>Discover models</source>
        <translation>اكتشاف النماذج</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>استخدام %1</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Models</source>
        <translation>النماذج</translation>
    </message>
    <message>
        <source>The change was not saved.</source>
        <translation>لم يُحفظ التغيير.</translation>
    </message>
    <message>
        <source>Search models, names or aliases</source>
        <translation>ابحث في النماذج أو الأسماء أو الأسماء المستعارة</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>البحث في النماذج</translation>
    </message>
    <message>
        <source>Show all catalog</source>
        <translation>عرض الكتالوج كاملًا</translation>
    </message>
    <message>
        <source>Show all catalog models</source>
        <translation>عرض كل نماذج الكتالوج</translation>
    </message>
    <message>
        <source>Model list</source>
        <translation>قائمة النماذج</translation>
    </message>
    <message>
        <source>context %1</source>
        <translation>السياق ⁨%1⁩</translation>
    </message>
    <message>
        <source>auth ✓</source>
        <translation>مصادقة ✓</translation>
    </message>
    <message>
        <source>no auth</source>
        <translation>بلا مصادقة</translation>
    </message>
    <message>
        <source>local</source>
        <translation>محلي</translation>
    </message>
    <message>
        <source>alias %1</source>
        <translation>الاسم المستعار ⁨%1⁩</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <source>fallback #%1</source>
        <extracomment>Position in the fallback chain, e.g. &quot;fallback #2&quot;</extracomment>
        <translation>احتياطي رقم %1</translation>
    </message>
    <message>
        <source>Make primary</source>
        <translation>تعيين كأساسي</translation>
    </message>
    <message>
        <source>Make %1 the primary model</source>
        <translation>تعيين %1 نموذجًا أساسيًا</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>أساسي</translation>
    </message>
    <message>
        <source>Add as fallback</source>
        <translation>إضافة كاحتياطي</translation>
    </message>
    <message>
        <source>Add %1 as a fallback</source>
        <translation>إضافة %1 كنموذج احتياطي</translation>
    </message>
    <message>
        <source>Fallback chain</source>
        <translation>سلسلة الاحتياط</translation>
    </message>
    <message>
        <source>Tried in this order when the primary fails. Drag to reorder, or use Ctrl+Up/Down.</source>
        <translation>تُجرَّب بهذا الترتيب عند فشل النموذج الأساسي. اسحب لإعادة الترتيب أو استخدم Ctrl+أعلى/أسفل.</translation>
    </message>
    <message>
        <source>Fallback %1: %2</source>
        <translation>الاحتياطي %1: %2</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>نقل %1 لأعلى</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>نقل %1 لأسفل</translation>
    </message>
    <message>
        <source>Remove fallback %1</source>
        <translation>إزالة الاحتياطي %1</translation>
    </message>
    <message>
        <source>No fallbacks: requests fail when the primary fails.</source>
        <translation>لا توجد نماذج احتياطية: تفشل الطلبات عند فشل النموذج الأساسي.</translation>
    </message>
    <message>
        <source>Model to add as fallback</source>
        <translation>النموذج المراد إضافته كاحتياطي</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Add fallback</source>
        <translation>إضافة احتياطي</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>الأسماء المستعارة</translation>
    </message>
    <message>
        <source>Short names you can type instead of provider/model.</source>
        <translation>أسماء قصيرة يمكنك كتابتها بدلًا من المزوّد/النموذج.</translation>
    </message>
    <message>
        <source>Alias for %1</source>
        <translation>اسم مستعار لـ %1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>إعادة التسمية</translation>
    </message>
    <message>
        <source>Rename alias %1</source>
        <translation>إعادة تسمية الاسم المستعار %1</translation>
    </message>
    <message>
        <source>Remove alias %1</source>
        <translation>إزالة الاسم المستعار %1</translation>
    </message>
    <message>
        <source>Model for the new alias</source>
        <translation>نموذج الاسم المستعار الجديد</translation>
    </message>
    <message>
        <source>new alias</source>
        <translation>اسم مستعار جديد</translation>
    </message>
    <message>
        <source>New alias</source>
        <translation>اسم مستعار جديد</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>إضافة اسم مستعار</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>يعمل</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>جارٍ التشغيل…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>Not available in this build</source>
        <translation>غير متاح في هذا الإصدار</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقتان</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعتان</numerusform>
            <numerusform>%n ساعات</numerusform>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعة</numerusform>
        </translation>
    </message>
    <message>
        <source>openclaw.json does not parse: %1</source>
        <translation>تعذّر تحليل openclaw.json: %1</translation>
    </message>
    <message>
        <source>openclaw.json has problems OpenClaw would reject: %1</source>
        <translation>في openclaw.json مشكلات سيرفضها OpenClaw: %1</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>فتح في المحرر</translation>
    </message>
    <message>
        <source>No openclaw.json yet at %1.</source>
        <translation>لا يوجد openclaw.json بعد في %1.</translation>
    </message>
    <message>
        <source>Set up…</source>
        <translation>إعداد…</translation>
    </message>
    <message>
        <source>The gateway keeps serving the last good config.</source>
        <translation>يواصل Gateway العمل بآخر إعداد سليم.</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Port %1 · up %2</source>
        <translation>المنفذ %1 · يعمل منذ %2</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Start gateway</source>
        <translation>تشغيل Gateway</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>إيقاف Gateway</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>النماذج</translation>
    </message>
    <message>
        <source>Serving now</source>
        <translation>النموذج الحالي</translation>
    </message>
    <message>
        <source>Model serving now: %1</source>
        <translation>النموذج الذي يخدم الآن: %1</translation>
    </message>
    <message>
        <source>Configured chain</source>
        <translation>السلسلة المُعدّة</translation>
    </message>
    <message>
        <source>Edit models…</source>
        <translation>تعديل النماذج…</translation>
    </message>
    <message>
        <source>Edit models</source>
        <translation>تعديل النماذج</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n طلب</numerusform>
            <numerusform>%n طلب</numerusform>
            <numerusform>%n طلبان</numerusform>
            <numerusform>%n طلبات</numerusform>
            <numerusform>%n طلبًا</numerusform>
            <numerusform>%n طلب</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <extracomment>Money spent today, in US dollars</extracomment>
        <translation>التكلفة: %1</translation>
    </message>
    <message>
        <source>Recent failovers</source>
        <translation>حالات تجاوز الفشل الأخيرة</translation>
    </message>
    <message>
        <source>None so far.</source>
        <translation>لا شيء حتى الآن.</translation>
    </message>
    <message>
        <source>%1  back to %2</source>
        <translation>%1  العودة إلى %2</translation>
    </message>
    <message>
        <source>%1  %2 → %3 (%4)</source>
        <translation>%1  %2 → %3 (%4)</translation>
    </message>
    <message>
        <source>Config file</source>
        <translation>ملف الإعداد</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>سليم</translation>
    </message>
    <message>
        <source>Not created yet</source>
        <translation>لم يُنشأ بعد</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>يحتاج إلى مراجعة</translation>
    </message>
    <message>
        <source>Open openclaw.json in editor</source>
        <translation>فتح openclaw.json في المحرر</translation>
    </message>
    <message>
        <source>Coding Plan: %1</source>
        <extracomment>MiniMax Coding Plan quota windows, e.g. &quot;5h 63% left ⏱2h 10m · week 88% left&quot;</extracomment>
        <translation>Coding Plan: %1</translation>
    </message>
    <message>
        <source>Coding Plan quota unavailable: %1</source>
        <translation>حصة Coding Plan غير متاحة: %1</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>إخفاء %1</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation>إظهار %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>نسخ %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Theme</source>
        <extracomment>Colour theme of the window</extracomment>
        <translation>السمة</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>حسب النظام</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>Startup and tray</source>
        <translation>بدء التشغيل وعلبة النظام</translation>
    </message>
    <message>
        <source>Start ClawDesk when I log in</source>
        <translation>تشغيل ClawDesk عند تسجيل دخولي</translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation>البدء مصغّرًا في علبة النظام</translation>
    </message>
    <message>
        <source>Notify me when the gateway switches to a fallback and back</source>
        <translation>نبّهني عندما ينتقل Gateway إلى نموذج احتياطي وعند عودته</translation>
    </message>
    <message>
        <source>No system tray is available on this desktop, so ClawDesk quits when its window is closed.</source>
        <translation>لا تتوفر علبة نظام على سطح المكتب هذا، لذا يُغلق ClawDesk عند إغلاق نافذته.</translation>
    </message>
    <message>
        <source>OpenClaw config</source>
        <translation>إعداد OpenClaw</translation>
    </message>
    <message>
        <source>Leave empty to use the file OpenClaw itself uses. Takes effect after a restart.</source>
        <translation>اتركه فارغًا لاستخدام الملف الذي يستخدمه OpenClaw نفسه. يسري بعد إعادة التشغيل.</translation>
    </message>
    <message>
        <source>Config file path</source>
        <translation>مسار ملف الإعداد</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>فتح في المحرر</translation>
    </message>
    <message>
        <source>Open openclaw.json in editor</source>
        <translation>فتح openclaw.json في المحرر</translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message>
        <source>Usage</source>
        <translation>الاستخدام</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>آخر 7 أيام</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>آخر 30 يومًا</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>الرموز</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>المقياس</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 tokens · %n request(s)</source>
        <translation>
            <numerusform>%1 · %2 رمز · %n طلب</numerusform>
            <numerusform>%1 · %2 رمز · %n طلب</numerusform>
            <numerusform>%1 · %2 رمز · %n طلبان</numerusform>
            <numerusform>%1 · %2 رمز · %n طلبات</numerusform>
            <numerusform>%1 · %2 رمز · %n طلبًا</numerusform>
            <numerusform>%1 · %2 رمز · %n طلب</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage per day</source>
        <translation>الاستخدام اليومي</translation>
    </message>
    <message>
        <source>No requests in this period. Usage appears here as the gateway serves requests.</source>
        <translation>لا توجد طلبات في هذه الفترة. يظهر الاستخدام هنا عندما يخدم Gateway الطلبات.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %3 tokens, %n request(s)</source>
        <translation>
            <numerusform>%1: %2، %3 رمز، %n طلب</numerusform>
            <numerusform>%1: %2، %3 رمز، %n طلب</numerusform>
            <numerusform>%1: %2، %3 رمز، %n طلبان</numerusform>
            <numerusform>%1: %2، %3 رمز، %n طلبات</numerusform>
            <numerusform>%1: %2، %3 رمز، %n طلبًا</numerusform>
            <numerusform>%1: %2، %3 رمز، %n طلب</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <source>Provider</source>
        <translation>المزوّد</translation>
    </message>
    <message>
        <source>Auth method</source>
        <translation>طريقة المصادقة</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>النموذج الافتراضي</translation>
    </message>
    <message>
        <source>Model picker</source>
        <translation>منتقي النماذج</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخّص</translation>
    </message>
    <message>
        <source>Configure wizard</source>
        <translation>معالج الإعداد</translation>
    </message>
    <message>
        <source>Set up OpenClaw</source>
        <translation>إعداد OpenClaw</translation>
    </message>
    <message>
        <source>Model/auth provider</source>
        <translation>مزوّد النموذج/المصادقة</translation>
    </message>
    <message>
        <source>MiniMax — M2.1 (recommended)</source>
        <translation>MiniMax — M2.1 (موصى به)</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>LM Studio (local)</source>
        <translation>LM Studio (محلي)</translation>
    </message>
    <message>
        <source>MiniMax OAuth — Global</source>
        <translation>MiniMax OAuth — عالمي</translation>
    </message>
    <message>
        <source>OAuth for international users</source>
        <translation>OAuth للمستخدمين الدوليين</translation>
    </message>
    <message>
        <source>MiniMax OAuth — CN</source>
        <translation>MiniMax OAuth — الصين</translation>
    </message>
    <message>
        <source>OAuth for users in China</source>
        <translation>OAuth للمستخدمين في الصين</translation>
    </message>
    <message>
        <source>MiniMax M2.1 — API key</source>
        <translation>MiniMax M2.1 — مفتاح API</translation>
    </message>
    <message>
        <source>MiniMax M2.1 Lightning — API key</source>
        <translation>MiniMax M2.1 Lightning — مفتاح API</translation>
    </message>
    <message>
        <source>Faster, higher output cost</source>
        <translation>أسرع، وتكلفة المخرجات أعلى</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>مفتاح API لـ Anthropic</translation>
    </message>
    <message>
        <source>LM Studio on this computer</source>
        <translation>LM Studio على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Enter your API key. It is stored in the system keychain (or OpenClaw&apos;s auth-profiles.json when there is none), never in openclaw.json.</source>
        <translation>أدخل مفتاح API. يُحفظ في سلسلة مفاتيح النظام (أو في ملف auth-profiles.json الخاص بـ OpenClaw إن لم تتوفر)، ولا يُحفظ أبدًا في openclaw.json.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>مفتاح API</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>حفظ المفتاح</translation>
    </message>
    <message>
        <source>Save API key</source>
        <translation>حفظ مفتاح API</translation>
    </message>
    <message>
        <source>Sign in with your MiniMax account in the browser.</source>
        <translation>سجّل الدخول بحساب MiniMax في المتصفح.</translation>
    </message>
    <message>
        <source>Start sign-in</source>
        <translation>بدء تسجيل الدخول</translation>
    </message>
    <message>
        <source>No sign-in needed. Start LM Studio&apos;s local server (Developer → Start server).</source>
        <translation>لا حاجة إلى تسجيل الدخول. شغّل الخادم المحلي في LM Studio (Developer → Start server).</translation>
    </message>
    <message>
        <source>Models in the /model picker. Besides the default, the ones you tick become fallbacks, in this order.</source>
        <translation>النماذج في منتقي /model. إلى جانب النموذج الافتراضي، تصبح النماذج التي تحددها احتياطية بهذا الترتيب.</translation>
    </message>
    <message>
        <source>Offer %1</source>
        <translation>عرض %1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>حُفظ في %1.</translation>
    </message>
    <message>
        <source>These changes will be written to %1:</source>
        <translation>ستُكتب هذه التغييرات في %1:</translation>
    </message>
    <message>
        <source>Changes to openclaw.json</source>
        <translation>التغييرات على openclaw.json</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel the wizard</source>
        <translation>إلغاء المعالج</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Write openclaw.json</source>
        <translation>كتابة openclaw.json</translation>
    </message>
</context>
<context>
    <name>clawdesk::Application</name>
    <message>
        <source>Coding Plan: %1 of %2 prompts left</source>
        <translation>Coding Plan: تبقّى %1 من أصل %2 مطالبة</translation>
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
        <translation>تعذّرت إزالة %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConfigController</name>
    <message>
        <source>Alias not found: %1</source>
        <translation>الاسم المستعار غير موجود: %1</translation>
    </message>
    <message>
        <source>Alias %1 already points to %2.</source>
        <translation>الاسم المستعار %1 يشير بالفعل إلى %2.</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConnectionTester</name>
    <message>
        <source>%1 is not set up in openclaw.json yet: save it first.</source>
        <translation>لم يُعَدّ %1 في openclaw.json بعد: احفظه أولًا.</translation>
    </message>
    <message>
        <source>%1 lists no models: add one to test it.</source>
        <translation>لا يتضمن %1 أي نماذج: أضف نموذجًا لاختباره.</translation>
    </message>
    <message>
        <source>The api &quot;%1&quot; cannot be tested here; use anthropic-messages, openai-completions or openai-responses.</source>
        <translation>لا يمكن اختبار API من النوع &quot;%1&quot; هنا؛ استخدم anthropic-messages أو openai-completions أو openai-responses.</translation>
    </message>
    <message>
        <source>No API key for %1: add one on this page or sign in.</source>
        <translation>لا يوجد مفتاح API لـ %1: أضف مفتاحًا في هذه الصفحة أو سجّل الدخول.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>جارٍ اختبار %1…</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2. Check the base URL and that the server runs.</source>
        <translation>تعذّر الوصول إلى %1: %2. تحقّق من عنوان URL الأساسي ومن أن الخادم يعمل.</translation>
    </message>
    <message>
        <source>Connected: %1 answered in %2 ms.</source>
        <translation>تم الاتصال: استجاب %1 خلال %2 ms.</translation>
    </message>
    <message>
        <source>Check the API key (or sign in again).</source>
        <translation>تحقّق من مفتاح API (أو سجّل الدخول مجددًا).</translation>
    </message>
    <message>
        <source>Check the base URL and the model id.</source>
        <translation>تحقّق من عنوان URL الأساسي ومعرّف النموذج.</translation>
    </message>
    <message>
        <source>Rate limited or out of quota: try again later or add a fallback.</source>
        <translation>تم تجاوز حد المعدّل أو نفدت الحصة: حاول لاحقًا أو أضف نموذجًا احتياطيًا.</translation>
    </message>
    <message>
        <source>The provider has a problem: try again later or add a fallback.</source>
        <translation>لدى المزوّد مشكلة: حاول لاحقًا أو أضف نموذجًا احتياطيًا.</translation>
    </message>
    <message>
        <source>Connection tests need the gateway, which this build does not include.</source>
        <translation>تحتاج اختبارات الاتصال إلى Gateway، وهو غير مضمّن في هذا الإصدار.</translation>
    </message>
</context>
<context>
    <name>clawdesk::FallbackModel</name>
    <message>
        <source>Not in the model allowlist: OpenClaw silently skips this fallback.</source>
        <translation>ليس في قائمة السماح للنماذج: سيتخطى OpenClaw هذا الاحتياطي دون تنبيه.</translation>
    </message>
    <message>
        <source>No credentials for this provider: this fallback will fail.</source>
        <translation>لا توجد بيانات اعتماد لهذا المزوّد: سيفشل هذا الاحتياطي.</translation>
    </message>
</context>
<context>
    <name>clawdesk::ProviderController</name>
    <message>
        <source>Signed in: profile %1 in OpenClaw&apos;s auth-profiles.json (%2).</source>
        <translation>تم تسجيل الدخول: الملف الشخصي %1 في auth-profiles.json الخاص بـ OpenClaw (%2).</translation>
    </message>
    <message>
        <source>Key from the environment variable %1 (not stored by ClawDesk).</source>
        <translation>المفتاح من متغير البيئة %1 (لا يخزّنه ClawDesk).</translation>
    </message>
    <message>
        <source>Key written in openclaw.json (%1). Moving it to the keychain is safer.</source>
        <translation>المفتاح مكتوب في openclaw.json (%1). نقله إلى سلسلة المفاتيح أكثر أمانًا.</translation>
    </message>
    <message>
        <source>No key yet.</source>
        <translation>لا يوجد مفتاح بعد.</translation>
    </message>
    <message>
        <source>Enter the base URL, e.g. http://127.0.0.1:1234/v1</source>
        <translation>أدخل عنوان URL الأساسي، مثل http://127.0.0.1:1234/v1</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https://</source>
        <translation>يجب أن يبدأ عنوان URL الأساسي بـ http:// أو https://</translation>
    </message>
    <message>
        <source>The base URL needs a host name.</source>
        <translation>يجب أن يتضمن عنوان URL الأساسي اسم مضيف.</translation>
    </message>
    <message>
        <source>Enter a provider id, e.g. my-proxy</source>
        <translation>أدخل معرّف مزوّد، مثل my-proxy</translation>
    </message>
    <message>
        <source>Use lower-case letters, digits, dots, underscores or dashes.</source>
        <translation>استخدم أحرفًا صغيرة أو أرقامًا أو نقاطًا أو شرطات سفلية أو شرطات.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>أدخل مفتاح API.</translation>
    </message>
    <message>
        <source>No credential store is available.</source>
        <translation>لا يتوفر مخزن لبيانات الاعتماد.</translation>
    </message>
    <message>
        <source>The server did not answer with a model list.</source>
        <translation>لم يُرجع الخادم قائمة نماذج.</translation>
    </message>
    <message>
        <source>Could not reach LM Studio: %1. Is its server running?</source>
        <translation>تعذّر الوصول إلى LM Studio: %1. هل خادمه قيد التشغيل؟</translation>
    </message>
</context>
<context>
    <name>clawdesk::QuotaMonitor</name>
    <message>
        <source>week</source>
        <extracomment>The weekly window of the MiniMax Coding Plan quota</extracomment>
        <translation>أسبوع</translation>
    </message>
    <message>
        <source>%1 %2% left</source>
        <extracomment>A quota window and what is left of it, e.g. &quot;5h 63% left&quot;</extracomment>
        <translation>%1 متبقٍ %2%</translation>
    </message>
</context>
<context>
    <name>clawdesk::TrayController</name>
    <message>
        <source>Sign-in expired: open ClawDesk to sign in again</source>
        <translation>انتهت صلاحية تسجيل الدخول: افتح ClawDesk لتسجيل الدخول مجددًا</translation>
    </message>
    <message>
        <source>Gateway not available in this build</source>
        <translation>Gateway غير متاح في هذا الإصدار</translation>
    </message>
    <message>
        <source>Gateway stopped</source>
        <translation>Gateway متوقف</translation>
    </message>
    <message>
        <source>Gateway starting…</source>
        <translation>جارٍ تشغيل Gateway…</translation>
    </message>
    <message>
        <source>Gateway error: %1</source>
        <translation>خطأ في Gateway: %1</translation>
    </message>
    <message>
        <source>Serving fallback %1</source>
        <translation>يعمل الاحتياطي %1</translation>
    </message>
    <message>
        <source>Gateway running on port %1</source>
        <translation>Gateway يعمل على المنفذ %1</translation>
    </message>
    <message>
        <source>Start gateway</source>
        <translation>تشغيل Gateway</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>إيقاف Gateway</translation>
    </message>
    <message>
        <source>Restart gateway</source>
        <translation>إعادة تشغيل Gateway</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>Tray submenu listing the models to use as the primary (default) model</extracomment>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Open ClawDesk</source>
        <translation>فتح ClawDesk</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>ClawDesk is still running</source>
        <translation>ClawDesk لا يزال يعمل</translation>
    </message>
    <message>
        <source>The gateway keeps serving in the background. Use the tray icon to open ClawDesk or to quit.</source>
        <translation>يواصل Gateway العمل في الخلفية. استخدم أيقونة علبة النظام لفتح ClawDesk أو إنهائه.</translation>
    </message>
    <message>
        <source>Back on the primary model</source>
        <translation>العودة إلى النموذج الأساسي</translation>
    </message>
    <message>
        <source>%1 answers again.</source>
        <translation>عاد %1 إلى الاستجابة.</translation>
    </message>
    <message>
        <source>Switched to a fallback model</source>
        <translation>تم التبديل إلى نموذج احتياطي</translation>
    </message>
    <message>
        <source>%1 failed (%2); now serving %3.</source>
        <translation>فشل %1 (%2)؛ يخدم الآن %3.</translation>
    </message>
</context>
<context>
    <name>clawdesk::WizardController</name>
    <message>
        <source>Choose a provider and an auth method first.</source>
        <translation>اختر مزوّدًا وطريقة مصادقة أولًا.</translation>
    </message>
</context>
</TS>
