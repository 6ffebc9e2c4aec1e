// Failover through the real gateway: triggers fail over, 400 does not, mid-stream failures end the
// stream with an error event, "All models failed", cooldown skip and return to the primary.
#include "gatewaytestutil.h"

#include <QTcpServer>

using namespace clawdesk;

class tst_GatewayFailover : public QObject
{
    Q_OBJECT
private slots:
    void failsOver_data();
    void failsOver();
    void noFailoverOn400();
    void midStreamFailure();
    void allModelsFailed();
    void cooldownSkipAndReturnToPrimary();
    void inStreamOverloadedBeforeFirstByte();
    void quickRetryHonoursShortRetryAfter();
    void thinkingSignaturesAcrossProviders();
};

namespace {
const QByteArray AnthPath = upstreamPath(WireApi::AnthropicMessages);
const QByteArray ChatPath = upstreamPath(WireApi::OpenAIChat);

quint16 deadPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort(); // closed again when server goes: connections are refused
}
} // namespace

void tst_GatewayFailover::failsOver_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");
    QTest::addRow("429") << "429"
                         << "rate_limit";
    QTest::addRow("401") << "401"
                         << "auth";
    QTest::addRow("402") << "402"
                         << "billing";
    QTest::addRow("500") << "500"
                         << "server_error";
    QTest::addRow("529") << "529"
                         << "overloaded";
    QTest::addRow("404") << "404"
                         << "model_not_found";
    QTest::addRow("refused") << "refused"
                             << "connection";
    QTest::addRow("dropped") << "drop"
                             << "connection";
    QTest::addRow("timeout") << "hang"
                             << "timeout";
}

void tst_GatewayFailover::failsOver()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    Harness h;
    h.options.upstreamFirstByteTimeoutMs = 1500;
    QSignalSpy events(&h.controller, &GatewayController::failover);
    QSignalSpy records(&h.controller, &GatewayController::requestFinished);
    const bool refused = kind == u"refused";
    const QString primary =
        refused ? QStringLiteral("deadhost/dead-model") : QStringLiteral("fakeanth/anth-model");
    QVERIFY(h.start(h.config(primary, {QStringLiteral("fakechat/chat-model")}, deadPort())));
    if (kind == u"hang")
        h.anth.addRoute(AnthPath, FakeUpstream::Script::hang());
    else if (kind == u"drop")
        h.anth.addRoute(AnthPath, FakeUpstream::Script::drop());
    else if (!refused)
        h.anth.addRoute(AnthPath, FakeUpstream::Script::json(
                                      kind.toInt(), R"({"type":"error","error":{"type":"some_error",)"
                                                    R"("message":"failure [mock]"}})"));
    h.chat.addRoute(ChatPath, replyScript(WireApi::OpenAIChat, QStringLiteral("chat-model"), false));

    const auto response = h.post("/v1/messages", clientBody(WireApi::AnthropicMessages, primary, false));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.headers.value("x-clawdesk-model"), QByteArray("fakechat/chat-model"));
    QCOMPARE(response.headers.value("x-clawdesk-attempts"), QByteArray("2"));
    QCOMPARE(h.chat.requestCount(), 1);
    QTRY_COMPARE(events.size(), 1);
    const auto event = events.first().first().value<FailoverEvent>();
    QCOMPARE(event.fromModel, primary);
    QCOMPARE(event.toModel, QStringLiteral("fakechat/chat-model"));
    QCOMPARE(event.reason, reason);
    QVERIFY(!event.recovery);
    QTRY_COMPARE(records.size(), 1);
    const auto record = records.first().first().value<RequestRecord>();
    QCOMPARE(record.servedModel, QStringLiteral("fakechat/chat-model"));
    QCOMPARE(record.attempts, QStringList{primary + QStringLiteral(": ") + reason});
    QCOMPARE(record.status, 200);
}

void tst_GatewayFailover::noFailoverOn400()
{
    Harness h;
    QVERIFY(
        h.start(h.config(QStringLiteral("fakeanth/anth-model"), {QStringLiteral("fakechat/chat-model")})));
    h.anth.addRoute(AnthPath, FakeUpstream::Script::json(
                                  400, R"({"type":"error","error":{"type":)"
                                       R"("invalid_request_error","message":"bad thing [mock]"}})"));
    h.chat.addRoute(ChatPath, replyScript(WireApi::OpenAIChat, QStringLiteral("chat-model"), false));
    const auto response =
        h.post("/v1/chat/completions",
               clientBody(WireApi::OpenAIChat, QStringLiteral("fakeanth/anth-model"), false));
    QCOMPARE(response.status, 400);
    QCOMPARE(errorShape(response.body), QStringLiteral("openai"));
    QVERIFY2(errorMessage(response.body).contains(QStringLiteral("bad thing [mock]")),
             response.body.constData());
    QCOMPARE(h.chat.requestCount(), 0);
    QCOMPARE(h.anth.requestCount(), 1);
}

