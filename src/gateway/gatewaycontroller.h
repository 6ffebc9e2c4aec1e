#pragma once

#include "gatewayevents.h"
#include "gatewayoptions.h"

#include <QDateTime>
#include <QObject>

class QThread;

namespace clawdesk {

class GatewayWorker;

/// @brief Owns the embedded gateway thread: starts, stops and restarts the gateway worker there and
/// relays its state and events to the GUI thread. The GUI never blocks on the gateway.
class GatewayController : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped, Starting, Running, Error };
    Q_ENUM(State)

    explicit GatewayController(QObject *parent = nullptr);
    ~GatewayController() override; ///< stops the gateway and joins its thread

    void start(const GatewayOptions &options);
    void stop();
    void restart();

    State state() const { return m_state; }
    QString errorString() const { return m_errorString; }
    quint16 port() const { return m_port; }
    QDateTime startedAt() const { return m_startedAt; }
    GatewayOptions options() const { return m_options; }

signals:
    void stateChanged(clawdesk::GatewayController::State state);
    void requestFinished(const clawdesk::RequestRecord &record);
    void failover(const clawdesk::FailoverEvent &event);
    /// openclaw.json stopped parsing (the last good config keeps serving) or parses again (empty text).
    void configProblem(const QString &fileLineColumnMessage);
    /// MiniMax rejected the OAuth refresh token: "MiniMax login expired — sign in again".
    void loginExpired(const QString &message);

private:
    void setState(State state, const QString &error = {});
    void launch();
    void onThreadFinished();

    QThread *m_thread = nullptr;
    GatewayWorker *m_worker = nullptr;
    GatewayOptions m_options;
    State m_state = State::Stopped;
    QString m_errorString;
    quint16 m_port = 0;
    QDateTime m_startedAt;
    bool m_restartPending = false;
};

} // namespace clawdesk
