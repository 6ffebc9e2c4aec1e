#include "gatewaybridge.h"

#include "appsettings.h"
#include "gatewayhost.h"
#include "gatewaysnippets.h"
#include "usagereport.h"

#include <QClipboard>
#include <QGuiApplication>

namespace clawdesk {

namespace {
GatewayBridge *s_instance = nullptr;
constexpr int MaxFailovers = 5;

GatewayBridge::State toBridgeState(GatewayController::State state)
{
    switch (state) {
    case GatewayController::State::Stopped:
        return GatewayBridge::State::Stopped;
    case GatewayController::State::Starting:
        return GatewayBridge::State::Starting;
    case GatewayController::State::Running:
        return GatewayBridge::State::Running;
    case GatewayController::State::Error:
        return GatewayBridge::State::Error;
    }
    return GatewayBridge::State::Stopped;
}
} // namespace

GatewayBridge::GatewayBridge(AppSettings *settings, const QString &usageDatabase, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_host(new GatewayHost(usageDatabase, this))
    , m_usage(&m_usageSource)
{
    seedUsageHistory(m_host->usageDatabase());
    GatewayController *controller = m_host->controller();
    connect(controller, &GatewayController::stateChanged, this,
            [this, controller](GatewayController::State s) {
                setState(toBridgeState(s),
                         s == GatewayController::State::Error ? controller->errorString() : QString());
            });
    connect(controller, &GatewayController::requestFinished, this, &GatewayBridge::recordRequest);
    connect(controller, &GatewayController::failover, this, &GatewayBridge::recordFailover);
    connect(controller, &GatewayController::configProblem, this, &GatewayBridge::setConfigProblem);
    connect(controller, &GatewayController::loginExpired, this, &GatewayBridge::loginExpired);
}

GatewayBridge::~GatewayBridge() = default;

void GatewayBridge::seedUsageHistory(const QString &usageDatabase)
{
    // The last three months from the usage database; every request served from now on is added live.
    m_usageSource.seed(UsageReport(usageDatabase).dailyByModel(QDateTime::currentDateTime().addDays(-91)));
    m_usage.refresh();
}

int GatewayBridge::port() const
{
    const quint16 listening = m_host->controller()->port();
    return listening != 0 ? listening : m_settings->gatewayPort();
}

void GatewayBridge::setState(State state, const QString &error)
{
    if (state == State::Running && m_state != State::Running)
        m_startedAt = QDateTime::currentDateTime();
    if (state != State::Running)
        m_startedAt = {};
    m_state = state;
    m_errorString = error;
    emit stateChanged();
}

void GatewayBridge::start()
{
    GatewayOptions options = GatewayHost::optionsFrom(*m_settings->storage());
    options.configPath = m_configPath.isEmpty() ? m_settings->configPath() : m_configPath;
    m_host->start(options);
}

void GatewayBridge::stop()
{
    m_host->stop();
}

void GatewayBridge::restart()
{
    m_host->restart();
}

int GatewayBridge::requestsToday() const
{
    const QDate today = QDate::currentDate();
    const QList<DailyUsage> days = m_usageSource.daily(today, today);
    return days.isEmpty() ? 0 : days.first().requests;
}

double GatewayBridge::costToday() const
{
    const QDate today = QDate::currentDate();
    const QList<DailyUsage> days = m_usageSource.daily(today, today);
    return days.isEmpty() ? 0 : days.first().costUsd;
}

QVariantList GatewayBridge::recentFailovers() const
{
    QVariantList out;
    for (const FailoverEvent &e : m_failovers) {
        out.append(QVariantMap{{QStringLiteral("time"), e.time},
                               {QStringLiteral("from"), e.fromModel},
                               {QStringLiteral("to"), e.toModel},
                               {QStringLiteral("reason"), e.reason},
                               {QStringLiteral("recovery"), e.recovery}});
    }
    return out;
}

void GatewayBridge::recordRequest(const RequestRecord &record)
{
    m_log.add(record);
    m_usageSource.add(record);
    m_usage.refresh();
    if (!record.servedModel.isEmpty()) {
        m_lastServedModel = record.servedModel;
        m_lastServedAt = record.time.isValid() ? record.time : QDateTime::currentDateTime();
        m_lastServedByFallback = !record.attempts.isEmpty();
    }
    emit activityChanged();
}

void GatewayBridge::recordFailover(const FailoverEvent &event)
{
    m_failovers.prepend(event);
    while (m_failovers.size() > MaxFailovers)
        m_failovers.removeLast();
    // A failover names the next candidate to try, not one that answered: what was served comes
    // from the finished request only.
    emit activityChanged();
    emit failoverHappened(event);
}

void GatewayBridge::setConfigProblem(const QString &problem)
{
    if (m_configProblem == problem)
        return;
    m_configProblem = problem;
    emit configProblemChanged();
}

QString GatewayBridge::claudeCodeSnippet() const
{
    return GatewaySnippets::claudeCode(port(), m_settings->gatewayToken());
}

QString GatewayBridge::openAiSnippet() const
{
    return GatewaySnippets::openAiCompatible(port(), m_settings->gatewayToken());
}

QString GatewayBridge::openClawSnippet() const
{
    return GatewaySnippets::openClaw(port(), m_settings->gatewayToken());
}

QString GatewayBridge::curlSnippet(const QString &model) const
{
    return GatewaySnippets::curl(port(), m_settings->gatewayToken(), model);
}

void GatewayBridge::copyToClipboard(const QString &text) const
{
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(text);
}

void GatewayBridge::setInstance(GatewayBridge *instance)
{
    s_instance = instance;
}

GatewayBridge *GatewayBridge::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

} // namespace clawdesk
