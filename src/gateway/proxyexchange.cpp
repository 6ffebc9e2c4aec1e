#include "proxyexchange.h"

#include <algorithm>

#include "exchangepolicy.h"
#include "failoverclassifier.h"
#include "gatewaylogging.h"
#include "modeldiagnosis.h"
#include "thinkingsignature.h"
#include "upstreamcall.h"
#include "upstreamclient.h"

#include <QTimer>

namespace clawdesk {

namespace {

constexpr qint64 MaxBufferedBody = 64LL * 1024 * 1024;
constexpr qint64 PauseAboveBytes = 1024 * 1024; // client slower than the upstream: stop reading

/// Sets a header, or for anthropic-beta / openai-beta joins both lists: the provider's configured
/// betas and the client's apply together.
void mergeHeader(QList<QPair<QByteArray, QByteArray>> *headers, const QByteArray &name,
                 const QByteArray &value)
{
    const bool list = name == "anthropic-beta" || name == "openai-beta";
    for (auto &h : *headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (list && !h.second.split(',').contains(value))
            h.second = value + ',' + h.second;
        else if (!list)
            h.second = value;
        return;
    }
    headers->append(qMakePair(name, value));
}

} // namespace

ProxyExchange::ProxyExchange(const ExchangeContext &context, HttpResponder *responder, ClientRequest request,
                             const RouteDecision &route, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_responder(responder)
    , m_inbound(inboundCodec(request.api))
    , m_client(std::move(request))
    , m_candidates(route.candidates)
{
    m_timer.start();
    m_request.sourceApi = m_client.api;
    m_request.model = m_client.raw.model;
    m_request.stream = m_client.raw.stream;
    m_request.includeUsage = m_client.raw.includeUsage;
    m_record.time = QDateTime::currentDateTimeUtc();
    m_record.clientApi = exchangepolicy::clientApiName(m_client.api);
    m_record.client = m_client.client;
    m_record.userAgent = m_client.userAgent;
    m_record.requestedModel = m_request.model;
    m_record.streamed = m_request.stream;
}

ProxyExchange::~ProxyExchange()
{
    dropCall();
}

void ProxyExchange::start()
{
    if (!m_responder || m_responder->isClientGone()) {
        finish(499, QStringLiteral("client closed the request"));
        return;
    }
    connect(m_responder, &HttpResponder::clientGone, this, &ProxyExchange::onClientGone);
    connect(m_responder, &HttpResponder::drained, this, [this] {
        if (m_call)
            m_call->resumeReceive();
    });
    tryNext();
}

void ProxyExchange::tryNext()
{
    while (++m_index < m_candidates.size()) {
        const RouteCandidate &candidate = current();
        if (!candidate.resolvable) {
            m_attempts.append({candidate.ref.key(),
                               ApiError::fromStatus(404, ModelDiagnosis::unknownModelText(candidate.ref)),
                               failoverReasonName(FailoverReason::ModelNotFound)});
            continue;
        }
        if (m_context.cooldowns->isCoolingDown(CooldownScope{candidate.cooldownKey, candidate.ref.key()})) {
            m_attempts.append(
                {candidate.ref.key(),
                 ApiError::fromStatus(429,
                                      QStringLiteral("Provider %1 is in cooldown (all profiles unavailable)")
                                          .arg(candidate.ref.provider)),
                 failoverReasonName(FailoverReason::RateLimit)});
            continue;
        }
        if (!m_attempts.isEmpty()) {
            const Attempt &last = m_attempts.last();
            emit failover({QDateTime::currentDateTimeUtc(), m_request.model, last.model, candidate.ref.key(),
                           last.reason, false});
            qCInfo(lcGateway).noquote()
                << "failover" << last.model << "->" << candidate.ref.key() << "(" << last.reason << ")";
        }
        m_retried = false;
        send(candidate);
        return;
    }
    allFailed();
}

const ChatRequest *ProxyExchange::translated(ApiError *error)
{
    if (!m_translated && !m_translationError) {
        ApiError decodeError;
        m_translated = m_inbound.decodeRequest(m_client.raw.body, &decodeError);
        if (m_translated)
            m_translated->sourceApi = m_client.api;
        else
            m_translationError = decodeError;
    }
    if (m_translationError && error)
        *error = *m_translationError;
    return m_translated ? &*m_translated : nullptr;
}

std::optional<UpstreamHttpRequest> ProxyExchange::upstreamRequestFor(const RouteCandidate &candidate)
{
    const OutboundCodec &outbound = outboundCodec(candidate.api);
    if (exchangepolicy::forwardsUnchanged(m_client.api, candidate.api)) {
        QByteArray body = passthrough::withModel(m_client.raw, candidate.target.modelId);
        passthrough::sanitizeSignatures(&body, candidate.ref.provider);
        UpstreamHttpRequest http =
            outbound.forwardRequest(std::move(body), m_request.stream, candidate.target);
        for (const auto &header : std::as_const(m_client.forwardedHeaders))
            mergeHeader(&http.headers, header.first, header.second);
        return http;
    }
    ApiError error;
    const ChatRequest *decoded = translated(&error);
    if (!decoded) {
        // Only a request the gateway cannot read at all fails here; the next candidate may take it as is.
        error.message = QStringLiteral("%1 (cannot be translated for %2, which speaks %3)")
                            .arg(error.message, candidate.ref.key(), candidate.apiName);
        m_attempts.append({candidate.ref.key(), error, QStringLiteral("untranslatable")});
        qCInfo(lcGateway).noquote() << "candidate" << candidate.ref.key() << "skipped:" << error.message;
        return std::nullopt;
    }
    ChatRequest request = *decoded;
    thinking::sanitizeThinkingFor(request, candidate.ref.provider);
    request.model = candidate.target.modelId;
    return outbound.encodeRequest(request, candidate.target);
}

void ProxyExchange::send(const RouteCandidate &candidate)
{
    std::optional<UpstreamHttpRequest> http = upstreamRequestFor(candidate);
    if (!http) {
        tryNext();
        return;
    }
    UpstreamRequest upstream;
    upstream.url = http->url;
    upstream.headers = std::move(http->headers);
    upstream.body = std::move(http->body);
    upstream.connectTimeoutMs = m_context.connectTimeoutMs;
    upstream.firstByteTimeoutMs = m_context.firstByteTimeoutMs;
    upstream.idleTimeoutMs = m_context.idleTimeoutMs;

    m_upstreamStatus = 0;
    m_retryAfter.clear();
    m_body.clear();
    m_decoder = m_request.stream ? outboundCodec(candidate.api).createStreamDecoder() : nullptr;
    m_call = m_context.client->send(upstream);
    connect(m_call, &UpstreamCall::responseStarted, this, &ProxyExchange::onResponseStarted);
    connect(m_call, &UpstreamCall::dataReceived, this, &ProxyExchange::onData);
    connect(m_call, &UpstreamCall::finished, this, &ProxyExchange::onUpstreamFinished);
}

void ProxyExchange::onResponseStarted(int status, const HttpHeaders &headers)
{
    m_upstreamStatus = status;
    m_retryAfter = headers.value("retry-after");
}

void ProxyExchange::onData(const QByteArray &chunk)
{
    if (m_done)
        return;
    if (m_upstreamStatus >= 300 || !m_decoder) {
        if (m_body.size() + chunk.size() <= MaxBufferedBody)
            m_body += chunk;
        return;
    }
    handleEvents(m_decoder->feed(chunk));
}

void ProxyExchange::handleEvents(const QList<StreamEvent> &events)
{
    for (StreamEvent event : events) {
        if (m_done)
            return;
        if (event.type == StreamEvent::Type::Error) {
            if (!m_clientStarted) {
                // Nothing reached the client yet (e.g. an in-stream overloaded_error): fail over.
                dropCall();
                failCandidate(event.error, event.error.httpStatus, UpstreamError::None);
                return;
            }
            dropCall();
            respondError(event.error);
            return;
        }
        thinking::wrapSignatures(event, current().ref.provider);
        if (event.type == StreamEvent::Type::MessageStart)
            m_usage = event.usage;
        else if (event.type == StreamEvent::Type::MessageDelta)
            m_usage = event.usage;
        if (!m_clientStarted)
            beginClientStream();
        if (m_record.firstTokenMs < 0 && (event.type == StreamEvent::Type::TextDelta ||
                                          event.type == StreamEvent::Type::ToolArgumentsDelta ||
                                          event.type == StreamEvent::Type::ThinkingDelta))
            m_record.firstTokenMs = m_timer.elapsed();
        if (event.type == StreamEvent::Type::MessageStop)
            m_finalEventSent = true;
        if (m_responder) {
            m_responder->write(m_encoder->encode(event));
            if (m_call && m_responder->bytesPending() > PauseAboveBytes)
                m_call->pauseReceive();
        }
    }
}

HttpHeaders ProxyExchange::responseHeaders(const QByteArray &contentType) const
{
    HttpHeaders headers{{"content-type", contentType}};
    if (m_index >= 0 && m_index < m_candidates.size()) {
        headers.add("x-clawdesk-model", current().ref.key().toUtf8());
        headers.add("x-clawdesk-provider", current().ref.provider.toUtf8());
    }
    if (!m_attempts.isEmpty())
        headers.add("x-clawdesk-attempts", QByteArray::number(m_attempts.size() + 1));
    if (servedTranslated() && !m_translated->degradations.isEmpty())
        headers.add("x-clawdesk-degraded", exchangepolicy::degradationHeader(m_translated->degradations));
    for (const auto &entry : m_extraHeaders.entries())
        headers.add(entry.first, entry.second);
    return headers;
}

void ProxyExchange::beginClientStream()
{
    m_clientStarted = true;
    m_encoder = m_inbound.createStreamEncoder(m_request);
    HttpHeaders headers = responseHeaders("text/event-stream; charset=utf-8");
    headers.add("cache-control", "no-cache");
    if (m_responder)
        m_responder->beginStream(200, headers);
}

void ProxyExchange::onUpstreamFinished()
{
    UpstreamCall *call = m_call;
    if (!call || m_done)
        return;
    const UpstreamError transport = call->error();
    const QString transportText = call->errorString();
    m_call = nullptr; // the client deletes it after this slot
    const RouteCandidate &candidate = current();
    const OutboundCodec &outbound = outboundCodec(candidate.api);

    if (m_upstreamStatus >= 300) {
        failCandidate(outbound.decodeError(m_upstreamStatus, m_body), m_upstreamStatus, UpstreamError::None);
        return;
    }
    if (transport != UpstreamError::None) {
        const ApiError error = ApiError::fromKind(
            transport == UpstreamError::Timeout ? ApiError::Kind::Timeout : ApiError::Kind::Api,
            QStringLiteral("upstream %1: %2").arg(upstreamErrorName(transport), transportText));
        if (m_clientStarted)
            respondError(error);
        else
            failCandidate(error, 0, transport);
        return;
    }
    if (m_decoder) {
        handleEvents(m_decoder->finish());
        if (m_done)
            return;
        if (!m_clientStarted) {
            failCandidate(ApiError::fromStatus(502, QStringLiteral("upstream sent an empty stream")), 502,
                          UpstreamError::None);
            return;
        }
        if (m_responder)
            m_responder->end();
        succeed();
        return;
    }
    ApiError error;
    std::optional<ChatResponse> response = outbound.decodeResponse(m_body, &error);
    if (!response) {
        failCandidate(error, error.httpStatus, UpstreamError::None);
        return;
    }
    m_usage = response->usage;
    // Same wire format both ways and no thinking signatures to wrap: the upstream's answer is
    // already what the client expects, so relay its bytes instead of re-encoding (the hot path).
    const bool hasSignatures =
        std::any_of(response->content.cbegin(), response->content.cend(), [](const ContentBlock &b) {
            return b.type == ContentBlock::Type::Thinking || b.type == ContentBlock::Type::RedactedThinking;
        });
    if (m_responder) {
        if (m_inbound.api() == candidate.api && !hasSignatures) {
            m_responder->respond(200, responseHeaders("application/json"), m_body);
        } else {
            thinking::wrapSignatures(*response, candidate.ref.provider);
            m_responder->respond(200, responseHeaders("application/json"),
                                 m_inbound.encodeResponse(*response));
        }
    }
    succeed();
}

void ProxyExchange::failCandidate(const ApiError &error, int status, UpstreamError transport)
{
    const RouteCandidate &candidate = current();
    const std::optional<FailoverReason> reason =
        FailoverClassifier::classify(status, transport, error.message);
    if (!reason) {
        // Not failover-worthy (e.g. a plain 400): the client gets this error as is.
        respondError(error);
        return;
    }
    // One quick retry of the same candidate when the upstream asks for a short pause.
    const std::optional<int> retryDelayMs =
        exchangepolicy::quickRetryDelayMs(m_retryAfter, *reason, QDateTime::currentDateTimeUtc());
    if (!m_retried && retryDelayMs) {
        m_retried = true;
        QTimer::singleShot(*retryDelayMs, this, [this] {
            if (!m_done)
                send(current());
        });
        return;
    }
    m_context.cooldowns->markFailure(CooldownScope{candidate.cooldownKey, candidate.ref.key()}, *reason);
    m_attempts.append({candidate.ref.key(), error, failoverReasonName(*reason)});
    qCInfo(lcGateway).noquote() << "candidate" << candidate.ref.key()
                                << "failed:" << failoverReasonName(*reason) << "status" << status;
    tryNext();
}

void ProxyExchange::allFailed()
{
    ApiError error;
    if (m_attempts.isEmpty()) {
        error = ApiError::fromStatus(404, QStringLiteral("No model to route the request to"));
    } else if (m_attempts.size() == 1) {
        error = m_attempts.first().error;
    } else {
        QStringList parts;
        for (const Attempt &attempt : m_attempts)
            parts.append(
                QStringLiteral("%1: %2 (%3)").arg(attempt.model, attempt.error.message, attempt.reason));
        error = m_attempts.last().error;
        error.message =
            QStringLiteral("All models failed (%1): %2").arg(m_attempts.size()).arg(parts.join(u" | "));
    }
    if (error.httpStatus < 400)
        error.httpStatus = 502;
    m_index = int(m_candidates.size()) - 1;
    respondError(error);
}

void ProxyExchange::respondError(const ApiError &error)
{
    if (m_done)
        return;
    dropCall();
    if (m_responder) {
        if (m_clientStarted) {
            m_responder->write(m_encoder->encodeError(error));
            m_responder->end();
        } else {
            HttpHeaders headers = responseHeaders("application/json");
            if (m_upstreamStatus == 0 || m_attempts.size() > 1) {
                headers.remove("x-clawdesk-model");
                headers.remove("x-clawdesk-provider");
            }
            m_responder->respond(error.httpStatus, headers, m_inbound.encodeError(error));
        }
    }
    finish(m_clientStarted ? 200 : error.httpStatus, error.message);
}

void ProxyExchange::succeed()
{
    const RouteCandidate &candidate = current();
    if (m_context.cooldowns->markSuccess(CooldownScope{candidate.cooldownKey, candidate.ref.key()})) {
        emit failover({QDateTime::currentDateTimeUtc(), m_request.model, QString(), candidate.ref.key(),
                       QString(), true});
        qCInfo(lcGateway).noquote() << "recovered:" << candidate.ref.key();
    }
    m_record.servedModel = candidate.ref.key();
    m_record.provider = candidate.ref.provider;
    m_record.costUsd = exchangepolicy::costUsd(candidate.cost, m_usage);
    finish(200, QString());
}

void ProxyExchange::onClientGone()
{
    if (m_done)
        return;
    dropCall();
    if (m_finalEventSent) { // the client had the whole answer and hung up: a success
        succeed();
        return;
    }
    finish(499, QStringLiteral("client closed the request"));
}

bool ProxyExchange::servedTranslated() const
{
    return m_translated && m_index >= 0 && m_index < m_candidates.size() &&
           !exchangepolicy::forwardsUnchanged(m_client.api, current().api);
}

void ProxyExchange::dropCall()
{
    if (m_call) {
        UpstreamCall *call = m_call;
        m_call = nullptr;
        call->disconnect(this);
        call->abort();
    }
}

void ProxyExchange::finish(int status, const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    m_record.status = status;
    m_record.error = error;
    for (const Attempt &attempt : std::as_const(m_attempts))
        m_record.attempts.append(attempt.model + QStringLiteral(": ") + attempt.reason);
    if (!m_attempts.isEmpty())
        m_record.failoverReason = m_attempts.last().reason;
    if (servedTranslated() && status < 400) {
        m_record.degradations = m_translated->degradations;
        if (!m_record.degradations.isEmpty())
            qCInfo(lcGateway).noquote() << "translated for" << current().ref.key() << "with"
                                        << m_record.degradations.join(QStringLiteral("; "));
    }
    m_record.latencyMs = m_timer.elapsed();
    m_record.inputTokens = m_usage.input;
    m_record.outputTokens = m_usage.output;
    m_record.cacheReadTokens = m_usage.cacheRead;
    m_record.cacheWriteTokens = m_usage.cacheWrite;
    qCInfo(lcGateway).noquote() << (m_record.client.isEmpty() ? m_record.clientApi : m_record.client)
                                << m_record.clientApi << "model" << m_record.requestedModel << "->"
                                << (m_record.servedModel.isEmpty() ? QStringLiteral("-")
                                                                   : m_record.servedModel)
                                << "status" << status << m_record.latencyMs << "ms";
    emit finished(m_record);
    deleteLater();
}

} // namespace clawdesk
