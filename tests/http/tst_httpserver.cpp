#include "httpserver.h"
#include "httptestclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

#include <memory>
#include <vector>

using namespace clawdesk;

namespace {

QByteArray echoJson(const HttpRequest &r)
{
    QJsonObject o{{"method", QString::fromUtf8(r.method)},
                  {"path", QString::fromUtf8(r.path)},
                  {"query", QString::fromUtf8(r.query)},
                  {"body", QString::fromUtf8(r.body)},
                  {"xtest", QString::fromUtf8(r.header("x-test"))},
                  {"peerPort", int(r.peerPort)}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void echo(const HttpRequest &r, HttpResponder *responder)
{
    responder->respond(200, {{"Content-Type", "application/json"}}, echoJson(r));
}

} // namespace

/// @brief HttpServer against real clients: QNetworkAccessManager, curl and raw sockets.
class TestHttpServer : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void getAndPost_data();
    void getAndPost();
    void keepAliveReusesConnection();
    void curlReusesConnection();
    void pipelinedRequestsAnsweredInOrder();
    void chunkedRequestBody();
    void curlChunkedUpload();
    void expectContinue();
    void streamingArrivesIncrementally();
    void payloadTooLargeBeforeBody();
    void headersTooLarge();
    void malformedRequests_data();
    void malformedRequests();
    void slowlorisGets408();
    void slowBodyGets408();
    void idleKeepAliveCloses();
    void http10ClosesAfterResponse();
    void errorBodyComesFromCallback();
    void clientDisconnectMidStreamEmitsClientGone();
    void backpressureReportsPendingAndDrained();
    void maxConnectionsAnswers503();
    void idleConnectionsNeverLockOutNewClients();
    void silentNewConnectionCloses();
    void memoryReturnsAfterLargeRequests();
    void secondListenOnSamePortFails();
    void listensOnIpv4AndIpv6();
    void closeGracefullyLetsStreamsFinish();

private:
    bool startServer();
    QByteArray get(const QString &path);

    QPointer<HttpServer> m_server;
};

void TestHttpServer::init()
{
    m_server = new HttpServer;
    m_server->setHandler(echo);
}

void TestHttpServer::cleanup()
{
    delete m_server;
}

bool TestHttpServer::startServer()
{
    QString error;
    const bool ok = m_server->listen(QHostAddress::LocalHost, 0, &error);
    if (!ok)
        qWarning() << error;
    return ok && m_server->port() != 0;
}

void TestHttpServer::getAndPost_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addRow("get") << QByteArray("GET") << QStringLiteral("/v1/models?limit=2") << QByteArray();
    QTest::addRow("post json") << QByteArray("POST") << QStringLiteral("/v1/messages")
                               << QByteArray(R"({"model":"m","messages":[]})");
    QTest::addRow("post 1 MiB") << QByteArray("POST") << QStringLiteral("/big") << QByteArray(1 << 20, 'x');
    QTest::addRow("delete") << QByteArray("DELETE") << QStringLiteral("/thing/1") << QByteArray();
}

void TestHttpServer::getAndPost()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QVERIFY(startServer());

    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server->port()).arg(path)));
    request.setRawHeader("X-Test", "hello");
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
    QCOMPARE(o.value("method").toString(), QString::fromUtf8(method));
    QCOMPARE(o.value("path").toString() +
                 (o.value("query").toString().isEmpty() ? QString() : "?" + o.value("query").toString()),
             path);
    QCOMPARE(o.value("body").toString().toUtf8(), body);
    QCOMPARE(o.value("xtest").toString(), QStringLiteral("hello"));
    reply->deleteLater();
}

void TestHttpServer::keepAliveReusesConnection()
{
    QVERIFY(startServer());
    HttpTestClient client;
    QVERIFY(client.connectTo(m_server->port()));
    for (int i = 0; i < 3; ++i) {
        client.send("GET /n" + QByteArray::number(i) + " HTTP/1.1\r\nHost: x\r\n\r\n");
        const auto response = client.readResponse();
        QVERIFY(response.complete);
        QCOMPARE(response.status, 200);
        QVERIFY(response.body.contains("/n" + QByteArray::number(i)));
        QVERIFY(!response.headers.contains("connection"));
    }
    QVERIFY(client.isConnected());
    QCOMPARE(m_server->totalConnections(), quint64(1));
}

