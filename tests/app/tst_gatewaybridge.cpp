// The app's gateway host: the settings the CLI honours (unknown-model routing, allowed browser
// origins) reach the app's gateway too, and what the app says was served comes only from requests
// that were really answered.
#include "appsettings.h"
#include "apptestsupport.h"
#include "gatewaybridge.h"
#include "gatewayhost.h"
#include "httptestclient.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace clawdesk;

class TestGatewayBridge : public QObject
{
    Q_OBJECT

private slots:
    void appHonoursRoutingAndOrigins();
    void usageDatabaseFromEnvironment();
    void servedOnlyFromAnsweredRequests();

private:
    static HttpTestClient::Response post(quint16 port, const QByteArray &token, const QByteArray &model,
                                         const QByteArray &origin = {});
};

HttpTestClient::Response TestGatewayBridge::post(quint16 port, const QByteArray &token,
                                                 const QByteArray &model, const QByteArray &origin)
{
    HttpTestClient client;
    if (!client.connectTo(port))
        return {};
    const QByteArray body = "{\"model\":\"" + model +
                            "\",\"max_tokens\":8,\"messages\":[{\"role\":\"user\","
                            "\"content\":\"hi\"}]}";
    QByteArray request = "POST /v1/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                         "anthropic-version: 2023-06-01\r\nx-api-key: " +
                         token + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (!origin.isEmpty())
        request += "Origin: " + origin + "\r\n";
    client.send(request + "Connection: close\r\n\r\n" + body);
    return client.readResponse(15000);
}

void TestGatewayBridge::appHonoursRoutingAndOrigins()
{
    apptest::StateDir dir;
    dir.write(apptest::CommentedConfig);
    QTemporaryDir tmp;
    QSettings store(tmp.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    store.setValue(QStringLiteral("gateway/routeUnknownToPrimary"), false);
    store.setValue(QStringLiteral("gateway/allowedOrigins"),
                   QStringList{QStringLiteral("https://ok.example")});
    store.setValue(QStringLiteral("gateway/port"), 0); // any free port (the settings page offers 1024+)
    AppSettings settings(&store);
    settings.setConfigPath(dir.paths.configPath);

    GatewayBridge bridge(&settings, tmp.filePath(QStringLiteral("usage.sqlite")));
    QCOMPARE(bridge.state(), GatewayBridge::State::Stopped);
    bridge.start();
    QTRY_COMPARE_WITH_TIMEOUT(bridge.state(), GatewayBridge::State::Running, 15000);
    const quint16 port = quint16(bridge.port());
    QVERIFY(port != 0);
    const QByteArray token = settings.gatewayToken().toUtf8();

    // An invented model name is refused instead of going to the primary chain.
    const auto unknown = post(port, token, "claude-sonnet-4-5-20250929");
    QVERIFY(unknown.complete);
    QCOMPARE(unknown.status, 404);
    QVERIFY2(unknown.body.contains("Unknown model"), unknown.body.constData());

    // A browser origin outside the allowed list is refused before routing.
    const auto foreign = post(port, token, "claude-sonnet-4-5-20250929", "https://evil.example");
    QVERIFY(foreign.complete);
    QCOMPARE(foreign.status, 403);
    const auto allowed = post(port, token, "claude-sonnet-4-5-20250929", "https://ok.example");
    QVERIFY(allowed.complete);
    QCOMPARE(allowed.status, 404); // past the origin check, refused by routing as above

    bridge.stop();
    QTRY_COMPARE_WITH_TIMEOUT(bridge.state(), GatewayBridge::State::Stopped, 15000);
    // Nothing was served: the app must not claim a model served anything.
    QVERIFY(bridge.lastServedModel().isEmpty());
}

void TestGatewayBridge::usageDatabaseFromEnvironment()
{
    QCOMPARE(
        GatewayHost::usageDatabaseFor({{QStringLiteral("CLAWDESK_USAGE_DB"), QStringLiteral("/x/u.db")}}),
        QStringLiteral("/x/u.db"));
    QVERIFY(GatewayHost::usageDatabaseFor({}).endsWith(QStringLiteral("usage.sqlite")));
}

void TestGatewayBridge::servedOnlyFromAnsweredRequests()
{
    QTemporaryDir tmp;
    QSettings store(tmp.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    AppSettings settings(&store);
    GatewayBridge bridge(&settings, tmp.filePath(QStringLiteral("usage.sqlite")));
    QSignalSpy activity(&bridge, &GatewayBridge::activityChanged);

    FailoverEvent event;
    event.time = QDateTime::currentDateTime();
    event.fromModel = QStringLiteral("anthropic/claude-opus-4-5");
    event.toModel = QStringLiteral("minimax/MiniMax-M2.1");
    event.reason = QStringLiteral("connection");
    bridge.recordFailover(event);
    QVERIFY(bridge.lastServedModel().isEmpty()); // trying a fallback is not serving with it

    RequestRecord refused;
    refused.time = QDateTime::currentDateTime();
    refused.requestedModel = QStringLiteral("opus");
    refused.status = 502;
    refused.attempts = {QStringLiteral("anthropic/claude-opus-4-5: connection")};
    bridge.recordRequest(refused);
    QVERIFY(bridge.lastServedModel().isEmpty());

    RequestRecord served = refused;
    served.status = 200;
    served.servedModel = QStringLiteral("minimax/MiniMax-M2.1");
    bridge.recordRequest(served);
    QCOMPARE(bridge.lastServedModel(), QStringLiteral("minimax/MiniMax-M2.1"));
    QVERIFY(bridge.lastServedByFallback());
    QCOMPARE(bridge.lastServedAt(), served.time);
    QCOMPARE(activity.count(), 3);
}

QTEST_MAIN(TestGatewayBridge)
#include "tst_gatewaybridge.moc"
