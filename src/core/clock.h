#pragma once

#include <QDateTime>

namespace clawdesk {

/// @brief Source of "now" so expiry, refresh scheduling and polling deadlines can be tested without sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    /// The process-wide wall clock (UTC).
    static const Clock *system();
};

/// @brief A clock that only moves when told to; for tests.
class ManualClock : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime::currentDateTimeUtc())
        : m_now(std::move(start))
    {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &t) { m_now = t; }
    void advance(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

} // namespace clawdesk
