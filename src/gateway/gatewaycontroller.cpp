#include "gatewaycontroller.h"

#include "gatewaylogging.h"
#include "gatewayworker.h"

#include <QThread>

namespace clawdesk {

namespace {
const bool metaTypesRegistered = [] {
    qRegisterMetaType<clawdesk::RequestRecord>();
    qRegisterMetaType<clawdesk::FailoverEvent>();
    return true;
}();
} // namespace

GatewayController::GatewayController(QObject *parent)
    : QObject(parent)
{
    Q_UNUSED(metaTypesRegistered)
}

GatewayController::~GatewayController()
{
    if (m_thread) {
        if (m_worker) {
            // Blocking on purpose: the application is going away. The worker drops what is open.
            QMetaObject::invokeMethod(
                m_worker, [worker = m_worker] { delete worker; }, Qt::BlockingQueuedConnection);
            m_worker = nullptr;
        }
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
    }
}

void GatewayController::start(const GatewayOptions &options)
{
    m_options = options;
    if (m_thread) { // running or stopping: start again once it is down
        m_restartPending = true;
        stop();
        return;
    }
    launch();
}

void GatewayController::launch()
{
    m_restartPending = false;
    setState(State::Starting);
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("clawdesk-gateway"));
    m_worker = new GatewayWorker(m_options);
    m_worker->moveToThread(m_thread);
    connect(m_worker, &GatewayWorker::started, this, [this](quint16 port, const QString &) {
        m_port = port;
        m_startedAt = QDateTime::currentDateTimeUtc();
        setState(State::Running);
    });
    connect(m_worker, &GatewayWorker::startFailed, this, [this](const QString &error) {
        qCWarning(lcGateway).noquote() << "gateway failed to start:" << error;
        m_errorString = error;
        stop();
    });
    connect(m_worker, &GatewayWorker::stopped, m_thread, &QThread::quit);
    connect(m_worker, &GatewayWorker::requestFinished, this, &GatewayController::requestFinished);
    connect(m_worker, &GatewayWorker::failover, this, &GatewayController::failover);
    connect(m_worker, &GatewayWorker::configProblem, this, &GatewayController::configProblem);
    connect(m_worker, &GatewayWorker::loginExpired, this, &GatewayController::loginExpired);
    connect(m_thread, &QThread::finished, this, &GatewayController::onThreadFinished);
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, &GatewayWorker::start, Qt::QueuedConnection);
}

void GatewayController::stop()
{
    if (!m_thread || !m_worker)
        return;
    QMetaObject::invokeMethod(m_worker, &GatewayWorker::shutdown, Qt::QueuedConnection);
}

void GatewayController::restart()
{
    GatewayOptions options = m_options;
    if (options.port == 0 && m_port != 0)
        options.port = m_port; // a restart keeps the port clients already use
    start(options);
}

void GatewayController::onThreadFinished()
{
    // The thread's loop has ended, so the worker (and everything it created) can be deleted here.
    delete m_worker;
    m_worker = nullptr;
    m_thread->deleteLater();
    m_thread = nullptr;
    m_port = 0;
    const QString error = m_errorString;
    if (m_restartPending) {
        m_errorString.clear();
        launch();
        return;
    }
    if (!error.isEmpty())
        setState(State::Error, error);
    else
        setState(State::Stopped);
}

void GatewayController::setState(State state, const QString &error)
{
    m_errorString = error;
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace clawdesk
