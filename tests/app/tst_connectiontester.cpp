// "Test connection": a real minimal request to a fake provider on 127.0.0.1, through the same
// codecs and HTTP client as the gateway: latency on success, the exact error and a fix otherwise,
// and never the key.
#include "apptestsupport.h"
#include "configcontroller.h"
#include "connectiontester.h"
#include "fakeupstream.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace clawdesk;

class TestConnectionTester : public QObject
{
    Q_OBJECT

private slots:
    void connects();
    void reportsRejectedKey();
    void reportsUnreachableServer();
    void unknownProvider();

private:
    static QByteArray config(quint16 port, const char *key = "sk-test-abcdefghijklmnopqrstuvwxyz")
    {
        return QStringLiteral("{ models: { providers: { fake: { baseUrl: \"http://127.0.0.1:%1/anthropic\", "
                              "apiKey: \"%2\", "
                              "api: \"anthropic-messages\", models: [{ id: \"m1\", name: \"M1\" }] } } } }")
            .arg(port)
            .arg(QLatin1String(key))
            .toUtf8();
    }
    static ConnectionTester::Status run(ConnectionTester &tester)
    {
        tester.test();
        QElapsedTimer timer;
        timer.start();
        while (tester.status() == ConnectionTester::Status::Testing && timer.elapsed() < 20000)
            QTest::qWait(10);
        return tester.status();
    }
};

void TestConnectionTester::connects()
{
    FakeUpstream upstream;
    upstream.addRoute("/anthropic/v1/messages",
                      FakeUpstream::Script::json(
                          200,
                          "{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"m1\","
                          "\"content\":[{\"type\":\"text\",\"text\":\"p\"}],\"stop_reason\":"
                          "\"max_tokens\",\"usage\":{\"input_tokens\":1,\"output_tokens\":1}}"));
    apptest::StateDir dir;
    dir.write(config(upstream.port()));
    ConfigController controller(dir.paths, {});
    ConnectionTester tester;
    tester.setConfigController(&controller);
    tester.setProviderId(QStringLiteral("fake"));
    QCOMPARE(run(tester), ConnectionTester::Status::Ok);
    QVERIFY2(tester.result().startsWith(QStringLiteral("Connected: fake/m1 answered in ")),
             qPrintable(tester.result()));
    QVERIFY(tester.latencyMs() >= 0);
    QCOMPARE(upstream.requests().size(), 1);
    const auto &request = upstream.requests().first();
    QCOMPARE(request.headers.value("x-api-key"), QByteArray("sk-test-abcdefghijklmnopqrstuvwxyz"));
    QVERIFY(request.body.contains("\"max_tokens\":1"));
}

void TestConnectionTester::reportsRejectedKey()
{
    FakeUpstream upstream;
    upstream.addRoute("/anthropic/v1/messages",
                      FakeUpstream::Script::json(
                          401, "{\"type\":\"error\",\"error\":{\"type\":\"authentication_error\","
                               "\"message\":\"invalid x-api-key sk-test-abcdefghijklmnopqrstuvwxyz\"}}"));
    apptest::StateDir dir;
    dir.write(config(upstream.port()));
    ConfigController controller(dir.paths, {});
    ConnectionTester tester;
    tester.setConfigController(&controller);
    tester.setProviderId(QStringLiteral("fake"));
    QCOMPARE(run(tester), ConnectionTester::Status::Failed);
    QVERIFY2(tester.result().contains(QStringLiteral("HTTP 401 authentication_error")),
             qPrintable(tester.result()));
    QVERIFY(tester.result().contains(QStringLiteral("Check the API key")));
    QVERIFY2(!tester.result().contains(QStringLiteral("sk-test-abcdefghijklmnopqrstuvwxyz")),
             qPrintable(tester.result()));
    QVERIFY(tester.result().contains(QStringLiteral("sk-t...wxyz")));
}

void TestConnectionTester::reportsUnreachableServer()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close(); // nothing listens there now
    apptest::StateDir dir;
    dir.write(config(port));
    ConfigController controller(dir.paths, {});
    ConnectionTester tester;
    tester.setConfigController(&controller);
    tester.setProviderId(QStringLiteral("fake"));
    QCOMPARE(run(tester), ConnectionTester::Status::Failed);
    QVERIFY2(tester.result().startsWith(QStringLiteral("Cannot reach 127.0.0.1")),
             qPrintable(tester.result()));
    // Our own words (translatable), and never a rate limit.
    QVERIFY2(tester.result().contains(QStringLiteral(": the connection was refused.")),
             qPrintable(tester.result()));
    QVERIFY(!tester.result().contains(QStringLiteral("429")));
    QVERIFY(!tester.result().contains(QStringLiteral("Rate limit"), Qt::CaseInsensitive));
}

void TestConnectionTester::unknownProvider()
{
    apptest::StateDir dir;
    dir.write("{}");
    ConfigController controller(dir.paths, {});
    ConnectionTester tester;
    tester.setConfigController(&controller);
    tester.setProviderId(QStringLiteral("lmstudio"));
    tester.test();
    QCOMPARE(tester.status(), ConnectionTester::Status::Failed);
    QCOMPARE(tester.result(), QStringLiteral("lmstudio is not set up in openclaw.json yet: save it first."));
}

QTEST_MAIN(TestConnectionTester)
#include "tst_connectiontester.moc"
