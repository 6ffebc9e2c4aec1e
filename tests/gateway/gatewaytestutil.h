#pragma once
// Shared pieces of the gateway tests: a gateway in its thread pointed at fake upstreams, canonical
// requests and upstream replies built with the protocol library, and a raw HTTP client.

#include "codec.h"
#include "fakeupstream.h"
#include "gatewaycontroller.h"
#include "httptestclient.h"
#include "sseparser.h"
#include "streamaccumulator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace clawdesk;

inline const QByteArray Token = "test-gateway-token-0123456789abcdef";

inline QString apiName(WireApi api)
{
    switch (api) {
    case WireApi::AnthropicMessages:
        return QStringLiteral("anthropic");
    case WireApi::OpenAIChat:
        return QStringLiteral("chat");
    case WireApi::OpenAIResponses:
        return QStringLiteral("responses");
    }
    return {};
}

inline QByteArray inboundPath(WireApi api)
{
    switch (api) {
    case WireApi::AnthropicMessages:
        return "/v1/messages";
    case WireApi::OpenAIChat:
        return "/v1/chat/completions";
    case WireApi::OpenAIResponses:
        return "/v1/responses";
    }
    return {};
}

/// The upstream path the gateway calls for each api (base URLs below).
inline QByteArray upstreamPath(WireApi api)
{
    switch (api) {
    case WireApi::AnthropicMessages:
        return "/anthropic/v1/messages";
    case WireApi::OpenAIChat:
        return "/v1/chat/completions";
    case WireApi::OpenAIResponses:
        return "/v1/responses";
    }
    return {};
}

/// A multi-turn request with a system prompt, an image, a tool definition, a tool call and its result.
inline ChatRequest canonicalRequest(bool stream)
{
    ChatRequest request;
    request.system = {ContentBlock::makeText(QStringLiteral("Be brief."))};
    ChatMessage user;
    user.role = ChatMessage::Role::User;
    user.content = {
        ContentBlock::makeText(QStringLiteral("Weather in Paris?")),
        ContentBlock::makeImageBase64(QStringLiteral("image/png"), QStringLiteral("iVBORw0KGgo="))};
    ChatMessage assistant;
    assistant.role = ChatMessage::Role::Assistant;
    assistant.content = {
        ContentBlock::makeToolUse(QStringLiteral("call_1"), QStringLiteral("get_weather"),
                                  QJsonObject{{QStringLiteral("city"), QStringLiteral("Paris")}})};
    ChatMessage result;
    result.role = ChatMessage::Role::User;
    result.content = {ContentBlock::makeToolResult(QStringLiteral("call_1"), QStringLiteral("18C sunny"))};
    ChatMessage again;
    again.role = ChatMessage::Role::User;
    again.content = {ContentBlock::makeText(QStringLiteral("And tomorrow?"))};
    request.messages = {user, assistant, result, again};
    ToolDefinition tool;
    tool.name = QStringLiteral("get_weather");
    tool.description = QStringLiteral("Weather of a city");
    tool.inputSchema =
        QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                    {QStringLiteral("properties"),
                     QJsonObject{{QStringLiteral("city"),
                                  QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}}},
                    {QStringLiteral("required"), QJsonArray{QStringLiteral("city")}}};
    request.tools = {tool};
    request.maxTokens = 256;
    request.stream = stream;
    request.includeUsage = stream;
    return request;
}

/// The body a client of @p api sends for the canonical request, asking for @p model.
inline QByteArray clientBody(WireApi api, const QString &model, bool stream)
{
    ChatRequest request = canonicalRequest(stream);
    UpstreamTarget target;
    target.modelId = model;
    target.baseUrl = QStringLiteral("http://client.invalid");
    return outboundCodec(api).encodeRequest(request, target).body;
}

