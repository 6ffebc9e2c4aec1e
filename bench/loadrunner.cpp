#include "loadrunner.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTcpSocket>

#include <vector>

namespace clawdesk {

namespace {
constexpr int MaxErrorsKept = 1;
}

LoadResult LoadRunner::run(const LoadSpec &spec)
{
    m_spec = spec;
    m_result = LoadResult();
    m_connections.clear();
    m_backlog.clear();
    m_scheduled = 0;
    m_inFlight = 0;
    m_connecting = 0;
    m_running = true;

    const bool openLoop = spec.rate > 0;
    if (!openLoop) {
        // Connect everything first so connection set-up is not part of the measured time.
        for (int i = 0; i < spec.connections; ++i)
            openConnection();
        QElapsedTimer wait;
        wait.start();
        while (m_connecting > 0 && wait.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    }
    m_clock.start();
    if (openLoop) {
        m_ticker.setTimerType(Qt::PreciseTimer);
        m_ticker.setInterval(1);
        connect(&m_ticker, &QTimer::timeout, this, &LoadRunner::tick, Qt::UniqueConnection);
        m_ticker.start();
        tick();
    } else {
        for (const auto &connection : m_connections) {
            if (connection->connected)
                send(connection.get(), m_clock.nsecsElapsed());
        }
    }

    while (m_clock.elapsed() < spec.durationMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    m_running = false;
    m_ticker.stop();
    const qint64 drainEnd = m_clock.elapsed() + spec.drainMs;
    while ((m_inFlight > 0 || !m_backlog.empty()) && m_clock.elapsed() < drainEnd)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);

    m_result.lost = m_inFlight + qint64(m_backlog.size());
    m_result.seconds = m_lastDoneNs / 1e9;
    m_result.connectionsUsed = int(m_connections.size());
    for (const auto &connection : m_connections) {
        if (connection->socket) {
            connection->socket->disconnect(this);
            connection->socket->abort();
        }
    }
    m_connections.clear();
    return m_result;
}

LoadRunner::Connection *LoadRunner::openConnection()
{
    auto owned = std::make_unique<Connection>();
    Connection *connection = owned.get();
    m_connections.push_back(std::move(owned));
    connection->socket = std::make_unique<QTcpSocket>();
    QTcpSocket *socket = connection->socket.get();
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    ++m_connecting;
    connect(socket, &QTcpSocket::connected, this, [this, connection] {
        --m_connecting;
        connection->connected = true;
        if (m_spec.rate > 0)
            pump();
    });
    connect(socket, &QTcpSocket::readyRead, this, [this, connection] { onReadyRead(connection); });
    connect(socket, &QTcpSocket::errorOccurred, this,
            [this, connection, socket] { onFailed(connection, socket->errorString().toUtf8()); });
    socket->connectToHost(QHostAddress::LocalHost, m_spec.port);
    return connection;
}

void LoadRunner::send(Connection *connection, qint64 startNs)
{
    connection->reader.reset();
    connection->busy = true;
    connection->startNs = startNs;
    ++m_inFlight;
    connection->socket->write(m_spec.request);
}

void LoadRunner::onReadyRead(Connection *connection)
{
    const QByteArray bytes = connection->socket->readAll();
    if (!connection->busy) {
        onFailed(connection, "unexpected bytes on an idle connection");
        return;
    }
    const bool hadEvent = connection->reader.sawEvent();
    const ResponseReader::State state = connection->reader.feed(bytes);
    if (!hadEvent && connection->reader.sawEvent())
        m_result.firstEventMs.push_back((m_clock.nsecsElapsed() - connection->startNs) / 1e6);
    if (state == ResponseReader::State::Error) {
        onFailed(connection, "malformed response");
        return;
    }
    if (state != ResponseReader::State::Done)
        return;
    const int status = connection->reader.status();
    if (status != 200)
        recordError("HTTP " + QByteArray::number(status));
    finishRequest(connection, status == 200);
    if (connection->reader.closeAfter()) {
        onFailed(connection, {}); // not an error: reconnect and go on
        return;
    }
    if (m_spec.rate > 0)
        pump();
    else if (m_running)
        send(connection, m_clock.nsecsElapsed());
}

void LoadRunner::finishRequest(Connection *connection, bool ok)
{
    const qint64 now = m_clock.nsecsElapsed();
    connection->busy = false;
    --m_inFlight;
    m_lastDoneNs = now;
    if (ok) {
        ++m_result.ok;
        m_result.latencyMs.push_back((now - connection->startNs) / 1e6);
    } else {
        ++m_result.errors;
    }
}

void LoadRunner::onFailed(Connection *connection, const QByteArray &why)
{
    if (!connection->socket)
        return;
    if (!why.isEmpty()) {
        if (connection->busy) {
            recordError(why);
            finishRequest(connection, false);
        } else if (!connection->connected) {
            recordError("connect: " + why);
            ++m_result.errors;
        }
    }
    if (!connection->connected)
        --m_connecting;
    // Replace the socket; deleting it inside its own signal is not allowed.
    QTcpSocket *old = connection->socket.release();
    old->disconnect(this);
    old->abort();
    old->deleteLater();
    std::erase_if(m_connections, [connection](const auto &c) { return c.get() == connection; });
    if (!m_running)
        return;
    Connection *fresh = openConnection();
    if (m_spec.rate == 0) {
        connect(fresh->socket.get(), &QTcpSocket::connected, this, [this, fresh] {
            if (m_running && !fresh->busy)
                send(fresh, m_clock.nsecsElapsed());
        });
    }
}

void LoadRunner::tick()
{
    if (!m_running)
        return;
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 due = qint64(now / 1e9 * m_spec.rate) + 1;
    for (; m_scheduled < due; ++m_scheduled)
        m_backlog.push_back(qint64(m_scheduled * 1e9 / m_spec.rate));
    pump();
}

void LoadRunner::pump()
{
    for (const auto &connection : m_connections) {
        if (m_backlog.empty())
            return;
        if (connection->connected && !connection->busy && connection->socket) {
            send(connection.get(), m_backlog.front());
            m_backlog.pop_front();
        }
    }
    // Not enough idle connections: grow the pool (up to its bound) for what is still waiting.
    const qsizetype wanted = qsizetype(m_backlog.size()) - m_connecting;
    for (qsizetype i = 0; i < wanted && int(m_connections.size()) < m_spec.connections; ++i)
        openConnection();
}

void LoadRunner::recordError(const QByteArray &why)
{
    if (m_result.firstError.isEmpty() && MaxErrorsKept > 0)
        m_result.firstError = why;
}

} // namespace clawdesk
