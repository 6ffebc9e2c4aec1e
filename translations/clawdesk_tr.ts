<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>ConnectToolsCard</name>
    <message>
        <source>Connect your tools</source>
        <translation>Araçlarınızı bağlayın</translation>
    </message>
    <message>
        <source>ClawDesk writes each tool&apos;s own settings so it uses this gateway. Undo puts the file back exactly as it was.</source>
        <translation>ClawDesk, her aracın kendi ayarlarını bu gateway&apos;i kullanacak şekilde yazar. Geri al, dosyayı tam olarak eski hâline getirir.</translation>
    </message>
    <message>
        <source>Connected. The tool uses the gateway the next time it starts.</source>
        <translation>Bağlandı. Araç bir sonraki başlatılışında gateway&apos;i kullanır.</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Bağlanamadı: %1</translation>
    </message>
    <message>
        <source>%1&apos;s settings are back as they were.</source>
        <translation>%1 ayarları eski hâline döndü.</translation>
    </message>
    <message>
        <source>Cannot undo: %1</source>
        <translation>Geri alınamadı: %1</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Bağlı</translation>
    </message>
    <message>
        <source>Overridden by a shell variable</source>
        <translation>Bir kabuk değişkeni tarafından geçersiz kılındı</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Bağlı değil</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <source>Connect %1 to the gateway</source>
        <translation>%1 aracını gateway&apos;e bağla</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Geri al</translation>
    </message>
    <message>
        <source>Undo connecting %1</source>
        <translation>%1 bağlantısını geri al</translation>
    </message>
    <message>
        <source>This change will be written (the token is shortened here):</source>
        <translation>Şu değişiklik yazılacak (token burada kısaltılmıştır):</translation>
    </message>
    <message>
        <source>Change to be written</source>
        <translation>Yazılacak değişiklik</translation>
    </message>
    <message>
        <source>Write the change</source>
        <translation>Değişikliği yaz</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Test connection</source>
        <translation>Bağlantıyı test et</translation>
    </message>
    <message>
        <source>Test the connection to %1</source>
        <translation>Bağlantıyı test et: %1</translation>
    </message>
