// Malformed and hostile requests: each gets the right status in the error shape of the path's API, and
// the gateway keeps serving afterwards.
#include "gatewaytestutil.h"

using namespace clawdesk;

class tst_GatewayHardening : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void hostile_data();
    void hostile();
    void hugeBody();
    void slowClient();
    void clientGoesAwayMidStream();
    void corsForAllowedOrigin();

private:
    void expectStillServing();
    std::unique_ptr<Harness> m_h;
};

void tst_GatewayHardening::initTestCase()
{
    m_h = std::make_unique<Harness>();
    m_h->options.limits.maxBodyBytes = 1024 * 1024;
    m_h->options.limits.headerTimeoutMs = 1500;
    m_h->options.allowedOrigins = {QStringLiteral("http://localhost:3000")};
    QVERIFY(m_h->start(m_h->config(Harness::ref(WireApi::OpenAIChat))));
    m_h->chat.addRoute(upstreamPath(WireApi::OpenAIChat),
                       replyScript(WireApi::OpenAIChat, QStringLiteral("chat-model"), false));
}

void tst_GatewayHardening::cleanupTestCase()
{
    m_h.reset();
}

void tst_GatewayHardening::expectStillServing()
{
    const auto response =
        m_h->post("/v1/chat/completions", clientBody(WireApi::OpenAIChat, QStringLiteral("chatty"), false));
    QCOMPARE(response.status, 200);
}

