#pragma once

#include "clock.h"
#include "failoverclassifier.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>

namespace clawdesk {

/// @brief What a failure is charged to: a credential of a provider, and the model that was asked.
struct CooldownScope
{
    QString credential; ///< provider + a fingerprint of its credential
    QString model;      ///< "provider/model"; empty: the whole credential
};

/// @brief Cooldowns after failures, keyed to what failed, with an injectable clock.
///
/// Auth, billing and connection failures are the credential's (or the provider's) and cool every
/// model reached through it. Rate limits, overload, server errors and unknown models are the
/// model's: only that model is skipped, the provider's other models stay in use.
/// Ordinary failures: 1 → 5 → 25 → 60 minutes (1 min × 5^(n-1), capped at 1 h). Billing failures:
/// 5 h doubling, capped at 24 h. Timeouts do not cool anything. A success clears the model and its
/// credential. Thread-safe, so the GUI may read it while the gateway thread writes.
class CooldownTracker
{
public:
    /// @p clock null: the system clock.
    explicit CooldownTracker(const Clock *clock = nullptr);

    /// Records a failure; returns the time the cooldown ends (invalid when the reason does not cool).
    QDateTime markFailure(const CooldownScope &scope, FailoverReason reason);
    /// Records a success; returns true if the model or its credential had failures before (a recovery).
    bool markSuccess(const CooldownScope &scope);
    bool isCoolingDown(const CooldownScope &scope) const;

    /// The same for a credential as a whole (no model).
    QDateTime markFailure(const QString &credential, FailoverReason reason);
    bool markSuccess(const QString &credential) { return markSuccess(CooldownScope{credential, {}}); }
    bool isCoolingDown(const QString &credential) const
    {
        return isCoolingDown(CooldownScope{credential, {}});
    }
    QDateTime cooldownUntil(const QString &credential) const;
    int errorCount(const QString &credential) const;
    QDateTime now() const;

    /// Pure arithmetic: the cooldown after the @p n-th consecutive failure (n >= 1).
    static qint64 cooldownMs(FailoverReason reason, int n);
    /// True when @p reason is charged to the model rather than to the credential.
    static bool isModelFailure(FailoverReason reason);

private:
    struct Entry
    {
        int errors = 0;
        int billingErrors = 0;
        QDateTime until;
    };
    static QString modelKey(const CooldownScope &scope);
    bool coolingLocked(const QString &key, const QDateTime &at) const;

    const Clock *m_clock;
    mutable QMutex m_mutex;
    QHash<QString, Entry> m_entries;
};

} // namespace clawdesk
