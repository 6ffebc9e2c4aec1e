// `clawdesk onboard` and `models auth login` as a user runs them: the real binary, a scratch HOME,
// and for OAuth a fake MiniMax authorization server on 127.0.0.1 that the test approves.
#include "clirunner.h"
#include "fakeminimaxauth.h"
#include "json5document.h"
#include "openclawauthdb.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using clawdesk::Json5Document;
using clawdesk::JsonValue;

class TestCliOnboard : public QObject
{
    Q_OBJECT

private slots:
    void apiKeyKeepsCommentsAndFallbacks();
    void existingEnvironmentKeyAfterConfirmation();
    void lightning();
    void lmStudioPreset();
    void installedLegacyReleaseDecides();
    void unknownChoice();
    void oauthEndToEnd();
    void oauthDenied();

private:
    static JsonValue parsed(const QByteArray &bytes) { return Json5Document::parse(bytes).value(); }
    /// The credentials as OpenClaw reads them: with nothing telling which release the user has,
    /// ClawDesk follows the newest, which keeps them in SQLite (never in auth-profiles.json).
    static QJsonObject profiles(const CliRunner &cli)
    {
        return clawdesk::OpenClawAuthDb::readProfiles(cli.stateDir(), cli.agentDir());
    }
};

void TestCliOnboard::apiKeyKeepsCommentsAndFallbacks()
{
    CliRunner cli;
    cli.writeConfig("{\n  // Opus first, MiniMax when it fails\n  agents: {\n    defaults: {\n"
                    "      model: { primary: \"anthropic/claude-opus-4-6\", fallbacks: "
                    "[\"anthropic/claude-sonnet-4-5\"] },\n"
                    "    },\n  },\n}\n");
    const auto result = cli.run(
        {"onboard", "--auth-choice", "minimax-api", "--minimax-api-key", "sk-cli-0000000000000000000000001"});
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    // No sign of an older OpenClaw: 2026.9.6's onboarding (MiniMax M3, the minimax:global profile).
    QVERIFY(result.out.contains(QStringLiteral("Default model: minimax/MiniMax-M3")));
    const QByteArray config = cli.readConfig();
    QVERIFY(config.contains("// Opus first, MiniMax when it fails"));
    QVERIFY2(!config.contains("sk-cli-"), "the key must not be written to openclaw.json");
    const JsonValue value = parsed(config);
    const JsonValue &defaults = value[QStringLiteral("agents")][QStringLiteral("defaults")];
    QCOMPARE(defaults[QStringLiteral("model")][QStringLiteral("primary")].toString(),
             QStringLiteral("minimax/MiniMax-M3"));
    QCOMPARE(defaults[QStringLiteral("model")][QStringLiteral("fallbacks")].at(0).toString(),
             QStringLiteral("anthropic/claude-sonnet-4-5"));
    QCOMPARE(defaults[QStringLiteral("models")][QStringLiteral("minimax/MiniMax-M3")][QStringLiteral("alias")]
                 .toString(),
             QStringLiteral("Minimax"));
    const JsonValue &provider =
        value[QStringLiteral("models")][QStringLiteral("providers")][QStringLiteral("minimax")];
    QCOMPARE(provider[QStringLiteral("baseUrl")].toString(),
             QStringLiteral("https://api.minimax.io/anthropic"));
    QCOMPARE(provider[QStringLiteral("api")].toString(), QStringLiteral("anthropic-messages"));
    QCOMPARE(
        provider[QStringLiteral("models")].at(0)[QStringLiteral("cost")][QStringLiteral("output")].toDouble(),
        2.4);
    QCOMPARE(value[QStringLiteral("models")][QStringLiteral("mode")].toString(), QStringLiteral("merge"));
    QCOMPARE(value[QStringLiteral("auth")][QStringLiteral("profiles")][QStringLiteral("minimax:global")]
                  [QStringLiteral("mode")]
                      .toString(),
             QStringLiteral("api_key"));
    QCOMPARE(profiles(cli).value(u"minimax:global").toObject().value(u"key").toString(),
             QStringLiteral("sk-cli-0000000000000000000000001"));
    QVERIFY(!QFile::exists(cli.agentDir() + QStringLiteral("/auth-profiles.json")));
    QCOMPARE(QFile::permissions(clawdesk::OpenClawAuthDb::stateDbPath(cli.stateDir())) &
                 (QFile::ReadOther | QFile::ReadGroup),
             QFile::Permissions());

    // Running it again changes nothing in openclaw.json.
    const auto again = cli.run(
        {"onboard", "--auth-choice", "minimax-api", "--minimax-api-key", "sk-cli-0000000000000000000000001"});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(!again.out.contains(QStringLiteral("Updated")));
    QCOMPARE(cli.readConfig(), config);
    // And the models list sees the key through the profile.
    const auto list = cli.run({"models", "list", "--plain"});
    QVERIFY(list.out.startsWith(QStringLiteral("minimax/MiniMax-M3\n")));
}

