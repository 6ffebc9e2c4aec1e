#include "loadrunner.h"

#include "httpserver.h"

#include <QPointer>
#include <QTest>
#include <QTimer>

using namespace clawdesk;

/// @brief LoadRunner against a real HttpServer on port 0: closed and open loop, errors, lost requests,
/// streams.
class TestLoadRunner : public QObject
{
    Q_OBJECT

private slots:
    void closedLoopAnswersEverything_data();
    void closedLoopAnswersEverything();
    void openLoopKeepsTheSchedule();
    void errorStatusesAreCounted();
    void unansweredRequestsAreLost();
    void streamsRecordTheFirstEvent();

private:
    static LoadSpec spec(quint16 port, const QByteArray &body = "{}")
    {
        LoadSpec s;
        s.port = port;
        s.request = "POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Length: " +
                    QByteArray::number(body.size()) + "\r\n\r\n" + body;
        s.durationMs = 300;
        s.drainMs = 2000;
        return s;
    }
};

void TestLoadRunner::closedLoopAnswersEverything_data()
{
    QTest::addColumn<int>("connections");
    QTest::addRow("1 connection") << 1;
    QTest::addRow("8 connections") << 8;
}

void TestLoadRunner::closedLoopAnswersEverything()
{
    QFETCH(int, connections);
    HttpServer server;
    int answered = 0;
    server.setHandler([&](const HttpRequest &, HttpResponder *responder) {
        ++answered;
        responder->respond(200, {{"content-type", "application/json"}}, "{}");
    });
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    LoadSpec s = spec(server.port());
    s.connections = connections;
    LoadRunner runner;
    const LoadResult result = runner.run(s);
    QVERIFY(result.ok > 0);
    QCOMPARE(result.ok, answered);
    QCOMPARE(result.errors, 0);
    QCOMPARE(result.lost, 0);
    QCOMPARE(qint64(result.latencyMs.size()), result.ok);
    QCOMPARE(result.connectionsUsed, connections);
    QCOMPARE(server.totalConnections(), quint64(connections)); // keep-alive: no reconnects
    QVERIFY(result.firstEventMs.empty());
}

void TestLoadRunner::openLoopKeepsTheSchedule()
{
    HttpServer server;
    server.setHandler(
        [](const HttpRequest &, HttpResponder *responder) { responder->respond(200, {}, "{}"); });
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    LoadSpec s = spec(server.port());
    s.rate = 200;
    s.durationMs = 1000;
    s.connections = 16;
    LoadRunner runner;
    const LoadResult result = runner.run(s);
    // 200/s for 1 s schedules at most 201 requests; a slow machine may tick late at the very end.
    QVERIFY2(result.ok >= 100 && result.ok <= 201, qPrintable(QString::number(result.ok)));
    QCOMPARE(result.errors, 0);
    QCOMPARE(result.lost, 0);
    QVERIFY(result.connectionsUsed >= 1 && result.connectionsUsed <= 16);
}

void TestLoadRunner::errorStatusesAreCounted()
{
    HttpServer server;
    server.setHandler(
        [](const HttpRequest &, HttpResponder *responder) { responder->respond(503, {}, "busy"); });
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    LoadSpec s = spec(server.port());
    s.connections = 2;
    LoadRunner runner;
    const LoadResult result = runner.run(s);
    QCOMPARE(result.ok, 0);
    QVERIFY(result.errors > 0);
    QCOMPARE(result.firstError, QByteArray("HTTP 503"));
}

void TestLoadRunner::unansweredRequestsAreLost()
{
    HttpServer server;
    QList<QPointer<HttpResponder>> held; // never answered
    server.setHandler([&](const HttpRequest &, HttpResponder *responder) { held.append(responder); });
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    LoadSpec s = spec(server.port());
    s.connections = 3;
    s.durationMs = 200;
    s.drainMs = 200;
    LoadRunner runner;
    const LoadResult result = runner.run(s);
    QCOMPARE(result.ok, 0);
    QCOMPARE(result.lost, 3);
}

void TestLoadRunner::streamsRecordTheFirstEvent()
{
    HttpServer server;
    server.setHandler([](const HttpRequest &, HttpResponder *responder) {
        responder->beginStream(200, {{"content-type", "text/event-stream"}});
        responder->write("data: {\"a\":1}\n\n");
        QPointer<HttpResponder> guard(responder);
        QTimer::singleShot(20, responder, [guard] {
            if (guard) {
                guard->write("data: [DONE]\n\n");
                guard->end();
            }
        });
    });
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    LoadSpec s = spec(server.port(), R"({"stream":true})");
    s.connections = 2;
    LoadRunner runner;
    LoadResult result = runner.run(s);
    QVERIFY(result.ok > 0);
    QCOMPARE(result.errors, 0);
    QCOMPARE(qint64(result.firstEventMs.size()), result.ok);
    std::sort(result.latencyMs.begin(), result.latencyMs.end());
    std::sort(result.firstEventMs.begin(), result.firstEventMs.end());
    // Each stream ends about 20 ms after its first event (a coarse timer may fire up to 5 % early).
    QVERIFY(result.latencyMs.front() >= 15);
    QVERIFY(result.firstEventMs.front() < result.latencyMs.front());
}

QTEST_GUILESS_MAIN(TestLoadRunner)
#include "tst_loadrunner.moc"