void tst_GatewayHardening::hostile_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("headers"); // "name: value" lines, "\n"-separated
    QTest::addColumn<bool>("token");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("shape");
    QTest::addColumn<QString>("messagePart");

    const QByteArray ok = R"({"model":"chatty","max_tokens":10,"messages":[{"role":"user","content":"hi"}]})";
    const QByteArray okChat = R"({"model":"chatty","messages":[{"role":"user","content":"hi"}]})";
    const QByteArray okResp = R"({"model":"chatty","input":"hi"})";
    const QString a = QStringLiteral("anthropic");
    const QString o = QStringLiteral("openai");
    QTest::addRow("bad json anthropic")
        << QByteArray("POST") << QByteArray("/v1/messages") << QByteArray("{nope") << QByteArray() << true
        << 400 << a << "invalid JSON";
    QTest::addRow("bad json chat") << QByteArray("POST") << QByteArray("/v1/chat/completions")
                                   << QByteArray("{\"a\":") << QByteArray() << true << 400 << o
                                   << "invalid JSON";
    QTest::addRow("bad json responses") << QByteArray("POST") << QByteArray("/v1/responses")
                                        << QByteArray("[1,2") << QByteArray() << true << 400 << o << "";
    QTest::addRow("array body") << QByteArray("POST") << QByteArray("/v1/messages") << QByteArray("[1]")
                                << QByteArray() << true << 400 << a << "object";
    QTest::addRow("empty body") << QByteArray("POST") << QByteArray("/v1/chat/completions") << QByteArray()
                                << QByteArray() << true << 400 << o << "";
    QTest::addRow("messages not array") << QByteArray("POST") << QByteArray("/v1/messages")
                                        << QByteArray(R"({"model":"chatty","max_tokens":5,"messages":"hi"})")
                                        << QByteArray() << true << 400 << a << "messages";
    QTest::addRow("missing model anthropic")
        << QByteArray("POST") << QByteArray("/v1/messages")
        << QByteArray(R"({"max_tokens":5,"messages":[{"role":"user","content":"hi"}]})") << QByteArray()
        << true << 400 << a << "model";
    QTest::addRow("missing model chat") << QByteArray("POST") << QByteArray("/v1/chat/completions")
                                        << QByteArray(R"({"messages":[{"role":"user","content":"hi"}]})")
                                        << QByteArray() << true << 400 << o << "model";
    QTest::addRow("model wrong type")
        << QByteArray("POST") << QByteArray("/v1/chat/completions")
        << QByteArray(R"({"model":42,"messages":[{"role":"user","content":"hi"}]})") << QByteArray() << true
        << 400 << o << "model";
    QTest::addRow("stream wrong type") << QByteArray("POST") << QByteArray("/v1/messages")
                                       << QByteArray(R"({"model":"chatty","max_tokens":5,"stream":"yes",)"
                                                     R"("messages":[{"role":"user","content":"hi"}]})")
                                       << QByteArray() << true << 400 << a << "stream";
    QTest::addRow("bad role")
        << QByteArray("POST") << QByteArray("/v1/messages")
        << QByteArray(R"({"model":"chatty","max_tokens":5,"messages":[{"role":"robot","content":"hi"}]})")
        << QByteArray() << true << 400 << a << "role";
    QTest::addRow("responses input wrong type")
        << QByteArray("POST") << QByteArray("/v1/responses") << QByteArray(R"({"model":"chatty","input":7})")
        << QByteArray() << true << 400 << o << "input";
    QTest::addRow("no token anthropic") << QByteArray("POST") << QByteArray("/v1/messages") << ok
                                        << QByteArray() << false << 401 << a << "Unauthorized";
    QTest::addRow("no token chat") << QByteArray("POST") << QByteArray("/v1/chat/completions") << okChat
                                   << QByteArray() << false << 401 << o << "Unauthorized";
    QTest::addRow("no token responses") << QByteArray("POST") << QByteArray("/v1/responses") << okResp
                                        << QByteArray() << false << 401 << o << "Unauthorized";
    QTest::addRow("wrong bearer") << QByteArray("POST") << QByteArray("/v1/chat/completions") << okChat
                                  << QByteArray("Authorization: Bearer wrong") << false << 401 << o << "";
    QTest::addRow("wrong x-api-key") << QByteArray("POST") << QByteArray("/v1/messages") << ok
                                     << QByteArray("x-api-key: wrong") << false << 401 << a << "";
    QTest::addRow("basic auth") << QByteArray("POST") << QByteArray("/v1/messages") << ok
                                << QByteArray("Authorization: Basic ") + Token.toBase64() << false << 401 << a
                                << "";
    QTest::addRow("models without token") << QByteArray("GET") << QByteArray("/v1/models") << QByteArray()
                                          << QByteArray() << false << 401 << o << "";
    QTest::addRow("foreign host") << QByteArray("POST") << QByteArray("/v1/messages") << ok
                                  << QByteArray("Host: evil.example.com") << true << 403 << a << "Host";
    QTest::addRow("foreign host health")
        << QByteArray("GET") << QByteArray("/health") << QByteArray() << QByteArray("Host: attacker.test:80")
        << false << 403 << o << "Host";
    QTest::addRow("foreign origin") << QByteArray("POST") << QByteArray("/v1/chat/completions") << okChat
                                    << QByteArray("Origin: https://evil.example.com") << true << 403 << o
                                    << "Origin";
    QTest::addRow("unknown path") << QByteArray("GET") << QByteArray("/v2/whatever") << QByteArray()
                                  << QByteArray() << true << 404 << o << "Not found";
    QTest::addRow("unknown messages subpath") << QByteArray("POST") << QByteArray("/v1/messages/batches")
                                              << ok << QByteArray() << true << 404 << a << "Not found";
    QTest::addRow("GET messages") << QByteArray("GET") << QByteArray("/v1/messages") << QByteArray()
                                  << QByteArray() << true << 405 << a << "not allowed";
    QTest::addRow("DELETE chat") << QByteArray("DELETE") << QByteArray("/v1/chat/completions") << QByteArray()
                                 << QByteArray() << true << 405 << o << "not allowed";
    QTest::addRow("POST models") << QByteArray("POST") << QByteArray("/v1/models") << QByteArray("{}")
                                 << QByteArray() << true << 405 << o << "not allowed";
    QTest::addRow("count_tokens bad")
        << QByteArray("POST") << QByteArray("/v1/messages/count_tokens") << QByteArray(R"({"model":"x"})")
        << QByteArray() << true << 400 << a << "messages";
}

