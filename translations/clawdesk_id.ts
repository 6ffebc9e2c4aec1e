<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>ConnectToolsCard</name>
    <message>
        <source>Connect your tools</source>
        <translation>Hubungkan alat Anda</translation>
    </message>
    <message>
        <source>ClawDesk writes each tool&apos;s own settings so it uses this gateway. Undo puts the file back exactly as it was.</source>
        <translation>ClawDesk menulis pengaturan milik tiap alat agar alat itu memakai Gateway ini. Urungkan mengembalikan file persis seperti semula.</translation>
    </message>
    <message>
        <source>Connected. The tool uses the gateway the next time it starts.</source>
        <translation>Terhubung. Alat akan memakai Gateway saat dimulai berikutnya.</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Tidak dapat terhubung: %1</translation>
    </message>
    <message>
        <source>%1&apos;s settings are back as they were.</source>
        <translation>Pengaturan %1 sudah kembali seperti semula.</translation>
    </message>
    <message>
        <source>Cannot undo: %1</source>
        <translation>Tidak dapat mengurungkan: %1</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Terhubung</translation>
    </message>
    <message>
        <source>Overridden by a shell variable</source>
        <translation>Ditimpa oleh variabel shell</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Tidak terhubung</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Hubungkan</translation>
    </message>
    <message>
        <source>Connect %1 to the gateway</source>
        <translation>Hubungkan %1 ke Gateway</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Undo connecting %1</source>
        <translation>Urungkan koneksi %1</translation>
    </message>
    <message>
        <source>This change will be written (the token is shortened here):</source>
        <translation>Perubahan ini akan ditulis (token dipersingkat di sini):</translation>
    </message>
    <message>
        <source>Change to be written</source>
        <translation>Perubahan yang akan ditulis</translation>
    </message>
    <message>
        <source>Write the change</source>
        <translation>Tulis perubahan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
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
        <source>Start gateway</source>
        <translation>Mulai Gateway</translation>
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
        <source>Regenerate gateway token</source>
        <translation>Buat ulang token Gateway</translation>
    </message>
    <message>
        <source>Port, bind and token apply the next time the gateway starts.</source>
        <translation>Port, bind, dan token berlaku saat Gateway dimulai berikutnya.</translation>
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
        <source>Restarting the gateway…</source>
        <translation>Memulai ulang Gateway…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Permintaan</translation>
    </message>
    <message>
        <source>What each tool asked for, which model answered, and why a fallback was used. Select a request to see its attempts.</source>
        <translation>Apa yang diminta tiap alat, model mana yang menjawab, dan mengapa fallback dipakai. Pilih permintaan untuk melihat percobaannya.</translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation>Belum ada permintaan</translation>
    </message>
    <message>
        <source>Point a tool at the gateway (see below); its requests appear here.</source>
        <translation>Arahkan alat ke Gateway (lihat di bawah); permintaannya muncul di sini.</translation>
    </message>
    <message>
        <source>Start the gateway, then point a tool at it; its requests appear here.</source>
        <translation>Mulai Gateway, lalu arahkan alat ke sana; permintaannya muncul di sini.</translation>
    </message>
    <message>
        <source>%1 · %2 asked for %3</source>
        <translation>%1 · %2 meminta %3</translation>
    </message>
    <message>
        <source>Attempt %1: %2 — %3</source>
        <translation>Percobaan %1: %2 — %3</translation>
    </message>
    <message>
        <source>Served by %1: status %2, %3 ms, %4 in / %5 out tokens, %6</source>
        <translation>Dilayani oleh %1: status %2, %3 ms, %4 token masuk / %5 token keluar, %6</translation>
    </message>
    <message>
        <source>Refused with status %1: %2</source>
        <translation>Ditolak dengan status %1: %2</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Kosongkan daftar</translation>
    </message>
    <message>
        <source>Request list cleared (usage totals keep them).</source>
        <translation>Daftar permintaan dikosongkan (total penggunaan tetap menyimpannya).</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Regenerate token</source>
        <translation>Buat ulang token</translation>
    </message>
    <message>
        <source>New token saved; it applies when the gateway restarts.</source>
        <translation>Token baru disimpan; berlaku saat Gateway dimulai ulang.</translation>
    </message>
    <message>
        <source>New token saved.</source>
        <translation>Token baru disimpan.</translation>
    </message>
    <message>
        <source>Translated for the provider: %1</source>
        <translation>Dikonversi untuk penyedia: %1</translation>
    </message>
    <message>
        <source>Manual setup</source>
        <translation>Penyiapan manual</translation>
    </message>
    <message>
        <source>For tools ClawDesk does not configure itself: paste these settings.</source>
        <translation>Untuk alat yang tidak dikonfigurasi sendiri oleh ClawDesk: tempelkan pengaturan ini.</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Tutup pesan</translation>
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
    <message>
        <source>API key for %1 saved: %2</source>
        <translation>Kunci API untuk %1 disimpan: %2</translation>
    </message>
    <message>
        <source>Signed in to MiniMax.</source>
        <translation>Berhasil masuk ke MiniMax.</translation>
    </message>
    <message>
        <source>Provider %1 saved.</source>
        <translation>Penyedia %1 disimpan.</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>No models yet: add the ids the server offers.</source>
        <translation>Belum ada model: tambahkan ID yang ditawarkan server.</translation>
    </message>
    <message>
        <source>model id, e.g. gpt-4o-mini</source>
        <translation>ID model, mis. gpt-4o-mini</translation>
    </message>
    <message>
        <source>Model id to add to %1</source>
        <translation>ID model yang akan ditambahkan ke %1</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>Tambah model</translation>
    </message>
    <message>
        <source>Add model to %1</source>
        <translation>Tambah model ke %1</translation>
    </message>
    <message>
        <source>Model %1 added to %2.</source>
        <translation>Model %1 ditambahkan ke %2.</translation>
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
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Remove alias %1?</source>
        <translation>Hapus alias %1?</translation>
    </message>
    <message>
        <source>Remove alias</source>
        <translation>Hapus alias</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Ctrl+Up and Ctrl+Down move the selected fallback; Delete removes it.</source>
        <translation>Ctrl+Atas dan Ctrl+Bawah memindahkan fallback yang dipilih; Delete menghapusnya.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Ringkasan</translation>
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
        <source>Start gateway</source>
        <translation>Mulai Gateway</translation>
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
        <source>Config file</source>
        <translation>Berkas konfigurasi</translation>
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
    <message>
        <source>%1 at %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Detail…</translation>
    </message>
    <message>
        <source>Open the Gateway page</source>
        <translation>Buka halaman Gateway</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fixed: %1</source>
        <translation>Diperbaiki: %1</translation>
    </message>
    <message>
        <source>Could not fix it: %1</source>
        <translation>Tidak dapat memperbaikinya: %1</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Kredensial</translation>
    </message>
    <message>
        <source>Add a key…</source>
        <translation>Tambah kunci…</translation>
    </message>
    <message>
        <source>%1  %2 failed (%3), tried %4</source>
        <translation>%1  %2 gagal (%3), mencoba %4</translation>
    </message>
