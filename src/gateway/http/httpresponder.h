#pragma once

#include "httpheaders.h"

#include <QObject>

namespace clawdesk {

class HttpConnection;

/// @brief Answers one inbound request: a whole response, or a chunked stream written piece by piece.
///
/// Owned by the connection. It stays valid until the response is finished (respond()/end()/abort())
/// or the client went away (clientGone()); after that it is deleted with deleteLater(), so keep it in
/// a QPointer when answering asynchronously. Calls after the end are ignored.
class HttpResponder : public QObject
{
    Q_OBJECT
public:
    /// Sends a complete response; sets Content-Length (no body for HEAD, 204 and 304).
    void respond(int status, const HttpHeaders &headers, const QByteArray &body);
    /// Sends the status line and headers at once; the body follows as chunks (HTTP/1.0: until close).
    void beginStream(int status, const HttpHeaders &headers);
    /// Sends one chunk immediately; empty chunks are skipped. False if the stream is not open.
    bool write(const QByteArray &chunk);
    /// Terminates the stream (last chunk); the connection continues with the next request.
    void end();
    /// Drops the connection without a proper end, so the client sees a truncated response.
    void abort();

    bool isClientGone() const { return m_clientGone; }
    bool isFinished() const { return m_finished; }
    bool isStreaming() const { return m_streaming; }
    /// Bytes accepted by write() but not yet handed to the kernel (backpressure).
    qint64 bytesPending() const;

signals:
    /// The client disconnected before the response ended; abort the upstream work.
    void clientGone();
    /// Every pending byte has been written to the socket; a paused producer may resume.
    void drained();

private:
    friend class HttpConnection;
    HttpResponder(HttpConnection *connection, bool headRequest, int versionMinor, bool keepAlive);

    QByteArray statusAndHeaders(int status, const HttpHeaders &headers, bool *closeAfter) const;
    void markClientGone();
    void finish(bool closeAfter);

    HttpConnection *m_connection;
    bool m_headRequest;
    int m_versionMinor;
    bool m_keepAlive;
    bool m_streaming = false;
    bool m_chunked = false;
    bool m_closeAfter = false;
    bool m_finished = false;
    bool m_clientGone = false;
};

} // namespace clawdesk
