// The gateway over real HTTP on loopback: the nine inbound×outbound paths (streamed and not, with
// tool calls), incremental streaming, 64 concurrent streams, routing, /v1/models, /health, live reload.
#include "gatewaytestutil.h"

using namespace clawdesk;

class tst_GatewayProxy : public QObject
{
    Q_OBJECT
private slots:
    void ninePaths_data();
    void ninePaths();
    void streamingIsIncremental();
    void concurrentStreams();
    void routing_data();
    void routing();
    void unknownModelWithoutPrimaryRouting();
    void modelsAndHealth();
    void liveReload();
};

void tst_GatewayProxy::ninePaths_data()
{
    QTest::addColumn<int>("inbound");
    QTest::addColumn<int>("outbound");
    QTest::addColumn<bool>("stream");
    const QList<WireApi> apis{WireApi::AnthropicMessages, WireApi::OpenAIChat, WireApi::OpenAIResponses};
    for (WireApi in : apis) {
        for (WireApi out : apis) {
            for (bool stream : {false, true})
                QTest::addRow("%s->%s%s", qPrintable(apiName(in)), qPrintable(apiName(out)),
                              stream ? " stream" : "")
                    << int(in) << int(out) << stream;
        }
    }
}

void tst_GatewayProxy::ninePaths()
{
    QFETCH(int, inbound);
    QFETCH(int, outbound);
    QFETCH(bool, stream);
    const WireApi in = WireApi(inbound);
    const WireApi out = WireApi(outbound);
    Harness h;
    QVERIFY(h.start(h.config(Harness::ref(out))));
    FakeUpstream &upstream = h.upstream(out);
    upstream.addRoute(upstreamPath(out), replyScript(out, Harness::modelId(out), stream));

    const HttpTestClient::Response response =
        h.post(inboundPath(in), clientBody(in, Harness::ref(out), stream));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.headers.value("x-clawdesk-model"), Harness::ref(out).toUtf8());
    QCOMPARE(response.headers.value("x-clawdesk-provider"), Harness::ref(out).section('/', 0, 0).toUtf8());
    QVERIFY(!response.headers.contains("x-clawdesk-attempts"));
    QCOMPARE(response.headers.value("content-type").startsWith("text/event-stream"), stream);

    // What the upstream received.
    QCOMPARE(upstream.requestCount(), 1);
    const HttpRequest sent = upstream.requests().first();
    QCOMPARE(sent.path, upstreamPath(out));
    const QJsonObject body = json(sent.body);
    QCOMPARE(body.value(QStringLiteral("model")).toString(), Harness::modelId(out));
    QCOMPARE(body.value(QStringLiteral("stream")).toBool(), stream);
    ApiError error;
    ChatRequest received;
    {
        // Decode the upstream request with the inbound codec of its api: the same conversation must arrive.
        auto decoded = inboundCodec(out).decodeRequest(sent.body, &error);
        QVERIFY2(decoded, qPrintable(error.message));
        received = *decoded;
    }
    QCOMPARE(received.systemText(), QStringLiteral("Be brief."));
    QCOMPARE(received.tools.size(), 1);
    QCOMPARE(received.tools.first().name, QStringLiteral("get_weather"));
    QCOMPARE(
        received.tools.first().inputSchema.value(QStringLiteral("required")).toArray().first().toString(),
        QStringLiteral("city"));
    QList<ContentBlock> blocks;
    for (const ChatMessage &message : received.messages)
        blocks += message.content;
    const auto find = [&blocks](ContentBlock::Type type) {
        for (const ContentBlock &block : blocks) {
            if (block.type == type)
                return block;
        }
        return ContentBlock();
    };
    QCOMPARE(find(ContentBlock::Type::ToolUse).toolName, QStringLiteral("get_weather"));
    QCOMPARE(find(ContentBlock::Type::ToolUse).input.value(QStringLiteral("city")).toString(),
             QStringLiteral("Paris"));
    QCOMPARE(find(ContentBlock::Type::ToolResult).resultText(), QStringLiteral("18C sunny"));
    QCOMPARE(find(ContentBlock::Type::Image).data, QStringLiteral("iVBORw0KGgo="));
    QCOMPARE(received.messages.last().content.last().text, QStringLiteral("And tomorrow?"));
    if (out == WireApi::AnthropicMessages) {
        QCOMPARE(sent.header("x-api-key"), QByteArray("anth-key"));
    } else {
        QCOMPARE(sent.header("authorization"),
                 QByteArray("Bearer ") + (out == WireApi::OpenAIChat ? "chat-key" : "resp-key"));
    }
    // The gateway token never goes upstream.
    QVERIFY(!sent.header("authorization").contains(Token));

    // What the client got.
    const auto answer = decodeClient(in, response.body, stream, &error);
    QVERIFY2(answer, qPrintable(error.message + QStringLiteral("\n") + QString::fromUtf8(response.body)));
    QCOMPARE(answer->content.size(), 2);
    QCOMPARE(answer->content.at(0).type, ContentBlock::Type::Text);
    QCOMPARE(answer->content.at(0).text, QStringLiteral("Checking tomorrow."));
    QCOMPARE(answer->content.at(1).type, ContentBlock::Type::ToolUse);
    QCOMPARE(answer->content.at(1).toolName, QStringLiteral("get_weather"));
    QCOMPARE(answer->content.at(1).input.value(QStringLiteral("city")).toString(), QStringLiteral("Paris"));
    QVERIFY(!answer->content.at(1).toolId.isEmpty());
    QCOMPARE(answer->stopReason, StopReason::ToolUse);
    QCOMPARE(answer->usage.output, 5);
    QCOMPARE(answer->usage.promptTotal(), 10);
}