</context>
<context>
    <name>CopyableSnippet</name>
    <message>
        <source>Copy</source>
        <translation>Kopyala</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Kopyala: %1</translation>
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
        <translation>Gateway&apos;i başlat</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>Gateway&apos;i durdur</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Yeniden başlat</translation>
    </message>
    <message>
        <source>Restart gateway</source>
        <translation>Gateway&apos;i yeniden başlat</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Gateway port</source>
        <translation>Gateway portu</translation>
    </message>
    <message>
        <source>Bind</source>
        <extracomment>Network address the gateway listens on</extracomment>
        <translation>Bağlama</translation>
    </message>
    <message>
        <source>Gateway bind address</source>
        <translation>Gateway bağlama adresi</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>gateway token</source>
        <translation>gateway token&apos;ı</translation>
    </message>
    <message>
        <source>Regenerate gateway token</source>
        <translation>Gateway token&apos;ını yeniden oluştur</translation>
    </message>
    <message>
        <source>Port, bind and token apply the next time the gateway starts.</source>
        <translation>Port, bağlama adresi ve token, gateway bir sonraki başlatıldığında geçerli olur.</translation>
    </message>
    <message>
        <source>Claude Code</source>
        <translation>Claude Code</translation>
    </message>
    <message>
        <source>Cline / Roo Code / Kilo Code (OpenAI compatible)</source>
        <translation>Cline / Roo Code / Kilo Code (OpenAI uyumlu)</translation>
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
        <translation>Gateway yeniden başlatılıyor…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Yeniden dene</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>İstekler</translation>
    </message>
    <message>
        <source>What each tool asked for, which model answered, and why a fallback was used. Select a request to see its attempts.</source>
        <translation>Her aracın ne istediği, hangi modelin yanıt verdiği ve neden geri dönüş kullanıldığı. Denemelerini görmek için bir istek seçin.</translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation>Henüz istek yok</translation>
    </message>
    <message>
        <source>Point a tool at the gateway (see below); its requests appear here.</source>
        <translation>Bir aracı gateway&apos;e yönlendirin (aşağıya bakın); istekleri burada görünür.</translation>
    </message>
    <message>
        <source>Start the gateway, then point a tool at it; its requests appear here.</source>
        <translation>Gateway&apos;i başlatın, sonra bir aracı ona yönlendirin; istekleri burada görünür.</translation>
    </message>
    <message>
        <source>%1 · %2 asked for %3</source>
        <translation>%1 · %2, %3 istedi</translation>
    </message>
    <message>
        <source>Attempt %1: %2 — %3</source>
        <translation>Deneme %1: %2 — %3</translation>
    </message>
    <message>
        <source>Served by %1: status %2, %3 ms, %4 in / %5 out tokens, %6</source>
        <translation>Yanıtlayan %1: durum %2, %3 ms, %4 giriş / %5 çıkış token&apos;ı, %6</translation>
    </message>
    <message>
        <source>Refused with status %1: %2</source>
        <translation>%1 durumuyla reddedildi: %2</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Listeyi temizle</translation>
    </message>
    <message>
        <source>Request list cleared (usage totals keep them).</source>
        <translation>İstek listesi temizlendi (kullanım toplamları bunları korur).</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>Regenerate token</source>
        <translation>Token&apos;ı yeniden oluştur</translation>
    </message>
    <message>
        <source>New token saved; it applies when the gateway restarts.</source>
        <translation>Yeni token kaydedildi; gateway yeniden başlatıldığında geçerli olur.</translation>
    </message>
    <message>
        <source>New token saved.</source>
        <translation>Yeni token kaydedildi.</translation>
    </message>
    <message>
        <source>Translated for the provider: %1</source>
        <translation>Sağlayıcı için dönüştürüldü: %1</translation>
    </message>
    <message>
        <source>Manual setup</source>
        <translation>Elle kurulum</translation>
    </message>
    <message>
        <source>For tools ClawDesk does not configure itself: paste these settings.</source>
        <translation>ClawDesk&apos;in kendisi yapılandırmadığı araçlar için: bu ayarları yapıştırın.</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Mesajı kapat</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Overview</source>
        <translation>Genel bakış</translation>
    </message>
    <message>
        <source>Model/auth</source>
        <extracomment>Sidebar page for choosing providers and signing in</extracomment>
        <translation>Model/auth</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modeller</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Kullanım</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>ClawDesk</source>
        <translation>ClawDesk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sayfalar</translation>
    </message>
    <message>
        <source>Configure…</source>
        <translation>Yapılandır…</translation>
    </message>
    <message>
        <source>Open the configure wizard</source>
        <translation>Yapılandırma sihirbazını aç</translation>
    </message>
    <message>
        <source>No system tray found: closing the window quits ClawDesk and stops the gateway.</source>
        <translation>Sistem tepsisi bulunamadı: pencereyi kapatmak ClawDesk&apos;ten çıkar ve gateway&apos;i durdurur.</translation>
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
        <translation>Kaydedilmedi</translation>
    </message>
    <message>
        <source>MiniMax</source>
        <translation>MiniMax</translation>
    </message>
    <message>
        <source>Coding Plan sign-in (OAuth) or an API key. Lightning is the faster variant with a higher output price.</source>
        <translation>Coding Plan ile oturum açma (OAuth) veya API anahtarı. Lightning daha hızlı sürümdür, çıktı fiyatı daha yüksektir.</translation>
    </message>
    <message>
        <source>OAuth: %1</source>
        <translation>OAuth: %1</translation>
    </message>
    <message>
        <source>Sign in with MiniMax (Global)</source>
        <translation>MiniMax ile oturum aç (Global)</translation>
    </message>
    <message>
        <source>Sign in (CN)</source>
        <extracomment>MiniMax&apos;s endpoint for users in mainland China</extracomment>
        <translation>Oturum aç (CN)</translation>
    </message>
    <message>
        <source>Sign in with MiniMax (China)</source>
        <translation>MiniMax ile oturum aç (Çin)</translation>
    </message>
    <message>
        <source>Asking MiniMax for a code…</source>
        <translation>MiniMax&apos;ten kod isteniyor…</translation>
    </message>
    <message>
        <source>Open this page and enter the code:</source>
        <translation>Bu sayfayı açıp kodu girin:</translation>
    </message>
    <message>
        <source>Sign-in code %1</source>
        <translation>Oturum açma kodu %1</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Kodu kopyala</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Oturum açmayı iptal et</translation>
    </message>
    <message>
        <source>The code expires in %1:%2</source>
        <translation>Kodun süresi %1:%2 sonra doluyor</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Oturum açıldı.</translation>
    </message>
    <message>
        <source>API key: %1</source>
        <translation>API anahtarı: %1</translation>
    </message>
    <message>
        <source>MiniMax API key</source>
        <translation>MiniMax API anahtarı</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Anahtarı kaydet</translation>
    </message>
    <message>
        <source>Save MiniMax API key</source>
        <translation>MiniMax API anahtarını kaydet</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>Anthropic API key (sk-ant-…)</source>
        <translation>Anthropic API anahtarı (sk-ant-…)</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>Anthropic API anahtarı</translation>
    </message>
    <message>
        <source>Save Anthropic API key</source>
        <translation>Anthropic API anahtarını kaydet</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>OpenAI uyumlu</translation>
    </message>
    <message>
        <source>Any server that speaks the OpenAI API, under a provider id of your choice.</source>
        <translation>OpenAI API&apos;sini destekleyen herhangi bir sunucu, seçtiğiniz bir sağlayıcı kimliğiyle.</translation>
    </message>
    <message>
        <source>Provider id</source>
        <translation>Sağlayıcı kimliği</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Temel URL</translation>
    </message>
    <message>
        <source>API</source>
        <extracomment>Wire protocol of the provider</extracomment>
        <translation>API</translation>
    </message>
    <message>
        <source>API kind</source>
        <translation>API türü</translation>
    </message>
    <message>
        <source>Save provider</source>
        <translation>Sağlayıcıyı kaydet</translation>
    </message>
    <message>
        <source>LM Studio</source>
        <translation>LM Studio</translation>
    </message>
    <message>
        <source>Models running on this computer. No key is needed; nothing leaves your machine.</source>
        <translation>Bu bilgisayarda çalışan modeller. Anahtar gerekmez; hiçbir veri makinenizden çıkmaz.</translation>
    </message>
    <message>
        <source>LM Studio base URL</source>
        <translation>LM Studio temel URL&apos;si</translation>
    </message>
    <message>
        <source>Discover models</source>
        <translation>Modelleri bul</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 modelini kullan</translation>
    </message>
    <message>
        <source>API key for %1 saved: %2</source>
        <translation>%1 için API anahtarı kaydedildi: %2</translation>
    </message>
    <message>
        <source>Signed in to MiniMax.</source>
        <translation>MiniMax&apos;te oturum açıldı.</translation>
    </message>
    <message>
        <source>Provider %1 saved.</source>
        <translation>%1 sağlayıcısı kaydedildi.</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modeller</translation>
    </message>
    <message>
        <source>No models yet: add the ids the server offers.</source>
        <translation>Henüz model yok: sunucunun sunduğu kimlikleri ekleyin.</translation>
    </message>
    <message>
        <source>model id, e.g. gpt-4o-mini</source>
        <translation>model kimliği, ör. gpt-4o-mini</translation>
    </message>
    <message>
        <source>Model id to add to %1</source>
        <translation>%1 sağlayıcısına eklenecek model kimliği</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>Model ekle</translation>
    </message>
    <message>
        <source>Add model to %1</source>
        <translation>%1 sağlayıcısına model ekle</translation>
    </message>
    <message>
        <source>Model %1 added to %2.</source>
        <translation>%1 modeli %2 sağlayıcısına eklendi.</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Models</source>
        <translation>Modeller</translation>
    </message>
    <message>
        <source>The change was not saved.</source>
        <translation>Değişiklik kaydedilmedi.</translation>
    </message>
    <message>
        <source>Search models, names or aliases</source>
        <translation>Model, ad veya takma ad ara</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>Model ara</translation>
    </message>
    <message>
        <source>Show all catalog</source>
        <translation>Tüm kataloğu göster</translation>
    </message>
    <message>
        <source>Show all catalog models</source>
        <translation>Katalogdaki tüm modelleri göster</translation>
    </message>
    <message>
        <source>Model list</source>
        <translation>Model listesi</translation>
    </message>
    <message>
        <source>context %1</source>
        <translation>bağlam %1</translation>
    </message>
    <message>
        <source>auth ✓</source>
        <translation>auth ✓</translation>
    </message>
    <message>
        <source>no auth</source>
        <translation>auth yok</translation>
    </message>
    <message>
        <source>local</source>
        <translation>yerel</translation>
    </message>
    <message>
        <source>alias %1</source>
        <translation>takma ad %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>eksik</translation>
    </message>
    <message>
        <source>fallback #%1</source>
        <extracomment>Position in the fallback chain, e.g. &quot;fallback #2&quot;</extracomment>
        <translation>geri dönüş #%1</translation>
    </message>
    <message>
        <source>Make primary</source>
        <translation>Birincil yap</translation>
    </message>
    <message>
        <source>Make %1 the primary model</source>
        <translation>%1 modelini birincil yap</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Birincil</translation>
    </message>
    <message>
        <source>Add as fallback</source>
        <translation>Geri dönüş olarak ekle</translation>
    </message>
    <message>
        <source>Add %1 as a fallback</source>
        <translation>%1 modelini geri dönüş olarak ekle</translation>
    </message>
    <message>
        <source>Fallback chain</source>
        <translation>Geri dönüş zinciri</translation>
    </message>
    <message>
        <source>Tried in this order when the primary fails. Drag to reorder, or use Ctrl+Up/Down.</source>
        <translation>Birincil model başarısız olursa bu sırayla denenir. Sıralamak için sürükleyin veya Ctrl+Yukarı/Aşağı kullanın.</translation>
    </message>
    <message>
        <source>Fallback %1: %2</source>
        <translation>Geri dönüş %1: %2</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>%1 modelini yukarı taşı</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>%1 modelini aşağı taşı</translation>
    </message>
    <message>
        <source>Remove fallback %1</source>
        <translation>Geri dönüşü kaldır: %1</translation>
    </message>
    <message>
        <source>No fallbacks: requests fail when the primary fails.</source>
        <translation>Geri dönüş yok: birincil model başarısız olursa istekler de başarısız olur.</translation>
    </message>
    <message>
        <source>Model to add as fallback</source>
        <translation>Geri dönüş olarak eklenecek model</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <source>Add fallback</source>
        <translation>Geri dönüş ekle</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Takma adlar</translation>
    </message>
    <message>
        <source>Short names you can type instead of provider/model.</source>
        <translation>Sağlayıcı/model yerine yazabileceğiniz kısa adlar.</translation>
    </message>
    <message>
        <source>Alias for %1</source>
        <translation>%1 için takma ad</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Yeniden adlandır</translation>
    </message>
    <message>
        <source>Rename alias %1</source>
        <translation>Takma adı yeniden adlandır: %1</translation>
    </message>
    <message>
        <source>Remove alias %1</source>
        <translation>Takma adı kaldır: %1</translation>
    </message>
    <message>
        <source>Model for the new alias</source>
        <translation>Yeni takma adın modeli</translation>
    </message>
    <message>
        <source>new alias</source>
        <translation>yeni takma ad</translation>
    </message>
    <message>
        <source>New alias</source>
        <translation>Yeni takma ad</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>Takma ad ekle</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Geri al</translation>
    </message>
    <message>
        <source>Remove alias %1?</source>
        <translation>%1 takma adı kaldırılsın mı?</translation>
    </message>
    <message>
        <source>Remove alias</source>
        <translation>Takma adı kaldır</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Ctrl+Up and Ctrl+Down move the selected fallback; Delete removes it.</source>
        <translation>Ctrl+Yukarı ve Ctrl+Aşağı seçili geri dönüşü taşır; Delete onu kaldırır.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Genel bakış</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>Düzenleyicide aç</translation>
    </message>
    <message>
        <source>No openclaw.json yet at %1.</source>
        <translation>Şu konumda henüz openclaw.json yok: %1.</translation>
    </message>
    <message>
        <source>Set up…</source>
        <translation>Kur…</translation>
    </message>
    <message>
        <source>The gateway keeps serving the last good config.</source>
        <translation>Gateway son geçerli yapılandırmayla çalışmaya devam ediyor.</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Start gateway</source>
        <translation>Gateway&apos;i başlat</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>Gateway&apos;i durdur</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modeller</translation>
    </message>
    <message>
        <source>Configured chain</source>
        <translation>Yapılandırılmış zincir</translation>
    </message>
    <message>
        <source>Edit models…</source>
        <translation>Modelleri düzenle…</translation>
    </message>
    <message>
        <source>Edit models</source>
        <translation>Modelleri düzenle</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Bugün</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n istek</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <extracomment>Money spent today, in US dollars</extracomment>
        <translation>Maliyet: %1</translation>
    </message>
    <message>
        <source>Recent failovers</source>
        <translation>Son failover&apos;lar</translation>
    </message>
    <message>
        <source>None so far.</source>
        <translation>Şimdilik yok.</translation>
    </message>
    <message>
        <source>%1  back to %2</source>
        <translation>%1  %2 modeline dönüldü</translation>
    </message>
    <message>
        <source>Config file</source>
        <translation>Yapılandırma dosyası</translation>
    </message>
    <message>
        <source>Open openclaw.json in editor</source>
        <translation>openclaw.json&apos;ı düzenleyicide aç</translation>
    </message>
    <message>
        <source>Coding Plan: %1</source>
        <extracomment>MiniMax Coding Plan quota windows, e.g. &quot;5h 63% left ⏱2h 10m · week 88% left&quot;</extracomment>
        <translation>Coding Plan: %1</translation>
    </message>
    <message>
        <source>Coding Plan quota unavailable: %1</source>
        <translation>Coding Plan kotası alınamadı: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Ayrıntılar…</translation>
    </message>
    <message>
        <source>Open the Gateway page</source>
        <translation>Gateway sayfasını aç</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fixed: %1</source>
        <translation>Düzeltildi: %1</translation>
    </message>
    <message>
        <source>Could not fix it: %1</source>
        <translation>Düzeltilemedi: %1</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Kimlik bilgileri</translation>
    </message>
    <message>
        <source>Add a key…</source>
        <translation>Anahtar ekle…</translation>
    </message>
    <message>
        <source>%1  %2 failed (%3), tried %4</source>
        <translation>%1  %2 başarısız oldu (%3), %4 denendi</translation>
    </message>
