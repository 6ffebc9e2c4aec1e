#include "cooldowntracker.h"

#include <algorithm>

namespace clawdesk {

namespace {
constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;
} // namespace

CooldownTracker::CooldownTracker(const Clock *clock)
    : m_clock(clock ? clock : Clock::system())
{}

QDateTime CooldownTracker::now() const
{
    return m_clock->now();
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

bool CooldownTracker::isModelFailure(FailoverReason reason)
{
    switch (reason) {
    case FailoverReason::RateLimit:
    case FailoverReason::Overloaded:
    case FailoverReason::ServerError:
    case FailoverReason::ModelNotFound:
        return true;
    case FailoverReason::Auth:
    case FailoverReason::Billing:
    case FailoverReason::Connection:
    case FailoverReason::Timeout:
        return false;
    }
    return false;
}

QString CooldownTracker::modelKey(const CooldownScope &scope)
{
    return scope.credential + QLatin1Char('\x1f') + scope.model;
}

QDateTime CooldownTracker::markFailure(const CooldownScope &scope, FailoverReason reason)
{
    if (reason == FailoverReason::Timeout)
        return {};
    const bool model = isModelFailure(reason);
    // Without a model, an unknown model says nothing about the credential.
    if (model && scope.model.isEmpty() && reason == FailoverReason::ModelNotFound)
        return {};
    const QString key = model && !scope.model.isEmpty() ? modelKey(scope) : scope.credential;
    const QDateTime at = now();
    QMutexLocker lock(&m_mutex);
    Entry &entry = m_entries[key];
    const int n = reason == FailoverReason::Billing ? ++entry.billingErrors : ++entry.errors;
    entry.until = at.addMSecs(cooldownMs(reason, n));
    return entry.until;
}

QDateTime CooldownTracker::markFailure(const QString &credential, FailoverReason reason)
{
    return markFailure(CooldownScope{credential, {}}, reason);
}

bool CooldownTracker::markSuccess(const CooldownScope &scope)
{
    QMutexLocker lock(&m_mutex);
    bool recovered = m_entries.remove(scope.credential) > 0;
    if (!scope.model.isEmpty())
        recovered = m_entries.remove(modelKey(scope)) > 0 || recovered;
    return recovered;
}

bool CooldownTracker::coolingLocked(const QString &key, const QDateTime &at) const
{
    const auto it = m_entries.constFind(key);
    return it != m_entries.cend() && it->until.isValid() && at < it->until;
}

bool CooldownTracker::isCoolingDown(const CooldownScope &scope) const
{
    const QDateTime at = now();
    QMutexLocker lock(&m_mutex);
    return coolingLocked(scope.credential, at) ||
           (!scope.model.isEmpty() && coolingLocked(modelKey(scope), at));
}

QDateTime CooldownTracker::cooldownUntil(const QString &credential) const
{
    QMutexLocker lock(&m_mutex);
    return m_entries.value(credential).until;
}

int CooldownTracker::errorCount(const QString &credential) const
{
    QMutexLocker lock(&m_mutex);
    const Entry entry = m_entries.value(credential);
    return entry.errors + entry.billingErrors;
}

} // namespace clawdesk
