<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>ConnectToolsCard</name>
    <message>
        <source>Connect your tools</source>
        <translation>اربط أدواتك</translation>
    </message>
    <message>
        <source>ClawDesk writes each tool&apos;s own settings so it uses this gateway. Undo puts the file back exactly as it was.</source>
        <translation>يكتب ClawDesk إعدادات كل أداة الخاصة بها لكي تستخدم هذا الـ Gateway. يعيد التراجع الملف تمامًا كما كان.</translation>
    </message>
    <message>
        <source>Connected. The tool uses the gateway the next time it starts.</source>
        <translation>تم الربط. ستستخدم الأداة Gateway عند تشغيلها في المرة القادمة.</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>تعذّر الربط: ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1&apos;s settings are back as they were.</source>
        <translation>عادت إعدادات ⁨%1⁩ كما كانت.</translation>
    </message>
    <message>
        <source>Cannot undo: %1</source>
        <translation>تعذّر التراجع: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>مرتبطة</translation>
    </message>
    <message>
        <source>Overridden by a shell variable</source>
        <translation>تم تجاوزها بمتغير في الصدفة</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>غير مرتبطة</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>ربط</translation>
    </message>
    <message>
        <source>Connect %1 to the gateway</source>
        <translation>ربط ⁨%1⁩ بـ Gateway</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Undo connecting %1</source>
        <translation>التراجع عن ربط ⁨%1⁩</translation>
    </message>
    <message>
        <source>This change will be written (the token is shortened here):</source>
        <translation>سيُكتب هذا التغيير (الرمز مختصر هنا):</translation>
    </message>
    <message>
        <source>Change to be written</source>
        <translation>التغيير المراد كتابته</translation>
    </message>
    <message>
        <source>Write the change</source>
        <translation>كتابة التغيير</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
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
        <source>Start gateway</source>
        <translation>تشغيل Gateway</translation>
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
        <source>Regenerate gateway token</source>
        <translation>إعادة إنشاء رمز Gateway</translation>
    </message>
    <message>
        <source>Port, bind and token apply the next time the gateway starts.</source>
        <translation>يُطبَّق المنفذ وعنوان الربط والرمز عند التشغيل التالي لـ Gateway.</translation>
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
        <source>Restarting the gateway…</source>
        <translation>جارٍ إعادة تشغيل Gateway…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>What each tool asked for, which model answered, and why a fallback was used. Select a request to see its attempts.</source>
        <translation>ما طلبته كل أداة، وأي نموذج أجاب، ولماذا استُخدم نموذج احتياطي. اختر طلبًا لعرض محاولاته.</translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation>لا توجد طلبات بعد</translation>
    </message>
    <message>
        <source>Point a tool at the gateway (see below); its requests appear here.</source>
        <translation>وجّه أداة إلى Gateway (انظر أدناه)؛ ستظهر طلباتها هنا.</translation>
    </message>
    <message>
        <source>Start the gateway, then point a tool at it; its requests appear here.</source>
        <translation>شغّل Gateway، ثم وجّه أداة إليه؛ ستظهر طلباتها هنا.</translation>
    </message>
    <message>
        <source>%1 · %2 asked for %3</source>
        <translation>⁨%1⁩ · طلب ⁨%2⁩ النموذج ⁨%3⁩</translation>
    </message>
    <message>
        <source>Attempt %1: %2 — %3</source>
        <translation>المحاولة ⁨%1⁩: ⁨%2⁩ — ⁨%3⁩</translation>
    </message>
    <message>
        <source>Served by %1: status %2, %3 ms, %4 in / %5 out tokens, %6</source>
        <translation>خدمه ⁨%1⁩: الحالة ⁨%2⁩، ⁨%3⁩ ms، ⁨%4⁩ رمز دخل / ⁨%5⁩ رمز خرج، ⁨%6⁩</translation>
    </message>
    <message>
        <source>Refused with status %1: %2</source>
        <translation>رُفض بالحالة ⁨%1⁩: ⁨%2⁩</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>مسح القائمة</translation>
    </message>
    <message>
        <source>Request list cleared (usage totals keep them).</source>
        <translation>مُسحت قائمة الطلبات (تبقى محسوبة في إجماليات الاستخدام).</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Regenerate token</source>
        <translation>إعادة إنشاء الرمز</translation>
    </message>
    <message>
        <source>New token saved; it applies when the gateway restarts.</source>
        <translation>حُفظ الرمز الجديد؛ يسري عند إعادة تشغيل Gateway.</translation>
    </message>
    <message>
        <source>New token saved.</source>
        <translation>حُفظ الرمز الجديد.</translation>
    </message>
    <message>
        <source>Translated for the provider: %1</source>
        <translation>حُوِّل ليناسب المزوّد: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Manual setup</source>
        <translation>الإعداد اليدوي</translation>
    </message>
    <message>
        <source>For tools ClawDesk does not configure itself: paste these settings.</source>
        <translation>للأدوات التي لا يهيّئها ClawDesk بنفسه: الصق هذه الإعدادات.</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>إغلاق الرسالة</translation>
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
    <message>
        <source>API key for %1 saved: %2</source>
        <translation>حُفظ مفتاح API لـ ⁨%1⁩: ⁨%2⁩</translation>
    </message>
    <message>
        <source>Signed in to MiniMax.</source>
        <translation>تم تسجيل الدخول إلى MiniMax.</translation>
    </message>
    <message>
        <source>Provider %1 saved.</source>
        <translation>حُفظ المزوّد ⁨%1⁩.</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>النماذج</translation>
    </message>
    <message>
        <source>No models yet: add the ids the server offers.</source>
        <translation>لا توجد نماذج بعد: أضف المعرّفات التي يقدمها الخادم.</translation>
    </message>
    <message>
        <source>model id, e.g. gpt-4o-mini</source>
        <translation>معرّف النموذج، مثل gpt-4o-mini</translation>
    </message>
    <message>
        <source>Model id to add to %1</source>
        <translation>معرّف النموذج المراد إضافته إلى ⁨%1⁩</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>إضافة نموذج</translation>
    </message>
    <message>
        <source>Add model to %1</source>
        <translation>إضافة نموذج إلى ⁨%1⁩</translation>
    </message>
    <message>
        <source>Model %1 added to %2.</source>
        <translation>أُضيف النموذج ⁨%1⁩ إلى ⁨%2⁩.</translation>
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
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Remove alias %1?</source>
        <translation>إزالة الاسم المستعار ⁨%1⁩؟</translation>
    </message>
    <message>
        <source>Remove alias</source>
        <translation>إزالة الاسم المستعار</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Ctrl+Up and Ctrl+Down move the selected fallback; Delete removes it.</source>
        <translation>ينقل Ctrl+أعلى وCtrl+أسفل الاحتياطي المحدد؛ ويزيله Delete.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
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
        <source>Start gateway</source>
        <translation>تشغيل Gateway</translation>
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
        <source>Config file</source>
        <translation>ملف الإعداد</translation>
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
    <message>
        <source>%1 at %2</source>
        <translation>⁨%1⁩ في ⁨%2⁩</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>التفاصيل…</translation>
    </message>
    <message>
        <source>Open the Gateway page</source>
        <translation>فتح صفحة Gateway</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fixed: %1</source>
        <translation>تم الإصلاح: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Could not fix it: %1</source>
        <translation>تعذّر الإصلاح: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>بيانات الاعتماد</translation>
    </message>
    <message>
        <source>Add a key…</source>
        <translation>إضافة مفتاح…</translation>
    </message>
    <message>
        <source>%1  %2 failed (%3), tried %4</source>
        <translation>⁨%1⁩  فشل ⁨%2⁩ (⁨%3⁩)، جُرّب ⁨%4⁩</translation>
    </message>