</context>
<context>
    <name>RequestRow</name>
    <message>
        <source>%1, %2 to %3, status %4</source>
        <translation>%1, %2 → %3, durum %4</translation>
    </message>
    <message>
        <source>not served</source>
        <translation>yanıtlanmadı</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>İstemci</translation>
    </message>
    <message>
        <source>Requested → served</source>
        <translation>İstenen → yanıtlayan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Latency</source>
        <extracomment>Column header: how long the request took</extracomment>
        <translation>Gecikme</translation>
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
        <translation>Maliyet</translation>
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
        <translation>Gizle</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Göster</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>Gizle: %1</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation>Göster: %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopyala</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Kopyala: %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Sistem dili</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Görünüm</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Theme</source>
        <extracomment>Colour theme of the window</extracomment>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Sisteme uy</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Koyu</translation>
    </message>
    <message>
        <source>Startup and tray</source>
        <translation>Başlangıç ve tepsi</translation>
    </message>
    <message>
        <source>Start ClawDesk when I log in</source>
        <translation>Oturum açtığımda ClawDesk&apos;i başlat</translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation>Tepsiye küçültülmüş olarak başlat</translation>
    </message>
    <message>
        <source>Notify me when the gateway switches to a fallback and back</source>
        <translation>Gateway bir geri dönüş modeline geçtiğinde ve geri döndüğünde bildir</translation>
    </message>
    <message>
        <source>No system tray is available on this desktop, so ClawDesk quits when its window is closed.</source>
        <translation>Bu masaüstünde sistem tepsisi yok; bu nedenle ClawDesk penceresi kapatılınca kapanır.</translation>
    </message>
    <message>
        <source>OpenClaw config</source>
        <translation>OpenClaw yapılandırması</translation>
    </message>
    <message>
        <source>Leave empty to use the file OpenClaw itself uses. Takes effect after a restart.</source>
        <translation>OpenClaw&apos;ın kendi kullandığı dosyayı kullanmak için boş bırakın. Yeniden başlatmadan sonra geçerli olur.</translation>
    </message>
    <message>
        <source>Config file path</source>
        <translation>Yapılandırma dosyası yolu</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>Düzenleyicide aç</translation>
    </message>
    <message>
        <source>Open openclaw.json in editor</source>
        <translation>openclaw.json&apos;ı düzenleyicide aç</translation>
    </message>
