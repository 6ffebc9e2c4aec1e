#include "authprofilesfile.h"
#include "credentialmanager.h"
#include "keychainstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace clawdesk;

namespace {
// Runs one async store call to completion.
template<typename Call> void wait(Call call)
{
    bool done = false;
    call([&] { done = true; });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 20000));
}
} // namespace

/// @brief KeychainStore against a real Secret Service (run_keychain_test.sh starts D-Bus + gnome-keyring).
class TstKeychainStore : public QObject
{
    Q_OBJECT

    KeychainStore *m_store = nullptr;

private slots:
    void initTestCase()
    {
        QVERIFY2(KeychainStore::compiledIn(),
                 "clawdesk_auth was built without qtkeychain (qtkeychain-qt6-dev)");
        m_store = new KeychainStore(this, QStringLiteral("ClawDesk-test"));
        bool ok = false;
        QString error;
        wait([&](auto finish) {
            m_store->probe([&, finish](bool o, const QString &e) {
                ok = o;
                error = e;
                finish();
            });
        });
        if (!ok) {
            qWarning().noquote() << "Secret Service unavailable:" << error;
            QSKIP(qPrintable(QStringLiteral("Secret Service unavailable: ") + error));
        }
    }

    void roundTrip()
    {
        const QString id = QStringLiteral("minimax-portal:default");
        const Credential c = Credential::oauth(
            QStringLiteral("minimax-portal"), QStringLiteral("access-token-xyz"),
            QStringLiteral("refresh-token-xyz"), QDateTime::fromMSecsSinceEpoch(1795000000000, Qt::UTC));
        bool wrote = false;
        QString error;
        wait([&](auto finish) {
            m_store->write(id, c, [&, finish](bool ok, const QString &e) {
                wrote = ok;
                error = e;
                finish();
            });
        });
        QVERIFY2(wrote, qPrintable(error));

        std::optional<Credential> read;
        wait([&](auto finish) {
            m_store->read(id, [&, finish](std::optional<Credential> got, const QString &e) {
                read = got;
                error = e;
                finish();
            });
        });
        QVERIFY2(read.has_value(), qPrintable(error));
        QCOMPARE(*read, c);

        // Overwrite, then remove.
        const Credential key =
            Credential::apiKey(QStringLiteral("minimax-portal"), QStringLiteral("sk-other"));
        wait([&](auto finish) { m_store->write(id, key, [finish](bool, const QString &) { finish(); }); });
        wait([&](auto finish) {
            m_store->read(id, [&, finish](std::optional<Credential> got, const QString &) {
                read = got;
                finish();
            });
        });
        QCOMPARE(read->secret, QStringLiteral("sk-other"));

        bool removed = false;
        wait([&](auto finish) {
            m_store->remove(id, [&, finish](bool ok, const QString &) {
                removed = ok;
                finish();
            });
        });
        QVERIFY(removed);
        error = QStringLiteral("unset");
        wait([&](auto finish) {
            m_store->read(id, [&, finish](std::optional<Credential> got, const QString &e) {
                read = got;
                error = e;
                finish();
            });
        });
        QVERIFY(!read.has_value());
        QVERIFY(error.isEmpty()); // missing is not an error
    }

    void managerUsesKeychainAndMirrorsToFile()
    {
        QTemporaryDir dir;
        AuthProfilesFile file(dir.filePath(QStringLiteral("auth-profiles.json")));
        CredentialManager manager(m_store, &file);
        std::optional<bool> available;
        manager.probeKeychain([&](bool ok) { available = ok; });
        QVERIFY(QTest::qWaitFor([&] { return available.has_value(); }, 20000));
        QVERIFY(*available);
        QVERIFY(manager.keychainAvailable());
        const Credential c =
            Credential::apiKey(QStringLiteral("minimax"), QStringLiteral("sk-keychain-and-file"));
        bool saved = false;
        wait([&](auto finish) {
            manager.save(QStringLiteral("minimax:default"), c, [&, finish](bool ok, const QString &) {
                saved = ok;
                finish();
            });
        });
        QVERIFY(saved);
        QCOMPARE(manager.locations(QStringLiteral("minimax:default")),
                 (QStringList{m_store->location(), file.location()}));
        QCOMPARE(file.profile(QStringLiteral("minimax:default"))->secret, c.secret);
        wait([&](auto finish) {
            manager.remove(QStringLiteral("minimax:default"), [finish](bool, const QString &) { finish(); });
        });
    }

    void texts()
    {
        QCOMPARE(m_store->backendName(), QStringLiteral("System keychain (Secret Service)"));
        QVERIFY(m_store->location().contains(QStringLiteral("ClawDesk-test")));
#ifdef CLAWDESK_HAVE_QTKEYCHAIN
        const QString noBackend =
            keychainErrorText(7, QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY"));
        QVERIFY(noBackend.startsWith(QStringLiteral("No system keychain is reachable")));
        QVERIFY(noBackend.contains(QStringLiteral("Share sign-ins with the OpenClaw CLI")));
#endif
    }
};

QTEST_GUILESS_MAIN(TstKeychainStore)
#include "tst_keychainstore.moc"
