<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Test connection</source>
        <translation>Uji koneksi</translation>
    </message>
    <message>
        <source>Test the connection to %1</source>
        <translation>Uji koneksi ke %1</translation>
    </message>
</context>
<context>
    <name>CopyableSnippet</name>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Salin %1</translation>
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
        <translation>Gateway tidak tersedia di build ini.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Start gateway</source>
        <translation>Mulai Gateway</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>Hentikan Gateway</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Mulai ulang</translation>
    </message>
    <message>
        <source>Restart gateway</source>
        <translation>Mulai ulang Gateway</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Gateway port</source>
        <translation>Port Gateway</translation>
    </message>
    <message>
        <source>Bind</source>
        <extracomment>Network address the gateway listens on</extracomment>
        <translation>Bind</translation>
    </message>
    <message>
        <source>Gateway bind address</source>
        <translation>Alamat bind Gateway</translation>
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
        <source>Regenerate</source>
        <translation>Buat ulang</translation>
    </message>
    <message>
        <source>Regenerate gateway token</source>
        <translation>Buat ulang token Gateway</translation>
    </message>
    <message>
        <source>Port, bind and token apply the next time the gateway starts.</source>
        <translation>Port, bind, dan token berlaku saat Gateway dimulai berikutnya.</translation>
    </message>
    <message>
        <source>Connect your tools</source>
        <translation>Hubungkan alat Anda</translation>
    </message>
    <message>
        <source>Claude Code</source>
        <translation>Claude Code</translation>
    </message>
    <message>
        <source>Cline / Roo Code / Kilo Code (OpenAI compatible)</source>
        <translation>Cline / Roo Code / Kilo Code (kompatibel dengan OpenAI)</translation>
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
        <translation>Permintaan terbaru</translation>
    </message>
    <message>
        <source>No requests yet.</source>
        <translation>Belum ada permintaan.</translation>
    </message>
    <message>
        <source>%1  %2 → %3  %4  %5 ms  %6/%7 tok  %8</source>
        <translation>%1  %2 → %3  %4  %5 ms  %6/%7 tok  %8</translation>
    </message>
    <message>
        <source>failover</source>
        <translation>failover</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Overview</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Model/auth</source>
        <extracomment>Sidebar page for choosing providers and signing in</extracomment>
        <translation>Model/auth</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Penggunaan</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>ClawDesk</source>
        <translation>ClawDesk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <source>Configure…</source>
        <translation>Konfigurasi…</translation>
    </message>
    <message>
        <source>Open the configure wizard</source>
        <translation>Buka wizard konfigurasi</translation>
    </message>
    <message>
        <source>No system tray found: closing the window quits ClawDesk and stops the gateway.</source>
        <translation>Baki sistem tidak ditemukan: menutup jendela akan keluar dari ClawDesk dan menghentikan Gateway.</translation>
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
        <translation>Belum disimpan</translation>
    </message>
    <message>
        <source>MiniMax</source>
        <translation>MiniMax</translation>
    </message>
    <message>
        <source>Coding Plan sign-in (OAuth) or an API key. Lightning is the faster variant with a higher output price.</source>
        <translation>Masuk dengan Coding Plan (OAuth) atau kunci API. Lightning adalah varian yang lebih cepat dengan harga output lebih tinggi.</translation>
    </message>
    <message>
        <source>OAuth: %1</source>
        <translation>OAuth: %1</translation>
    </message>
    <message>
        <source>Sign in with MiniMax (Global)</source>
        <translation>Masuk dengan MiniMax (Global)</translation>
    </message>
    <message>
        <source>Sign in (CN)</source>
        <extracomment>MiniMax&apos;s endpoint for users in mainland China</extracomment>
        <translation>Masuk (CN)</translation>
    </message>
    <message>
        <source>Sign in with MiniMax (China)</source>
        <translation>Masuk dengan MiniMax (Tiongkok)</translation>
    </message>
    <message>
        <source>Asking MiniMax for a code…</source>
        <translation>Meminta kode dari MiniMax…</translation>
    </message>
    <message>
        <source>Open this page and enter the code:</source>
        <translation>Buka halaman ini dan masukkan kodenya:</translation>
    </message>
    <message>
        <source>Sign-in code %1</source>
        <translation>Kode masuk %1</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Salin kode</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Batalkan masuk</translation>
    </message>
    <message>
        <source>The code expires in %1:%2</source>
        <translation>Kode kedaluwarsa dalam %1:%2</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Berhasil masuk.</translation>
    </message>
    <message>
        <source>API key: %1</source>
        <translation>Kunci API: %1</translation>
    </message>
    <message>
        <source>MiniMax API key</source>
        <translation>Kunci API MiniMax</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Simpan kunci</translation>
    </message>
    <message>
        <source>Save MiniMax API key</source>
        <translation>Simpan kunci API MiniMax</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>Anthropic API key (sk-ant-…)</source>
        <translation>Kunci API Anthropic (sk-ant-…)</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>Kunci API Anthropic</translation>
    </message>
    <message>
        <source>Save Anthropic API key</source>
        <translation>Simpan kunci API Anthropic</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>Kompatibel dengan OpenAI</translation>
    </message>
    <message>
        <source>Any server that speaks the OpenAI API, under a provider id of your choice.</source>
        <translation>Server apa pun yang mendukung API OpenAI, dengan ID penyedia pilihan Anda.</translation>
    </message>
    <message>
        <source>Provider id</source>
        <translation>ID penyedia</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL dasar</translation>
    </message>
    <message>
        <source>API</source>
        <extracomment>Wire protocol of the provider</extracomment>
        <translation>API</translation>
    </message>
    <message>
        <source>API kind</source>
        <translation>Jenis API</translation>
    </message>
    <message>
        <source>Save provider</source>
        <translation>Simpan penyedia</translation>
    </message>
    <message>
        <source>LM Studio</source>
        <translation>LM Studio</translation>
    </message>
    <message>
        <source>Models running on this computer. No key is needed; nothing leaves your machine.</source>
        <translation>Model yang berjalan di komputer ini. Tidak perlu kunci; tidak ada data yang keluar dari mesin Anda.</translation>
    </message>
    <message>
        <source>LM Studio base URL</source>
        <translation>URL dasar LM Studio</translation>
    </message>
    <message>
        <source>Discover models</source>
        <translation>Temukan model</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Gunakan %1</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Models</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>The change was not saved.</source>
        <translation>Perubahan tidak disimpan.</translation>
    </message>
    <message>
        <source>Search models, names or aliases</source>
        <translation>Cari model, nama, atau alias</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>Cari model</translation>
    </message>
    <message>
        <source>Show all catalog</source>
        <translation>Tampilkan semua katalog</translation>
    </message>
    <message>
        <source>Show all catalog models</source>
        <translation>Tampilkan semua model katalog</translation>
    </message>
    <message>
        <source>Model list</source>
        <translation>Daftar model</translation>
    </message>
    <message>
        <source>context %1</source>
        <translation>konteks %1</translation>
    </message>
    <message>
        <source>auth ✓</source>
        <translation>auth ✓</translation>
    </message>
    <message>
        <source>no auth</source>
        <translation>tanpa auth</translation>
    </message>
    <message>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <source>alias %1</source>
        <translation>alias %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>fallback #%1</source>
        <extracomment>Position in the fallback chain, e.g. &quot;fallback #2&quot;</extracomment>
        <translation>fallback #%1</translation>
    </message>
    <message>
        <source>Make primary</source>
        <translation>Jadikan utama</translation>
    </message>
    <message>
        <source>Make %1 the primary model</source>
        <translation>Jadikan %1 model utama</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Utama</translation>
    </message>
    <message>
        <source>Add as fallback</source>
        <translation>Tambahkan sebagai fallback</translation>
    </message>
    <message>
        <source>Add %1 as a fallback</source>
        <translation>Tambahkan %1 sebagai fallback</translation>
    </message>
    <message>
        <source>Fallback chain</source>
        <translation>Rantai fallback</translation>
    </message>
    <message>
        <source>Tried in this order when the primary fails. Drag to reorder, or use Ctrl+Up/Down.</source>
        <translation>Dicoba dengan urutan ini saat model utama gagal. Seret untuk mengubah urutan, atau gunakan Ctrl+Atas/Bawah.</translation>
    </message>
    <message>
        <source>Fallback %1: %2</source>
        <translation>Fallback %1: %2</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>Pindahkan %1 ke atas</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>Pindahkan %1 ke bawah</translation>
    </message>
    <message>
        <source>Remove fallback %1</source>
        <translation>Hapus fallback %1</translation>
    </message>
    <message>
        <source>No fallbacks: requests fail when the primary fails.</source>
        <translation>Tidak ada fallback: permintaan gagal saat model utama gagal.</translation>
    </message>
    <message>
        <source>Model to add as fallback</source>
        <translation>Model yang ditambahkan sebagai fallback</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Add fallback</source>
        <translation>Tambah fallback</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Short names you can type instead of provider/model.</source>
        <translation>Nama pendek yang bisa Anda ketik sebagai ganti penyedia/model.</translation>
    </message>
    <message>
        <source>Alias for %1</source>
        <translation>Alias untuk %1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Ganti nama</translation>
    </message>
    <message>
        <source>Rename alias %1</source>
        <translation>Ganti nama alias %1</translation>
    </message>
    <message>
        <source>Remove alias %1</source>
        <translation>Hapus alias %1</translation>
    </message>
    <message>
        <source>Model for the new alias</source>
        <translation>Model untuk alias baru</translation>
    </message>
    <message>
        <source>new alias</source>
        <translation>alias baru</translation>
    </message>
    <message>
        <source>New alias</source>
        <translation>Alias baru</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>Tambah alias</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Berjalan</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Memulai…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Galat</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Berhenti</translation>
    </message>
    <message>
        <source>Not available in this build</source>
        <translation>Tidak tersedia di build ini</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n menit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n jam</numerusform>
        </translation>
    </message>
    <message>
        <source>openclaw.json does not parse: %1</source>
        <translation>openclaw.json tidak dapat diurai: %1</translation>
    </message>
    <message>
        <source>openclaw.json has problems OpenClaw would reject: %1</source>
        <translation>openclaw.json memiliki masalah yang akan ditolak OpenClaw: %1</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>Buka di editor</translation>
    </message>
    <message>
        <source>No openclaw.json yet at %1.</source>
        <translation>Belum ada openclaw.json di %1.</translation>
    </message>
    <message>
        <source>Set up…</source>
        <translation>Siapkan…</translation>
    </message>
    <message>
        <source>The gateway keeps serving the last good config.</source>
        <translation>Gateway tetap melayani dengan konfigurasi valid terakhir.</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Port %1 · up %2</source>
        <translation>Port %1 · aktif %2</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Start gateway</source>
        <translation>Mulai Gateway</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>Hentikan Gateway</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Serving now</source>
        <translation>Sedang melayani</translation>
    </message>
    <message>
        <source>Model serving now: %1</source>
        <translation>Model yang sedang melayani: %1</translation>
    </message>
    <message>
        <source>Configured chain</source>
        <translation>Rantai yang dikonfigurasi</translation>
    </message>
    <message>
        <source>Edit models…</source>
        <translation>Edit model…</translation>
    </message>
    <message>
        <source>Edit models</source>
        <translation>Edit model</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n permintaan</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <extracomment>Money spent today, in US dollars</extracomment>
        <translation>Biaya: %1</translation>
    </message>
    <message>
        <source>Recent failovers</source>
        <translation>Failover terbaru</translation>
    </message>
    <message>
        <source>None so far.</source>
        <translation>Belum ada.</translation>
    </message>
    <message>
        <source>%1  back to %2</source>
        <translation>%1  kembali ke %2</translation>
    </message>
    <message>
        <source>%1  %2 → %3 (%4)</source>
        <translation>%1  %2 → %3 (%4)</translation>
    </message>
    <message>
        <source>Config file</source>
        <translation>Berkas konfigurasi</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Sehat</translation>
    </message>
    <message>
        <source>Not created yet</source>
        <translation>Belum dibuat</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Perlu diperiksa</translation>
    </message>
    <message>
        <source>Open openclaw.json in editor</source>
        <translation>Buka openclaw.json di editor</translation>
    </message>
    <message>
        <source>Coding Plan: %1</source>
        <extracomment>MiniMax Coding Plan quota windows, e.g. &quot;5h 63% left ⏱2h 10m · week 88% left&quot;</extracomment>
        <translation>Coding Plan: %1</translation>
    </message>
    <message>
        <source>Coding Plan quota unavailable: %1</source>
        <translation>Kuota Coding Plan tidak tersedia: %1</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Hide</source>
        <translation>Sembunyikan</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>Sembunyikan %1</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation>Tampilkan %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Salin %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Bahasa sistem</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Tampilan</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Theme</source>
        <extracomment>Colour theme of the window</extracomment>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Ikuti sistem</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Terang</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <source>Startup and tray</source>
        <translation>Startup dan baki</translation>
    </message>
    <message>
        <source>Start ClawDesk when I log in</source>
        <translation>Jalankan ClawDesk saat saya login</translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation>Mulai dalam keadaan diminimalkan ke baki</translation>
    </message>
    <message>
        <source>Notify me when the gateway switches to a fallback and back</source>
        <translation>Beri tahu saya saat Gateway beralih ke fallback dan kembali</translation>
    </message>
    <message>
        <source>No system tray is available on this desktop, so ClawDesk quits when its window is closed.</source>
        <translation>Desktop ini tidak memiliki baki sistem, jadi ClawDesk keluar saat jendelanya ditutup.</translation>
    </message>
    <message>
        <source>OpenClaw config</source>
        <translation>Konfigurasi OpenClaw</translation>
    </message>
    <message>
        <source>Leave empty to use the file OpenClaw itself uses. Takes effect after a restart.</source>
        <translation>Biarkan kosong untuk memakai berkas yang digunakan OpenClaw sendiri. Berlaku setelah mulai ulang.</translation>
    </message>
    <message>
        <source>Config file path</source>
        <translation>Jalur berkas konfigurasi</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>Buka di editor</translation>
    </message>
    <message>
        <source>Open openclaw.json in editor</source>
        <translation>Buka openclaw.json di editor</translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message>
        <source>Usage</source>
        <translation>Penggunaan</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 hari terakhir</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 hari terakhir</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Ukuran</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 tokens · %n request(s)</source>
        <translation>
            <numerusform>%1 · %2 token · %n permintaan</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage per day</source>
        <translation>Penggunaan per hari</translation>
    </message>
    <message>
        <source>No requests in this period. Usage appears here as the gateway serves requests.</source>
        <translation>Tidak ada permintaan pada periode ini. Penggunaan akan muncul di sini saat Gateway melayani permintaan.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %3 tokens, %n request(s)</source>
        <translation>
            <numerusform>%1: %2, %3 token, %n permintaan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <source>Provider</source>
        <translation>Penyedia</translation>
    </message>
    <message>
        <source>Auth method</source>
        <translation>Metode auth</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Model default</translation>
    </message>
    <message>
        <source>Model picker</source>
        <translation>Pemilih model</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Configure wizard</source>
        <translation>Wizard konfigurasi</translation>
    </message>
    <message>
        <source>Set up OpenClaw</source>
        <translation>Siapkan OpenClaw</translation>
    </message>
    <message>
        <source>Model/auth provider</source>
        <translation>Penyedia Model/auth</translation>
    </message>
    <message>
        <source>MiniMax — M2.1 (recommended)</source>
        <translation>MiniMax — M2.1 (disarankan)</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>LM Studio (local)</source>
        <translation>LM Studio (lokal)</translation>
    </message>
    <message>
        <source>MiniMax OAuth — Global</source>
        <translation>MiniMax OAuth — Global</translation>
    </message>
    <message>
        <source>OAuth for international users</source>
        <translation>OAuth untuk pengguna internasional</translation>
    </message>
    <message>
        <source>MiniMax OAuth — CN</source>
        <translation>MiniMax OAuth — CN</translation>
    </message>
    <message>
        <source>OAuth for users in China</source>
        <translation>OAuth untuk pengguna di Tiongkok</translation>
    </message>
    <message>
        <source>MiniMax M2.1 — API key</source>
        <translation>MiniMax M2.1 — kunci API</translation>
    </message>
    <message>
        <source>MiniMax M2.1 Lightning — API key</source>
        <translation>MiniMax M2.1 Lightning — kunci API</translation>
    </message>
    <message>
        <source>Faster, higher output cost</source>
        <translation>Lebih cepat, biaya output lebih tinggi</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>Kunci API Anthropic</translation>
    </message>
    <message>
        <source>LM Studio on this computer</source>
        <translation>LM Studio di komputer ini</translation>
    </message>
    <message>
        <source>Enter your API key. It is stored in the system keychain (or OpenClaw&apos;s auth-profiles.json when there is none), never in openclaw.json.</source>
        <translation>Masukkan kunci API Anda. Kunci disimpan di keychain sistem (atau di auth-profiles.json milik OpenClaw jika tidak ada), tidak pernah di openclaw.json.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Kunci API</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Simpan kunci</translation>
    </message>
    <message>
        <source>Save API key</source>
        <translation>Simpan kunci API</translation>
    </message>
    <message>
        <source>Sign in with your MiniMax account in the browser.</source>
        <translation>Masuk dengan akun MiniMax Anda di browser.</translation>
    </message>
    <message>
        <source>Start sign-in</source>
        <translation>Mulai masuk</translation>
    </message>
    <message>
        <source>No sign-in needed. Start LM Studio&apos;s local server (Developer → Start server).</source>
        <translation>Tidak perlu masuk. Jalankan server lokal LM Studio (Developer → Start server).</translation>
    </message>
    <message>
        <source>Models in the /model picker. Besides the default, the ones you tick become fallbacks, in this order.</source>
        <translation>Model di pemilih /model. Selain model default, model yang Anda centang menjadi fallback dengan urutan ini.</translation>
    </message>
    <message>
        <source>Offer %1</source>
        <translation>Tawarkan %1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Disimpan ke %1.</translation>
    </message>
    <message>
        <source>These changes will be written to %1:</source>
        <translation>Perubahan berikut akan ditulis ke %1:</translation>
    </message>
    <message>
        <source>Changes to openclaw.json</source>
        <translation>Perubahan pada openclaw.json</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Cancel the wizard</source>
        <translation>Batalkan wizard</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Berikutnya</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Write openclaw.json</source>
        <translation>Tulis openclaw.json</translation>
    </message>
