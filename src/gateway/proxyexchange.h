#pragma once

#include "codec.h"
#include "cooldowntracker.h"
#include "gatewayevents.h"
#include "gatewayrouter.h"
#include "httpresponder.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <memory>

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

/// @brief One client request's lifetime: candidates in order (with cooldown skips and failover),
/// outbound encode → upstream → decode → inbound encode → responder, streamed or not.
///
/// A failure before any byte reached the client moves on to the next candidate; a failure after the
/// stream began ends it with an error event in the client's format. Deletes itself when done.
class ProxyExchange : public QObject
{
    Q_OBJECT
public:
    ProxyExchange(const ExchangeContext &context, HttpResponder *responder, const ChatRequest &request,
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
    HttpHeaders responseHeaders(const QByteArray &contentType) const;
    const RouteCandidate &current() const { return m_candidates.at(m_index); }

    ExchangeContext m_context;
    QPointer<HttpResponder> m_responder;
    const InboundCodec &m_inbound;
    ChatRequest m_request;
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
    bool m_done = false;

    QElapsedTimer m_timer;
    RequestRecord m_record;
    Usage m_usage;
};

} // namespace clawdesk
