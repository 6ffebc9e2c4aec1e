#include "quotamonitor.h"

#include "codingplankey.h"
#include "codingplanquota.h"
#include "configcontroller.h"

#include <QJSEngine>
#include <QQmlEngine>

namespace clawdesk {

namespace {
QuotaMonitor *s_instance = nullptr;
} // namespace

QuotaMonitor::QuotaMonitor(ConfigController *config, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_quota(new CodingPlanQuota(network, this))
{
    m_timer.setInterval(IntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &QuotaMonitor::refresh);
    connect(m_quota, &CodingPlanQuota::finished, this, [this](const CodingPlanUsage &usage) {
        m_text = usage.ok() ? usage.format(QDateTime::currentDateTime()) : QString();
        m_error = usage.ok() ? QString() : usage.errorText;
        emit changed();
    });
    m_timer.start();
}

QuotaMonitor::~QuotaMonitor()
{
    if (s_instance == this)
        s_instance = nullptr;
}

void QuotaMonitor::refresh()
{
    const ConfigSnapshotPtr snapshot = m_config ? m_config->snapshot() : nullptr;
    const CodingPlanKey key = snapshot ? CodingPlanKey::find(*snapshot) : CodingPlanKey{};
    if (key.bearer.isEmpty()) {
        if (!m_text.isEmpty() || !m_error.isEmpty()) {
            m_text.clear();
            m_error.clear();
            emit changed();
        }
        return;
    }
    MiniMaxEndpoints endpoints =
        MiniMaxEndpoints::forRegion(key.china ? MiniMaxRegion::Cn : MiniMaxRegion::Global);
    if (const QString api = qEnvironmentVariable("CLAWDESK_MINIMAX_API_BASE"); !api.isEmpty())
        endpoints.apiBase = QUrl(api);
    m_quota->setEndpoints(endpoints);
    m_quota->fetch(key.bearer);
}

QuotaMonitor *QuotaMonitor::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void QuotaMonitor::setInstance(QuotaMonitor *instance)
{
    s_instance = instance;
}

} // namespace clawdesk
