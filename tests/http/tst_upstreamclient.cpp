#include "fakeupstream.h"
#include "upstreamclient.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace clawdesk;

namespace {

/// Collects everything one call reports.
struct Recorder
{
    explicit Recorder(UpstreamCall *c)
        : call(c)
    {
        call->setParent(nullptr); // take it, so it outlives finished() for the assertions
        QObject::connect(call, &UpstreamCall::responseStarted, [this](int s, const HttpHeaders &h) {
            status = s;
            headers = h;
            events.append("start");
        });
        QObject::connect(call, &UpstreamCall::dataReceived, [this](const QByteArray &chunk) {
            data += chunk;
            chunks.append(chunk);
        });
        QObject::connect(call, &UpstreamCall::finished, [this] {
            ++finishedCount;
            events.append("finished");
        });
    }
    ~Recorder() { delete call; }
    bool waitFinished(int ms = 10000)
    {
        return QTest::qWaitFor([this] { return finishedCount > 0; }, ms);
    }

    UpstreamCall *call;
    int status = 0;
    HttpHeaders headers;
    QByteArray data;
    QList<QByteArray> chunks;
    QStringList events;
    int finishedCount = 0;
};

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort(); // nobody listens there once probe is gone
}

UpstreamRequest post(const QUrl &url, const QByteArray &body = R"({"model":"m","stream":true})")
{
    UpstreamRequest r;
    r.url = url;
    r.body = body;
    r.headers = {{"Content-Type", "application/json"}, {"Authorization", "Bearer sk-secret-0123456789"}};
    return r;
}

const QList<QByteArray> kEvents = {
    FakeUpstream::sseEvent(R"({"type":"message_start"})", "message_start"),
    FakeUpstream::sseEvent(R"({"type":"content_block_delta"})", "content_block_delta"),
    FakeUpstream::sseEvent(R"({"type":"message_stop"})", "message_stop")};

} // namespace

/// @brief UpstreamClient (libcurl multi on the Qt event loop) against FakeUpstream, a real local server.
class TestUpstreamClient : public QObject
{
    Q_OBJECT
private slots:
    void jsonRoundTrip();
    void sseChunksArriveOneByOne();
    void slowDripDeliversEverything();
    void connectionRefused();
    void firstByteTimeout();
    void idleTimeout();
    void midStreamClose();
    void endlessEventFailsCleanly();
    void oversizedBodyFailsCleanly();
    void dropBeforeResponse();
    void abortStopsAtOnce();
    void redirectsAreNotFollowed();
    void concurrentStreamsAllProgress();
    void connectionsAreReused();
    void errorStringHasNoHeaderValues_data();
    void errorStringHasNoHeaderValues();
    void sendAndAbortFromInsideSignals();
    void clientOwnsCallUntilTaken();
    void pauseAndResume();
    void loopbackBypassesProxy();
};

void TestUpstreamClient::jsonRoundTrip()
{
    FakeUpstream fake;
    QVERIFY(fake.isListening());
    fake.addRoute(
        "/v1/chat/completions",
        FakeUpstream::Script::json(200, R"({"id":"c1","choices":[]})").withHeader("X-Request-Id", "r-1"));
    UpstreamClient client;
    Recorder rec(client.send(post(fake.url("/v1/chat/completions"), R"({"model":"gpt"})")));
    QVERIFY(rec.waitFinished());
    QCOMPARE(rec.call->error(), UpstreamError::None);
    QCOMPARE(rec.status, 200);
    QCOMPARE(rec.call->status(), 200);
    QCOMPARE(rec.headers.value("x-request-id"), QByteArray("r-1"));
    QCOMPARE(rec.headers.value("Content-Type"), QByteArray("application/json"));
    QCOMPARE(rec.data, QByteArray(R"({"id":"c1","choices":[]})"));
    QCOMPARE(rec.events, QStringList({"start", "finished"}));
    QVERIFY(rec.call->totalMs() >= rec.call->firstByteMs());
    QVERIFY(rec.call->firstByteMs() >= 0);
    QVERIFY(rec.call->connectMs() >= 0);

    QCOMPARE(fake.requestCount(), 1);
    const HttpRequest seen = fake.requests().first();
    QCOMPARE(seen.method, QByteArray("POST"));
    QCOMPARE(seen.body, QByteArray(R"({"model":"gpt"})"));
    QCOMPARE(seen.header("authorization"), QByteArray("Bearer sk-secret-0123456789"));
    QCOMPARE(seen.header("content-type"), QByteArray("application/json"));
    QVERIFY(!seen.headers.contains("expect"));
    QVERIFY(!seen.headers.contains("accept-encoding"));
}