void tst_GatewayHardening::hostile()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, headers);
    QFETCH(bool, token);
    QFETCH(int, status);
    QFETCH(QString, shape);
    QFETCH(QString, messagePart);

    QList<QPair<QByteArray, QByteArray>> extra;
    QByteArray raw;
    for (const QByteArray &line : headers.split('\n')) {
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        extra.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    raw = m_h->rawRequest(method, path, body, extra, token);
    // A second Host line would be ambiguous: replace ours when the row sets one.
    for (const auto &header : extra) {
        if (header.first.compare("host", Qt::CaseInsensitive) == 0)
            raw.replace("Host: 127.0.0.1:" + QByteArray::number(m_h->port()) + "\r\n", QByteArray());
    }
    HttpTestClient client;
    QVERIFY(client.connectTo(m_h->port()));
    client.send(raw);
    const auto response = client.readResponse(10000);
    QVERIFY(response.complete);
    QCOMPARE(response.status, status);
    QCOMPARE(errorShape(response.body), shape);
    QVERIFY2(errorMessage(response.body).contains(messagePart, Qt::CaseInsensitive),
             qPrintable(errorMessage(response.body)));
    if (status == 405)
        QVERIFY(!response.headers.value("allow").isEmpty());
    expectStillServing();
}

void tst_GatewayHardening::hugeBody()
{
    // The limit is decided from Content-Length before the body is read, so only the head is sent: a
    // client still writing a body the server refuses would see a reset instead of the answer.
    HttpTestClient client;
    QVERIFY(client.connectTo(m_h->port()));
    client.send("POST /v1/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + Token +
                "\r\nContent-Type: application/json\r\nContent-Length: " +
                QByteArray::number(2 * 1024 * 1024) + "\r\n\r\n{\"model\":");
    const auto response = client.readResponse(10000);
    QCOMPARE(response.status, 413);
    QCOMPARE(errorShape(response.body), QStringLiteral("anthropic"));
    expectStillServing();
}

void tst_GatewayHardening::slowClient()
{
    HttpTestClient client;
    QVERIFY(client.connectTo(m_h->port()));
    client.send("POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\n"); // and then nothing
    const auto response = client.readResponse(10000);
    QCOMPARE(response.status, 408);
    QCOMPARE(errorShape(response.body), QStringLiteral("openai"));
    expectStillServing();
}

void tst_GatewayHardening::clientGoesAwayMidStream()
{
    m_h->anth.addRoute(
        upstreamPath(WireApi::AnthropicMessages),
        replyScript(WireApi::AnthropicMessages, QStringLiteral("anth-model"), true).holdingAfter(1));
    {
        HttpTestClient client;
        QVERIFY(client.connectTo(m_h->port()));
        client.send(m_h->rawRequest("POST", "/v1/responses",
                                    clientBody(WireApi::OpenAIResponses, QStringLiteral("sonnet"), true)));
        QVERIFY(client.readUntil("response.created", 10000).contains("response.created"));
        client.socket().abort();
    }
    // The gateway drops its upstream stream when the client is gone.
    QTRY_COMPARE_WITH_TIMEOUT(m_h->anth.openStreams(), 0, 10000);
    m_h->anth.release();
    expectStillServing();
}

void tst_GatewayHardening::corsForAllowedOrigin()
{
    // Preflight: no token needed, the allowed origin is echoed.
    auto response = m_h->request("OPTIONS", "/v1/chat/completions", {},
                                 {{"Origin", "http://localhost:3000"},
                                  {"Access-Control-Request-Method", "POST"},
                                  {"Access-Control-Request-Headers", "authorization, content-type"}},
                                 false);
    QCOMPARE(response.status, 204);
    QCOMPARE(response.headers.value("access-control-allow-origin"), QByteArray("http://localhost:3000"));
    QVERIFY(response.headers.value("access-control-allow-methods").contains("POST"));
    QCOMPARE(response.headers.value("access-control-allow-headers"),
             QByteArray("authorization, content-type"));
    // The real request carries the header too.
    response =
        m_h->post("/v1/chat/completions", clientBody(WireApi::OpenAIChat, QStringLiteral("chatty"), false),
                  {{"Origin", "http://localhost:3000"}});
    QCOMPARE(response.status, 200);
    QCOMPARE(response.headers.value("access-control-allow-origin"), QByteArray("http://localhost:3000"));
    // A preflight from another origin is refused.
    response =
        m_h->request("OPTIONS", "/v1/chat/completions", {}, {{"Origin", "https://evil.example.com"}}, false);
    QCOMPARE(response.status, 403);
}

QTEST_GUILESS_MAIN(tst_GatewayHardening)
#include "tst_gatewayhardening.moc"
