#pragma once

#include "gatewayevents.h"

#include <QAbstractListModel>
#include <QDate>
#include <QQmlEngine>

namespace clawdesk {

/// @brief Totals for one day.
struct DailyUsage
{
    QDate date;
    int requests = 0;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    double costUsd = 0;
};

/// @brief Where usage comes from: today the gateway's records in memory, later a usage database.
class UsageSource
{
public:
    virtual ~UsageSource() = default;
    /// One entry per day in [from, to], oldest first, zero days included.
    virtual QList<DailyUsage> daily(QDate from, QDate to) const = 0;
};

/// @brief A UsageSource that sums the gateway's RequestRecords as they arrive (local time days).
class RecordUsageSource : public UsageSource
{
public:
    void add(const RequestRecord &record);
    /// Days already recorded before this run (from the usage database), replacing what is known.
    void seed(const QList<DailyUsage> &days);
    QList<DailyUsage> daily(QDate from, QDate to) const override;

private:
    QMap<QDate, DailyUsage> m_days;
};

/// @brief Days of usage for the Usage page's chart, oldest first.
///
/// Roles: `date` (QDate), `requests`, `inputTokens`, `outputTokens`, `tokens` (in + out),
/// `costUsd`. Properties give the maxima and totals for the chart's scale and the summary.
class UsageModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Gateway.usage")
    Q_PROPERTY(int days READ days WRITE setDays NOTIFY daysChanged)
    Q_PROPERTY(double maxCost READ maxCost NOTIFY totalsChanged)
    Q_PROPERTY(double maxTokens READ maxTokens NOTIFY totalsChanged)
    Q_PROPERTY(double totalCost READ totalCost NOTIFY totalsChanged)
    Q_PROPERTY(double totalTokens READ totalTokens NOTIFY totalsChanged)
    Q_PROPERTY(int totalRequests READ totalRequests NOTIFY totalsChanged)

public:
    enum Role {
        DateRole = Qt::UserRole + 1,
        RequestsRole,
        InputTokensRole,
        OutputTokensRole,
        TokensRole,
        CostRole,
    };
    Q_ENUM(Role)

    explicit UsageModel(const UsageSource *source, QObject *parent = nullptr);

    int days() const { return m_days; }
    void setDays(int days);
    /// The day the range ends on (today by default; tests pin it).
    void setToday(QDate today);
    /// Re-reads the source (after new records).
    Q_INVOKABLE void refresh();

    double maxCost() const;
    double maxTokens() const;
    double totalCost() const;
    double totalTokens() const;
    int totalRequests() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void daysChanged();
    void totalsChanged();

private:
    const UsageSource *m_source;
    QList<DailyUsage> m_rows;
    QDate m_today;
    int m_days = 7;
};

} // namespace clawdesk