void TestUpstreamClient::sseChunksArriveOneByOne()
{
    FakeUpstream fake;
    fake.addRoute("/v1/messages", FakeUpstream::Script::sse(kEvents).holdingAfter(1));
    UpstreamClient client;
    Recorder rec(client.send(post(fake.url("/v1/messages"))));
    QVERIFY(QTest::qWaitFor([&] { return !rec.data.isEmpty(); }, 10000));
    QCOMPARE(rec.data, kEvents.at(0)); // the first event, alone, while the server holds the rest
    QCOMPARE(rec.finishedCount, 0);
    QCOMPARE(rec.headers.value("content-type"), QByteArray("text/event-stream"));
    fake.release();
    QVERIFY(rec.waitFinished());
    QCOMPARE(rec.call->error(), UpstreamError::None);
    QCOMPARE(rec.data, kEvents.join());
    QVERIFY(rec.chunks.size() >= 2);
}

void TestUpstreamClient::slowDripDeliversEverything()
{
    FakeUpstream fake;
    const QByteArray body = R"({"choices":[{"message":{"content":"dripped slowly"}}]})";
    fake.addRoute("/drip", FakeUpstream::Script::drip(body, 7, 5));
    UpstreamClient client;
    Recorder rec(client.send(post(fake.url("/drip"))));
    QVERIFY(rec.waitFinished());
    QCOMPARE(rec.call->error(), UpstreamError::None);
    QCOMPARE(rec.data, body);
    QVERIFY(rec.chunks.size() > 1);
}

void TestUpstreamClient::connectionRefused()
{
    UpstreamClient client;
    Recorder rec(client.send(post(QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(closedPort())))));
    QVERIFY(rec.waitFinished(5000));
    QCOMPARE(rec.call->error(), UpstreamError::ConnectionRefused);
    QCOMPARE(rec.status, 0);
    QVERIFY(!rec.call->errorString().isEmpty());
    QCOMPARE(rec.events, QStringList({"finished"}));
}

void TestUpstreamClient::firstByteTimeout()
{
    FakeUpstream fake;
    fake.addRoute("/hang", FakeUpstream::Script::hang());
    UpstreamClient client;
    UpstreamRequest request = post(fake.url("/hang"));
    request.firstByteTimeoutMs = 300;
    Recorder rec(client.send(request));
    QVERIFY(rec.waitFinished(10000));
    QCOMPARE(rec.call->error(), UpstreamError::Timeout);
    QCOMPARE(rec.status, 0);
    QCOMPARE(fake.requestCount(), 1);
}

void TestUpstreamClient::idleTimeout()
{
    FakeUpstream fake;
    fake.addRoute("/stall", FakeUpstream::Script::sse(kEvents).holdingAfter(1));
    UpstreamClient client;
    UpstreamRequest request = post(fake.url("/stall"));
    request.idleTimeoutMs = 300;
    Recorder rec(client.send(request));
    QVERIFY(rec.waitFinished(10000));
    QCOMPARE(rec.call->error(), UpstreamError::Timeout);
    QCOMPARE(rec.status, 200);
    QCOMPARE(rec.data, kEvents.at(0));
    QTRY_COMPARE(fake.openStreams(), 0); // our side hung up
}