/// The canonical answer: some text, then a tool call.
inline ChatResponse canonicalResponse(const QString &model)
{
    ChatResponse response;
    response.id = QStringLiteral("resp_1");
    response.model = model;
    response.content = {
        ContentBlock::makeText(QStringLiteral("Checking tomorrow.")),
        ContentBlock::makeToolUse(QStringLiteral("call_2"), QStringLiteral("get_weather"),
                                  QJsonObject{{QStringLiteral("city"), QStringLiteral("Paris")}})};
    response.stopReason = StopReason::ToolUse;
    response.usage.input = 10;
    response.usage.output = 5;
    response.created = 1700000000;
    return response;
}

/// SSE events an upstream of @p api sends for @p response (one chunk per event).
inline QList<QByteArray> sseChunks(WireApi api, const ChatResponse &response)
{
    ChatRequest request;
    request.includeUsage = true;
    request.stream = true;
    auto encoder = inboundCodec(api).createStreamEncoder(request);
    QList<QByteArray> chunks;
    for (const StreamEvent &event : responseToEvents(response)) {
        const QByteArray bytes = encoder->encode(event);
        if (!bytes.isEmpty())
            chunks.append(bytes);
    }
    return chunks;
}

inline FakeUpstream::Script replyScript(WireApi api, const QString &model, bool stream)
{
    const ChatResponse response = canonicalResponse(model);
    if (stream)
        return FakeUpstream::Script::sse(sseChunks(api, response));
    return FakeUpstream::Script::json(200, inboundCodec(api).encodeResponse(response));
}

/// Decodes what a client of @p api received (JSON or SSE) into a ChatResponse.
inline std::optional<ChatResponse> decodeClient(WireApi api, const QByteArray &body, bool stream,
                                                ApiError *error = nullptr)
{
    ApiError dummy;
    if (!stream)
        return outboundCodec(api).decodeResponse(body, error ? error : &dummy);
    auto decoder = outboundCodec(api).createStreamDecoder();
    StreamAccumulator accumulator;
    accumulator.addAll(decoder->feed(body));
    accumulator.addAll(decoder->finish());
    if (accumulator.hasError()) {
        if (error)
            *error = accumulator.error();
        return std::nullopt;
    }
    return accumulator.response();
}

/// Three fake upstreams and a gateway pointed at them through an openclaw.json in a temporary home.
class Harness
{
public:
    FakeUpstream anth; ///< as MiniMax's /anthropic endpoint
    FakeUpstream chat; ///< OpenAI Chat Completions
    FakeUpstream resp; ///< OpenAI Responses (as LM Studio)
    QTemporaryDir home;
    GatewayController controller;
    GatewayOptions options;
    ManualClock clock{QDateTime::fromString(QStringLiteral("2026-01-01T00:00:00Z"), Qt::ISODate)};

    Harness()
    {
        QDir(home.path()).mkpath(QStringLiteral(".openclaw/agents/main/agent"));
        options.port = 0;
        options.token = QString::fromLatin1(Token);
        options.configPath = configPath();
        options.environment = Environment{};
        options.homeDir = home.path();
        options.upstreamFirstByteTimeoutMs = 20000; // generous: a loaded 2-core machine
        options.shutdownGraceMs = 1000;
        options.clock = &clock;
    }
    ~Harness() = default;

    QString configPath() const { return home.path() + QStringLiteral("/.openclaw/openclaw.json"); }

    FakeUpstream &upstream(WireApi api)
    {
        return api == WireApi::AnthropicMessages ? anth : api == WireApi::OpenAIChat ? chat : resp;
    }
    static QString ref(WireApi api)
    {
        return api == WireApi::AnthropicMessages ? QStringLiteral("fakeanth/anth-model")
               : api == WireApi::OpenAIChat      ? QStringLiteral("fakechat/chat-model")
                                                 : QStringLiteral("fakeresp/resp-model");
    }
    static QString modelId(WireApi api) { return ref(api).section(QLatin1Char('/'), 1); }