void TestHttpServer::curlReusesConnection()
{
    QVERIFY(startServer());
    QProcess curl;
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(m_server->port());
    curl.start("curl", {"-sv", base + "/first", base + "/second"});
    QVERIFY(QTest::qWaitFor([&] { return curl.state() == QProcess::NotRunning; }, 15000));
    QCOMPARE(curl.exitCode(), 0);
    const QByteArray out = curl.readAllStandardOutput();
    QVERIFY(out.contains("/first"));
    QVERIFY(out.contains("/second"));
    QVERIFY2(curl.readAllStandardError().contains("Re-using existing connection"), "curl did not reuse");
    QCOMPARE(m_server->totalConnections(), quint64(1));
}

void TestHttpServer::pipelinedRequestsAnsweredInOrder()
{
    // The first answer is late; the others must still come after it.
    m_server->setHandler([](const HttpRequest &r, HttpResponder *responder) {
        if (r.path == "/slow") {
            QPointer<HttpResponder> guard(responder);
            QTimer::singleShot(100, [guard] {
                if (guard)
                    guard->respond(200, {}, "slow");
            });
            return;
        }
        responder->respond(200, {}, r.path.mid(1));
    });
    QVERIFY(startServer());
    HttpTestClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send(
        "GET /slow HTTP/1.1\r\n\r\nGET /a HTTP/1.1\r\n\r\nPOST /b HTTP/1.1\r\nContent-Length: 2\r\n\r\nxx"
        "GET /c HTTP/1.1\r\n\r\n");
    for (const QByteArray expected : {"slow", "a", "b", "c"}) {
        const auto response = client.readResponse();
        QVERIFY(response.complete);
        QCOMPARE(response.body, expected);
    }
}

void TestHttpServer::chunkedRequestBody()
{
    QVERIFY(startServer());
    HttpTestClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send("POST /chunked HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n{\"a\"\r\n");
    QTest::qWait(20);
    client.send("5\r\n:\"b\"}\r\n0\r\n\r\n");
    const auto response = client.readResponse();
    QVERIFY(response.complete);
    QCOMPARE(response.status, 200);
    QCOMPARE(QJsonDocument::fromJson(response.body).object().value("body").toString(),
             QStringLiteral("{\"a\":\"b\"}"));
}

void TestHttpServer::curlChunkedUpload()
{
    QVERIFY(startServer());
    QProcess curl;
    curl.start("curl",
               {"-s", "-H", "Transfer-Encoding: chunked", "-H", "Content-Type: application/json",
                "--data-binary", "@-", QStringLiteral("http://127.0.0.1:%1/up").arg(m_server->port())});
    QVERIFY(curl.waitForStarted());
    curl.write(QByteArray(100000, 'z'));
    curl.closeWriteChannel();
    QVERIFY(QTest::qWaitFor([&] { return curl.state() == QProcess::NotRunning; }, 15000));
    const QJsonObject o = QJsonDocument::fromJson(curl.readAllStandardOutput()).object();
    QCOMPARE(o.value("body").toString().size(), 100000);
}

void TestHttpServer::expectContinue()
{
    QVERIFY(startServer());
    HttpTestClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send("POST /e HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n");
    QCOMPARE(client.readUntil("\r\n\r\n"), QByteArray("HTTP/1.1 100 Continue\r\n\r\n"));
    client.send("hello");
    const auto response = client.readResponse();
    QCOMPARE(response.status, 200);
    QCOMPARE(QJsonDocument::fromJson(response.body).object().value("body").toString(),
             QStringLiteral("hello"));
}