void TestUpstreamClient::endlessEventFailsCleanly()
{
    // One event that never ends (no blank line): the call stops at the event limit instead of
    // buffering; events that do end may add up to far more than the limit.
    FakeUpstream fake;
    const QByteArray piece = "data: " + QByteArray(1000, 'x') + "\n";
    QList<QByteArray> chunks;
    for (int i = 0; i < 200; ++i)
        chunks.append(FakeUpstream::sseEvent(QByteArray(1000, 'y')));
    for (int i = 0; i < 500; ++i)
        chunks.append(piece);
    fake.addRoute("/endless", FakeUpstream::Script::sse(chunks));
    UpstreamClient client;
    UpstreamRequest request = post(fake.url("/endless"));
    request.maxEventBytes = 100 * 1000;
    Recorder rec(client.send(request));
    QVERIFY(rec.waitFinished(30000));
    QCOMPARE(rec.call->error(), UpstreamError::TooLarge);
    QVERIFY2(rec.call->errorString().contains(QStringLiteral("an event larger than")),
             qPrintable(rec.call->errorString()));
    QVERIFY(rec.data.size() >= 200 * 1000); // the complete events all went through
    QVERIFY(rec.data.size() < 200 * 1010 + 100 * 1000 + 64 * 1024);
    QTRY_COMPARE(fake.openStreams(), 0);
}

void TestUpstreamClient::oversizedBodyFailsCleanly()
{
    FakeUpstream fake;
    fake.addRoute("/huge", FakeUpstream::Script::json(200, "[\"" + QByteArray(300 * 1000, 'z') + "\"]"));
    UpstreamClient client;
    UpstreamRequest request = post(fake.url("/huge"));
    request.maxBodyBytes = 100 * 1000;
    Recorder rec(client.send(request));
    QVERIFY(rec.waitFinished(30000));
    QCOMPARE(rec.call->error(), UpstreamError::TooLarge);
    QVERIFY(rec.data.size() <= 100 * 1000);
    QVERIFY(!rec.call->errorString().contains(QStringLiteral("zzzz")));
}

void TestUpstreamClient::midStreamClose()
{
    FakeUpstream fake;
    fake.addRoute("/cut", FakeUpstream::Script::sse(kEvents).closingAfter(2));
    UpstreamClient client;
    Recorder rec(client.send(post(fake.url("/cut"))));
    QVERIFY(rec.waitFinished());
    QCOMPARE(rec.call->error(), UpstreamError::ConnectionReset);
    QCOMPARE(rec.status, 200);
    QCOMPARE(rec.data, kEvents.at(0) + kEvents.at(1));
}

void TestUpstreamClient::dropBeforeResponse()
{
    FakeUpstream fake;
    fake.addRoute("/drop", FakeUpstream::Script::drop());
    UpstreamClient client;
    Recorder rec(client.send(post(fake.url("/drop"))));
    QVERIFY(rec.waitFinished());
    QCOMPARE(rec.call->error(), UpstreamError::ConnectionReset);
    QCOMPARE(rec.status, 0);
}

void TestUpstreamClient::abortStopsAtOnce()
{
    FakeUpstream fake;
    fake.addRoute("/held", FakeUpstream::Script::sse(kEvents).holdingAfter(1));
    UpstreamClient client;
    Recorder rec(client.send(post(fake.url("/held"))));
    QVERIFY(QTest::qWaitFor([&] { return !rec.data.isEmpty(); }, 10000));
    rec.call->abort();
    QCOMPARE(rec.finishedCount, 1); // synchronously
    QCOMPARE(rec.call->error(), UpstreamError::Aborted);
    rec.call->abort();
    fake.release();
    QTest::qWait(100);
    QCOMPARE(rec.finishedCount, 1);
    QCOMPARE(rec.data, kEvents.at(0));
    QTRY_COMPARE(fake.openStreams(), 0);
    QCOMPARE(client.runningCalls(), 0);
}

void TestUpstreamClient::redirectsAreNotFollowed()
{
    FakeUpstream fake;
    fake.addRoute("/old", FakeUpstream::Script::json(302, "{}").withHeader("Location", "/new"));
    fake.addRoute("/new", FakeUpstream::Script::json(200, R"({"moved":true})"));
    UpstreamClient client;
    Recorder rec(client.send(post(fake.url("/old"))));
    QVERIFY(rec.waitFinished());
    QCOMPARE(rec.call->error(), UpstreamError::None);
    QCOMPARE(rec.status, 302);
    QCOMPARE(rec.headers.value("location"), QByteArray("/new"));
    QTest::qWait(50);
    QCOMPARE(fake.requestCount(), 1);
}