void tst_GatewayFailover::midStreamFailure()
{
    Harness h;
    QVERIFY(
        h.start(h.config(QStringLiteral("fakeanth/anth-model"), {QStringLiteral("fakechat/chat-model")})));
    h.anth.addRoute(
        AnthPath,
        replyScript(WireApi::AnthropicMessages, QStringLiteral("anth-model"), true).closingAfter(3));
    h.chat.addRoute(ChatPath, replyScript(WireApi::OpenAIChat, QStringLiteral("chat-model"), true));
    // Anthropic client: the stream ends with an error event.
    auto response =
        h.post("/v1/messages", clientBody(WireApi::AnthropicMessages, QStringLiteral("sonnet"), true));
    QCOMPARE(response.status, 200);
    QVERIFY2(response.body.contains("message_start"), response.body.constData());
    QVERIFY2(response.body.contains("event: error"), response.body.constData());
    QVERIFY(!response.body.contains("message_stop"));
    // OpenAI client: an error chunk, in its format.
    response =
        h.post("/v1/chat/completions", clientBody(WireApi::OpenAIChat, QStringLiteral("sonnet"), true));
    QCOMPARE(response.status, 200);
    QVERIFY2(response.body.contains("\"error\""), response.body.constData());
    QCOMPARE(h.chat.requestCount(), 0); // bytes had reached the client: no failover
}

void tst_GatewayFailover::allModelsFailed()
{
    Harness h;
    QVERIFY(
        h.start(h.config(QStringLiteral("fakeanth/anth-model"), {QStringLiteral("fakechat/chat-model")})));
    h.anth.addRoute(AnthPath, FakeUpstream::Script::json(
                                  401, R"({"type":"error","error":{"type":)"
                                       R"("authentication_error","message":"invalid x-api-key [mock]"}})"));
    h.chat.addRoute(ChatPath,
                    FakeUpstream::Script::json(401, R"({"error":{"message":"invalid x-api-key [mock]",)"
                                                    R"("type":"invalid_request_error"}})"));
    const auto response = h.post(
        "/v1/messages", clientBody(WireApi::AnthropicMessages, QStringLiteral("fakeanth/anth-model"), false));
    QCOMPARE(response.status, 401);
    QCOMPARE(errorShape(response.body), QStringLiteral("anthropic"));
    QCOMPARE(errorMessage(response.body),
             QStringLiteral(
                 "All models failed (2): fakeanth/anth-model: HTTP 401 authentication_error: invalid "
                 "x-api-key [mock] (auth) | fakechat/chat-model: HTTP 401: invalid x-api-key [mock] (auth)"));
    // The upstream keys never show up in what the client gets.
    QVERIFY(!response.body.contains("anth-key"));
    QVERIFY(!response.body.contains("chat-key"));
}

void tst_GatewayFailover::cooldownSkipAndReturnToPrimary()
{
    Harness h;
    QSignalSpy events(&h.controller, &GatewayController::failover);
    QVERIFY(
        h.start(h.config(QStringLiteral("fakeanth/anth-model"), {QStringLiteral("fakechat/chat-model")})));
    h.anth.enqueue(
        AnthPath, FakeUpstream::Script::json(429, R"({"type":"error","error":{"type":)"
                                                  R"("rate_limit_error","message":"Rate limit exceeded"}})"));
    h.anth.addRoute(AnthPath, replyScript(WireApi::AnthropicMessages, QStringLiteral("anth-model"), false));
    h.chat.addRoute(ChatPath, replyScript(WireApi::OpenAIChat, QStringLiteral("chat-model"), false));
    const QByteArray body = clientBody(WireApi::OpenAIChat, QStringLiteral("sonnet"), false);

    QCOMPARE(h.post("/v1/chat/completions", body).headers.value("x-clawdesk-model"),
             QByteArray("fakechat/chat-model"));
    QCOMPARE(h.anth.requestCount(), 1);
    // In cooldown (1 min): the primary is skipped without a request.
    h.clock.advance(30 * 1000);
    auto response = h.post("/v1/chat/completions", body);
    QCOMPARE(response.headers.value("x-clawdesk-model"), QByteArray("fakechat/chat-model"));
    QCOMPARE(h.anth.requestCount(), 1);
    // Cooldown over: the primary is tried again and serves; that is a recovery event.
    h.clock.advance(31 * 1000); // 61 s after the failure
    response = h.post("/v1/chat/completions", body);
    QCOMPARE(response.headers.value("x-clawdesk-model"), QByteArray("fakeanth/anth-model"));
    QCOMPARE(h.anth.requestCount(), 2);
    QTRY_VERIFY(!events.isEmpty() && events.last().first().value<FailoverEvent>().recovery);
    QCOMPARE(events.last().first().value<FailoverEvent>().toModel, QStringLiteral("fakeanth/anth-model"));
}

