#pragma once

#include <QDateTime>

#include <atomic>

namespace clawdesk {

/// @brief Source of "now" so expiry, refresh scheduling, polling deadlines and cooldowns can be tested
/// without sleeping. The one clock every wing (auth, gateway) is given.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    /// The process-wide wall clock (UTC).
    static const Clock *system();
};

/// @brief A clock that only moves when told to; for tests. Safe to read from another thread (the
/// gateway's) while the test moves it.
class ManualClock : public Clock
{
public:
    explicit ManualClock(const QDateTime &start = QDateTime::currentDateTimeUtc())
        : m_ms(start.toMSecsSinceEpoch())
    {}
    QDateTime now() const override { return QDateTime::fromMSecsSinceEpoch(m_ms.load(), Qt::UTC); }
    void set(const QDateTime &t) { m_ms = t.toMSecsSinceEpoch(); }
    void advance(qint64 ms) { m_ms += ms; }

private:
    std::atomic<qint64> m_ms;
};

} // namespace clawdesk