</context>
<context>
    <name>clawdesk::Application</name>
    <message>
        <source>Coding Plan: %1 of %2 prompts left</source>
        <translation>Coding Plan: sisa %1 dari %2 prompt</translation>
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
        <translation>Tidak dapat menghapus %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConfigController</name>
    <message>
        <source>Alias not found: %1</source>
        <translation>Alias tidak ditemukan: %1</translation>
    </message>
    <message>
        <source>Alias %1 already points to %2.</source>
        <translation>Alias %1 sudah mengarah ke %2.</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConnectionTester</name>
    <message>
        <source>%1 is not set up in openclaw.json yet: save it first.</source>
        <translation>%1 belum disiapkan di openclaw.json: simpan terlebih dahulu.</translation>
    </message>
    <message>
        <source>%1 lists no models: add one to test it.</source>
        <translation>%1 tidak memiliki model: tambahkan satu untuk mengujinya.</translation>
    </message>
    <message>
        <source>The api &quot;%1&quot; cannot be tested here; use anthropic-messages, openai-completions or openai-responses.</source>
        <translation>API &quot;%1&quot; tidak dapat diuji di sini; gunakan anthropic-messages, openai-completions, atau openai-responses.</translation>
    </message>
    <message>
        <source>No API key for %1: add one on this page or sign in.</source>
        <translation>Tidak ada kunci API untuk %1: tambahkan di halaman ini atau masuk.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Menguji %1…</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2. Check the base URL and that the server runs.</source>
        <translation>Tidak dapat menjangkau %1: %2. Periksa URL dasar dan pastikan server berjalan.</translation>
    </message>
    <message>
        <source>Connected: %1 answered in %2 ms.</source>
        <translation>Terhubung: %1 menjawab dalam %2 ms.</translation>
    </message>
    <message>
        <source>Check the API key (or sign in again).</source>
        <translation>Periksa kunci API (atau masuk lagi).</translation>
    </message>
    <message>
        <source>Check the base URL and the model id.</source>
        <translation>Periksa URL dasar dan ID model.</translation>
    </message>
    <message>
        <source>Rate limited or out of quota: try again later or add a fallback.</source>
        <translation>Terkena batas laju atau kuota habis: coba lagi nanti atau tambahkan fallback.</translation>
    </message>
    <message>
        <source>The provider has a problem: try again later or add a fallback.</source>
        <translation>Penyedia sedang bermasalah: coba lagi nanti atau tambahkan fallback.</translation>
    </message>
    <message>
        <source>Connection tests need the gateway, which this build does not include.</source>
        <translation>Uji koneksi memerlukan Gateway, yang tidak disertakan di build ini.</translation>
    </message>