void tst_GatewayFailover::inStreamOverloadedBeforeFirstByte()
{
    Harness h;
    QVERIFY(
        h.start(h.config(QStringLiteral("fakeanth/anth-model"), {QStringLiteral("fakechat/chat-model")})));
    h.anth.addRoute(
        AnthPath,
        FakeUpstream::Script::sse({FakeUpstream::sseEvent(
            R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}})", "error")}));
    h.chat.addRoute(ChatPath, replyScript(WireApi::OpenAIChat, QStringLiteral("chat-model"), true));
    const auto response =
        h.post("/v1/messages", clientBody(WireApi::AnthropicMessages, QStringLiteral("sonnet"), true));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.headers.value("x-clawdesk-model"), QByteArray("fakechat/chat-model"));
    QVERIFY(response.body.contains("message_stop"));
    QVERIFY(!response.body.contains("overloaded"));
}

void tst_GatewayFailover::quickRetryHonoursShortRetryAfter()
{
    Harness h;
    QVERIFY(
        h.start(h.config(QStringLiteral("fakeanth/anth-model"), {QStringLiteral("fakechat/chat-model")})));
    h.anth.enqueue(AnthPath, FakeUpstream::Script::json(429, R"({"type":"error","error":{"type":)"
                                                             R"("rate_limit_error","message":"slow down"}})")
                                 .withHeader("retry-after", "0"));
    h.anth.addRoute(AnthPath, replyScript(WireApi::AnthropicMessages, QStringLiteral("anth-model"), false));
    h.chat.addRoute(ChatPath, replyScript(WireApi::OpenAIChat, QStringLiteral("chat-model"), false));
    const auto response =
        h.post("/v1/messages", clientBody(WireApi::AnthropicMessages, QStringLiteral("sonnet"), false));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.headers.value("x-clawdesk-model"), QByteArray("fakeanth/anth-model"));
    QCOMPARE(h.anth.requestCount(), 2); // one quick retry of the same candidate
    QCOMPARE(h.chat.requestCount(), 0);
}

void tst_GatewayFailover::thinkingSignaturesAcrossProviders()
{
    Harness h;
    QVERIFY(h.start(h.config(QStringLiteral("fakeanth/anth-model"))));
    h.anth.addRoute(AnthPath,
                    FakeUpstream::Script::json(
                        200,
                        R"({"id":"msg_1","type":"message","role":"assistant","model":"anth-model",)"
                        R"("content":[{"type":"thinking","thinking":"let me think","signature":"sig-abc"},)"
                        R"({"type":"text","text":"hi"}],"stop_reason":"end_turn","stop_sequence":null,)"
                        R"("usage":{"input_tokens":3,"output_tokens":2}})"));
    h.chat.addRoute(ChatPath, replyScript(WireApi::OpenAIChat, QStringLiteral("chat-model"), false));
    const QByteArray first =
        R"({"model":"fakeanth/anth-model","max_tokens":50,"messages":[{"role":"user","content":"hi"}]})";
    auto response = h.post("/v1/messages", first);
    QCOMPARE(response.status, 200);
    const QJsonObject thinking =
        json(response.body).value(QStringLiteral("content")).toArray().first().toObject();
    const QString wrapped = thinking.value(QStringLiteral("signature")).toString();
    QVERIFY2(wrapped.startsWith(QStringLiteral("cdsig1.")), qPrintable(wrapped)); // wrapped on the way out

    const auto history = [&](const QString &model) {
        QJsonObject assistant{
            {QStringLiteral("role"), QStringLiteral("assistant")},
            {QStringLiteral("content"),
             QJsonArray{thinking, QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                              {QStringLiteral("text"), QStringLiteral("hi")}}}}};
        QJsonObject user{{QStringLiteral("role"), QStringLiteral("user")},
                         {QStringLiteral("content"), QStringLiteral("again")}};
        QJsonObject body{{QStringLiteral("model"), model},
                         {QStringLiteral("max_tokens"), 50},
                         {QStringLiteral("messages"),
                          QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                 {QStringLiteral("content"), QStringLiteral("hi")}},
                                     assistant, user}}};
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    };
    // Back to the provider that signed it: the original signature.
    QCOMPARE(h.post("/v1/messages", history(QStringLiteral("fakeanth/anth-model"))).status, 200);
    QVERIFY(h.anth.requests().last().body.contains("\"signature\":\"sig-abc\""));
    QVERIFY(!h.anth.requests().last().body.contains("cdsig1."));
    // To another provider: the foreign thinking is not sent.
    QCOMPARE(h.post("/v1/messages", history(QStringLiteral("fakechat/chat-model"))).status, 200);
    QVERIFY(!h.chat.requests().last().body.contains("sig-abc"));
    QVERIFY(!h.chat.requests().last().body.contains("cdsig1."));
}

QTEST_GUILESS_MAIN(tst_GatewayFailover)
#include "tst_gatewayfailover.moc"