</context>
<context>
    <name>RequestRow</name>
    <message>
        <source>%1, %2 to %3, status %4</source>
        <translation>⁨%1⁩، ⁨%2⁩ إلى ⁨%3⁩، الحالة ⁨%4⁩</translation>
    </message>
    <message>
        <source>not served</source>
        <translation>لم يُخدم</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Requested → served</source>
        <translation>المطلوب ← المُجيب</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Latency</source>
        <extracomment>Column header: how long the request took</extracomment>
        <translation>زمن الاستجابة</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>الرموز</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>Failover</source>
        <extracomment>Column header: why the gateway moved on to a fallback model</extracomment>
        <translation>تجاوز الفشل</translation>
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
    <name>ToastHost</name>
    <message>
        <source>Dismiss</source>
        <translation>تجاهل</translation>
    </message>
</context>
<context>
    <name>UsageChart</name>
    <message>
        <source>Usage per day</source>
        <translation>الاستخدام اليومي</translation>
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
    <message>
        <source>Last 90 days</source>
        <translation>آخر 90 يومًا</translation>
    </message>
    <message>
        <source>By model</source>
        <translation>حسب النموذج</translation>
    </message>
    <message>
        <source>By provider</source>
        <translation>حسب المزوّد</translation>
    </message>
    <message>
        <source>Stack the bars</source>
        <translation>تكديس الأعمدة</translation>
    </message>
    <message>
        <source>No requests in this period</source>
        <translation>لا توجد طلبات في هذه الفترة</translation>
    </message>
    <message>
        <source>Usage appears here as the gateway serves requests.</source>
        <translation>يظهر الاستخدام هنا عندما يخدم Gateway الطلبات.</translation>
    </message>
    <message>
        <source>Usage by provider</source>
        <translation>الاستخدام حسب المزوّد</translation>
    </message>
    <message>
        <source>Usage by model</source>
        <translation>الاستخدام حسب النموذج</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>المزوّد</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>الحصة</translation>
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
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>LM Studio (local)</source>
        <translation>LM Studio (محلي)</translation>
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
    <message>
        <source>%1 (default)</source>
        <extracomment>A model in the picker list that is the default model (always offered)</extracomment>
        <translation>⁨%1⁩ (افتراضي)</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Fallbacks</source>
        <translation>النماذج الاحتياطية</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>MiniMax (recommended)</source>
        <translation>MiniMax (موصى به)</translation>
    </message>
    <message>
        <source>Enter your API key. It is stored in the system keychain (when there is one) and in OpenClaw&apos;s own credential store, never in openclaw.json.</source>
        <translation>أدخل مفتاح API. يُحفظ في سلسلة مفاتيح النظام (إن توفرت) وفي مخزن بيانات الاعتماد الخاص بـ OpenClaw، ولا يُحفظ أبدًا في openclaw.json.</translation>
    </message>