void TestHttpServer::streamingArrivesIncrementally()
{
    QPointer<HttpResponder> stream;
    m_server->setHandler([&stream](const HttpRequest &, HttpResponder *responder) {
        responder->beginStream(200, {{"Content-Type", "text/event-stream"}});
        responder->write("data: one\n\n");
        stream = responder;
    });
    QVERIFY(startServer());
    QNetworkAccessManager nam;
    QNetworkReply *reply =
        nam.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/sse").arg(m_server->port()))));
    QByteArray received;
    connect(reply, &QNetworkReply::readyRead, this, [&] { received += reply->readAll(); });
    QVERIFY(QTest::qWaitFor([&] { return received == "data: one\n\n"; }, 10000));
    QVERIFY(stream);
    QVERIFY(!reply->isFinished()); // the server still holds the rest
    stream->write("data: two\n\n");
    QVERIFY(QTest::qWaitFor([&] { return received.endsWith("data: two\n\n"); }, 10000));
    QVERIFY(!reply->isFinished());
    stream->end();
    QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 10000));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(received, QByteArray("data: one\n\ndata: two\n\n"));
    reply->deleteLater();
}

void TestHttpServer::payloadTooLargeBeforeBody()
{
    HttpServerLimits limits;
    limits.maxBodyBytes = 1024 * 1024;
    m_server->setLimits(limits);
    int handled = 0;
    m_server->setHandler([&handled](const HttpRequest &, HttpResponder *r) {
        ++handled;
        r->respond(200, {}, {});
    });
    QVERIFY(startServer());
    HttpTestClient client;
    QVERIFY(client.connectTo(m_server->port()));
    // Only the headers: the 413 must come without the body ever being sent.
    client.send("POST /v1/messages HTTP/1.1\r\nContent-Length: 10000000000\r\n\r\n");
    const auto response = client.readResponse();
    QVERIFY(response.complete);
    QCOMPARE(response.status, 413);
    QCOMPARE(response.headers.value("connection"), QByteArray("close"));
    QVERIFY(client.waitForDisconnected());
    QCOMPARE(handled, 0);
}

void TestHttpServer::headersTooLarge()
{
    QVERIFY(startServer());
    HttpTestClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send("GET / HTTP/1.1\r\nX-Huge: " + QByteArray(70 * 1024, 'h') + "\r\n\r\n");
    const auto response = client.readResponse();
    QCOMPARE(response.status, 431);
    QVERIFY(client.waitForDisconnected());
}

void TestHttpServer::malformedRequests_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");
    QTest::addRow("garbage") << QByteArray("\x01\x02garbage\r\n\r\n") << 400;
    QTest::addRow("tls hello on plain port")
        << QByteArray("\x16\x03\x01\x00\xa5\x01\x00\x00\xa1\x03\x03\n", 12) << 400;
    QTest::addRow("bad header") << QByteArray("GET / HTTP/1.1\r\nno colon here\r\n\r\n") << 400;
    QTest::addRow("bad content-length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << 400;
    QTest::addRow("smuggling shape") << QByteArray(
                                            "POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: "
                                            "chunked\r\n\r\n")
                                     << 400;
    QTest::addRow("bad chunk") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nxyz\r\n")
                               << 400;
    QTest::addRow("http/3.0") << QByteArray("GET / HTTP/3.0\r\n\r\n") << 505;
    QTest::addRow("two Host headers")
        << QByteArray("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: evil.com\r\n\r\n") << 400;
}

void TestHttpServer::malformedRequests()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    QVERIFY(startServer());
    HttpTestClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send(bytes);
    const auto response = client.readResponse();
    QVERIFY(response.complete);
    QCOMPARE(response.status, status);
    QVERIFY(QJsonDocument::fromJson(response.body).object().value("error").toObject().contains("message"));
    QVERIFY(client.waitForDisconnected());
}

void TestHttpServer::slowlorisGets408()
{
    HttpServerLimits limits;
    limits.headerTimeoutMs = 200;
    m_server->setLimits(limits);
    QVERIFY(startServer());
    HttpTestClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send("GET / HTTP/1.1\r\nHost: x\r\n");
    // Trickling bytes does not extend the header deadline.
    for (int i = 0; i < 3; ++i) {
        QTest::qWait(40);
        client.send("X-A: b\r\n");
    }
    const auto response = client.readResponse(5000);
    QCOMPARE(response.status, 408);
    QVERIFY(client.waitForDisconnected());
}

