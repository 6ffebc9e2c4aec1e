#pragma once

#include "failoverclassifier.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>

#include <functional>

namespace clawdesk {

/// @brief Cooldowns per provider+credential after failures (spec §5.3), with an injectable clock.
///
/// Ordinary failures: 1 → 5 → 25 → 60 minutes (1 min × 5^(n-1), capped at 1 h). Billing failures:
/// 5 h doubling, capped at 24 h. Timeouts and unknown models do not cool a provider down. A success
/// resets the key. Thread-safe, so the GUI may read it while the gateway thread writes.
class CooldownTracker
{
public:
    using Clock = std::function<QDateTime()>;

    explicit CooldownTracker(Clock clock = {});

    /// Records a failure; returns the time the cooldown ends (invalid when the reason does not cool).
    QDateTime markFailure(const QString &key, FailoverReason reason);
    /// Records a success; returns true if the key had failures before (a recovery).
    bool markSuccess(const QString &key);
    bool isCoolingDown(const QString &key) const;
    QDateTime cooldownUntil(const QString &key) const;
    int errorCount(const QString &key) const;
    QDateTime now() const;

    /// Pure arithmetic: the cooldown after the @p n-th consecutive failure (n >= 1).
    static qint64 cooldownMs(FailoverReason reason, int n);

private:
    struct Entry
    {
        int errors = 0;
        int billingErrors = 0;
        QDateTime until;
    };
    Clock m_clock;
    mutable QMutex m_mutex;
    QHash<QString, Entry> m_entries;
};

} // namespace clawdesk
