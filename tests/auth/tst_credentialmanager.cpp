#include "authprofilesfile.h"
#include "credentialmanager.h"
#include "secretmask.h"

#include <QHash>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace clawdesk;

namespace {
// An in-memory keychain that answers asynchronously, like the real one, and can be told to fail.
class MemoryKeychain : public CredentialStore
{
public:
    QHash<QString, Credential> entries;
    bool failWrites = false;

    void read(const QString &id, ReadCallback done) override
    {
        auto found = entries.contains(id) ? std::optional<Credential>(entries.value(id)) : std::nullopt;
        QTimer::singleShot(0, this, [done, found] { done(found, QString()); });
    }
    void write(const QString &id, const Credential &c, DoneCallback done) override
    {
        if (!failWrites)
            entries.insert(id, c);
        const bool ok = !failWrites;
        QTimer::singleShot(
            0, this, [done, ok] { done(ok, ok ? QString() : QStringLiteral("The keychain is locked.")); });
    }
    void remove(const QString &id, DoneCallback done) override
    {
        entries.remove(id);
        QTimer::singleShot(0, this, [done] { done(true, QString()); });
    }
    QString backendName() const override { return QStringLiteral("System keychain (Secret Service)"); }
    QString location() const override { return QStringLiteral("System keychain (Secret Service)"); }
};

const QString kId = QStringLiteral("minimax-portal:default");

Credential sample()
{
    return Credential::oauth(QStringLiteral("minimax-portal"), QStringLiteral("access-1234567890abcdef"),
                             QStringLiteral("refresh-1234567890abcdef"),
                             QDateTime::fromMSecsSinceEpoch(1795000000000, Qt::UTC));
}

bool saveAndWait(CredentialManager &m, const Credential &c, QString *error = nullptr)
{
    std::optional<bool> result;
    m.save(kId, c, [&](bool ok, const QString &e) {
        result = ok;
        if (error)
            *error = e;
    });
    (void)QTest::qWaitFor([&] { return result.has_value(); }, 5000);
    return result.value_or(false);
}

std::optional<Credential> loadAndWait(CredentialManager &m)
{
    bool done = false;
    std::optional<Credential> out;
    m.load(kId, [&](std::optional<Credential> c, const QString &) {
        out = c;
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, 5000);
    return out;
}
} // namespace

/// @brief CredentialManager: keychain first, mirrored to auth-profiles.json when shared, stated fallback,
/// where-it-lives texts, masking.
class TstCredentialManager : public QObject
{
    Q_OBJECT
private slots:
    void keychainAndSharedFile()
    {
        QTemporaryDir dir;
        MemoryKeychain keychain;
        AuthProfilesFile file(dir.filePath(QStringLiteral("auth-profiles.json")));
        CredentialManager manager(&keychain, &file);
        QVERIFY(manager.shareWithOpenClaw()); // default on
        QVERIFY(saveAndWait(manager, sample()));
        QCOMPARE(keychain.entries.value(kId), sample());
        QCOMPARE(file.profile(kId)->secret, sample().secret);
        QCOMPARE(manager.locations(kId), (QStringList{keychain.location(), file.location()}));
        QCOMPARE(manager.locationText(kId),
                 QStringLiteral("Stored in System keychain (Secret Service) and ") + file.location());
    }

    void sharingOffKeepsItInTheKeychainOnly()
    {
        QTemporaryDir dir;
        MemoryKeychain keychain;
        AuthProfilesFile file(dir.filePath(QStringLiteral("auth-profiles.json")));
        CredentialManager manager(&keychain, &file);
        QSignalSpy changed(&manager, &CredentialManager::shareWithOpenClawChanged);
        manager.setShareWithOpenClaw(false);
        QCOMPARE(changed.count(), 1);
        QVERIFY(saveAndWait(manager, sample()));
        QVERIFY(keychain.entries.contains(kId));
        QVERIFY(!QFile::exists(file.path()));
        QCOMPARE(manager.locations(kId), QStringList{keychain.location()});
    }