</context>
<context>
    <name>ToastHost</name>
    <message>
        <source>Dismiss</source>
        <translation>Kapat</translation>
    </message>
</context>
<context>
    <name>UsageChart</name>
    <message>
        <source>Usage per day</source>
        <translation>Günlük kullanım</translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message>
        <source>Usage</source>
        <translation>Kullanım</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Son 7 gün</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Son 30 gün</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Dönem</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Maliyet</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Ölçü</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Son 90 gün</translation>
    </message>
    <message>
        <source>By model</source>
        <translation>Modele göre</translation>
    </message>
    <message>
        <source>By provider</source>
        <translation>Sağlayıcıya göre</translation>
    </message>
    <message>
        <source>Stack the bars</source>
        <translation>Çubukları yığ</translation>
    </message>
    <message>
        <source>No requests in this period</source>
        <translation>Bu dönemde istek yok</translation>
    </message>
    <message>
        <source>Usage appears here as the gateway serves requests.</source>
        <translation>Gateway istekleri yanıtladıkça kullanım burada görünür.</translation>
    </message>
    <message>
        <source>Usage by provider</source>
        <translation>Sağlayıcıya göre kullanım</translation>
    </message>
    <message>
        <source>Usage by model</source>
        <translation>Modele göre kullanım</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Sağlayıcı</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>İstekler</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Pay</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <source>Provider</source>
        <translation>Sağlayıcı</translation>
    </message>
    <message>
        <source>Auth method</source>
        <translation>Auth yöntemi</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Oturum aç</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Varsayılan model</translation>
    </message>
    <message>
        <source>Model picker</source>
        <translation>Model seçici</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Özet</translation>
    </message>
    <message>
        <source>Configure wizard</source>
        <translation>Yapılandırma sihirbazı</translation>
    </message>
    <message>
        <source>Set up OpenClaw</source>
        <translation>OpenClaw&apos;ı kur</translation>
    </message>
    <message>
        <source>Model/auth provider</source>
        <translation>Model/auth sağlayıcısı</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>LM Studio (local)</source>
        <translation>LM Studio (yerel)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API anahtarı</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Anahtarı kaydet</translation>
    </message>
    <message>
        <source>Save API key</source>
        <translation>API anahtarını kaydet</translation>
    </message>
    <message>
        <source>Sign in with your MiniMax account in the browser.</source>
        <translation>Tarayıcıda MiniMax hesabınızla oturum açın.</translation>
    </message>
    <message>
        <source>Start sign-in</source>
        <translation>Oturum açmayı başlat</translation>
    </message>
    <message>
        <source>No sign-in needed. Start LM Studio&apos;s local server (Developer → Start server).</source>
        <translation>Oturum açmak gerekmez. LM Studio&apos;nun yerel sunucusunu başlatın (Developer → Start server).</translation>
    </message>
    <message>
        <source>Models in the /model picker. Besides the default, the ones you tick become fallbacks, in this order.</source>
        <translation>/model seçicisindeki modeller. Varsayılanın yanı sıra işaretledikleriniz bu sırayla geri dönüş olur.</translation>
    </message>
    <message>
        <source>Offer %1</source>
        <translation>%1 modelini sun</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Kaydedildi: %1.</translation>
    </message>
    <message>
        <source>These changes will be written to %1:</source>
        <translation>Şu değişiklikler %1 dosyasına yazılacak:</translation>
    </message>
    <message>
        <source>Changes to openclaw.json</source>
        <translation>openclaw.json değişiklikleri</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Cancel the wizard</source>
        <translation>Sihirbazı iptal et</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>İleri</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Bitti</translation>
    </message>
    <message>
        <source>Write openclaw.json</source>
        <translation>openclaw.json&apos;a yaz</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <extracomment>A model in the picker list that is the default model (always offered)</extracomment>
        <translation>%1 (varsayılan)</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Oturum açma</translation>
    </message>
    <message>
        <source>Fallbacks</source>
        <translation>Geri dönüşler</translation>
    </message>
    <message>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <source>MiniMax (recommended)</source>
        <translation>MiniMax (önerilen)</translation>
    </message>
    <message>
        <source>Enter your API key. It is stored in the system keychain (when there is one) and in OpenClaw&apos;s own credential store, never in openclaw.json.</source>
        <translation>API anahtarınızı girin. Anahtar sistem anahtarlığında (varsa) ve OpenClaw&apos;ın kendi kimlik bilgisi deposunda saklanır, asla openclaw.json&apos;da değil.</translation>
    </message>
