#pragma once

#include "responsereader.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QTcpSocket>
#include <QTimer>

#include <deque>
#include <memory>
#include <vector>

namespace clawdesk {

/// What to send and how: closed loop (rate 0: each connection sends its next request when the previous
/// answer is complete) or open loop (requests scheduled at a fixed rate, whatever the answers do).
struct LoadSpec
{
    quint16 port = 0;
    QByteArray request;    ///< the complete HTTP/1.1 request, sent as is each time
    int connections = 1;   ///< closed loop: the concurrency; open loop: the pool's upper bound
    int durationMs = 3000; ///< how long new requests are started
    double rate = 0;       ///< requests/s for the open loop; 0 = closed loop
    int drainMs = 5000;    ///< how long to wait for answers still in flight at the end
};

/// @brief Outcome of one load run: latencies (ms) of the answered requests, errors and lost ones.
struct LoadResult
{
    qint64 ok = 0;
    qint64 errors = 0;  ///< non-200 answers, broken responses, connection failures
    qint64 lost = 0;    ///< sent or scheduled but not answered by the end of the drain
    double seconds = 0; ///< from the first request to the last completed one
    int connectionsUsed = 0;
    std::vector<double> latencyMs;    ///< whole response; open loop: from the scheduled time
    std::vector<double> firstEventMs; ///< first SSE "data:" event (streams only)
    QByteArray firstError;            ///< a short description of the first error, for the log
};

/// @brief Drives HTTP/1.1 keep-alive load against one loopback port from the calling thread's event loop.
class LoadRunner : public QObject
{
    Q_OBJECT
public:
    /// Blocks (running a local event loop) until the run and its drain are over.
    LoadResult run(const LoadSpec &spec);

private:
    struct Connection
    {
        std::unique_ptr<QTcpSocket> socket;
        ResponseReader reader;
        bool connected = false;
        bool busy = false;
        qint64 startNs = 0; ///< when the current request was sent (open loop: scheduled)
    };

    Connection *openConnection();
    void send(Connection *connection, qint64 startNs);
    void onReadyRead(Connection *connection);
    void onFailed(Connection *connection, const QByteArray &why);
    void finishRequest(Connection *connection, bool ok);
    void pump();
    void tick();
    void recordError(const QByteArray &why);

    LoadSpec m_spec;
    LoadResult m_result;
    QElapsedTimer m_clock;
    QTimer m_ticker;
    std::vector<std::unique_ptr<Connection>> m_connections;
    std::deque<qint64> m_backlog; ///< open loop: scheduled start times not yet sent
    qint64 m_scheduled = 0;
    qint64 m_lastDoneNs = 0;
    bool m_running = false;
    int m_inFlight = 0;
    int m_connecting = 0;
};

} // namespace clawdesk
