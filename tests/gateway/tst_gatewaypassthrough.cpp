// The gateway over real HTTP with requests captured from the real clients: same-api requests reach
// the provider as sent (model replaced, beta headers kept), other apis get a translation whose drops
// are named in x-clawdesk-degraded; the probes clients send; refusals recorded like any request.
#include "gatewaytestutil.h"

using namespace clawdesk;

namespace {

QByteArray captured(const QString &name, const char *part)
{
    QFile file(QStringLiteral(TEST_DATA_DIR "/protocol/captured/") + name + QLatin1String(part));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class tst_GatewayPassThrough : public QObject
{
    Q_OBJECT
private slots:
    void claudeCodeReachesAnthropicAsSent();
    void codexTranslatedForChatNamesDrops();
    void textDeltasWithoutPartAnnouncement();
    void probes();
    void refusalsAreRecorded();
    void hangingUpAfterTheFinalEventIsSuccess();
};

void tst_GatewayPassThrough::claudeCodeReachesAnthropicAsSent()
{
    Harness h;
    QVERIFY(h.start(h.config(Harness::ref(WireApi::AnthropicMessages))));
    h.anth.addRoute(
        "/anthropic/v1/messages",
        replyScript(WireApi::AnthropicMessages, Harness::modelId(WireApi::AnthropicMessages), true));
    const QByteArray body = captured(QStringLiteral("claude-code-anthropic-messages-003"), ".body.json");
    const QJsonObject meta =
        object(captured(QStringLiteral("claude-code-anthropic-messages-003"), ".meta.json"));
    const QByteArray beta = meta["headers"].toObject()["anthropic-beta"].toString().toUtf8();
    QVERIFY(!beta.isEmpty());
    const auto response =
        h.post("/v1/messages?beta=true", body,
               {{"anthropic-beta", beta},
                {"anthropic-version", "2023-06-01"},
                {"user-agent", meta["headers"].toObject()["user-agent"].toString().toUtf8()}});
    QCOMPARE(response.status, 200);
    QVERIFY(!response.headers.contains("x-clawdesk-degraded"));
    QCOMPARE(h.anth.requestCount(), 1);
    const HttpRequest sent = h.anth.requests().first();
    QCOMPARE(sent.header("anthropic-beta"), beta);
    QCOMPARE(sent.header("x-api-key"), QByteArray("anth-key"));
    QJsonObject expected = object(body);
    expected["model"] = Harness::modelId(WireApi::AnthropicMessages);
    QCOMPARE(object(sent.body), expected); // system mid-conversation, adaptive thinking, documents: all there
}

void tst_GatewayPassThrough::codexTranslatedForChatNamesDrops()
{
    Harness h;
    QVERIFY(h.start(h.config(Harness::ref(WireApi::OpenAIChat))));
    h.chat.addRoute("/v1/chat/completions",
                    replyScript(WireApi::OpenAIChat, Harness::modelId(WireApi::OpenAIChat), true));
    QSignalSpy finished(&h.controller, &GatewayController::requestFinished);
    const auto response =
        h.post("/v1/responses", captured(QStringLiteral("codex-openai-responses-003"), ".body.json"),
               {{"user-agent", "codex_exec/0.171.0 (Debian 12.0.0; x86_64)"}});
    QCOMPARE(response.status, 200);
    const QByteArray degraded = response.headers.value("x-clawdesk-degraded");
    QVERIFY2(degraded.contains("web_search dropped"), degraded.constData());
    QVERIFY2(degraded.contains("custom dropped"), degraded.constData());
    const QJsonObject sent = object(h.chat.requests().first().body);
    for (const QJsonValue &tool : sent["tools"].toArray())
        QCOMPARE(tool["type"].toString(), QStringLiteral("function"));
    QVERIFY(!sent.contains("max_completion_tokens")); // Codex asked for no cap
    QVERIFY(finished.wait(10000) || !finished.isEmpty());
    const auto record = finished.first().first().value<RequestRecord>();
    QCOMPARE(record.client, QStringLiteral("Codex"));
    QCOMPARE(record.status, 200);
    QVERIFY(record.degradations.join(u';').contains(QStringLiteral("web_search dropped")));
}

void tst_GatewayPassThrough::textDeltasWithoutPartAnnouncement()
{
    Harness h;
    QVERIFY(h.start(h.config(Harness::ref(WireApi::OpenAIResponses))));
    const auto event = [](const QByteArray &type, const QByteArray &rest) {
        return FakeUpstream::sseEvent(R"({"type":")" + type + "\"" + rest + "}", type);
    };
    h.resp.addRoute(
        "/v1/responses",
        FakeUpstream::Script::sse(
            {event("response.created", R"(,"response":{"id":"r","model":"resp-model"})"),
             event("response.output_item.added",
                   R"(,"output_index":0,"item":{"type":"message","id":"m","role":"assistant","content":[]})"),
             event("response.output_text.delta", R"(,"output_index":0,"content_index":0,"delta":"Hel")"),
             event("response.output_text.delta", R"(,"output_index":0,"content_index":0,"delta":"lo")"),
             event(
                 "response.completed",
                 R"(,"response":{"id":"r","status":"completed","usage":{"input_tokens":3,"output_tokens":2}})")}));
    for (const WireApi client : {WireApi::OpenAIChat, WireApi::AnthropicMessages}) {
        const auto response =
            h.post(inboundPath(client), clientBody(client, Harness::ref(WireApi::OpenAIResponses), true));
        QCOMPARE(response.status, 200);
        const auto answer = decodeClient(client, response.body, true);
        QVERIFY(answer);
        QCOMPARE(answer->content.size(), 1);
        QCOMPARE(answer->content.first().text, QStringLiteral("Hello"));
    }
}

void tst_GatewayPassThrough::probes()
{
    Harness h;
    QVERIFY(h.start(h.config(Harness::ref(WireApi::AnthropicMessages))));
    QCOMPARE(h.request("GET", "/", {}, {}, false).status, 200); // HEAD / is the same route without a body
    const auto anthropic =
        h.request("GET", "/v1/models/fakeanth%2Fanth-model", {}, {{"anthropic-version", "2023-06-01"}});
    QCOMPARE(anthropic.status, 200);
    QCOMPARE(object(anthropic.body)["type"].toString(), QStringLiteral("model"));
    QCOMPARE(object(anthropic.body)["id"].toString(), QStringLiteral("fakeanth/anth-model"));
    const auto openai = h.request("GET", "/v1/models/sonnet", {});
    QCOMPARE(openai.status, 200);
    QCOMPARE(object(openai.body)["object"].toString(), QStringLiteral("model"));
    const auto invented =
        h.request("GET", "/v1/models/claude-sonnet-4-5-20250929", {}, {{"anthropic-version", "2023-06-01"}});
    QCOMPARE(invented.status, 200); // served by the primary chain
    QCOMPARE(object(invented.body)["id"].toString(), QStringLiteral("claude-sonnet-4-5-20250929"));
    QCOMPARE(h.request("GET", "/v1/models/x", {}, {}, false).status, 401);
}

void tst_GatewayPassThrough::refusalsAreRecorded()
{
    Harness h;
    QVERIFY(h.start(h.config(Harness::ref(WireApi::AnthropicMessages))));
    QSignalSpy finished(&h.controller, &GatewayController::requestFinished);
    HttpTestClient client;
    QVERIFY(client.connectTo(h.port()));
    client.send("POST /v1/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: claude-cli/2.1.332 (external, "
                "sdk-cli)\r\n"
                "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
    QCOMPARE(client.readResponse(15000).status, 401);
    const auto notJson = h.post("/v1/chat/completions", "not json");
    QCOMPARE(notJson.status, 400);
    const auto unknownPath = h.request("GET", "/v2/nothing", {});
    QCOMPARE(unknownPath.status, 404);
    QElapsedTimer timer;
    timer.start();
    while (finished.size() < 3 && timer.elapsed() < 10000)
        QTest::qWait(20);
    QCOMPARE(finished.size(), 3);
    const auto unauthorized = finished.at(0).first().value<RequestRecord>();
    QCOMPARE(unauthorized.status, 401);
    QCOMPARE(unauthorized.client, QStringLiteral("Claude Code"));
    QCOMPARE(unauthorized.clientApi, QStringLiteral("anthropic-messages"));
    QVERIFY(unauthorized.error.contains(QStringLiteral("Unauthorized")));
    const auto bad = finished.at(1).first().value<RequestRecord>();
    QCOMPARE(bad.status, 400);
    QVERIFY(bad.error.startsWith(QStringLiteral("body: invalid JSON")));
    QCOMPARE(finished.at(2).first().value<RequestRecord>().status, 404);
}

void tst_GatewayPassThrough::hangingUpAfterTheFinalEventIsSuccess()
{
    Harness h;
    QVERIFY(h.start(h.config(Harness::ref(WireApi::OpenAIChat))));
    const QList<QByteArray> chunks =
        sseChunks(WireApi::OpenAIChat, canonicalResponse(Harness::modelId(WireApi::OpenAIChat)));
    // The provider has sent everything but keeps its connection open a while (as many do).
    h.chat.addRoute("/v1/chat/completions",
                    FakeUpstream::Script::sse(chunks).holdingAfter(int(chunks.size())));
    QSignalSpy finished(&h.controller, &GatewayController::requestFinished);
    HttpTestClient client;
    QVERIFY(client.connectTo(h.port()));
    client.send(h.rawRequest("POST", "/v1/chat/completions",
                             clientBody(WireApi::OpenAIChat, Harness::ref(WireApi::OpenAIChat), true)));
    QVERIFY(client.readUntil("data: [DONE]", 15000).contains("[DONE]"));
    client.socket().abort(); // OpenClaw's OpenAI clients close right after the final event
    QVERIFY(finished.wait(15000) || !finished.isEmpty());
    h.chat.release();
    const auto record = finished.first().first().value<RequestRecord>();
    QCOMPARE(record.status, 200);
    QCOMPARE(record.servedModel, Harness::ref(WireApi::OpenAIChat));
    QVERIFY(record.error.isEmpty());
}

QTEST_GUILESS_MAIN(tst_GatewayPassThrough)
#include "tst_gatewaypassthrough.moc"