</context>
<context>
    <name>clawdesk::AppState</name>
    <message>
        <source>Gateway stopped</source>
        <translation>Gateway durduruldu</translation>
    </message>
    <message>
        <source>Gateway starting…</source>
        <translation>Gateway başlatılıyor…</translation>
    </message>
    <message>
        <source>Gateway running on port %1</source>
        <translation>Gateway %1 portunda çalışıyor</translation>
    </message>
    <message>
        <source>Gateway failed to start</source>
        <translation>Gateway başlatılamadı</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Başlangıç: %1</translation>
    </message>
    <message>
        <source>Tools pointed at ClawDesk cannot connect until you start it.</source>
        <translation>ClawDesk&apos;e yönlendirilmiş araçlar, siz onu başlatana kadar bağlanamaz.</translation>
    </message>
    <message>
        <source>Nothing served yet</source>
        <translation>Henüz yanıtlanan istek yok</translation>
    </message>
    <message>
        <source>Last request served by fallback %1 at %2</source>
        <translation>Son isteği %2 saatinde geri dönüş %1 yanıtladı</translation>
    </message>
    <message>
        <source>Last request served by %1 at %2</source>
        <translation>Son isteği %2 saatinde %1 yanıtladı</translation>
    </message>
    <message>
        <source>No openclaw.json yet</source>
        <translation>Henüz openclaw.json yok</translation>
    </message>
    <message>
        <source>openclaw.json is valid</source>
        <translation>openclaw.json geçerli</translation>
    </message>
    <message numerus="yes">
        <source>openclaw.json is valid, with %n warning(s)</source>
        <translation>
            <numerusform>openclaw.json geçerli, %n uyarı var</numerusform>
        </translation>
    </message>
    <message>
        <source>openclaw.json does not parse</source>
        <translation>openclaw.json ayrıştırılamıyor</translation>
    </message>
    <message>
        <source>openclaw.json has errors OpenClaw would reject</source>
        <translation>openclaw.json, OpenClaw&apos;ın reddedeceği hatalar içeriyor</translation>
    </message>
    <message>
        <source>%1: sign-in expired, sign in again</source>
        <translation>%1: oturumun süresi doldu, yeniden oturum açın</translation>
    </message>
    <message>
        <source>%1: key from %2</source>
        <translation>%1: anahtar kaynağı %2</translation>
    </message>
    <message>
        <source>%1: signed in</source>
        <translation>%1: oturum açık</translation>
    </message>
    <message>
        <source>%1: key in auth profile %2</source>
        <translation>%1: anahtar %2 auth profilinde</translation>
    </message>
    <message>
        <source>%1: key in openclaw.json</source>
        <translation>%1: anahtar openclaw.json içinde</translation>
    </message>
    <message>
        <source>%1: local server, no key needed</source>
        <translation>%1: yerel sunucu, anahtar gerekmez</translation>
    </message>
    <message>
        <source>%1: no API key or sign-in</source>
        <translation>%1: API anahtarı veya oturum yok</translation>
    </message>
    <message>
        <source>Sign-in expired: open ClawDesk to sign in again</source>
        <translation>Oturumun süresi doldu: yeniden oturum açmak için ClawDesk&apos;i açın</translation>
    </message>
    <message>
        <source>openclaw.json needs fixing: %1</source>
        <translation>openclaw.json düzeltilmeli: %1</translation>
    </message>
    <message>
        <source>Gateway failed to start: %1</source>
        <translation>Gateway başlatılamadı: %1</translation>
    </message>
    <message>
        <source>Gateway running; last request served by fallback %1</source>
        <translation>Gateway çalışıyor; son isteği geri dönüş %1 yanıtladı</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>hız sınırına takıldı</translation>
    </message>
    <message>
        <source>could not connect</source>
        <translation>bağlanamadı</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>zaman aşımı</translation>
    </message>
    <message>
        <source>key rejected</source>
        <translation>anahtar reddedildi</translation>
    </message>
    <message>
        <source>billing or quota</source>
        <translation>faturalandırma veya kota</translation>
    </message>
    <message>
        <source>overloaded</source>
        <translation>aşırı yüklü</translation>
    </message>
    <message>
        <source>provider error</source>
        <translation>sağlayıcı hatası</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>bilinmeyen model</translation>
    </message>