</context>
<context>
    <name>RequestRow</name>
    <message>
        <source>%1, %2 to %3, status %4</source>
        <translation>%1, %2 ke %3, status %4</translation>
    </message>
    <message>
        <source>not served</source>
        <translation>tidak dilayani</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>Requested → served</source>
        <translation>Diminta → dilayani</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Latency</source>
        <extracomment>Column header: how long the request took</extracomment>
        <translation>Latensi</translation>
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
        <translation>Biaya</translation>
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
    <name>ToastHost</name>
    <message>
        <source>Dismiss</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>UsageChart</name>
    <message>
        <source>Usage per day</source>
        <translation>Penggunaan per hari</translation>
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
    <message>
        <source>Last 90 days</source>
        <translation>90 hari terakhir</translation>
    </message>
    <message>
        <source>By model</source>
        <translation>Per model</translation>
    </message>
    <message>
        <source>By provider</source>
        <translation>Per penyedia</translation>
    </message>
    <message>
        <source>Stack the bars</source>
        <translation>Tumpuk batang</translation>
    </message>
    <message>
        <source>No requests in this period</source>
        <translation>Tidak ada permintaan pada periode ini</translation>
    </message>
    <message>
        <source>Usage appears here as the gateway serves requests.</source>
        <translation>Penggunaan akan muncul di sini saat Gateway melayani permintaan.</translation>
    </message>
    <message>
        <source>Usage by provider</source>
        <translation>Penggunaan per penyedia</translation>
    </message>
    <message>
        <source>Usage by model</source>
        <translation>Penggunaan per model</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Penyedia</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Permintaan</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Porsi</translation>
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
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>LM Studio (local)</source>
        <translation>LM Studio (lokal)</translation>
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
    <message>
        <source>%1 (default)</source>
        <extracomment>A model in the picker list that is the default model (always offered)</extracomment>
        <translation>%1 (default)</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Fallbacks</source>
        <translation>Fallback</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>MiniMax (recommended)</source>
        <translation>MiniMax (disarankan)</translation>
    </message>
    <message>
        <source>Enter your API key. It is stored in the system keychain (when there is one) and in OpenClaw&apos;s own credential store, never in openclaw.json.</source>
        <translation>Masukkan kunci API Anda. Kunci disimpan di keychain sistem (jika ada) dan di penyimpanan kredensial milik OpenClaw sendiri, tidak pernah di openclaw.json.</translation>
    </message>