void TestHttpServer::slowBodyGets408()
{
    HttpServerLimits limits;
    limits.bodyTimeoutMs = 200;
    m_server->setLimits(limits);
    QVERIFY(startServer());
    HttpTestClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send("POST / HTTP/1.1\r\nContent-Length: 10\r\n\r\nabc");
    const auto response = client.readResponse(5000);
    QCOMPARE(response.status, 408);
    QVERIFY(client.waitForDisconnected());
}

void TestHttpServer::idleKeepAliveCloses()
{
    HttpServerLimits limits;
    limits.idleTimeoutMs = 200;
    m_server->setLimits(limits);
    QVERIFY(startServer());
    HttpTestClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send("GET / HTTP/1.1\r\n\r\n");
    QCOMPARE(client.readResponse().status, 200);
    QVERIFY(client.waitForDisconnected(5000));
    QVERIFY(client.pending().isEmpty()); // closed silently, no 408
    QTRY_COMPARE(m_server->connectionCount(), 0);
}

void TestHttpServer::http10ClosesAfterResponse()
{
    QVERIFY(startServer());
    HttpTestClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send("GET /old HTTP/1.0\r\n\r\n");
    const auto response = client.readResponse();
    QCOMPARE(response.status, 200);
    QCOMPARE(response.headers.value("connection"), QByteArray("close"));
    QVERIFY(client.waitForDisconnected());
}

void TestHttpServer::errorBodyComesFromCallback()
{
    m_server->setErrorBodyFactory([](int status, const QString &message, const HttpRequest &partial) {
        if (partial.path == "/v1/messages")
            return QByteArray(R"({"type":"error","error":{"type":"invalid_request_error","message":")") +
                   message.toUtf8() + "\",\"status\":" + QByteArray::number(status) + "}}";
        return QByteArray(R"({"error":{"message":"other"}})");
    });
    QVERIFY(startServer());
    HttpTestClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send("POST /v1/messages HTTP/1.1\r\nContent-Length: abc\r\n\r\n");
    const auto response = client.readResponse();
    QCOMPARE(response.status, 400);
    const QJsonObject o = QJsonDocument::fromJson(response.body).object();
    QCOMPARE(o.value("type").toString(), QStringLiteral("error"));
    QCOMPARE(o.value("error").toObject().value("status").toInt(), 400);
}

void TestHttpServer::clientDisconnectMidStreamEmitsClientGone()
{
    QPointer<HttpResponder> stream;
    int gone = 0;
    m_server->setHandler([&](const HttpRequest &, HttpResponder *responder) {
        stream = responder;
        connect(responder, &HttpResponder::clientGone, this, [&gone] { ++gone; });
        responder->beginStream(200, {{"Content-Type", "text/event-stream"}});
        responder->write("data: first\n\n");
    });
    QVERIFY(startServer());
    {
        HttpTestClient client;
        QVERIFY(client.connectTo(m_server->port()));
        client.send("POST /v1/messages HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}");
        QVERIFY(!client.readUntil("data: first\n\n").isEmpty());
        client.socket().abort();
    }
    QTRY_COMPARE(gone, 1);
    QTRY_VERIFY(!stream); // deleted after the client went away
    QTRY_COMPARE(m_server->connectionCount(), 0);
}

