#include "atomicfile.h"
#include "authprofilesfile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace clawdesk;

namespace {
const QByteArray kExisting = R"({
  "version": 1,
  "profiles": {
    "minimax:default": {"type": "api_key", "provider": "minimax", "key": "sk-existing-key-0123456789abcdef"},
    "anthropic:work": {"type": "token", "provider": "anthropic", "token": "tok-anthropic-abc", "expires": 1900000000000},
    "minimax-portal:default": {"type": "oauth", "provider": "minimax-portal", "access": "old-access",
                               "refresh": "old-refresh", "expires": 1800000000000, "email": "dev@example.com",
                               "futureProfileField": {"x": 1}}
  },
  "order": {"minimax": ["minimax:default"]},
  "lastGood": {"minimax": "minimax:default"},
  "usageStats": {"minimax:default": {"lastUsed": 1790000000000, "errorCount": 0}},
  "futureTopLevel": [1, 2, 3]
})";

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

void writeRaw(const QString &path, const QByteArray &data, mode_t mode = 0644)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
    f.close();
    ::chmod(QFile::encodeName(path).constData(), mode);
}

mode_t modeOf(const QString &path)
{
    struct stat st
    {};
    ::stat(QFile::encodeName(path).constData(), &st);
    return st.st_mode & 0777;
}
} // namespace

