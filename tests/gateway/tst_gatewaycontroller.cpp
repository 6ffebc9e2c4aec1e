// The controller/worker thread life cycle (start, port in use, restart, stop), and the small pure
// parts: settings with a generated token, Host/Origin/token checks, the state file.
#include "gatewayauth.h"
#include "gatewaysettings.h"
#include "gatewaystatefile.h"
#include "gatewaytestutil.h"

#include <QCoreApplication>
#include <QSettings>

class tst_GatewayController : public QObject
{
    Q_OBJECT
private slots:
    void lifeCycle();
    void nonLoopbackNeedsToken();
    void settings();
    void loopbackHost_data();
    void loopbackHost();
    void tokenCheck();
    void stateFile();
};

void tst_GatewayController::lifeCycle()
{
    Harness h;
    QSignalSpy states(&h.controller, &GatewayController::stateChanged);
    QVERIFY(h.start(h.config(QStringLiteral("fakechat/chat-model"))));
    QCOMPARE(states.size(), 2);
    QCOMPARE(states.at(0).first().value<GatewayController::State>(), GatewayController::State::Starting);
    QCOMPARE(states.at(1).first().value<GatewayController::State>(), GatewayController::State::Running);
    const quint16 port = h.port();
    QVERIFY(port > 0);
    QVERIFY(h.controller.startedAt().isValid());
    QCOMPARE(h.request("GET", "/health", {}).status, 200);

    // A second gateway on the same port fails with a clear message; the first keeps serving.
    GatewayController second;
    GatewayOptions options = h.options;
    options.port = port;
    second.start(options);
    QTRY_COMPARE_WITH_TIMEOUT(second.state(), GatewayController::State::Error, 10000);
    QVERIFY2(second.errorString().contains(QStringLiteral("already in use")),
             qPrintable(second.errorString()));
    QCOMPARE(h.request("GET", "/health", {}).status, 200);

    // Restart keeps the port and serves again.
    states.clear();
    h.controller.restart();
    QTRY_VERIFY_WITH_TIMEOUT(!states.isEmpty() && states.last().first().value<GatewayController::State>() ==
                                                      GatewayController::State::Running,
                             10000);
    QCOMPARE(states.first().first().value<GatewayController::State>(), GatewayController::State::Starting);
    QCOMPARE(h.port(), port);
    QCOMPARE(h.request("GET", "/health", {}).status, 200);

    // Stop: the port is closed.
    h.controller.stop();
    QTRY_COMPARE_WITH_TIMEOUT(h.controller.state(), GatewayController::State::Stopped, 10000);
    QCOMPARE(h.controller.port(), quint16(0));
    HttpTestClient client;
    QVERIFY(!client.connectTo(port, QHostAddress::LocalHost, 1000) || !client.readResponse(1000).complete);
}

void tst_GatewayController::nonLoopbackNeedsToken()
{
    Harness h;
    h.options.bind = QStringLiteral("0.0.0.0");
    h.options.token.clear();
    QVERIFY(!h.start(h.config(QStringLiteral("fakechat/chat-model"))));
    QCOMPARE(h.controller.state(), GatewayController::State::Error);
    QVERIFY2(h.controller.errorString().contains(QStringLiteral("without a token")),
             qPrintable(h.controller.errorString()));
}

void tst_GatewayController::settings()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ClawDesk.conf"));
    QString token;
    {
        QSettings settings(path, QSettings::IniFormat);
        const GatewayOptions options = GatewaySettings::load(settings);
        QCOMPARE(options.port, quint16(18790));
        QCOMPARE(options.bind, QStringLiteral("loopback"));
        token = options.token;
        QCOMPARE(token.size(), 48);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{48}$")).match(token).hasMatch());
        settings.setValue(QStringLiteral("gateway/port"), 19000);
    }
    QSettings settings(path, QSettings::IniFormat);
    const GatewayOptions options = GatewaySettings::load(settings);
    QCOMPARE(options.token, token); // generated once, then kept
    QCOMPARE(options.port, quint16(19000));
    QVERIFY(GatewaySettings::generateToken() != GatewaySettings::generateToken());
}

void tst_GatewayController::loopbackHost_data()
{
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<bool>("loopback");
    QTest::addRow("ipv4") << QByteArray("127.0.0.1") << true;
    QTest::addRow("ipv4 port") << QByteArray("127.0.0.1:18790") << true;
    QTest::addRow("localhost") << QByteArray("localhost") << true;
    QTest::addRow("LOCALHOST port") << QByteArray("LocalHost:80") << true;
    QTest::addRow("ipv6") << QByteArray("[::1]") << true;
    QTest::addRow("ipv6 port") << QByteArray("[::1]:18790") << true;
    QTest::addRow("empty") << QByteArray() << false;
    QTest::addRow("foreign") << QByteArray("evil.com") << false;
    QTest::addRow("rebinding") << QByteArray("localhost.evil.com") << false;
    QTest::addRow("other loopback ip") << QByteArray("127.0.0.2") << false;
    QTest::addRow("bad port") << QByteArray("localhost:abc") << false;
    QTest::addRow("ipv6 junk") << QByteArray("[::1]x") << false;
    QTest::addRow("lan") << QByteArray("192.168.1.5:18790") << false;
}

void tst_GatewayController::loopbackHost()
{
    QFETCH(QByteArray, host);
    QFETCH(bool, loopback);
    QCOMPARE(GatewayAuth::isLoopbackHost(host), loopback);
}

void tst_GatewayController::tokenCheck()
{
    HttpRequest request;
    const QString token = QStringLiteral("abc123");
    QVERIFY(!GatewayAuth::hasToken(request, token));
    request.headers.set("authorization", "Bearer abc123");
    QVERIFY(GatewayAuth::hasToken(request, token));
    request.headers.set("authorization", "bearer abc123");
    QVERIFY(GatewayAuth::hasToken(request, token));
    request.headers.set("authorization", "Bearer abc1234");
    QVERIFY(!GatewayAuth::hasToken(request, token));
    request.headers.remove("authorization");
    request.headers.set("x-api-key", "abc123");
    QVERIFY(GatewayAuth::hasToken(request, token));
    request.headers.set("host", "localhost:1");
    request.headers.set("origin", "http://localhost:3000");
    QCOMPARE(GatewayAuth::check(request, token, {QStringLiteral("http://localhost:3000")}, true, true),
             GatewayAuth::Verdict::Allowed);
    QCOMPARE(GatewayAuth::check(request, token, {}, true, true), GatewayAuth::Verdict::BadOrigin);
}

void tst_GatewayController::stateFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("state/gateway.json"));
    QVERIFY(!GatewayStateFile::read(path));
    const qint64 pid = QCoreApplication::applicationPid();
    QVERIFY(
        GatewayStateFile::write(path, {pid, 4242, QStringLiteral("p/m"), QDateTime::currentDateTimeUtc()}));
    const auto state = GatewayStateFile::read(path);
    QVERIFY(state);
    QCOMPARE(state->pid, pid);
    QCOMPARE(state->port, quint16(4242));
    QCOMPARE(state->model, QStringLiteral("p/m"));
    QVERIFY(GatewayStateFile::isProcessAlive(pid));
    GatewayStateFile::removeIfOwned(path, pid + 1); // not ours: kept
    QVERIFY(QFile::exists(path));
    GatewayStateFile::removeIfOwned(path, pid);
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(tst_GatewayController)
#include "tst_gatewaycontroller.moc"