void TestHttpServer::backpressureReportsPendingAndDrained()
{
    QPointer<HttpResponder> stream;
    m_server->setHandler([&stream](const HttpRequest &, HttpResponder *responder) {
        stream = responder;
        responder->beginStream(200, {});
    });
    QVERIFY(startServer());
    HttpTestClient client;
    client.socket().setReadBufferSize(16 * 1024); // a slow reader
    QVERIFY(client.connectTo(m_server->port()));
    client.send("GET /s HTTP/1.1\r\n\r\n");
    QVERIFY(QTest::qWaitFor([&] { return !stream.isNull(); }, 5000));
    QSignalSpy drained(stream.data(), &HttpResponder::drained);
    const QByteArray block(1024 * 1024, 'b');
    for (int i = 0; i < 32; ++i)
        QVERIFY(stream->write(block));
    QTest::qWait(50);
    QVERIFY(stream->bytesPending() > 0); // the kernel cannot hold 32 MiB for a reader that does not read
    drained.clear();
    client.socket().setReadBufferSize(0); // the reader speeds up
    QByteArray received;
    QVERIFY(QTest::qWaitFor(
        [&] {
            received += client.socket().readAll();
            return stream && stream->bytesPending() == 0 && !drained.isEmpty();
        },
        20000));
    QCOMPARE(drained.count(), 1);
    stream->end();
    QVERIFY(QTest::qWaitFor(
        [&] {
            received += client.socket().readAll();
            return received.endsWith("0\r\n\r\n");
        },
        10000));
    QVERIFY(received.size() > 32 * 1024 * 1024);
}

void TestHttpServer::maxConnectionsAnswers503()
{
    // Full of connections that each have a request in progress: a newcomer is turned away.
    QList<HttpResponder *> held;
    m_server->setHandler([&held](const HttpRequest &, HttpResponder *responder) { held.append(responder); });
    HttpServerLimits limits;
    limits.maxConnections = 1;
    m_server->setLimits(limits);
    QVERIFY(startServer());
    HttpTestClient first;
    QVERIFY(first.connectTo(m_server->port()));
    first.send("GET /slow HTTP/1.1\r\n\r\n");
    QTRY_COMPARE(held.size(), 1);
    HttpTestClient second;
    QVERIFY(second.connectTo(m_server->port()));
    const auto response = second.readResponse();
    QCOMPARE(response.status, 503);
    held.first()->respond(200, {{"Content-Type", "text/plain"}}, "done");
    QCOMPARE(first.readResponse().status, 200);
}

void TestHttpServer::idleConnectionsNeverLockOutNewClients()
{
    // 1,100 clients connect and say nothing (default limit: 1,024 connections). The longest-waiting
    // ones make room, so a health check from a new client is still answered.
    QVERIFY(startServer());
    constexpr int Idle = 1100;
    // They arrive in waves of 100, each accepted before the next: 1,100 connects at once would
    // overflow the kernel's accept queue, and the connections it then drops never reach the server
    // at all, which says nothing about how the server treats the idle ones it has.
    constexpr int Wave = 100;
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < Idle; ++i) {
        idle.push_back(std::make_unique<QTcpSocket>());
        idle.back()->connectToHost(QHostAddress::LocalHost, m_server->port());
        if ((i + 1) % Wave == 0 || i + 1 == Idle)
            QTRY_VERIFY_WITH_TIMEOUT(m_server->totalConnections() >= quint64(i + 1), 30000);
    }
    QVERIFY(m_server->connectionCount() <= m_server->limits().maxConnections);
    HttpTestClient health;
    QVERIFY(health.connectTo(m_server->port()));
    health.send("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    const auto response = health.readResponse(30000);
    QCOMPARE(response.status, 200);
}

void TestHttpServer::silentNewConnectionCloses()
{
    HttpServerLimits limits;
    limits.headerTimeoutMs = 200; // a new connection waits no longer than one slow request would
    m_server->setLimits(limits);
    QVERIFY(startServer());
    HttpTestClient client;
    QVERIFY(client.connectTo(m_server->port()));
    QVERIFY(client.waitForDisconnected(10000));
    QTRY_COMPARE(m_server->connectionCount(), 0);
}

namespace {
qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}
} // namespace