</context>
<context>
    <name>clawdesk::AppState</name>
    <message>
        <source>Gateway stopped</source>
        <translation>Gateway berhenti</translation>
    </message>
    <message>
        <source>Gateway starting…</source>
        <translation>Gateway sedang dimulai…</translation>
    </message>
    <message>
        <source>Gateway running on port %1</source>
        <translation>Gateway berjalan di port %1</translation>
    </message>
    <message>
        <source>Gateway failed to start</source>
        <translation>Gateway gagal dimulai</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Sejak %1</translation>
    </message>
    <message>
        <source>Tools pointed at ClawDesk cannot connect until you start it.</source>
        <translation>Alat yang diarahkan ke ClawDesk tidak dapat terhubung sampai Anda memulainya.</translation>
    </message>
    <message>
        <source>Nothing served yet</source>
        <translation>Belum ada yang dilayani</translation>
    </message>
    <message>
        <source>Last request served by fallback %1 at %2</source>
        <translation>Permintaan terakhir dilayani oleh fallback %1 pada %2</translation>
    </message>
    <message>
        <source>Last request served by %1 at %2</source>
        <translation>Permintaan terakhir dilayani oleh %1 pada %2</translation>
    </message>
    <message>
        <source>No openclaw.json yet</source>
        <translation>Belum ada openclaw.json</translation>
    </message>
    <message>
        <source>openclaw.json is valid</source>
        <translation>openclaw.json valid</translation>
    </message>
    <message numerus="yes">
        <source>openclaw.json is valid, with %n warning(s)</source>
        <translation>
            <numerusform>openclaw.json valid, dengan %n peringatan</numerusform>
        </translation>
    </message>
    <message>
        <source>openclaw.json does not parse</source>
        <translation>openclaw.json tidak dapat diurai</translation>
    </message>
    <message>
        <source>openclaw.json has errors OpenClaw would reject</source>
        <translation>openclaw.json berisi galat yang akan ditolak OpenClaw</translation>
    </message>
    <message>
        <source>%1: sign-in expired, sign in again</source>
        <translation>%1: sesi masuk kedaluwarsa, masuk lagi</translation>
    </message>
    <message>
        <source>%1: key from %2</source>
        <translation>%1: kunci dari %2</translation>
    </message>
    <message>
        <source>%1: signed in</source>
        <translation>%1: sudah masuk</translation>
    </message>
    <message>
        <source>%1: key in auth profile %2</source>
        <translation>%1: kunci di profil auth %2</translation>
    </message>
    <message>
        <source>%1: key in openclaw.json</source>
        <translation>%1: kunci di openclaw.json</translation>
    </message>
    <message>
        <source>%1: local server, no key needed</source>
        <translation>%1: server lokal, tidak perlu kunci</translation>
    </message>
    <message>
        <source>%1: no API key or sign-in</source>
        <translation>%1: tidak ada kunci API atau sesi masuk</translation>
    </message>
    <message>
        <source>Sign-in expired: open ClawDesk to sign in again</source>
        <translation>Sesi masuk kedaluwarsa: buka ClawDesk untuk masuk lagi</translation>
    </message>
    <message>
        <source>openclaw.json needs fixing: %1</source>
        <translation>openclaw.json perlu diperbaiki: %1</translation>
    </message>
    <message>
        <source>Gateway failed to start: %1</source>
        <translation>Gateway gagal dimulai: %1</translation>
    </message>
    <message>
        <source>Gateway running; last request served by fallback %1</source>
        <translation>Gateway berjalan; permintaan terakhir dilayani oleh fallback %1</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>batas laju tercapai</translation>
    </message>
    <message>
        <source>could not connect</source>
        <translation>tidak dapat terhubung</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>waktu habis</translation>
    </message>
    <message>
        <source>key rejected</source>
        <translation>kunci ditolak</translation>
    </message>
    <message>
        <source>billing or quota</source>
        <translation>tagihan atau kuota</translation>
    </message>
    <message>
        <source>overloaded</source>
        <translation>kelebihan beban</translation>
    </message>
    <message>
        <source>provider error</source>
        <translation>galat penyedia</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>model tidak dikenal</translation>
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
    <message>
        <source>No model could answer: every candidate failed to connect.</source>
        <translation>Tidak ada model yang dapat menjawab: semua kandidat gagal terhubung.</translation>
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
        <source>Alias %1 already points to %2.</source>
        <translation>Alias %1 sudah mengarah ke %2.</translation>
    </message>
    <message>
        <source>openclaw.json changed since; nothing was undone.</source>
        <translation>openclaw.json telah berubah sejak itu; tidak ada yang diurungkan.</translation>
    </message>
    <message>
        <source>The earlier version cannot be read; nothing was undone.</source>
        <translation>Versi sebelumnya tidak dapat dibaca; tidak ada yang diurungkan.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Diurungkan.</translation>
    </message>
    <message>
        <source>Primary model set to %1.</source>
        <translation>Model utama diatur ke %1.</translation>
    </message>
    <message>
        <source>Alias %1 added.</source>
        <translation>Alias %1 ditambahkan.</translation>
    </message>
    <message>
        <source>Alias %1 removed.</source>
        <translation>Alias %1 dihapus.</translation>
    </message>
    <message>
        <source>the primary model</source>
        <translation>model utama</translation>
    </message>
    <message>
        <source>fallback #%1</source>
        <translation>fallback #%1</translation>
    </message>
    <message>
        <source>%1 is used by %2. Removing it writes %3 there instead, so the chain keeps the same model.</source>
        <translation>%1 dipakai oleh %2. Menghapusnya akan menulis %3 di sana sebagai gantinya, sehingga rantai tetap memakai model yang sama.</translation>
    </message>
    <message>
        <source>Alias %1 renamed to %2.</source>
        <translation>Alias %1 diganti namanya menjadi %2.</translation>
    </message>
    <message>
        <source>%1 added to the fallback chain.</source>
        <translation>%1 ditambahkan ke rantai fallback.</translation>
    </message>
    <message>
        <source>Fallback %1 removed.</source>
        <translation>Fallback %1 dihapus.</translation>
    </message>
    <message>
        <source>Fallback chain reordered.</source>
        <translation>Urutan rantai fallback diubah.</translation>
    </message>
    <message>
        <source>Fallback chain cleared.</source>
        <translation>Rantai fallback dikosongkan.</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConnectController</name>
    <message>
        <source>Unknown tool: %1</source>
        <translation>Alat tidak dikenal: %1</translation>
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
        <source>the connection was refused</source>
        <translation>koneksi ditolak</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>koneksi ditutup</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>tidak ada jawaban tepat waktu</translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation>koneksi aman gagal</translation>
    </message>
    <message>
        <source>the host name was not found</source>
        <translation>nama host tidak ditemukan</translation>
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
    <message>
        <source>Signed in: profile %1 in OpenClaw&apos;s credential store (%2).</source>
        <translation>Sudah masuk: profil %1 di penyimpanan kredensial milik OpenClaw (%2).</translation>
    </message>
    <message>
        <source>Signed in: profile %1 in a leftover auth-profiles.json (%2); run openclaw doctor --fix to move it into OpenClaw&apos;s credential store.</source>
        <translation>Sudah masuk: profil %1 di auth-profiles.json sisa (%2); jalankan openclaw doctor --fix untuk memindahkannya ke penyimpanan kredensial milik OpenClaw.</translation>
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
        <source>ClawDesk stays in the tray; the gateway is not running. Use the tray icon to open ClawDesk, start the gateway or quit.</source>
        <translation>ClawDesk tetap berada di baki; Gateway tidak berjalan. Gunakan ikon baki untuk membuka ClawDesk, memulai Gateway, atau keluar.</translation>
    </message>
    <message>
        <source>%1 is tried first again.</source>
        <translation>%1 kembali dicoba pertama.</translation>
    </message>
    <message>
        <source>Primary model failed</source>
        <translation>Model utama gagal</translation>
    </message>
    <message>
        <source>%1 failed (%2); trying %3.</source>
        <translation>%1 gagal (%2); mencoba %3.</translation>
    </message>
</context>
<context>
    <name>clawdesk::UsageModel</name>
    <message>
        <source>Other</source>
        <extracomment>The stack of the usage chart that sums every model or provider not shown by name</extracomment>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>No requests</source>
        <translation>Tidak ada permintaan</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 tokens · %n request(s)</source>
        <translation>
            <numerusform>%1 · %2 token · %n permintaan</numerusform>
        </translation>
    </message>
    <message>
        <source>%1M</source>
        <extracomment>Millions of tokens on the chart&apos;s axis, e.g. &quot;2.5M&quot;</extracomment>
        <translation>%1 jt</translation>
    </message>
    <message>
        <source>%1k</source>
        <extracomment>Thousands of tokens on the chart&apos;s axis, e.g. &quot;250k&quot;</extracomment>
        <translation>%1 rb</translation>
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