    /// openclaw.json with the three providers; @p primary and @p fallbacks as model refs.
    QByteArray config(const QString &primary, const QStringList &fallbacks = {}, quint16 deadPort = 0) const
    {
        QStringList quoted;
        for (const QString &fallback : fallbacks)
            quoted.append(QLatin1Char('"') + fallback + QLatin1Char('"'));
        QString text = QStringLiteral(R"({
  // written by the gateway tests
  models: {
    providers: {
      fakeanth: { baseUrl: "http://127.0.0.1:%1/anthropic", api: "anthropic-messages", apiKey: "anth-key",
                  models: [{ id: "anth-model", name: "Anth Model" }] },
      fakechat: { baseUrl: "http://127.0.0.1:%2/v1", api: "openai-completions", apiKey: "chat-key",
                  models: [{ id: "chat-model", name: "Chat Model" }] },
      fakeresp: { baseUrl: "http://127.0.0.1:%3/v1", api: "openai-responses", apiKey: "resp-key",
                  models: [{ id: "resp-model", name: "Resp Model" }] },
      deadhost: { baseUrl: "http://127.0.0.1:%4/v1", api: "openai-completions", apiKey: "dead-key",
                  models: [{ id: "dead-model", name: "Dead" }] },
    },
  },
  agents: { defaults: {
    model: { primary: "%5", fallbacks: [%6] },
    models: {
      "fakeanth/anth-model": { alias: "sonnet" },
      "fakechat/chat-model": { alias: "chatty" },
      "fakeresp/resp-model": {},
      "deadhost/dead-model": {},
    },
  } },
}
)")
                           .arg(anth.port())
                           .arg(chat.port())
                           .arg(resp.port())
                           .arg(deadPort ? deadPort : 1)
                           .arg(primary, quoted.join(QStringLiteral(", ")));
        return text.toUtf8();
    }

    void writeConfig(const QByteArray &content) const
    {
        // Replace the file as editors do (write a temporary, rename over).
        const QString temp = configPath() + QStringLiteral(".tmp");
        QFile file(temp);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();
        QFile::remove(configPath());
        QVERIFY(QFile::rename(temp, configPath()));
    }

    bool start(const QByteArray &configText)
    {
        writeConfig(configText);
        controller.start(options);
        QElapsedTimer timer;
        timer.start();
        while (controller.state() != GatewayController::State::Running &&
               controller.state() != GatewayController::State::Error && timer.elapsed() < 10000)
            QTest::qWait(10);
        return controller.state() == GatewayController::State::Running;
    }
    quint16 port() const { return controller.port(); }

    /// One request on a fresh connection.
    HttpTestClient::Response request(const QByteArray &method, const QByteArray &path, const QByteArray &body,
                                     const QList<QPair<QByteArray, QByteArray>> &headers = {},
                                     bool withToken = true, int timeoutMs = 15000)
    {
        HttpTestClient client;
        if (!client.connectTo(port()))
            return {};
        client.send(rawRequest(method, path, body, headers, withToken));
        return client.readResponse(timeoutMs);
    }
    HttpTestClient::Response post(const QByteArray &path, const QByteArray &body,
                                  const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return request("POST", path, body, headers);
    }
    QByteArray rawRequest(const QByteArray &method, const QByteArray &path, const QByteArray &body,
                          const QList<QPair<QByteArray, QByteArray>> &headers = {},
                          bool withToken = true) const
    {
        QByteArray raw =
            method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port()) + "\r\n";
        if (withToken)
            raw += "Authorization: Bearer " + Token + "\r\n";
        for (const auto &header : headers)
            raw += header.first + ": " + header.second + "\r\n";
        if (!body.isEmpty() || method == "POST")
            raw += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
                   "\r\n";
        raw += "\r\n" + body;
        return raw;
    }
};

inline QJsonObject json(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

/// "anthropic" for {"type":"error","error":{…}}, "openai" for {"error":{"message":…}}, else "".
inline QString errorShape(const QByteArray &body)
{
    const QJsonObject object = json(body);
    const QJsonObject error = object.value(QStringLiteral("error")).toObject();
    if (object.value(QStringLiteral("type")).toString() == u"error" &&
        error.contains(QStringLiteral("type")) && error.contains(QStringLiteral("message")))
        return QStringLiteral("anthropic");
    if (!object.contains(QStringLiteral("type")) && error.contains(QStringLiteral("message")))
        return QStringLiteral("openai");
    return {};
}

inline QString errorMessage(const QByteArray &body)
{
    return json(body).value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
}