</context>
<context>
    <name>clawdesk::Application</name>
    <message>
        <source>Coding Plan: %1 of %2 prompts left</source>
        <translation>Coding Plan: %2 istemden %1 kaldı</translation>
    </message>
    <message>
        <source>Coding Plan: %1</source>
        <translation>Coding Plan: %1</translation>
    </message>
    <message>
        <source>No model could answer: every candidate failed to connect.</source>
        <translation>Hiçbir model yanıt veremedi: tüm adaylar bağlanamadı.</translation>
    </message>
</context>
<context>
    <name>clawdesk::Autostart</name>
    <message>
        <source>Cannot remove %1</source>
        <translation>%1 kaldırılamıyor</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 yazılamıyor: %2</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConfigController</name>
    <message>
        <source>Alias %1 already points to %2.</source>
        <translation>%1 takma adı zaten %2 modelini gösteriyor.</translation>
    </message>
    <message>
        <source>openclaw.json changed since; nothing was undone.</source>
        <translation>openclaw.json o zamandan beri değişti; hiçbir şey geri alınmadı.</translation>
    </message>
    <message>
        <source>The earlier version cannot be read; nothing was undone.</source>
        <translation>Önceki sürüm okunamıyor; hiçbir şey geri alınmadı.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Geri alındı.</translation>
    </message>
    <message>
        <source>Primary model set to %1.</source>
        <translation>Birincil model %1 olarak ayarlandı.</translation>
    </message>
    <message>
        <source>Alias %1 added.</source>
        <translation>%1 takma adı eklendi.</translation>
    </message>
    <message>
        <source>Alias %1 removed.</source>
        <translation>%1 takma adı kaldırıldı.</translation>
    </message>
    <message>
        <source>the primary model</source>
        <translation>birincil model</translation>
    </message>
    <message>
        <source>fallback #%1</source>
        <translation>geri dönüş #%1</translation>
    </message>
    <message>
        <source>%1 is used by %2. Removing it writes %3 there instead, so the chain keeps the same model.</source>
        <translation>%1 şurada kullanılıyor: %2. Kaldırılırsa oraya onun yerine %3 yazılır; böylece zincir aynı modeli korur.</translation>
    </message>
    <message>
        <source>Alias %1 renamed to %2.</source>
        <translation>%1 takma adı %2 olarak yeniden adlandırıldı.</translation>
    </message>
    <message>
        <source>%1 added to the fallback chain.</source>
        <translation>%1 geri dönüş zincirine eklendi.</translation>
    </message>
    <message>
        <source>Fallback %1 removed.</source>
        <translation>%1 geri dönüşü kaldırıldı.</translation>
    </message>
    <message>
        <source>Fallback chain reordered.</source>
        <translation>Geri dönüş zinciri yeniden sıralandı.</translation>
    </message>
    <message>
        <source>Fallback chain cleared.</source>
        <translation>Geri dönüş zinciri temizlendi.</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConnectController</name>
    <message>
        <source>Unknown tool: %1</source>
        <translation>Bilinmeyen araç: %1</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConnectionTester</name>
    <message>
        <source>%1 is not set up in openclaw.json yet: save it first.</source>
        <translation>%1 henüz openclaw.json içinde tanımlı değil: önce kaydedin.</translation>
    </message>
    <message>
        <source>%1 lists no models: add one to test it.</source>
        <translation>%1 hiç model içermiyor: test etmek için bir model ekleyin.</translation>
    </message>
    <message>
        <source>The api &quot;%1&quot; cannot be tested here; use anthropic-messages, openai-completions or openai-responses.</source>
        <translation>&quot;%1&quot; API&apos;si burada test edilemez; anthropic-messages, openai-completions veya openai-responses kullanın.</translation>
    </message>
    <message>
        <source>No API key for %1: add one on this page or sign in.</source>
        <translation>%1 için API anahtarı yok: bu sayfada ekleyin veya oturum açın.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 test ediliyor…</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2. Check the base URL and that the server runs.</source>
        <translation>%1 adresine ulaşılamıyor: %2. Temel URL&apos;yi ve sunucunun çalıştığını kontrol edin.</translation>
    </message>
    <message>
        <source>Connected: %1 answered in %2 ms.</source>
        <translation>Bağlandı: %1, %2 ms içinde yanıt verdi.</translation>
    </message>
    <message>
        <source>Check the API key (or sign in again).</source>
        <translation>API anahtarını kontrol edin (veya yeniden oturum açın).</translation>
    </message>
    <message>
        <source>Check the base URL and the model id.</source>
        <translation>Temel URL&apos;yi ve model kimliğini kontrol edin.</translation>
    </message>
    <message>
        <source>Rate limited or out of quota: try again later or add a fallback.</source>
        <translation>Hız sınırına takıldı veya kota doldu: daha sonra yeniden deneyin ya da bir geri dönüş ekleyin.</translation>
    </message>
    <message>
        <source>The provider has a problem: try again later or add a fallback.</source>
        <translation>Sağlayıcıda bir sorun var: daha sonra yeniden deneyin ya da bir geri dönüş ekleyin.</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>bağlantı reddedildi</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>bağlantı kapandı</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>zamanında yanıt gelmedi</translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation>güvenli bağlantı başarısız oldu</translation>
    </message>
    <message>
        <source>the host name was not found</source>
        <translation>ana makine adı bulunamadı</translation>
    </message>
