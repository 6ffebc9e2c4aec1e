#pragma once

#include "httpheaders.h"

#include <QByteArray>
#include <QHostAddress>
#include <QTcpSocket>

namespace clawdesk {

/// @brief Raw-socket HTTP/1.1 client for tests that must send exact (or broken) bytes.
///
/// Every wait spins the event loop, so a server in the same thread keeps working.
class HttpTestClient
{
public:
    struct Response
    {
        bool complete = false;
        int status = 0;
        HttpHeaders headers; ///< names lower-case
        QByteArray body;     ///< de-chunked
    };

    bool connectTo(quint16 port, const QHostAddress &address = QHostAddress::LocalHost, int timeoutMs = 5000);
    void send(const QByteArray &bytes);
    /// Waits for one complete response and removes it from the input buffer.
    Response readResponse(int timeoutMs = 5000);
    /// Waits until @p marker has arrived; returns everything received up to and including it (consumed).
    QByteArray readUntil(const QByteArray &marker, int timeoutMs = 5000);
    /// Waits until the server closed the connection.
    bool waitForDisconnected(int timeoutMs = 5000);
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QTcpSocket &socket() { return m_socket; }
    /// Bytes received but not consumed yet.
    QByteArray pending();

    /// Parses one response from the front of @p buffer; @p eof says the peer has closed.
    static bool parse(QByteArray &buffer, bool eof, Response *out);

private:
    void pump();

    QTcpSocket m_socket;
    QByteArray m_buffer;
};

} // namespace clawdesk