/// @brief OpenClaw's auth-profiles.json: shapes, round trips that keep everything else, 0600, atomic.
class TstAuthProfilesFile : public QObject
{
    Q_OBJECT
private slots:
    void readsTheThreeShapes_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<Credential::Type>("type");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<qint64>("expires");
        QTest::addRow("api_key") << "minimax:default" << Credential::Type::ApiKey
                                 << "sk-existing-key-0123456789abcdef" << qint64(0);
        QTest::addRow("token") << "anthropic:work" << Credential::Type::Token << "tok-anthropic-abc"
                               << qint64(1900000000000);
        QTest::addRow("oauth") << "minimax-portal:default" << Credential::Type::OAuth << "old-access"
                               << qint64(1800000000000);
    }
    void readsTheThreeShapes()
    {
        QFETCH(QString, id);
        QFETCH(Credential::Type, type);
        QFETCH(QString, secret);
        QFETCH(qint64, expires);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("auth-profiles.json"));
        writeRaw(path, kExisting);
        AuthProfilesFile file(path);
        const auto c = file.profile(id);
        QVERIFY(c.has_value());
        QCOMPARE(c->type, type);
        QCOMPARE(c->secret, secret);
        QCOMPARE(c->expiresMs, expires);
        QCOMPARE(file.profileIds().size(), 3);
    }

    void writeKeepsEverythingElse()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("auth-profiles.json"));
        writeRaw(path, kExisting, 0644);
        const QJsonObject before = readJson(path);
        AuthProfilesFile file(path);
        const QDateTime expires = QDateTime::fromMSecsSinceEpoch(1795000000000, Qt::UTC);
        QString error;
        QVERIFY2(
            file.setProfile(QStringLiteral("minimax-portal:default"),
                            Credential::oauth(QStringLiteral("minimax-portal"), QStringLiteral("new-access"),
                                              QStringLiteral("new-refresh"), expires),
                            &error),
            qPrintable(error));

        const QJsonObject after = readJson(path);
        for (const char *key : {"version", "order", "lastGood", "usageStats", "futureTopLevel"})
            QCOMPARE(after.value(QLatin1String(key)), before.value(QLatin1String(key)));
        const QJsonObject beforeProfiles = before.value(QStringLiteral("profiles")).toObject();
        const QJsonObject profiles = after.value(QStringLiteral("profiles")).toObject();
        QCOMPARE(profiles.value(QStringLiteral("minimax:default")),
                 beforeProfiles.value(QStringLiteral("minimax:default")));
        QCOMPARE(profiles.value(QStringLiteral("anthropic:work")),
                 beforeProfiles.value(QStringLiteral("anthropic:work")));
        const QJsonObject portal = profiles.value(QStringLiteral("minimax-portal:default")).toObject();
        QCOMPARE(portal.value(QStringLiteral("type")).toString(), QStringLiteral("oauth"));
        QCOMPARE(portal.value(QStringLiteral("provider")).toString(), QStringLiteral("minimax-portal"));
        QCOMPARE(portal.value(QStringLiteral("access")).toString(), QStringLiteral("new-access"));
        QCOMPARE(portal.value(QStringLiteral("refresh")).toString(), QStringLiteral("new-refresh"));
        QCOMPARE(portal.value(QStringLiteral("expires")).toDouble(), 1795000000000.0);
        QCOMPARE(portal.value(QStringLiteral("email")).toString(), QStringLiteral("dev@example.com"));
        QCOMPARE(
            portal.value(QStringLiteral("futureProfileField")).toObject().value(QStringLiteral("x")).toInt(),
            1);

        QCOMPARE(modeOf(path), mode_t(0600)); // tightened from 0644
        // No temporary file is left behind, and never an `auth-profiles.json.lock` (OpenClaw's own lock
        // file: a leftover one blocks OpenClaw); ClawDesk's own lock side file stays for the next writer.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 (QStringList{QStringLiteral(".clawdesk-auth-profiles.json.lock"),
                              QStringLiteral("auth-profiles.json")}));
    }

    void roundTripOfACredential()
    {
        QTemporaryDir dir;
        AuthProfilesFile file(dir.filePath(QStringLiteral("a.json")));
        Credential c = Credential::apiKey(QStringLiteral("minimax"), QStringLiteral("sk-abc"));
        QVERIFY(file.setProfile(QStringLiteral("minimax:default"), c));
        QCOMPARE(*file.profile(QStringLiteral("minimax:default")), c);
        // The file is OpenClaw's onboarding shape exactly.
        const QJsonObject root = readJson(file.path());
        QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(root.value(QStringLiteral("profiles"))
                     .toObject()
                     .value(QStringLiteral("minimax:default"))
                     .toObject(),
                 (QJsonObject{{QStringLiteral("type"), QStringLiteral("api_key")},
                              {QStringLiteral("provider"), QStringLiteral("minimax")},
                              {QStringLiteral("key"), QStringLiteral("sk-abc")}}));
    }

    void createsPrivateFolders()
    {
        QTemporaryDir dir;
        const QString agentDir = dir.filePath(QStringLiteral("state/agents/main/agent"));
        AuthProfilesFile file(AuthProfilesFile::pathForAgentDir(agentDir));
        QVERIFY(file.setProfile(QStringLiteral("minimax:default"),
                                Credential::apiKey(QStringLiteral("minimax"), QStringLiteral("sk-1"))));
        QCOMPARE(modeOf(agentDir), mode_t(0700));
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("state"))), mode_t(0700));
        QCOMPARE(modeOf(file.path()), mode_t(0600));
    }

    // Replaced by rename, not rewritten in place: a hard link to the old file keeps the old bytes.
    void writeIsAtomicReplace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("auth-profiles.json"));
        writeRaw(path, kExisting, 0600);
        const QString link = dir.filePath(QStringLiteral("old-link"));
        QCOMPARE(::link(QFile::encodeName(path).constData(), QFile::encodeName(link).constData()), 0);
        AuthProfilesFile file(path);
        QVERIFY(file.removeProfile(QStringLiteral("anthropic:work")));
        QFile old(link);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), kExisting);
        QCOMPARE(file.profileIds().size(), 2);
        QVERIFY(!file.profileIds().contains(QStringLiteral("anthropic:work")));
    }

    void refusesToOverwriteABrokenFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("auth-profiles.json"));
        const QByteArray broken =
            R"({"version":1,"profiles":{"x":{"key":"sk-secret-do-not-print-1234567890"}})";
        writeRaw(path, broken, 0600);
        AuthProfilesFile file(path);
        QString error;
        QVERIFY(!file.setProfile(QStringLiteral("minimax:default"),
                                 Credential::apiKey(QStringLiteral("minimax"), QStringLiteral("sk-new")),
                                 &error));
        QVERIFY(error.contains(QStringLiteral("not valid JSON")));
        QVERIFY(!error.contains(QStringLiteral("sk-secret"))); // never quotes content
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), broken);
    }

    void unknownShapeIsReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("auth-profiles.json"));
        writeRaw(path, R"({"version":1,"profiles":{"odd:one":{"type":"passkey","provider":"odd"}}})");
        AuthProfilesFile file(path);
        QString error;
        QVERIFY(!file.profile(QStringLiteral("odd:one"), &error).has_value());
        QVERIFY(!error.isEmpty());
        QVERIFY(!file.profile(QStringLiteral("missing:one"), &error).has_value());
    }

    void asyncInterface()
    {
        QTemporaryDir dir;
        AuthProfilesFile file(dir.filePath(QStringLiteral("auth-profiles.json")));
        bool wrote = false;
        file.write(QStringLiteral("minimax:default"),
                   Credential::apiKey(QStringLiteral("minimax"), QStringLiteral("k")),
                   [&](bool ok, const QString &) { wrote = ok; });
        QTRY_VERIFY(wrote);
        std::optional<Credential> got;
        file.read(QStringLiteral("minimax:default"),
                  [&](std::optional<Credential> c, const QString &) { got = c; });
        QTRY_VERIFY(got.has_value());
        QCOMPARE(got->secret, QStringLiteral("k"));
        QCOMPARE(file.backendName(), QStringLiteral("OpenClaw auth-profiles.json"));
    }

    void locationUsesTilde()
    {
        const QString path =
            QDir::homePath() + QStringLiteral("/.openclaw/agents/main/agent/auth-profiles.json");
        AuthProfilesFile file(path);
        QCOMPARE(file.location(), QStringLiteral("~/.openclaw/agents/main/agent/auth-profiles.json"));
    }

    void defaultAgentDirHonoursStateDir()
    {
        qputenv("OPENCLAW_STATE_DIR", "/tmp/oc-state");
        QCOMPARE(AuthProfilesFile::defaultAgentDir(), QStringLiteral("/tmp/oc-state/agents/main/agent"));
        qunsetenv("OPENCLAW_STATE_DIR");
        QCOMPARE(AuthProfilesFile::defaultAgentDir(),
                 QDir::homePath() + QStringLiteral("/.openclaw/agents/main/agent"));
    }
};

QTEST_GUILESS_MAIN(TstAuthProfilesFile)
#include "tst_authprofilesfile.moc"
