#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace clawdesk {

/// @brief Totals of a group of recorded requests.
struct UsageTotals
{
    QString key;      ///< model, provider or day (yyyy-MM-dd, local time); empty for the grand total
    QDate day;        ///< dailyByModel() only: the local day
    QString provider; ///< dailyByModel() only: the model's provider
    qint64 requests = 0;
    qint64 failedOver = 0; ///< served after at least one failed candidate
    qint64 errors = 0;     ///< status >= 400
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    qint64 cacheReadTokens = 0;
    qint64 cacheWriteTokens = 0;
    double costUsd = 0;
};

/// @brief Reads the usage database: totals and breakdowns since a point in time.
class UsageReport
{
public:
    enum class GroupBy { Model, Provider, Day };

    explicit UsageReport(const QString &databasePath);
    ~UsageReport();

    bool isOpen() const { return m_open; }
    QString errorString() const { return m_error; }

    UsageTotals totals(const QDateTime &since) const;
    QList<UsageTotals> breakdown(const QDateTime &since, GroupBy groupBy) const;
    /// One row per local day and served model (key), with its provider; oldest day first.
    QList<UsageTotals> dailyByModel(const QDateTime &since) const;

    /// "7d", "30d", "24h", "today", or an ISO date/time; invalid QDateTime when unparsable.
    static QDateTime parseSince(const QString &text, const QDateTime &now);

private:
    QString m_connection;
    QString m_error;
    bool m_open = false;
};

} // namespace clawdesk