void TestHttpServer::memoryReturnsAfterLargeRequests()
{
    m_server->setHandler([](const HttpRequest &r, HttpResponder *responder) {
        responder->respond(200, {{"Content-Type", "text/plain"}}, QByteArray::number(r.body.size()));
    });
    QVERIFY(startServer());
    {
        HttpTestClient warm;
        QVERIFY(warm.connectTo(m_server->port()));
        warm.send("GET /warm HTTP/1.1\r\n\r\n");
        QCOMPARE(warm.readResponse().status, 200);
    }
    const qint64 before = residentKiB();
    QVERIFY(before > 0);
    constexpr int Clients = 16;
    constexpr int BodyBytes = 16 * 1024 * 1024;
    std::vector<std::unique_ptr<HttpTestClient>> clients;
    {
        const QByteArray body(BodyBytes, 'x');
        for (int i = 0; i < Clients; ++i) {
            clients.push_back(std::make_unique<HttpTestClient>());
            QVERIFY(clients.back()->connectTo(m_server->port()));
            clients.back()->send("POST /big HTTP/1.1\r\nContent-Length: " + QByteArray::number(BodyBytes) +
                                 "\r\n\r\n" + body);
        }
    }
    for (auto &client : clients)
        QCOMPARE(client->readResponse(120000).body, QByteArray::number(BodyBytes));
    clients.clear();
    QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), 0, 30000);
#if !defined(__SANITIZE_ADDRESS__)
    // 256 MB went through; what stays must be far less (generous: 64 MB). Under AddressSanitizer
    // freed memory is held in quarantine on purpose, so only the plain build measures it.
    QTRY_VERIFY2_WITH_TIMEOUT(
        residentKiB() - before < 64 * 1024,
        qPrintable(QStringLiteral("RSS %1 KiB before, %2 KiB after").arg(before).arg(residentKiB())), 30000);
#endif
    qInfo("RSS %lld KiB before, %lld KiB after %d x %d MB requests", before, residentKiB(), Clients,
          BodyBytes / (1024 * 1024));
}

void TestHttpServer::secondListenOnSamePortFails()
{
    QVERIFY(startServer());
    HttpServer other;
    QString error;
    QVERIFY(!other.listen(QHostAddress::LocalHost, m_server->port(), &error));
    QCOMPARE(error, QStringLiteral("address 127.0.0.1:%1 is already in use").arg(m_server->port()));
    QVERIFY(!other.isListening());
}

void TestHttpServer::listensOnIpv4AndIpv6()
{
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHostIPv6, 0))
            QSKIP("no IPv6 loopback on this machine");
    }
    QVERIFY(startServer());
    QString error;
    QVERIFY2(m_server->listen(QHostAddress::LocalHostIPv6, m_server->port(), &error), qPrintable(error));
    for (const QHostAddress &address :
         {QHostAddress(QHostAddress::LocalHost), QHostAddress(QHostAddress::LocalHostIPv6)}) {
        HttpTestClient client;
        QVERIFY(client.connectTo(m_server->port(), address));
        client.send("GET /both HTTP/1.1\r\n\r\n");
        QCOMPARE(client.readResponse().status, 200);
    }
    HttpServer other;
    QVERIFY(!other.listen(QHostAddress::LocalHostIPv6, m_server->port(), &error));
    QCOMPARE(error, QStringLiteral("address [::1]:%1 is already in use").arg(m_server->port()));
}

void TestHttpServer::closeGracefullyLetsStreamsFinish()
{
    QPointer<HttpResponder> stream;
    m_server->setHandler([&stream](const HttpRequest &, HttpResponder *responder) {
        stream = responder;
        responder->beginStream(200, {});
        responder->write("a");
    });
    QVERIFY(startServer());
    const quint16 port = m_server->port();
    HttpTestClient client;
    QVERIFY(client.connectTo(port));
    client.send("GET /s HTTP/1.1\r\n\r\n");
    QVERIFY(QTest::qWaitFor([&] { return !stream.isNull(); }, 5000));
    QSignalSpy closed(m_server.data(), &HttpServer::gracefullyClosed);
    m_server->closeGracefully(10000);
    QVERIFY(!m_server->isListening());
    HttpTestClient late;
    QVERIFY(!late.connectTo(port, QHostAddress::LocalHost, 500));
    QVERIFY(stream->write("b"));
    stream->end();
    const auto response = client.readResponse();
    QCOMPARE(response.body, QByteArray("ab"));
    QTRY_COMPARE(closed.count(), 1);
    QVERIFY(client.waitForDisconnected());
}

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
