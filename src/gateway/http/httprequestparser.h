#pragma once

#include "httprequest.h"
#include "httpserverlimits.h"

#include <QString>

namespace clawdesk {

/// @brief Incremental HTTP/1.x request parser (request line, headers, Content-Length and chunked bodies).
///
/// The caller keeps the unconsumed input: feed() consumes whole lines only, so a partial line stays in
/// the caller's buffer and is offered again with more bytes. feed() stops after each event so the
/// connection can act between headers and body (413 from Content-Length, 100-continue).
class HttpRequestParser
{
public:
    enum class Status {
        NeedMore,        ///< everything offered was consumed or a line is incomplete
        HeadersComplete, ///< headers parsed; body (if any) follows
        MessageComplete, ///< request() is complete
        Error            ///< errorStatus()/errorMessage() say why; the connection must close
    };

    explicit HttpRequestParser(const HttpServerLimits &limits);

    /// Parses from @p data; sets @p consumed to the bytes used (the rest must be offered again).
    Status feed(const char *data, qsizetype size, qsizetype *consumed);

    const HttpRequest &request() const { return m_request; }
    /// Moves the finished request out and resets the parser for the next one.
    HttpRequest takeRequest();
    void reset();

    /// True once any byte of the current request has been consumed.
    bool started() const { return m_state != State::RequestLine || m_headBytes > 0; }
    bool headersComplete() const { return m_headersDone; }
    bool keepAlive() const { return m_keepAlive; }
    bool expectsContinue() const { return m_expectContinue; }
    bool hasBody() const { return m_chunked || m_contentLength > 0; }
    int errorStatus() const { return m_errorStatus; }
    const QString &errorMessage() const { return m_errorMessage; }

private:
    enum class State {
        RequestLine,
        Headers,
        Body,
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        Trailers,
        Done,
        Failed
    };

    Status fail(int status, const QString &message);
    bool parseRequestLine(const char *line, qsizetype len);
    bool parseHeaderLine(const char *line, qsizetype len);
    Status finishHeaders();
    Status appendBody(const char *data, qsizetype len);

    const HttpServerLimits &m_limits;
    HttpRequest m_request;
    State m_state = State::RequestLine;
    qsizetype m_headBytes = 0;
    qint64 m_contentLength = 0;
    qint64 m_remaining = 0;
    bool m_chunked = false;
    bool m_keepAlive = true;
    bool m_expectContinue = false;
    bool m_headersDone = false;
    int m_errorStatus = 0;
    QString m_errorMessage;
};

} // namespace clawdesk