</context>
<context>
    <name>clawdesk::AppState</name>
    <message>
        <source>Gateway stopped</source>
        <translation>Gateway متوقف</translation>
    </message>
    <message>
        <source>Gateway starting…</source>
        <translation>جارٍ تشغيل Gateway…</translation>
    </message>
    <message>
        <source>Gateway running on port %1</source>
        <translation>Gateway يعمل على المنفذ ⁨%1⁩</translation>
    </message>
    <message>
        <source>Gateway failed to start</source>
        <translation>فشل تشغيل Gateway</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>منذ ⁨%1⁩</translation>
    </message>
    <message>
        <source>Tools pointed at ClawDesk cannot connect until you start it.</source>
        <translation>لا يمكن للأدوات الموجّهة إلى ClawDesk الاتصال حتى تشغّله.</translation>
    </message>
    <message>
        <source>Nothing served yet</source>
        <translation>لم يُخدم أي طلب بعد</translation>
    </message>
    <message>
        <source>Last request served by fallback %1 at %2</source>
        <translation>خدم آخرَ طلب الاحتياطيُّ ⁨%1⁩ عند ⁨%2⁩</translation>
    </message>
    <message>
        <source>Last request served by %1 at %2</source>
        <translation>خدم آخرَ طلب ⁨%1⁩ عند ⁨%2⁩</translation>
    </message>
    <message>
        <source>No openclaw.json yet</source>
        <translation>لا يوجد openclaw.json بعد</translation>
    </message>
    <message>
        <source>openclaw.json is valid</source>
        <translation>openclaw.json صالح</translation>
    </message>
    <message numerus="yes">
        <source>openclaw.json is valid, with %n warning(s)</source>
        <translation>
            <numerusform>openclaw.json صالح، مع %n تحذير</numerusform>
            <numerusform>openclaw.json صالح، مع %n تحذير</numerusform>
            <numerusform>openclaw.json صالح، مع %n تحذيران</numerusform>
            <numerusform>openclaw.json صالح، مع %n تحذيرات</numerusform>
            <numerusform>openclaw.json صالح، مع %n تحذيرًا</numerusform>
            <numerusform>openclaw.json صالح، مع %n تحذير</numerusform>
        </translation>
    </message>
    <message>
        <source>openclaw.json does not parse</source>
        <translation>تعذّر تحليل openclaw.json</translation>
    </message>
    <message>
        <source>openclaw.json has errors OpenClaw would reject</source>
        <translation>في openclaw.json أخطاء سيرفضها OpenClaw</translation>
    </message>
    <message>
        <source>%1: sign-in expired, sign in again</source>
        <translation>⁨%1⁩: انتهت صلاحية تسجيل الدخول، سجّل الدخول مجددًا</translation>
    </message>
    <message>
        <source>%1: key from %2</source>
        <translation>⁨%1⁩: المفتاح من ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1: signed in</source>
        <translation>⁨%1⁩: تم تسجيل الدخول</translation>
    </message>
    <message>
        <source>%1: key in auth profile %2</source>
        <translation>⁨%1⁩: المفتاح في ملف المصادقة ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1: key in openclaw.json</source>
        <translation>⁨%1⁩: المفتاح في openclaw.json</translation>
    </message>
    <message>
        <source>%1: local server, no key needed</source>
        <translation>⁨%1⁩: خادم محلي، لا حاجة إلى مفتاح</translation>
    </message>
    <message>
        <source>%1: no API key or sign-in</source>
        <translation>⁨%1⁩: لا يوجد مفتاح API ولا تسجيل دخول</translation>
    </message>
    <message>
        <source>Sign-in expired: open ClawDesk to sign in again</source>
        <translation>انتهت صلاحية تسجيل الدخول: افتح ClawDesk لتسجيل الدخول مجددًا</translation>
    </message>
    <message>
        <source>openclaw.json needs fixing: %1</source>
        <translation>يحتاج openclaw.json إلى إصلاح: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Gateway failed to start: %1</source>
        <translation>فشل تشغيل Gateway: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Gateway running; last request served by fallback %1</source>
        <translation>Gateway يعمل؛ خدم آخرَ طلب الاحتياطيُّ ⁨%1⁩</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>تجاوز حد المعدل</translation>
    </message>
    <message>
        <source>could not connect</source>
        <translation>تعذّر الاتصال</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>انتهت المهلة</translation>
    </message>
    <message>
        <source>key rejected</source>
        <translation>رُفض المفتاح</translation>
    </message>
    <message>
        <source>billing or quota</source>
        <translation>الفوترة أو الحصة</translation>
    </message>
    <message>
        <source>overloaded</source>
        <translation>تحميل زائد</translation>
    </message>
    <message>
        <source>provider error</source>
        <translation>خطأ من المزوّد</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>نموذج غير معروف</translation>
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
    <message>
        <source>No model could answer: every candidate failed to connect.</source>
        <translation>لم يتمكن أي نموذج من الإجابة: فشل الاتصال بجميع المرشحين.</translation>
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
        <source>Alias %1 already points to %2.</source>
        <translation>الاسم المستعار %1 يشير بالفعل إلى %2.</translation>
    </message>
    <message>
        <source>openclaw.json changed since; nothing was undone.</source>
        <translation>تغيّر openclaw.json منذ ذلك الحين؛ لم يُتراجع عن شيء.</translation>
    </message>
    <message>
        <source>The earlier version cannot be read; nothing was undone.</source>
        <translation>تتعذّر قراءة الإصدار السابق؛ لم يُتراجع عن شيء.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>تم التراجع.</translation>
    </message>
    <message>
        <source>Primary model set to %1.</source>
        <translation>عُيّن النموذج الأساسي إلى ⁨%1⁩.</translation>
    </message>
    <message>
        <source>Alias %1 added.</source>
        <translation>أُضيف الاسم المستعار ⁨%1⁩.</translation>
    </message>
    <message>
        <source>Alias %1 removed.</source>
        <translation>أُزيل الاسم المستعار ⁨%1⁩.</translation>
    </message>
    <message>
        <source>the primary model</source>
        <translation>النموذج الأساسي</translation>
    </message>
    <message>
        <source>fallback #%1</source>
        <translation>الاحتياطي رقم ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1 is used by %2. Removing it writes %3 there instead, so the chain keeps the same model.</source>
        <translation>يُستخدم ⁨%1⁩ في ⁨%2⁩. إزالته تكتب ⁨%3⁩ هناك بدلًا منه، فتحتفظ السلسلة بالنموذج نفسه.</translation>
    </message>
    <message>
        <source>Alias %1 renamed to %2.</source>
        <translation>أُعيدت تسمية الاسم المستعار ⁨%1⁩ إلى ⁨%2⁩.</translation>
    </message>
    <message>
        <source>%1 added to the fallback chain.</source>
        <translation>أُضيف ⁨%1⁩ إلى سلسلة الاحتياط.</translation>
    </message>
    <message>
        <source>Fallback %1 removed.</source>
        <translation>أُزيل الاحتياطي ⁨%1⁩.</translation>
    </message>
    <message>
        <source>Fallback chain reordered.</source>
        <translation>أُعيد ترتيب سلسلة الاحتياط.</translation>
    </message>
    <message>
        <source>Fallback chain cleared.</source>
        <translation>مُسحت سلسلة الاحتياط.</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConnectController</name>
    <message>
        <source>Unknown tool: %1</source>
        <translation>أداة غير معروفة: ⁨%1⁩</translation>
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
        <source>the connection was refused</source>
        <translation>رُفض الاتصال</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>أُغلق الاتصال</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>لا إجابة في الوقت المحدد</translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation>فشل الاتصال الآمن</translation>
    </message>
    <message>
        <source>the host name was not found</source>
        <translation>لم يُعثر على اسم المضيف</translation>
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
    <message>
        <source>Signed in: profile %1 in OpenClaw&apos;s credential store (%2).</source>
        <translation>تم تسجيل الدخول: الملف الشخصي ⁨%1⁩ في مخزن بيانات الاعتماد الخاص بـ OpenClaw (⁨%2⁩).</translation>
    </message>
    <message>
        <source>Signed in: profile %1 in a leftover auth-profiles.json (%2); run openclaw doctor --fix to move it into OpenClaw&apos;s credential store.</source>
        <translation>تم تسجيل الدخول: الملف الشخصي ⁨%1⁩ في ملف auth-profiles.json متبقٍّ (⁨%2⁩)؛ شغّل openclaw doctor --fix لنقله إلى مخزن بيانات الاعتماد الخاص بـ OpenClaw.</translation>
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
        <source>ClawDesk stays in the tray; the gateway is not running. Use the tray icon to open ClawDesk, start the gateway or quit.</source>
        <translation>يبقى ClawDesk في علبة النظام؛ Gateway لا يعمل. استخدم أيقونة علبة النظام لفتح ClawDesk أو تشغيل Gateway أو الإنهاء.</translation>
    </message>
    <message>
        <source>%1 is tried first again.</source>
        <translation>يُجرَّب ⁨%1⁩ أولًا من جديد.</translation>
    </message>
    <message>
        <source>Primary model failed</source>
        <translation>فشل النموذج الأساسي</translation>
    </message>
    <message>
        <source>%1 failed (%2); trying %3.</source>
        <translation>فشل ⁨%1⁩ (⁨%2⁩)؛ تجري تجربة ⁨%3⁩.</translation>
    </message>
</context>
<context>
    <name>clawdesk::UsageModel</name>
    <message>
        <source>Other</source>
        <extracomment>The stack of the usage chart that sums every model or provider not shown by name</extracomment>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>No requests</source>
        <translation>لا توجد طلبات</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 tokens · %n request(s)</source>
        <translation>
            <numerusform>⁨%1⁩ · ⁨%2⁩ رمز · %n طلب</numerusform>
            <numerusform>⁨%1⁩ · ⁨%2⁩ رمز · %n طلب</numerusform>
            <numerusform>⁨%1⁩ · ⁨%2⁩ رمز · %n طلبان</numerusform>
            <numerusform>⁨%1⁩ · ⁨%2⁩ رمز · %n طلبات</numerusform>
            <numerusform>⁨%1⁩ · ⁨%2⁩ رمز · %n طلبًا</numerusform>
            <numerusform>⁨%1⁩ · ⁨%2⁩ رمز · %n طلب</numerusform>
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
        <translation>اختر مزوّدًا وطريقة مصادقة أولًا.</translation>
    </message>
</context>
</TS>