</context>
<context>
    <name>clawdesk::FallbackModel</name>
    <message>
        <source>Not in the model allowlist: OpenClaw silently skips this fallback.</source>
        <translation>Model izin listesinde değil: OpenClaw bu geri dönüşü sessizce atlar.</translation>
    </message>
    <message>
        <source>No credentials for this provider: this fallback will fail.</source>
        <translation>Bu sağlayıcı için kimlik bilgisi yok: bu geri dönüş başarısız olacak.</translation>
    </message>
</context>
<context>
    <name>clawdesk::ProviderController</name>
    <message>
        <source>Signed in: profile %1 in OpenClaw&apos;s auth-profiles.json (%2).</source>
        <translation>Oturum açık: OpenClaw&apos;ın auth-profiles.json dosyasındaki %1 profili (%2).</translation>
    </message>
    <message>
        <source>Key from the environment variable %1 (not stored by ClawDesk).</source>
        <translation>Anahtar %1 ortam değişkeninden geliyor (ClawDesk saklamıyor).</translation>
    </message>
    <message>
        <source>Key written in openclaw.json (%1). Moving it to the keychain is safer.</source>
        <translation>Anahtar openclaw.json içinde yazılı (%1). Anahtarlığa taşımak daha güvenli.</translation>
    </message>
    <message>
        <source>No key yet.</source>
        <translation>Henüz anahtar yok.</translation>
    </message>
    <message>
        <source>Enter the base URL, e.g. http://127.0.0.1:1234/v1</source>
        <translation>Temel URL&apos;yi girin, ör. http://127.0.0.1:1234/v1</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https://</source>
        <translation>Temel URL http:// veya https:// ile başlamalı</translation>
    </message>
    <message>
        <source>The base URL needs a host name.</source>
        <translation>Temel URL&apos;de bir ana makine adı olmalı.</translation>
    </message>
    <message>
        <source>Enter a provider id, e.g. my-proxy</source>
        <translation>Bir sağlayıcı kimliği girin, ör. my-proxy</translation>
    </message>
    <message>
        <source>Use lower-case letters, digits, dots, underscores or dashes.</source>
        <translation>Küçük harf, rakam, nokta, alt çizgi veya tire kullanın.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>API anahtarını girin.</translation>
    </message>
    <message>
        <source>No credential store is available.</source>
        <translation>Kullanılabilir kimlik bilgisi deposu yok.</translation>
    </message>
    <message>
        <source>The server did not answer with a model list.</source>
        <translation>Sunucu bir model listesiyle yanıt vermedi.</translation>
    </message>
    <message>
        <source>Could not reach LM Studio: %1. Is its server running?</source>
        <translation>LM Studio&apos;ya ulaşılamadı: %1. Sunucusu çalışıyor mu?</translation>
    </message>
    <message>
        <source>Signed in: profile %1 in OpenClaw&apos;s credential store (%2).</source>
        <translation>Oturum açık: OpenClaw&apos;ın kimlik bilgisi deposundaki %1 profili (%2).</translation>
    </message>
    <message>
        <source>Signed in: profile %1 in a leftover auth-profiles.json (%2); run openclaw doctor --fix to move it into OpenClaw&apos;s credential store.</source>
        <translation>Oturum açık: geride kalmış bir auth-profiles.json dosyasındaki %1 profili (%2); OpenClaw&apos;ın kimlik bilgisi deposuna taşımak için openclaw doctor --fix komutunu çalıştırın.</translation>
    </message>
