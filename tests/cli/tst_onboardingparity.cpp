// The desktop wizard and `clawdesk onboard` write the same bytes for the same auth choice, for every
// choice each OpenClaw release offers: both go through core's onboarding table. The CLI runs as the
// real binary in a scratch home (OAuth against a local MiniMax stand-in); the wizard's side is its
// controller's document edit on the same starting file.
#include "clirunner.h"
#include "configsnapshot.h"
#include "fakeminimaxauth.h"
#include "onboarding.h"
#include "wizardcontroller.h"

#include <QTest>

using namespace clawdesk;

class TestOnboardingParity : public QObject
{
    Q_OBJECT

private slots:
    void sameBytes_data();
    void sameBytes();
};

namespace {

const QByteArray StartConfig = "{\n"
                               "  // mine: keep\n"
                               "  agents: {\n"
                               "    defaults: {\n"
                               "      model: { primary: \"anthropic/claude-opus-4-6\", fallbacks: "
                               "[\"anthropic/claude-sonnet-4-5\"] },\n"
                               "    },\n"
                               "  },\n"
                               "}\n";

/// Runs `onboard` for a choice the way a user would; OAuth is approved on the stand-in server.
CliRunner::Result onboard(CliRunner &cli, const Onboarding::Choice &choice)
{
    if (choice.method != Onboarding::Method::OAuth) {
        return cli.run({"onboard", "--auth-choice", choice.id, "--minimax-api-key", "sk-parity-0001",
                        "--anthropic-api-key", "sk-ant-parity-0001", "--non-interactive"});
    }
    test::FakeMiniMaxAuth server;
    if (!server.start())
        return {};
    cli.setEnv(QStringLiteral("CLAWDESK_MINIMAX_ACCOUNT_BASE"), server.baseUrl().toString());
    cli.setEnv(QStringLiteral("CLAWDESK_MINIMAX_API_BASE"), server.baseUrl().toString());
    QProcess process;
    cli.start(process, {"onboard", "--auth-choice", choice.id});
    if (!QTest::qWaitFor([&] { return process.peek(4096).contains("enter the code"); }, 30000))
        return {};
    server.approve();
    QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 30000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

void TestOnboardingParity::sameBytes_data()
{
    QTest::addColumn<bool>("legacy");
    QTest::addColumn<QString>("choice");
    const OpenClawRelease legacy{OpenClawRelease::Era::Legacy, {}, OpenClawRelease::Source::StateFiles};
    for (const Onboarding::Choice &choice : Onboarding::offered(legacy))
        QTest::addRow("2026.1.30 %s", qPrintable(choice.id)) << true << choice.id;
    for (const Onboarding::Choice &choice : Onboarding::offered(OpenClawRelease{}))
        QTest::addRow("2026.9.6 %s", qPrintable(choice.id)) << false << choice.id;
}

void TestOnboardingParity::sameBytes()
{
    QFETCH(bool, legacy);
    QFETCH(QString, choice);
    CliRunner cli;
    if (legacy) // an auth-profiles.json beside the config: the sign of a 2026.1.30 install
        cli.writeFile(cli.agentDir() + QStringLiteral("/auth-profiles.json"),
                      "{\"version\":1,\"profiles\":{}}\n");
    cli.writeConfig(StartConfig);

    // The wizard's side, with the release ClawDesk detects for this home.
    ConfigPaths paths;
    paths.homeDir = cli.home();
    paths.stateDir = cli.stateDir();
    paths.configPath = cli.configPath();
    paths.agentDir = cli.agentDir();
    const OpenClawRelease release = ConfigSnapshot::releaseFor(
        OpenClawConfig::fromText(QString::fromUtf8(StartConfig), paths.configPath, {}), paths);
    QCOMPARE(release.isLegacy(), legacy);
    Json5Document document = Json5Document::parse(StartConfig);
    QString error;
    QVERIFY2(
        WizardController::applyChoices(document, {{QStringLiteral("authChoice"), choice}}, release, &error),
        qPrintable(error));

    const Onboarding::Choice *entry = Onboarding::find(choice, release);
    QVERIFY(entry);
    const CliRunner::Result result = onboard(cli, *entry);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(QString::fromUtf8(cli.readConfig()), document.text());
    QVERIFY(cli.readConfig().contains("// mine: keep"));
    QVERIFY(!cli.readConfig().contains("sk-parity") && !cli.readConfig().contains("sk-ant-parity"));
}

QTEST_GUILESS_MAIN(TestOnboardingParity)
#include "tst_onboardingparity.moc"
