#include "gatewaybridge.h"

#include "appsettings.h"
#include "gatewaysnippets.h"

#include <QClipboard>
#include <QGuiApplication>

#ifdef CLAWDESK_HAVE_GATEWAY
#include "gatewaycontroller.h"
#include "usageledger.h"
#include "usagereport.h"
#endif

namespace clawdesk {

namespace {
GatewayBridge *s_instance = nullptr;
constexpr int MaxFailovers = 5;
} // namespace

GatewayBridge::GatewayBridge(AppSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_state(State::Unavailable)
    , m_usage(&m_usageSource)
{
#ifdef CLAWDESK_HAVE_GATEWAY
    m_controller = new GatewayController(this);
    m_state = State::Stopped;
    // History from the usage database, then every request the embedded gateway serves goes there too.
    const QString ledgerPath = qEnvironmentVariable("CLAWDESK_USAGE_DB", UsageLedger::defaultPath());
    {
        const UsageReport report(ledgerPath);
        QList<DailyUsage> days;
        for (const UsageTotals &t :
             report.breakdown(QDateTime::currentDateTime().addDays(-31), UsageReport::GroupBy::Day))
            days.append({QDate::fromString(t.key, Qt::ISODate), int(t.requests), t.inputTokens,
                         t.outputTokens, t.costUsd});
        m_usageSource.seed(days);
        m_usage.refresh();
    }
    auto *ledger = new UsageLedger(ledgerPath, this);
    m_ledger = ledger;
    connect(m_controller, &GatewayController::requestFinished, ledger, &UsageLedger::record);
    connect(m_controller, &GatewayController::stateChanged, this, [this](GatewayController::State s) {
        switch (s) {
        case GatewayController::State::Stopped:
            setState(State::Stopped);
            break;
        case GatewayController::State::Starting:
            setState(State::Starting);
            break;
        case GatewayController::State::Running:
            setState(State::Running);
            break;
        case GatewayController::State::Error:
            setState(State::Error, m_controller->errorString());
            break;
        }
    });
    connect(m_controller, &GatewayController::requestFinished, this, &GatewayBridge::recordRequest);
    connect(m_controller, &GatewayController::failover, this, &GatewayBridge::recordFailover);
    connect(m_controller, &GatewayController::configProblem, this, &GatewayBridge::setConfigProblem);
    connect(m_controller, &GatewayController::loginExpired, this, &GatewayBridge::loginExpired);
#endif
}

GatewayBridge::~GatewayBridge() = default;

bool GatewayBridge::available() const
{
    return m_controller != nullptr;
}

int GatewayBridge::port() const
{
#ifdef CLAWDESK_HAVE_GATEWAY
    if (m_controller->port() != 0)
        return m_controller->port();
#endif
    return m_settings->gatewayPort();
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
#ifdef CLAWDESK_HAVE_GATEWAY
    GatewayOptions options;
    options.port = static_cast<quint16>(m_settings->gatewayPort());
    options.bind = m_settings->gatewayBind();
    options.token = m_settings->gatewayToken();
    options.configPath = m_settings->configPath();
    m_controller->start(options);
#endif
}

void GatewayBridge::stop()
{
#ifdef CLAWDESK_HAVE_GATEWAY
    m_controller->stop();
#endif
}

void GatewayBridge::restart()
{
#ifdef CLAWDESK_HAVE_GATEWAY
    m_controller->restart();
#endif
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
        m_servingModel = record.servedModel;
        m_servingFallback = !record.attempts.isEmpty();
    }
    emit activityChanged();
}

void GatewayBridge::recordFailover(const FailoverEvent &event)
{
    m_failovers.prepend(event);
    while (m_failovers.size() > MaxFailovers)
        m_failovers.removeLast();
    m_servingModel = event.toModel;
    m_servingFallback = !event.recovery;
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
