// `clawdesk gateway run` as a real process: the listening line, serving, `gateway status`, a second
// instance on the same port, `gateway token`, SIGTERM exits 0.
#include "clirunner.h"
#include "gatewaytestutil.h"

#include <QProcess>
#include <QRegularExpression>

#include <signal.h>

using namespace clawdesk;

class tst_GatewayCli : public QObject
{
    Q_OBJECT
private slots:
    void runServeStatusStop();
    void tokenIsStable();
    void stopCommand();
};

namespace {

QProcessEnvironment cleanEnv(const CliRunner &cli)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), cli.home());
    env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

} // namespace

void tst_GatewayCli::runServeStatusStop()
{
    CliRunner cli;
    FakeUpstream chat;
    cli.writeConfig(QStringLiteral(R"({
  models: { providers: { fakechat: { baseUrl: "http://127.0.0.1:%1/v1", api: "openai-completions",
                                     apiKey: "chat-key", models: [{ id: "chat-model", name: "Chat" }] } } },
  agents: { defaults: { model: { primary: "fakechat/chat-model" } } },
})")
                        .arg(chat.port())
                        .toUtf8());
    chat.addRoute("/v1/chat/completions",
                  replyScript(WireApi::OpenAIChat, QStringLiteral("chat-model"), false));

    QProcess gateway;
    gateway.setProcessEnvironment(cleanEnv(cli));
    gateway.start(QStringLiteral(CLAWDESK_BIN),
                  {QStringLiteral("gateway"), QStringLiteral("run"), QStringLiteral("--port"),
                   QStringLiteral("0"), QStringLiteral("--token"), QString::fromLatin1(Token)});
    QVERIFY(gateway.waitForStarted());
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (!out.contains('\n') && timer.elapsed() < 20000 && gateway.state() == QProcess::Running) {
        gateway.waitForReadyRead(100);
        out += gateway.readAllStandardOutput();
    }
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("^listening on http://127\\.0\\.0\\.1:(\\d+)$"))
            .match(QString::fromUtf8(out).trimmed());
    QVERIFY2(match.hasMatch(), out.constData());
    const quint16 port = quint16(match.captured(1).toUInt());

    // It serves.
    HttpTestClient client;
    QVERIFY(client.connectTo(port));
    client.send("POST /v1/chat/completions HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + Token +
                "\r\nContent-Type: application/json\r\nContent-Length: " +
                QByteArray::number(clientBody(WireApi::OpenAIChat, QStringLiteral("gpt-4o"), false).size()) +
                "\r\n\r\n" + clientBody(WireApi::OpenAIChat, QStringLiteral("gpt-4o"), false));
    const auto response = client.readResponse(15000);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.headers.value("x-clawdesk-model"), QByteArray("fakechat/chat-model"));

    // `gateway status` sees it.
    CliRunner::Result status = cli.run({QStringLiteral("gateway"), QStringLiteral("status")});
    QCOMPARE(status.exitCode, 0);
    QVERIFY2(status.out.contains(QStringLiteral("Gateway: running")), qPrintable(status.out));
    QVERIFY(status.out.contains(QStringLiteral("Port: %1").arg(port)));
    QVERIFY(status.out.contains(QStringLiteral("PID: %1").arg(gateway.processId())));
    QVERIFY(status.out.contains(QStringLiteral("Model: fakechat/chat-model")));

    // A second instance on the same port fails with a clear message, not a crash.
    const CliRunner::Result second = cli.run(
        {QStringLiteral("gateway"), QStringLiteral("run"), QStringLiteral("--port"), QString::number(port)});
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.err.contains(QStringLiteral("already in use")), qPrintable(second.err));
    // …and leaves the first one's state file alone.
    QCOMPARE(cli.run({QStringLiteral("gateway"), QStringLiteral("status")}).exitCode, 0);

    // `gateway restart` (SIGHUP) restarts it on the same port.
    const CliRunner::Result restart = cli.run({QStringLiteral("gateway"), QStringLiteral("restart")});
    QCOMPARE(restart.exitCode, 0);
    QVERIFY(restart.out.contains(QStringLiteral("restarting")));
    bool servesAgain = false;
    for (int i = 0; i < 100 && !servesAgain; ++i) {
        QTest::qWait(100);
        HttpTestClient probe;
        if (probe.connectTo(port, QHostAddress::LocalHost, 1000)) {
            probe.send("GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n");
            servesAgain = probe.readResponse(2000).status == 200;
        }
    }
    QVERIFY(servesAgain);
    QCOMPARE(gateway.state(), QProcess::Running);

    // SIGTERM: clean exit 0, state file gone.
    ::kill(pid_t(gateway.processId()), SIGTERM);
    QVERIFY(gateway.waitForFinished(15000));
    QCOMPARE(gateway.exitStatus(), QProcess::NormalExit);
    QCOMPARE(gateway.exitCode(), 0);
    status = cli.run({QStringLiteral("gateway"), QStringLiteral("status")});
    QCOMPARE(status.exitCode, 1);
    QVERIFY(status.out.contains(QStringLiteral("not running")));
    // The served request went to ClawDesk's usage ledger.
    const CliRunner::Result usage = cli.run({QStringLiteral("usage"), QStringLiteral("--json")});
    QVERIFY2(usage.out.contains(QStringLiteral("fakechat/chat-model")), qPrintable(usage.out + usage.err));
}

void tst_GatewayCli::tokenIsStable()
{
    CliRunner cli;
    const CliRunner::Result first = cli.run({QStringLiteral("gateway"), QStringLiteral("token")});
    QCOMPARE(first.exitCode, 0);
    const QString token = first.out.trimmed();
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{48}$")).match(token).hasMatch(), qPrintable(token));
    QCOMPARE(cli.run({QStringLiteral("gateway"), QStringLiteral("token")}).out.trimmed(), token);
    QVERIFY(QFile::exists(cli.home() + QStringLiteral("/.config/ClawDesk/ClawDesk.conf")));
}

void tst_GatewayCli::stopCommand()
{
    CliRunner cli;
    cli.writeConfig("{}");
    QProcess gateway;
    gateway.setProcessEnvironment(cleanEnv(cli));
    gateway.start(QStringLiteral(CLAWDESK_BIN), {QStringLiteral("gateway"), QStringLiteral("run"),
                                                 QStringLiteral("--port"), QStringLiteral("0")});
    QVERIFY(gateway.waitForStarted());
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (!out.contains('\n') && timer.elapsed() < 20000 && gateway.state() == QProcess::Running) {
        gateway.waitForReadyRead(100);
        out += gateway.readAllStandardOutput();
    }
    QVERIFY2(out.startsWith("listening on http://127.0.0.1:"), out.constData());
    const CliRunner::Result stop = cli.run({QStringLiteral("gateway"), QStringLiteral("stop")});
    QCOMPARE(stop.exitCode, 0);
    QVERIFY2(stop.out.contains(QStringLiteral("Gateway stopped")), qPrintable(stop.out + stop.err));
    QVERIFY(gateway.waitForFinished(15000));
    QCOMPARE(gateway.exitCode(), 0);
    const CliRunner::Result again = cli.run({QStringLiteral("gateway"), QStringLiteral("stop")});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains(QStringLiteral("no headless gateway is running")));
}

QTEST_GUILESS_MAIN(tst_GatewayCli)
#include "tst_gatewaycli.moc"