</context>
<context>
    <name>clawdesk::FallbackModel</name>
    <message>
        <source>Not in the model allowlist: OpenClaw silently skips this fallback.</source>
        <translation>Tidak ada di allowlist model: OpenClaw diam-diam melewati fallback ini.</translation>
    </message>
    <message>
        <source>No credentials for this provider: this fallback will fail.</source>
        <translation>Tidak ada kredensial untuk penyedia ini: fallback ini akan gagal.</translation>
    </message>
</context>
<context>
    <name>clawdesk::ProviderController</name>
    <message>
        <source>Signed in: profile %1 in OpenClaw&apos;s auth-profiles.json (%2).</source>
        <translation>Sudah masuk: profil %1 di auth-profiles.json milik OpenClaw (%2).</translation>
    </message>
    <message>
        <source>Key from the environment variable %1 (not stored by ClawDesk).</source>
        <translation>Kunci dari variabel lingkungan %1 (tidak disimpan oleh ClawDesk).</translation>
    </message>
    <message>
        <source>Key written in openclaw.json (%1). Moving it to the keychain is safer.</source>
        <translation>Kunci tertulis di openclaw.json (%1). Memindahkannya ke keychain lebih aman.</translation>
    </message>
    <message>
        <source>No key yet.</source>
        <translation>Belum ada kunci.</translation>
    </message>
    <message>
        <source>Enter the base URL, e.g. http://127.0.0.1:1234/v1</source>
        <translation>Masukkan URL dasar, mis. http://127.0.0.1:1234/v1</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https://</source>
        <translation>URL dasar harus diawali http:// atau https://</translation>
    </message>
    <message>
        <source>The base URL needs a host name.</source>
        <translation>URL dasar memerlukan nama host.</translation>
    </message>
    <message>
        <source>Enter a provider id, e.g. my-proxy</source>
        <translation>Masukkan ID penyedia, mis. my-proxy</translation>
    </message>
    <message>
        <source>Use lower-case letters, digits, dots, underscores or dashes.</source>
        <translation>Gunakan huruf kecil, angka, titik, garis bawah, atau tanda hubung.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Masukkan kunci API.</translation>
    </message>
    <message>
        <source>No credential store is available.</source>
        <translation>Tidak ada penyimpanan kredensial yang tersedia.</translation>
    </message>
    <message>
        <source>The server did not answer with a model list.</source>
        <translation>Server tidak menjawab dengan daftar model.</translation>
    </message>
    <message>
        <source>Could not reach LM Studio: %1. Is its server running?</source>
        <translation>Tidak dapat menjangkau LM Studio: %1. Apakah servernya berjalan?</translation>
    </message>
