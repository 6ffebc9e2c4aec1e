#pragma once

#include "codec.h"
#include "cooldowntracker.h"
#include "gatewayevents.h"
#include "gatewayrouter.h"
#include "httpresponder.h"
#include "passthrough.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace clawdesk {

class UpstreamClient;
class UpstreamCall;

/// @brief What every exchange of one gateway shares (owned by the worker, same thread).
struct ExchangeContext
{
    UpstreamClient *client = nullptr;
    CooldownTracker *cooldowns = nullptr;
    int connectTimeoutMs = 10000;
    int firstByteTimeoutMs = 300000;
    int idleTimeoutMs = 300000;
};

/// @brief A client's chat request as it arrived: its api, its bytes, and who sent it.
struct ClientRequest
{
    WireApi api = WireApi::AnthropicMessages;
    RawRequest raw;
    /// Headers a provider of the same api reads (anthropic-beta, openai-beta, anthropic-version).
    QList<QPair<QByteArray, QByteArray>> forwardedHeaders;
    QString client;
    QString userAgent;
};

/// @brief One client request's lifetime: candidates in order (with cooldown skips and failover),
/// the request forwarded (same api) or translated, upstream → client, streamed or not.
///
/// A failure before any byte reached the client moves on to the next candidate; a failure after the
/// stream began ends it with an error event in the client's format. Deletes itself when done.
class ProxyExchange : public QObject
{
    Q_OBJECT
public:
    ProxyExchange(const ExchangeContext &context, HttpResponder *responder, ClientRequest request,
                  const RouteDecision &route, QObject *parent = nullptr);
    ~ProxyExchange() override;

    void start();
    /// Headers added to every response (e.g. CORS for an allowed browser origin).
    void setExtraHeaders(const HttpHeaders &headers) { m_extraHeaders = headers; }

signals:
    void finished(const clawdesk::RequestRecord &record);
    void failover(const clawdesk::FailoverEvent &event);

private:
    struct Attempt
    {
        QString model;
        ApiError error;
        QString reason;
    };

    void tryNext();
    void send(const RouteCandidate &candidate);
    std::optional<UpstreamHttpRequest> upstreamRequestFor(const RouteCandidate &candidate);
    const ChatRequest *translated(ApiError *error);
    void onResponseStarted(int status, const HttpHeaders &headers);
    void onData(const QByteArray &chunk);
    void onUpstreamFinished();
    void handleEvents(const QList<StreamEvent> &events);
    void beginClientStream();
    void failCandidate(const ApiError &error, int status, UpstreamError transport);
    void allFailed();
    void respondError(const ApiError &error);
    void succeed();
    void onClientGone();
    void dropCall();
    void finish(int status, const QString &error);
    bool servedTranslated() const;
    HttpHeaders responseHeaders(const QByteArray &contentType) const;
    const RouteCandidate &current() const { return m_candidates.at(m_index); }

    ExchangeContext m_context;
    QPointer<HttpResponder> m_responder;
    const InboundCodec &m_inbound;
    ClientRequest m_client;
    ChatRequest m_request; ///< what the responses need: model, stream, include_usage
    std::optional<ChatRequest> m_translated;
    std::optional<ApiError> m_translationError;
    QList<RouteCandidate> m_candidates;
    HttpHeaders m_extraHeaders;
    int m_index = -1;
    QList<Attempt> m_attempts;

    QPointer<UpstreamCall> m_call;
    std::unique_ptr<StreamDecoder> m_decoder;
    std::unique_ptr<StreamEncoder> m_encoder;
    int m_upstreamStatus = 0;
    QByteArray m_retryAfter;
    QByteArray m_body;
    bool m_retried = false;
    bool m_clientStarted = false;
    bool m_finalEventSent = false;
    bool m_done = false;

    QElapsedTimer m_timer;
    RequestRecord m_record;
    Usage m_usage;
};

} // namespace clawdesk
