#include "codec.h"

#include "anthropicformat.h"
#include "jsonhelpers.h"
#include "openaichatformat.h"
#include "openaicommon.h"
#include "openairesponsesformat.h"

#include <QJsonDocument>

namespace clawdesk {

std::unique_ptr<StreamEncoder> InboundCodec::createStreamEncoder(const ChatRequest &) const
{
    return createStreamEncoder();
}

QByteArray UpstreamHttpRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

namespace {

QUrl joinUrl(const QString &baseUrl, const QString &path)
{
    QString base = baseUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QUrl(base + path);
}

/// Sets or replaces a header (case-insensitive): provider/model headers override ours.
void setHeader(QList<QPair<QByteArray, QByteArray>> *headers, const QByteArray &name, const QByteArray &value)
{
    for (auto &h : *headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers->append(qMakePair(name, value));
}

UpstreamHttpRequest makeRequest(const UpstreamTarget &target, const QString &path, QByteArray body,
                                bool stream)
{
    UpstreamHttpRequest r;
    r.url = joinUrl(target.baseUrl, path);
    r.body = std::move(body);
    r.headers.append(qMakePair(QByteArray("content-type"), QByteArray("application/json")));
    r.headers.append(
        qMakePair(QByteArray("accept"), QByteArray(stream ? "text/event-stream" : "application/json")));
    return r;
}

void addExtraHeaders(UpstreamHttpRequest *r, const UpstreamTarget &target)
{
    for (const auto &h : target.extraHeaders)
        setHeader(&r->headers, h.first, h.second);
}

class AnthropicInbound : public InboundCodec
{
public:
    WireApi api() const override { return WireApi::AnthropicMessages; }
    std::optional<ChatRequest> decodeRequest(const QByteArray &body, ApiError *error) const override
    {
        const auto o = json::parseObject(body, error);
        return o ? anthropic::requestFromJson(*o, error) : std::nullopt;
    }
    QByteArray encodeResponse(const ChatResponse &r) const override
    {
        return json::compact(anthropic::responseToJson(r));
    }
    QByteArray encodeError(const ApiError &e) const override
    {
        return json::compact(anthropic::errorToJson(e));
    }
    std::unique_ptr<StreamEncoder> createStreamEncoder() const override
    {
        return anthropic::createStreamEncoder();
    }
    using InboundCodec::createStreamEncoder;
};

class OpenAIChatInbound : public InboundCodec
{
public:
    WireApi api() const override { return WireApi::OpenAIChat; }
    std::optional<ChatRequest> decodeRequest(const QByteArray &body, ApiError *error) const override
    {
        const auto o = json::parseObject(body, error);
        return o ? openaichat::requestFromJson(*o, error) : std::nullopt;
    }
    QByteArray encodeResponse(const ChatResponse &r) const override
    {
        return json::compact(openaichat::responseToJson(r));
    }
    QByteArray encodeError(const ApiError &e) const override { return json::compact(openai::errorToJson(e)); }
    std::unique_ptr<StreamEncoder> createStreamEncoder() const override
    {
        return openaichat::createStreamEncoder(false);
    }
    std::unique_ptr<StreamEncoder> createStreamEncoder(const ChatRequest &request) const override
    {
        return openaichat::createStreamEncoder(request.includeUsage);
    }
};

class OpenAIResponsesInbound : public InboundCodec
{
public:
    WireApi api() const override { return WireApi::OpenAIResponses; }
    std::optional<ChatRequest> decodeRequest(const QByteArray &body, ApiError *error) const override
    {
        const auto o = json::parseObject(body, error);
        return o ? openairesponses::requestFromJson(*o, error) : std::nullopt;
    }
    QByteArray encodeResponse(const ChatResponse &r) const override
    {
        return json::compact(openairesponses::responseToJson(r));
    }
    QByteArray encodeError(const ApiError &e) const override { return json::compact(openai::errorToJson(e)); }
    std::unique_ptr<StreamEncoder> createStreamEncoder() const override
    {
        return openairesponses::createStreamEncoder();
    }
    using InboundCodec::createStreamEncoder;
};

template<typename Parse>
std::optional<ChatResponse> decodeBody(const QByteArray &body, ApiError *error, Parse parse)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject()) {
        if (error)
            *error = json::badUpstream(QStringLiteral("body is not a JSON object"));
        return std::nullopt;
    }
    return parse(doc.object(), error);
}

class AnthropicOutbound : public OutboundCodec
{
public:
    WireApi api() const override { return WireApi::AnthropicMessages; }
    UpstreamHttpRequest encodeRequest(const ChatRequest &request, const UpstreamTarget &target) const override
    {
        return forwardRequest(json::compact(anthropic::requestToJson(request, target)), request.stream,
                              target);
    }
    UpstreamHttpRequest forwardRequest(QByteArray body, bool stream,
                                       const UpstreamTarget &target) const override
    {
        UpstreamHttpRequest r = makeRequest(target, QStringLiteral("/v1/messages"), std::move(body), stream);
        if (!target.apiKey.isEmpty())
            r.headers.append(qMakePair(QByteArray("x-api-key"), QByteArray(target.apiKey.toUtf8())));
        if (target.authHeader && !target.apiKey.isEmpty())
            r.headers.append(
                qMakePair(QByteArray("authorization"), QByteArray("Bearer " + target.apiKey.toUtf8())));
        r.headers.append(qMakePair(QByteArray("anthropic-version"), QByteArray("2023-06-01")));
        addExtraHeaders(&r, target);
        return r;
    }
    std::optional<ChatResponse> decodeResponse(const QByteArray &body, ApiError *error) const override
    {
        return decodeBody(body, error, anthropic::responseFromJson);
    }
    ApiError decodeError(int status, const QByteArray &body) const override
    {
        return anthropic::errorFromBody(status, body);
    }
    std::unique_ptr<StreamDecoder> createStreamDecoder() const override
    {
        return anthropic::createStreamDecoder();
    }
};

class OpenAIChatOutbound : public OutboundCodec
{
public:
    WireApi api() const override { return WireApi::OpenAIChat; }
    UpstreamHttpRequest encodeRequest(const ChatRequest &request, const UpstreamTarget &target) const override
    {
        return forwardRequest(json::compact(openaichat::requestToJson(request, target)), request.stream,
                              target);
    }
    UpstreamHttpRequest forwardRequest(QByteArray body, bool stream,
                                       const UpstreamTarget &target) const override
    {
        UpstreamHttpRequest r =
            makeRequest(target, QStringLiteral("/chat/completions"), std::move(body), stream);
        if (!target.apiKey.isEmpty())
            r.headers.append(
                qMakePair(QByteArray("authorization"), QByteArray("Bearer " + target.apiKey.toUtf8())));
        addExtraHeaders(&r, target);
        return r;
    }
    std::optional<ChatResponse> decodeResponse(const QByteArray &body, ApiError *error) const override
    {
        return decodeBody(body, error, openaichat::responseFromJson);
    }
    ApiError decodeError(int status, const QByteArray &body) const override
    {
        return openai::errorFromBody(status, body);
    }
    std::unique_ptr<StreamDecoder> createStreamDecoder() const override
    {
        return openaichat::createStreamDecoder();
    }
};

class OpenAIResponsesOutbound : public OutboundCodec
{
public:
    WireApi api() const override { return WireApi::OpenAIResponses; }
    UpstreamHttpRequest encodeRequest(const ChatRequest &request, const UpstreamTarget &target) const override
    {
        return forwardRequest(json::compact(openairesponses::requestToJson(request, target)), request.stream,
                              target);
    }
    UpstreamHttpRequest forwardRequest(QByteArray body, bool stream,
                                       const UpstreamTarget &target) const override
    {
        UpstreamHttpRequest r = makeRequest(target, QStringLiteral("/responses"), std::move(body), stream);
        if (!target.apiKey.isEmpty())
            r.headers.append(
                qMakePair(QByteArray("authorization"), QByteArray("Bearer " + target.apiKey.toUtf8())));
        addExtraHeaders(&r, target);
        return r;
    }
    std::optional<ChatResponse> decodeResponse(const QByteArray &body, ApiError *error) const override
    {
        return decodeBody(body, error, openairesponses::responseFromJson);
    }
    ApiError decodeError(int status, const QByteArray &body) const override
    {
        return openai::errorFromBody(status, body);
    }
    std::unique_ptr<StreamDecoder> createStreamDecoder() const override
    {
        return openairesponses::createStreamDecoder();
    }
};

} // namespace

const InboundCodec &inboundCodec(WireApi api)
{
    static const AnthropicInbound anthropicCodec;
    static const OpenAIChatInbound chatCodec;
    static const OpenAIResponsesInbound responsesCodec;
    switch (api) {
    case WireApi::AnthropicMessages:
        return anthropicCodec;
    case WireApi::OpenAIChat:
        return chatCodec;
    case WireApi::OpenAIResponses:
        break;
    }
    return responsesCodec;
}

const OutboundCodec &outboundCodec(WireApi api)
{
    static const AnthropicOutbound anthropicCodec;
    static const OpenAIChatOutbound chatCodec;
    static const OpenAIResponsesOutbound responsesCodec;
    switch (api) {
    case WireApi::AnthropicMessages:
        return anthropicCodec;
    case WireApi::OpenAIChat:
        return chatCodec;
    case WireApi::OpenAIResponses:
        break;
    }
    return responsesCodec;
}

} // namespace clawdesk
