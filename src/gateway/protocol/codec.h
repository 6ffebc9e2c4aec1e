#pragma once

#include "apierror.h"
#include "chatmodel.h"
#include "streamevent.h"
#include "wireapi.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

#include <memory>
#include <optional>

namespace clawdesk {

/// @brief Turns internal stream events into a client's SSE bytes (stateful, one per response).
class StreamEncoder
{
public:
    virtual ~StreamEncoder() = default;
    /// May return empty; always whole SSE events.
    virtual QByteArray encode(const StreamEvent &event) = 0;
    /// A mid-stream failure, in the client's stream format, ending the stream.
    virtual QByteArray encodeError(const ApiError &error) = 0;
};

/// @brief Turns upstream SSE bytes into internal events (stateful, one per upstream response).
class StreamDecoder
{
public:
    virtual ~StreamDecoder() = default;
    /// Any split of the byte stream gives the same events.
    virtual QList<StreamEvent> feed(const QByteArray &bytes) = 0;
    /// End of the upstream body; an Error event if the stream ended early.
    virtual QList<StreamEvent> finish() = 0;
};

/// @brief Inbound side: the api a client speaks to the gateway.
class InboundCodec
{
public:
    virtual ~InboundCodec() = default;
    virtual WireApi api() const = 0;
    /// Parses and validates a client request body; on failure returns nullopt and fills *error
    /// (400 InvalidRequest saying exactly what is wrong, e.g. "messages: expected an array").
    virtual std::optional<ChatRequest> decodeRequest(const QByteArray &body, ApiError *error) const = 0;
    virtual QByteArray encodeResponse(const ChatResponse &response) const = 0;
    virtual QByteArray encodeError(const ApiError &error) const = 0;
    virtual std::unique_ptr<StreamEncoder> createStreamEncoder() const = 0;
    /// Like createStreamEncoder() but honours request options that shape the stream
    /// (OpenAI stream_options.include_usage).
    virtual std::unique_ptr<StreamEncoder> createStreamEncoder(const ChatRequest &request) const;
};

/// @brief Where and how to reach one upstream model.
struct UpstreamTarget
{
    QString modelId;
    QString baseUrl;
    QString apiKey;
    QList<QPair<QByteArray, QByteArray>> extraHeaders;
    bool authHeader = false; ///< also send "Authorization: Bearer <apiKey>" (Anthropic)
    int defaultMaxTokens = 8192;
    QString maxTokensField; ///< OpenAI chat: "max_tokens" or "max_completion_tokens" (default)
    bool supportsDeveloperRole = false;
    bool reasoning = false;
};

/// @brief A ready-to-send upstream HTTP POST.
struct UpstreamHttpRequest
{
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray header(const QByteArray &name) const; ///< case-insensitive lookup, empty if absent
};

/// @brief Outbound side: the api a provider speaks.
class OutboundCodec
{
public:
    virtual ~OutboundCodec() = default;
    virtual WireApi api() const = 0;
    virtual UpstreamHttpRequest encodeRequest(const ChatRequest &request,
                                              const UpstreamTarget &target) const = 0;
    /// A body already in this api's format (a same-api client request), sent with this provider's
    /// URL, credentials and headers.
    virtual UpstreamHttpRequest forwardRequest(QByteArray body, bool stream,
                                               const UpstreamTarget &target) const = 0;
    virtual std::optional<ChatResponse> decodeResponse(const QByteArray &body, ApiError *error) const = 0;
    /// Message as OpenClaw renders it: Anthropic "HTTP <code> <error.type>: <message>",
    /// OpenAI "HTTP <code>: <message>".
    virtual ApiError decodeError(int httpStatus, const QByteArray &body) const = 0;
    virtual std::unique_ptr<StreamDecoder> createStreamDecoder() const = 0;
};

/// Stateless singletons.
const InboundCodec &inboundCodec(WireApi api);
const OutboundCodec &outboundCodec(WireApi api);

} // namespace clawdesk
