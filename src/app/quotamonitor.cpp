#include "quotamonitor.h"

#include "codingplankey.h"
#include "codingplanquota.h"
#include "configcontroller.h"

#include <QJSEngine>
#include <QStringList>

#include <QQmlEngine>
#include <cmath>

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
        m_text = usage.ok() ? format(usage, QDateTime::currentDateTime()) : QString();
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

QString QuotaMonitor::format(const CodingPlanUsage &usage, const QDateTime &now)
{
    QStringList parts;
    for (const CodingPlanWindow &window : usage.windows) {
        //: The weekly window of the MiniMax Coding Plan quota
        const QString label = window.label == u"week" ? tr("week") : window.label;
        //: A quota window and what is left of it, e.g. "5h 63% left"
        QString part = tr("%1 %2% left").arg(label).arg(std::lround(100.0 - window.usedPercent));
        if (window.resetsAt.isValid() && window.resetsAt > now)
            part += QStringLiteral(" ⏱") + CodingPlanUsage::formatDuration(now.msecsTo(window.resetsAt));
        parts.append(part);
    }
    return parts.join(QStringLiteral(" · "));
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