void tst_GatewayProxy::streamingIsIncremental()
{
    Harness h;
    QVERIFY(h.start(h.config(Harness::ref(WireApi::OpenAIChat))));
    h.chat.addRoute(upstreamPath(WireApi::OpenAIChat),
                    replyScript(WireApi::OpenAIChat, QStringLiteral("chat-model"), true).holdingAfter(2));
    HttpTestClient client;
    QVERIFY(client.connectTo(h.port()));
    client.send(
        h.rawRequest("POST", "/v1/messages",
                     clientBody(WireApi::AnthropicMessages, Harness::ref(WireApi::OpenAIChat), true)));
    // The first events arrive while the upstream still holds back the rest.
    const QByteArray head = client.readUntil("event: content_block_start", 10000);
    QVERIFY2(head.contains("message_start"), head.constData());
    QVERIFY(!head.contains("message_stop"));
    QCOMPARE(h.chat.openStreams(), 1);
    h.chat.release();
    const QByteArray rest = client.readUntil("event: message_stop", 10000);
    QVERIFY(rest.contains("message_stop"));
}

void tst_GatewayProxy::concurrentStreams()
{
    Harness h;
    QVERIFY(h.start(h.config(Harness::ref(WireApi::OpenAIResponses))));
    h.resp.addRoute(
        upstreamPath(WireApi::OpenAIResponses),
        replyScript(WireApi::OpenAIResponses, QStringLiteral("resp-model"), true).holdingAfter(1));
    constexpr int Streams = 64;
    std::vector<std::unique_ptr<HttpTestClient>> clients;
    const QByteArray request =
        h.rawRequest("POST", "/v1/chat/completions",
                     clientBody(WireApi::OpenAIChat, Harness::ref(WireApi::OpenAIResponses), true));
    for (int i = 0; i < Streams; ++i) {
        clients.push_back(std::make_unique<HttpTestClient>());
        QVERIFY(clients.back()->connectTo(h.port()));
        clients.back()->send(request);
    }
    // Every stream receives its first event while all upstream streams are still open (none finished).
    for (int i = 0; i < Streams; ++i) {
        const QByteArray first = clients[i]->readUntil("chat.completion.chunk", 30000);
        QVERIFY2(first.contains("chat.completion.chunk"), qPrintable(QStringLiteral("stream %1").arg(i)));
    }
    QCOMPARE(h.resp.openStreams(), Streams);
    for (const auto &client : clients)
        QVERIFY(!client->pending().contains("[DONE]"));
    h.resp.release();
    for (int i = 0; i < Streams; ++i)
        QVERIFY(clients[i]->readUntil("data: [DONE]", 30000).contains("[DONE]"));
}

void tst_GatewayProxy::routing_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("served");
    QTest::addRow("ref") << "fakechat/chat-model"
                         << "fakechat/chat-model";
    QTest::addRow("alias") << "chatty"
                           << "fakechat/chat-model";
    QTest::addRow("alias other case") << "SONNET"
                                      << "fakeanth/anth-model";
    QTest::addRow("claude code name") << "claude-sonnet-4-5-20250929"
                                      << "fakeresp/resp-model";
    QTest::addRow("claude haiku") << "claude-haiku-4-5-20251001"
                                  << "fakeresp/resp-model";
    QTest::addRow("invented ref") << "nobody/model-x"
                                  << "fakeresp/resp-model";
}

void tst_GatewayProxy::routing()
{
    QFETCH(QString, requested);
    QFETCH(QString, served);
    Harness h;
    QVERIFY(h.start(h.config(QStringLiteral("fakeresp/resp-model"))));
    for (WireApi api : {WireApi::AnthropicMessages, WireApi::OpenAIChat, WireApi::OpenAIResponses})
        h.upstream(api).addRoute(upstreamPath(api), replyScript(api, Harness::modelId(api), false));
    const auto response = h.post("/v1/messages", clientBody(WireApi::AnthropicMessages, requested, false));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.headers.value("x-clawdesk-model"), served.toUtf8());
}