    void noKeychainFallsBackToTheFile()
    {
        QTemporaryDir dir;
        MemoryKeychain keychain;
        AuthProfilesFile file(dir.filePath(QStringLiteral("auth-profiles.json")));
        CredentialManager manager(&keychain, &file);
        manager.setShareWithOpenClaw(false);
        manager.setKeychainAvailable(false, QStringLiteral("No Secret Service"));
        QVERIFY(!manager.keychainAvailable());
        QCOMPARE(manager.keychainUnavailableReason(), QStringLiteral("No Secret Service"));
        QVERIFY(saveAndWait(manager, sample()));
        QVERIFY(keychain.entries.isEmpty());
        QCOMPARE(file.profile(kId)->refresh, sample().refresh);
        QCOMPARE(manager.locations(kId), QStringList{file.location()});

        CredentialManager nullKeychain(nullptr, &file);
        QVERIFY(!nullKeychain.keychainAvailable());
        std::optional<bool> probed;
        nullKeychain.probeKeychain([&](bool ok) { probed = ok; });
        QCOMPARE(probed, std::optional<bool>(false));
        QCOMPARE(loadAndWait(nullKeychain)->secret, sample().secret);
    }

    void failingKeychainWriteWarnsAndUsesTheFile()
    {
        QTemporaryDir dir;
        MemoryKeychain keychain;
        keychain.failWrites = true;
        AuthProfilesFile file(dir.filePath(QStringLiteral("auth-profiles.json")));
        CredentialManager manager(&keychain, &file);
        manager.setShareWithOpenClaw(false);
        QSignalSpy warning(&manager, &CredentialManager::warning);
        QVERIFY(saveAndWait(manager, sample()));
        QCOMPARE(warning.count(), 1);
        QVERIFY(warning.at(0).at(0).toString().contains(QStringLiteral("The keychain is locked.")));
        QVERIFY(warning.at(0).at(0).toString().contains(file.location()));
        QVERIFY(!warning.at(0).at(0).toString().contains(sample().secret));
        QCOMPARE(manager.locations(kId), QStringList{file.location()});
    }

    void loadPrefersKeychainThenFile()
    {
        QTemporaryDir dir;
        MemoryKeychain keychain;
        AuthProfilesFile file(dir.filePath(QStringLiteral("auth-profiles.json")));
        CredentialManager manager(&keychain, &file);
        QVERIFY(file.setProfile(
            kId, Credential::apiKey(QStringLiteral("minimax-portal"), QStringLiteral("from-file"))));
        QCOMPARE(loadAndWait(manager)->secret, QStringLiteral("from-file")); // keychain empty → file
        QCOMPARE(manager.locations(kId), QStringList{file.location()});
        keychain.entries.insert(kId, sample());
        QCOMPARE(loadAndWait(manager)->secret, sample().secret);
        QCOMPARE(manager.locations(kId), (QStringList{keychain.location(), file.location()}));
    }

    void removeClearsBoth()
    {
        QTemporaryDir dir;
        MemoryKeychain keychain;
        AuthProfilesFile file(dir.filePath(QStringLiteral("auth-profiles.json")));
        CredentialManager manager(&keychain, &file);
        QVERIFY(saveAndWait(manager, sample()));
        bool removed = false;
        manager.remove(kId, [&](bool ok, const QString &) { removed = ok; });
        QTRY_VERIFY(removed);
        QVERIFY(keychain.entries.isEmpty());
        QVERIFY(!file.profile(kId).has_value());
        QCOMPARE(manager.locationText(kId), QStringLiteral("Not stored"));
        QVERIFY(!loadAndWait(manager).has_value());
    }

    void mask_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("masked");
        QTest::addRow("long key") << "sk-test-1234567890abcdef00000000"
                                  << "sk-t...0000";
        QTest::addRow("24 chars") << "abcdefgh1ijklmnop1234567"
                                  << "abcd...4567";
        QTest::addRow("23 chars hidden") << "abcdefgh1ijklmnop123456"
                                         << "********";
        QTest::addRow("16 chars hidden") << "abcdefghijklmnop"
                                         << "********";
        QTest::addRow("short hidden") << "abc"
                                      << "***";
        QTest::addRow("empty") << ""
                               << "";
    }
    void mask()
    {
        QFETCH(QString, secret);
        QFETCH(QString, masked);
        QCOMPARE(maskSecret(secret), masked);
        QCOMPARE(CredentialManager::maskSecret(secret), masked);
    }
};

QTEST_GUILESS_MAIN(TstCredentialManager)
#include "tst_credentialmanager.moc"