void TestUpstreamClient::concurrentStreamsAllProgress()
{
    constexpr int kStreams = 64;
    FakeUpstream fake;
    fake.addRoute("/v1/responses", FakeUpstream::Script::sse(kEvents, 5).holdingAfter(1));
    UpstreamClient client;
    std::vector<std::unique_ptr<Recorder>> recs;
    for (int i = 0; i < kStreams; ++i)
        recs.push_back(std::make_unique<Recorder>(client.send(post(fake.url("/v1/responses")))));
    const auto started = [&] {
        return std::count_if(recs.begin(), recs.end(), [](const auto &r) { return !r->data.isEmpty(); });
    };
    QVERIFY2(QTest::qWaitFor([&] { return started() == kStreams; }, 20000),
             qPrintable(QStringLiteral("only %1 streams got their first event").arg(started())));
    // Every stream has its first event while none has finished: none waited for a free connection.
    for (const auto &r : recs)
        QCOMPARE(r->finishedCount, 0);
    QCOMPARE(fake.openStreams(), kStreams);
    QVERIFY(fake.connectionCount() >= quint64(kStreams));
    fake.release();
    QVERIFY(QTest::qWaitFor(
        [&] {
            return std::all_of(recs.begin(), recs.end(), [](const auto &r) { return r->finishedCount == 1; });
        },
        20000));
    for (const auto &r : recs) {
        QCOMPARE(r->call->error(), UpstreamError::None);
        QCOMPARE(r->data, kEvents.join());
    }
}

void TestUpstreamClient::connectionsAreReused()
{
    FakeUpstream fake;
    fake.addRoute("/v1/models", FakeUpstream::Script::json(200, R"({"data":[]})"));
    UpstreamClient client;
    for (int i = 0; i < 5; ++i) {
        UpstreamRequest request;
        request.method = "GET";
        request.url = fake.url("/v1/models");
        Recorder rec(client.send(request));
        QVERIFY(rec.waitFinished());
        QCOMPARE(rec.call->error(), UpstreamError::None);
        if (i > 0)
            QCOMPARE(rec.call->connectMs(), 0.0);
    }
    QCOMPARE(fake.requestCount(), 5);
    QCOMPARE(fake.requests().last().method, QByteArray("GET"));
    QVERIFY2(fake.connectionCount() < 5, qPrintable(QString::number(fake.connectionCount())));
    QCOMPARE(fake.connectionCount(), quint64(1));
}

void TestUpstreamClient::errorStringHasNoHeaderValues_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addRow("refused") << "refused";
    QTest::addRow("first byte timeout") << "hang";
    QTest::addRow("mid-stream close") << "cut";
    QTest::addRow("bad host") << "badhost";
}

void TestUpstreamClient::errorStringHasNoHeaderValues()
{
    QFETCH(QString, kind);
    FakeUpstream fake;
    fake.addRoute("/hang", FakeUpstream::Script::hang());
    fake.addRoute("/cut", FakeUpstream::Script::sse(kEvents).closingAfter(1));
    QUrl url = fake.url("/" + kind);
    if (kind == "refused")
        url = QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(closedPort()));
    if (kind == "badhost")
        url = QUrl(QStringLiteral("http://sk-secret-0123456789.invalid/x"));
    UpstreamRequest request = post(url);
    request.headers.append(qMakePair(QByteArray("x-api-key"), QByteArray("key-abcdef-987654")));
    request.firstByteTimeoutMs = 300;
    UpstreamClient client;
    Recorder rec(client.send(request));
    QVERIFY(rec.waitFinished(10000));
    QVERIFY(rec.call->error() != UpstreamError::None);
    const QString text = rec.call->errorString();
    QVERIFY(!text.isEmpty());
    QVERIFY2(!text.contains("sk-secret-0123456789"), qPrintable(text));
    QVERIFY2(!text.contains("key-abcdef-987654"), qPrintable(text));
}