void TestCliOnboard::existingEnvironmentKeyAfterConfirmation()
{
    CliRunner cli;
    cli.setEnv(QStringLiteral("MINIMAX_API_KEY"), QStringLiteral("sk-env-00000000000000000000000002"));
    const auto result = cli.run({"onboard", "--auth-choice", "minimax-api", "--yes"});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(profiles(cli).value(u"minimax:global").toObject().value(u"key").toString(),
             QStringLiteral("sk-env-00000000000000000000000002"));
    CliRunner noKey;
    const auto refused = noKey.run({"onboard", "--auth-choice", "minimax-api", "--non-interactive"});
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(
        refused.err,
        QStringLiteral("Error: No MiniMax API key: pass --minimax-api-key <key> or set MINIMAX_API_KEY.\n"));
    QVERIFY(!QFile::exists(noKey.configPath()));
}

void TestCliOnboard::lightning()
{
    CliRunner cli;
    const auto result = cli.run({"onboard", "--auth-choice", "minimax-api-lightning", "--minimax-api-key",
                                 "sk-l-000000000000000000003", "--region", "cn"});
    QCOMPARE(result.exitCode, 0);
    const JsonValue value = parsed(cli.readConfig());
    QCOMPARE(value[QStringLiteral("models")][QStringLiteral("providers")][QStringLiteral("minimax")]
                  [QStringLiteral("baseUrl")]
                      .toString(),
             QStringLiteral("https://api.minimaxi.com/anthropic"));
    const auto list = cli.run({"models", "list"});
    // 2026.9.6 folds the Lightning choice into the API key one (MiniMax M3), honouring the region.
    QVERIFY2(list.out.contains(QStringLiteral("minimax/MiniMax-M3                         text+image 1000k   "
                                              " no    yes   default,configured,alias:Minimax")),
             qPrintable(list.out));
}

void TestCliOnboard::lmStudioPreset()
{
    CliRunner cli;
    cli.writeConfig("{}\n");
    QCOMPARE(cli.run({"onboard", "--auth-choice", "lmstudio"}).exitCode, 0);
    const auto list = cli.run({"models", "list"});
    QVERIFY2(list.out.contains(QStringLiteral("lmstudio/minimax-m2.1-gs32                 text       197k    "
                                              " yes   yes   default,configured,alias:Minimax")),
             qPrintable(list.out));
}

void TestCliOnboard::installedLegacyReleaseDecides()
{
    // An `openclaw` whose npm manifest says 2026.1.30, on a machine whose files show no release yet:
    // the installed one decides both the config's shape and where the key goes. 2026.1.30 exits on
    // any key it does not know, so none of 2026.9.6's may appear.
    QTemporaryDir install;
    const QString binary = install.filePath(QStringLiteral("openclaw.mjs"));
    QFile script(binary);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\nexit 1\n");
    script.close();
    QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QFile manifest(install.filePath(QStringLiteral("package.json")));
    QVERIFY(manifest.open(QIODevice::WriteOnly));
    manifest.write(R"({"name": "openclaw", "version": "2026.1.30"})");
    manifest.close();

    CliRunner cli;
    cli.setEnv(QStringLiteral("CLAWDESK_OPENCLAW_BIN"), binary);
    const auto result = cli.run({"onboard", "--auth-choice", "minimax-global-api", "--minimax-api-key",
                                 "sk-old-0000000000000000000000001"});
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("Saved minimax:default to "
                                                "~/.openclaw/agents/main/agent/auth-profiles.json")),
             qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("Default model: minimax/MiniMax-M2.1")));
    const QByteArray config = cli.readConfig();
    QVERIFY2(!config.contains("compat") && !config.contains("codeMode") && !config.contains("authHeader") &&
                 !config.contains("MiniMax-M3"),
             config.constData());
    const JsonValue value = parsed(config);
    QCOMPARE(value[QStringLiteral("auth")][QStringLiteral("profiles")][QStringLiteral("minimax:default")]
                  [QStringLiteral("mode")]
                      .toString(),
             QStringLiteral("api_key"));
    QCOMPARE(value[QStringLiteral("models")][QStringLiteral("providers")][QStringLiteral("minimax")]
                  [QStringLiteral("models")]
                      .at(0)[QStringLiteral("id")]
                      .toString(),
             QStringLiteral("MiniMax-M2.1"));
    QFile profilesFile(cli.agentDir() + QStringLiteral("/auth-profiles.json"));
    QVERIFY(profilesFile.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(profilesFile.readAll())
                 .object()
                 .value(u"profiles")
                 .toObject()
                 .value(u"minimax:default")
                 .toObject()
                 .value(u"key")
                 .toString(),
             QStringLiteral("sk-old-0000000000000000000000001"));
    QVERIFY(!clawdesk::OpenClawAuthDb::exists(cli.stateDir(), cli.agentDir()));
}

