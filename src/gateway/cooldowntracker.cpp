#include "cooldowntracker.h"

#include <algorithm>

namespace clawdesk {

namespace {
constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;
} // namespace

CooldownTracker::CooldownTracker(Clock clock)
    : m_clock(std::move(clock))
{}

QDateTime CooldownTracker::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

qint64 CooldownTracker::cooldownMs(FailoverReason reason, int n)
{
    n = std::max(1, n);
    if (reason == FailoverReason::Billing) {
        qint64 ms = 5 * Hour;
        for (int i = 1; i < n && ms < 24 * Hour; ++i)
            ms *= 2;
        return std::min(ms, 24 * Hour);
    }
    qint64 ms = Minute;
    for (int i = 1; i < n && ms < Hour; ++i)
        ms *= 5;
    return std::min(ms, Hour);
}

QDateTime CooldownTracker::markFailure(const QString &key, FailoverReason reason)
{
    if (reason == FailoverReason::Timeout || reason == FailoverReason::ModelNotFound)
        return {};
    const QDateTime at = now();
    QMutexLocker lock(&m_mutex);
    Entry &entry = m_entries[key];
    const int n = reason == FailoverReason::Billing ? ++entry.billingErrors : ++entry.errors;
    entry.until = at.addMSecs(cooldownMs(reason, n));
    return entry.until;
}

bool CooldownTracker::markSuccess(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    return m_entries.remove(key) > 0;
}

bool CooldownTracker::isCoolingDown(const QString &key) const
{
    const QDateTime until = cooldownUntil(key);
    return until.isValid() && now() < until;
}

QDateTime CooldownTracker::cooldownUntil(const QString &key) const
{
    QMutexLocker lock(&m_mutex);
    return m_entries.value(key).until;
}

int CooldownTracker::errorCount(const QString &key) const
{
    QMutexLocker lock(&m_mutex);
    const Entry entry = m_entries.value(key);
    return entry.errors + entry.billingErrors;
}

} // namespace clawdesk