</context>
<context>
    <name>clawdesk::QuotaMonitor</name>
    <message>
        <source>week</source>
        <extracomment>The weekly window of the MiniMax Coding Plan quota</extracomment>
        <translation>hafta</translation>
    </message>
    <message>
        <source>%1 %2% left</source>
        <extracomment>A quota window and what is left of it, e.g. &quot;5h 63% left&quot;</extracomment>
        <translation>%1 %2% kaldı</translation>
    </message>
</context>
<context>
    <name>clawdesk::TrayController</name>
    <message>
        <source>Start gateway</source>
        <translation>Gateway&apos;i başlat</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>Gateway&apos;i durdur</translation>
    </message>
    <message>
        <source>Restart gateway</source>
        <translation>Gateway&apos;i yeniden başlat</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>Tray submenu listing the models to use as the primary (default) model</extracomment>
        <translation>Model</translation>
    </message>
    <message>
        <source>Open ClawDesk</source>
        <translation>ClawDesk&apos;i aç</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Çık</translation>
    </message>
    <message>
        <source>ClawDesk is still running</source>
        <translation>ClawDesk hâlâ çalışıyor</translation>
    </message>
    <message>
        <source>The gateway keeps serving in the background. Use the tray icon to open ClawDesk or to quit.</source>
        <translation>Gateway arka planda çalışmaya devam ediyor. ClawDesk&apos;i açmak veya çıkmak için tepsi simgesini kullanın.</translation>
    </message>
    <message>
        <source>Back on the primary model</source>
        <translation>Birincil modele dönüldü</translation>
    </message>
    <message>
        <source>ClawDesk stays in the tray; the gateway is not running. Use the tray icon to open ClawDesk, start the gateway or quit.</source>
        <translation>ClawDesk tepside kalıyor; gateway çalışmıyor. ClawDesk&apos;i açmak, gateway&apos;i başlatmak veya çıkmak için tepsi simgesini kullanın.</translation>
    </message>
    <message>
        <source>%1 is tried first again.</source>
        <translation>%1 yeniden ilk olarak deneniyor.</translation>
    </message>
    <message>
        <source>Primary model failed</source>
        <translation>Birincil model başarısız oldu</translation>
    </message>
    <message>
        <source>%1 failed (%2); trying %3.</source>
        <translation>%1 başarısız oldu (%2); %3 deneniyor.</translation>
    </message>
</context>
<context>
    <name>clawdesk::UsageModel</name>
    <message>
        <source>Other</source>
        <extracomment>The stack of the usage chart that sums every model or provider not shown by name</extracomment>
        <translation>Diğer</translation>
    </message>
    <message>
        <source>No requests</source>
        <translation>İstek yok</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 tokens · %n request(s)</source>
        <translation>
            <numerusform>%1 · %2 token · %n istek</numerusform>
        </translation>
    </message>
    <message>
        <source>%1M</source>
        <extracomment>Millions of tokens on the chart&apos;s axis, e.g. &quot;2.5M&quot;</extracomment>
        <translation>%1 Mn</translation>
    </message>
    <message>
        <source>%1k</source>
        <extracomment>Thousands of tokens on the chart&apos;s axis, e.g. &quot;250k&quot;</extracomment>
        <translation>%1 B</translation>
    </message>
</context>
<context>
    <name>clawdesk::WizardController</name>
    <message>
        <source>Choose a provider and an auth method first.</source>
        <translation>Önce bir sağlayıcı ve auth yöntemi seçin.</translation>
    </message>
</context>
</TS>