void TestCliOnboard::unknownChoice()
{
    CliRunner cli;
    const auto result = cli.run({"onboard", "--auth-choice", "gemini"});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.startsWith(QStringLiteral("Error: Unknown --auth-choice \"gemini\"")));
}

void TestCliOnboard::oauthEndToEnd()
{
    clawdesk::test::FakeMiniMaxAuth server;
    QVERIFY(server.start());
    CliRunner cli;
    cli.writeConfig("{\n  // keep me\n  agents: { defaults: { model: { primary: "
                    "\"anthropic/claude-opus-4-6\" } } },\n}\n");
    cli.setEnv(QStringLiteral("CLAWDESK_MINIMAX_ACCOUNT_BASE"), server.baseUrl().toString());
    cli.setEnv(QStringLiteral("CLAWDESK_MINIMAX_API_BASE"), server.baseUrl().toString());

    QProcess process;
    cli.start(process, {"onboard", "--auth-choice", "minimax-portal"});
    // The user reads the code from the terminal and approves in the browser.
    QTRY_VERIFY_WITH_TIMEOUT(process.peek(4096).contains("enter the code"), 20000);
    const QString out = QString::fromUtf8(process.peek(4096));
    QVERIFY2(out.contains(QStringLiteral("If prompted, enter the code %1.").arg(server.userCode())),
             qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("to approve access.")));
    server.approve();
    QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 20000);
    QCOMPARE(process.exitCode(), 0);

    const QJsonObject profile = profiles(cli).value(u"minimax-portal:default").toObject();
    QCOMPARE(profile.value(u"type").toString(), QStringLiteral("oauth"));
    QCOMPARE(profile.value(u"access").toString(), server.accessToken());
    QCOMPARE(profile.value(u"refresh").toString(), server.refreshToken());
    const QByteArray config = cli.readConfig();
    QVERIFY(config.contains("// keep me"));
    QVERIFY(!config.contains(server.accessToken().toUtf8()));
    const JsonValue value = parsed(config);
    QCOMPARE(value[QStringLiteral("agents")][QStringLiteral("defaults")][QStringLiteral("model")]
                  [QStringLiteral("primary")]
                      .toString(),
             QStringLiteral("minimax-portal/MiniMax-M3"));
    // 2026.9.6 has MiniMax sign-in built in: no plugin entry, no placeholder key, its own catalog.
    QVERIFY(value[QStringLiteral("plugins")].isUndefined());
    const JsonValue &provider =
        value[QStringLiteral("models")][QStringLiteral("providers")][QStringLiteral("minimax-portal")];
    QVERIFY(provider[QStringLiteral("apiKey")].isUndefined());
    QCOMPARE(provider[QStringLiteral("authHeader")].toBool(), true);
    QCOMPARE(provider[QStringLiteral("models")].size(), 0);
    // `models status` shows the Coding Plan quota, fetched with the signed-in token.
    QProcess status;
    cli.start(status, {"models", "status"});
    QTRY_COMPARE_WITH_TIMEOUT(status.state(), QProcess::NotRunning,
                              20000); // the fake answers from this event loop
    const QString statusOut = QString::fromUtf8(status.readAllStandardOutput());
    QVERIFY2(statusOut.contains(QStringLiteral("Coding Plan   : 5h 63% left")), qPrintable(statusOut));
    QVERIFY2(statusOut.contains(QStringLiteral("week 88% left")), qPrintable(statusOut));
    QVERIFY(!statusOut.contains(server.accessToken()));
    const auto aliases = cli.run({"models", "aliases", "list"});
    QCOMPARE(aliases.out,
             QStringLiteral("Aliases (3):\n- minimax-m3 -> minimax-portal/MiniMax-M3\n"
                            "- minimax-m2.7 -> minimax-portal/MiniMax-M2.7\n"
                            "- minimax-m2.7-highspeed -> minimax-portal/MiniMax-M2.7-highspeed\n"));
}

void TestCliOnboard::oauthDenied()
{
    clawdesk::test::FakeMiniMaxAuth server;
    QVERIFY(server.start());
    CliRunner cli;
    cli.setEnv(QStringLiteral("CLAWDESK_MINIMAX_ACCOUNT_BASE"), server.baseUrl().toString());
    cli.setEnv(QStringLiteral("CLAWDESK_MINIMAX_API_BASE"), server.baseUrl().toString());
    QProcess process;
    cli.start(process, {"models", "auth", "login", "--provider", "minimax-portal", "--method", "oauth-cn"});
    QTRY_VERIFY_WITH_TIMEOUT(process.peek(4096).contains("enter the code"), 20000);
    server.deny();
    QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 20000);
    QCOMPARE(process.exitCode(), 1);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.startsWith(QStringLiteral("Error: MiniMax OAuth failed")), qPrintable(err));
    QVERIFY(!QFile::exists(cli.configPath()));
    QVERIFY(!QFile::exists(cli.agentDir() + QStringLiteral("/auth-profiles.json")));
}

QTEST_GUILESS_MAIN(TestCliOnboard)
#include "tst_clionboard.moc"