void TestUpstreamClient::sendAndAbortFromInsideSignals()
{
    // Failover shape: a 503 seen in responseStarted (inside libcurl's callback) starts the next call.
    FakeUpstream fake;
    fake.addRoute("/busy", FakeUpstream::Script::json(503, R"({"error":"overloaded"})"));
    fake.addRoute("/ok", FakeUpstream::Script::sse(kEvents).holdingAfter(2));
    UpstreamClient client;
    UpstreamCall *first = client.send(post(fake.url("/busy")));
    QPointer<UpstreamCall> second;
    QByteArray secondData;
    int secondFinished = 0;
    connect(first, &UpstreamCall::responseStarted, this, [&](int status) {
        QCOMPARE(status, 503);
        first->abort();
        second = client.send(post(fake.url("/ok")));
        connect(second, &UpstreamCall::dataReceived, this, [&](const QByteArray &chunk) {
            secondData += chunk;
            second->abort(); // abort from inside the write callback
        });
        connect(second, &UpstreamCall::finished, this, [&] { ++secondFinished; });
    });
    QVERIFY(QTest::qWaitFor([&] { return secondFinished == 1; }, 10000));
    QCOMPARE(secondData, kEvents.at(0));
    QTest::qWait(50);
    QCOMPARE(secondFinished, 1);
    QTRY_COMPARE(client.runningCalls(), 0);
    QTRY_VERIFY(!second); // client-owned calls are deleted after finished()
}

void TestUpstreamClient::clientOwnsCallUntilTaken()
{
    FakeUpstream fake;
    fake.addRoute("/j", FakeUpstream::Script::json(200, "{}"));
    UpstreamClient client;
    QPointer<UpstreamCall> owned = client.send(post(fake.url("/j")));
    QSignalSpy ownedDone(owned.data(), &UpstreamCall::finished);
    QVERIFY(ownedDone.wait(10000));
    QTRY_VERIFY(owned.isNull());

    QObject holder;
    QPointer<UpstreamCall> taken = client.send(post(fake.url("/j")));
    taken->setParent(&holder);
    QSignalSpy takenDone(taken.data(), &UpstreamCall::finished);
    QVERIFY(takenDone.wait(10000));
    QTest::qWait(20);
    QVERIFY(!taken.isNull());
    QCOMPARE(taken->status(), 200);

    // Deleting a running call aborts it quietly.
    fake.addRoute("/h", FakeUpstream::Script::hang());
    UpstreamCall *doomed = client.send(post(fake.url("/h")));
    QVERIFY(fake.waitForRequests(3));
    delete doomed;
    QCOMPARE(client.runningCalls(), 0);
}

void TestUpstreamClient::pauseAndResume()
{
    FakeUpstream fake;
    fake.addRoute("/p", FakeUpstream::Script::sse(kEvents, 20));
    UpstreamClient client;
    Recorder rec(client.send(post(fake.url("/p"))));
    QVERIFY(QTest::qWaitFor([&] { return !rec.data.isEmpty(); }, 10000));
    rec.call->pauseReceive();
    const QByteArray atPause = rec.data;
    QTest::qWait(150);
    QCOMPARE(rec.data, atPause);
    QCOMPARE(rec.finishedCount, 0);
    rec.call->resumeReceive();
    QVERIFY(rec.waitFinished());
    QCOMPARE(rec.call->error(), UpstreamError::None);
    QCOMPARE(rec.data, kEvents.join());
}

void TestUpstreamClient::loopbackBypassesProxy()
{
    FakeUpstream fake;
    fake.addRoute("/v1/models", FakeUpstream::Script::json(200, "{}"));
    const QByteArray deadProxy = "http://127.0.0.1:" + QByteArray::number(closedPort());
    qputenv("http_proxy", deadProxy);
    qunsetenv("no_proxy");
    qunsetenv("NO_PROXY");
    UpstreamClient client;
    Recorder local(client.send(post(fake.url("/v1/models"))));
    Recorder remote(client.send(post(QUrl("http://provider.invalid/v1/models"))));
    QVERIFY(local.waitFinished());
    QVERIFY(remote.waitFinished());
    qunsetenv("http_proxy");
    QCOMPARE(local.call->error(), UpstreamError::None);               // loopback never goes through the proxy
    QCOMPARE(remote.call->error(), UpstreamError::ConnectionRefused); // the dead proxy was tried
}

QTEST_GUILESS_MAIN(TestUpstreamClient)
#include "tst_upstreamclient.moc"