void tst_GatewayProxy::unknownModelWithoutPrimaryRouting()
{
    Harness h;
    h.options.routeUnknownToPrimary = false;
    QVERIFY(h.start(h.config(QStringLiteral("fakeresp/resp-model"))));
    auto response =
        h.post("/v1/messages", clientBody(WireApi::AnthropicMessages, QStringLiteral("nobody/x"), false));
    QCOMPARE(response.status, 404);
    QCOMPARE(errorShape(response.body), QStringLiteral("anthropic"));
    QCOMPARE(errorMessage(response.body), QStringLiteral("Unknown model: nobody/x"));
    response =
        h.post("/v1/chat/completions", clientBody(WireApi::OpenAIChat, QStringLiteral("nobody/x"), false));
    QCOMPARE(response.status, 404);
    QCOMPARE(errorShape(response.body), QStringLiteral("openai"));
    QCOMPARE(errorMessage(response.body), QStringLiteral("Unknown model: nobody/x"));
    QCOMPARE(h.resp.requestCount(), 0);
}

void tst_GatewayProxy::modelsAndHealth()
{
    Harness h;
    QVERIFY(h.start(h.config(QStringLiteral("fakechat/chat-model"))));
    auto response = h.request("GET", "/v1/models", {});
    QCOMPARE(response.status, 200);
    QJsonObject object = json(response.body);
    QCOMPARE(object.value(QStringLiteral("object")).toString(), QStringLiteral("list"));
    QStringList ids;
    for (const QJsonValue &entry : object.value(QStringLiteral("data")).toArray())
        ids.append(entry.toObject().value(QStringLiteral("id")).toString());
    for (const char *id :
         {"fakeanth/anth-model", "fakechat/chat-model", "fakeresp/resp-model", "sonnet", "chatty"})
        QVERIFY2(ids.contains(QString::fromLatin1(id)), id);

    response = h.request("GET", "/v1/models", {}, {{"anthropic-version", "2023-06-01"}});
    QCOMPARE(response.status, 200);
    object = json(response.body);
    QVERIFY(object.contains(QStringLiteral("has_more")));
    QCOMPARE(object.value(QStringLiteral("data"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("type"))
                 .toString(),
             QStringLiteral("model"));

    response = h.request("GET", "/health", {}, {}, false); // no token needed
    QCOMPARE(response.status, 200);
    object = json(response.body);
    QCOMPARE(object.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(object.value(QStringLiteral("port")).toInt(), int(h.port()));
    QCOMPARE(object.value(QStringLiteral("primary")).toString(), QStringLiteral("fakechat/chat-model"));

    response = h.post("/v1/messages/count_tokens",
                      clientBody(WireApi::AnthropicMessages, QStringLiteral("x"), false));
    QCOMPARE(response.status, 200);
    QVERIFY(json(response.body).value(QStringLiteral("input_tokens")).toInt() > 0);
}

void tst_GatewayProxy::liveReload()
{
    Harness h;
    QSignalSpy problems(&h.controller, &GatewayController::configProblem);
    QVERIFY(h.start(h.config(QStringLiteral("fakechat/chat-model"))));
    for (WireApi api : {WireApi::AnthropicMessages, WireApi::OpenAIChat, WireApi::OpenAIResponses})
        h.upstream(api).addRoute(upstreamPath(api), replyScript(api, Harness::modelId(api), false));
    const QByteArray body = clientBody(WireApi::OpenAIChat, QStringLiteral("claude-sonnet-4-5"), false);
    QCOMPARE(h.post("/v1/chat/completions", body).headers.value("x-clawdesk-model"),
             QByteArray("fakechat/chat-model"));

    // An external edit takes effect for the next request without a restart.
    h.writeConfig(h.config(QStringLiteral("fakeresp/resp-model")));
    QTRY_COMPARE_WITH_TIMEOUT(h.post("/v1/chat/completions", body).headers.value("x-clawdesk-model"),
                              QByteArray("fakeresp/resp-model"), 10000);

    // A broken edit keeps the last good config serving and is reported with file:line:column.
    h.writeConfig("{\n  models: {\n    providers: { ,,, }\n");
    QTRY_VERIFY_WITH_TIMEOUT(!problems.isEmpty(), 10000);
    const QString problem = problems.last().first().toString();
    QVERIFY2(problem.startsWith(h.configPath() + QStringLiteral(":3:")), qPrintable(problem));
    QCOMPARE(h.post("/v1/chat/completions", body).headers.value("x-clawdesk-model"),
             QByteArray("fakeresp/resp-model"));
    QVERIFY(json(h.request("GET", "/health", {}).body).contains(QStringLiteral("configProblem")));

    // Fixed again: the problem clears and the new config applies.
    h.writeConfig(h.config(QStringLiteral("fakeanth/anth-model")));
    QTRY_VERIFY_WITH_TIMEOUT(problems.last().first().toString().isEmpty(), 10000);
    QCOMPARE(h.post("/v1/chat/completions", body).headers.value("x-clawdesk-model"),
             QByteArray("fakeanth/anth-model"));
}

QTEST_GUILESS_MAIN(tst_GatewayProxy)
#include "tst_gatewayproxy.moc"