</context>
<context>
    <name>clawdesk::QuotaMonitor</name>
    <message>
        <source>week</source>
        <extracomment>The weekly window of the MiniMax Coding Plan quota</extracomment>
        <translation>minggu</translation>
    </message>
    <message>
        <source>%1 %2% left</source>
        <extracomment>A quota window and what is left of it, e.g. &quot;5h 63% left&quot;</extracomment>
        <translation>%1 tersisa %2%</translation>
    </message>
</context>
<context>
    <name>clawdesk::TrayController</name>
    <message>
        <source>Sign-in expired: open ClawDesk to sign in again</source>
        <translation>Sesi masuk kedaluwarsa: buka ClawDesk untuk masuk lagi</translation>
    </message>
    <message>
        <source>Gateway not available in this build</source>
        <translation>Gateway tidak tersedia di build ini</translation>
    </message>
    <message>
        <source>Gateway stopped</source>
        <translation>Gateway berhenti</translation>
    </message>
    <message>
        <source>Gateway starting…</source>
        <translation>Gateway sedang dimulai…</translation>
    </message>
    <message>
        <source>Gateway error: %1</source>
        <translation>Galat Gateway: %1</translation>
    </message>
    <message>
        <source>Serving fallback %1</source>
        <translation>Melayani dengan fallback %1</translation>
    </message>
    <message>
        <source>Gateway running on port %1</source>
        <translation>Gateway berjalan di port %1</translation>
    </message>
    <message>
        <source>Start gateway</source>
        <translation>Mulai Gateway</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>Hentikan Gateway</translation>
    </message>
    <message>
        <source>Restart gateway</source>
        <translation>Mulai ulang Gateway</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>Tray submenu listing the models to use as the primary (default) model</extracomment>
        <translation>Model</translation>
    </message>
    <message>
        <source>Open ClawDesk</source>
        <translation>Buka ClawDesk</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>ClawDesk is still running</source>
        <translation>ClawDesk masih berjalan</translation>
    </message>
    <message>
        <source>The gateway keeps serving in the background. Use the tray icon to open ClawDesk or to quit.</source>
        <translation>Gateway tetap melayani di latar belakang. Gunakan ikon baki untuk membuka ClawDesk atau keluar.</translation>
    </message>
    <message>
        <source>Back on the primary model</source>
        <translation>Kembali ke model utama</translation>
    </message>
    <message>
        <source>%1 answers again.</source>
        <translation>%1 menjawab lagi.</translation>
    </message>
    <message>
        <source>Switched to a fallback model</source>
        <translation>Beralih ke model fallback</translation>
    </message>
    <message>
        <source>%1 failed (%2); now serving %3.</source>
        <translation>%1 gagal (%2); sekarang dilayani %3.</translation>
    </message>
</context>
<context>
    <name>clawdesk::WizardController</name>
    <message>
        <source>Choose a provider and an auth method first.</source>
        <translation>Pilih penyedia dan metode auth terlebih dahulu.</translation>
    </message>
</context>
</TS>
