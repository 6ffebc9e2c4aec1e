#pragma once

#include <QByteArray>

namespace clawdesk {

/// @brief Incremental HTTP/1.1 response reader for the load generator: status, Content-Length or chunked
/// body.
///
/// Feed it bytes as they arrive; it reports when the first body byte and the first SSE event ("data:")
/// arrived and when the response is complete. Kept minimal on purpose: no trailers, no 1xx responses.
class ResponseReader
{
public:
    enum class State { Headers, Body, Done, Error };

    /// Appends @p bytes and advances; returns the state after them.
    State feed(const QByteArray &bytes);
    void reset();

    State state() const { return m_state; }
    int status() const { return m_status; }
    bool sawBody() const { return m_sawBody; }
    bool sawEvent() const { return m_sawEvent; }
    /// True when the server asked to close the connection after this response.
    bool closeAfter() const { return m_closeAfter; }
    /// Bytes after the end of a complete response (a pipelined reply; unexpected here).
    qsizetype leftover() const { return m_buffer.size() - m_pos; }

private:
    bool parseHead();
    bool parseChunked();
    void noteBody(const QByteArray &data);

    QByteArray m_buffer;
    qsizetype m_pos = 0;
    State m_state = State::Headers;
    int m_status = 0;
    qint64 m_contentLength = -1;
    bool m_chunked = false;
    bool m_closeAfter = false;
    bool m_sawBody = false;
    bool m_sawEvent = false;
    QByteArray m_eventTail; ///< last bytes of the body, so "data:" split across reads is still seen
};

} // namespace clawdesk
