#pragma once

#include "gatewayevents.h"
#include "usagereport.h"

#include <QAbstractListModel>
#include <QDate>
#include <QQmlEngine>

namespace clawdesk {

/// @brief One served model's share of a day.
struct UsagePart
{
    QString model;
    QString provider;
    int requests = 0;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    double costUsd = 0;
    bool operator==(const UsagePart &) const = default;
};

/// @brief Totals for one day, and the models that made them.
struct DailyUsage
{
    QDate date;
    int requests = 0;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    double costUsd = 0;
    QList<UsagePart> parts;

    void add(const UsagePart &part);
    bool operator==(const DailyUsage &) const = default;
};

/// @brief Where usage comes from: the usage database's history plus what the gateway serves now.
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
    /// History from the usage database (UsageReport::dailyByModel), replacing the days it covers.
    void seed(const QList<UsageTotals> &rows);
    QList<DailyUsage> daily(QDate from, QDate to) const override;

private:
    QMap<QDate, DailyUsage> m_days;
};

/// @brief Days of usage for the Usage page: a chart stacked by model or provider and a table.
///
/// Roles per day: `date`, `label` (the axis text, also the start of the tooltip), `requests`,
/// `inputTokens`, `outputTokens`, `tokens`, `costUsd`, `total` (the measure), `values` (the measure
/// per entry of `series`, bottom to top), `tooltip` (the day's lines, in the UI language).
/// `series` names the stacks (the five largest, then "Other"); `ticks` gives the value axis as
/// `{value, label}`; `breakdown` is the table: `{name, requests, tokens, cost, share}` as text.
/// Texts follow the UI language live (numbers, money, plural forms).
class UsageModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Gateway.usage")
    Q_PROPERTY(int days READ days WRITE setDays NOTIFY daysChanged)
    Q_PROPERTY(GroupBy groupBy READ groupBy WRITE setGroupBy NOTIFY totalsChanged)
    Q_PROPERTY(Measure measure READ measure WRITE setMeasure NOTIFY totalsChanged)
    Q_PROPERTY(QStringList series READ series NOTIFY totalsChanged)
    Q_PROPERTY(QVariantList ticks READ ticks NOTIFY totalsChanged)
    Q_PROPERTY(double axisMax READ axisMax NOTIFY totalsChanged)
    Q_PROPERTY(QVariantList breakdown READ breakdown NOTIFY totalsChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY totalsChanged)
    Q_PROPERTY(double maxCost READ maxCost NOTIFY totalsChanged)
    Q_PROPERTY(double maxTokens READ maxTokens NOTIFY totalsChanged)
    Q_PROPERTY(double totalCost READ totalCost NOTIFY totalsChanged)
    Q_PROPERTY(double totalTokens READ totalTokens NOTIFY totalsChanged)
    Q_PROPERTY(int totalRequests READ totalRequests NOTIFY totalsChanged)

public:
    enum class GroupBy { Model, Provider };
    Q_ENUM(GroupBy)
    enum class Measure { Cost, Tokens };
    Q_ENUM(Measure)
    enum Role {
        DateRole = Qt::UserRole + 1,
        LabelRole,
        RequestsRole,
        InputTokensRole,
        OutputTokensRole,
        TokensRole,
        CostRole,
        TotalRole,
        ValuesRole,
        TooltipRole,
    };
    Q_ENUM(Role)

    explicit UsageModel(const UsageSource *source, QObject *parent = nullptr);

    int days() const { return m_days; }
    void setDays(int days);
    GroupBy groupBy() const { return m_groupBy; }
    void setGroupBy(GroupBy groupBy);
    Measure measure() const { return m_measure; }
    void setMeasure(Measure measure);
    /// The day the range ends on (today by default; tests pin it).
    void setToday(QDate today);
    /// Re-reads the source (after new records).
    Q_INVOKABLE void refresh();

    QStringList series() const { return m_series; }
    QVariantList ticks() const;
    double axisMax() const { return m_axisMax; }
    QVariantList breakdown() const;
    QString summary() const;
    double maxCost() const;
    double maxTokens() const;
    double totalCost() const;
    double totalTokens() const;
    int totalRequests() const;

    /// "$5.37" in the UI language's format; "<$0.01" for a cost too small to show in cents.
    Q_INVOKABLE static QString formatCost(double usd);
    /// "12,345" in the UI language's format.
    Q_INVOKABLE static QString formatTokens(double tokens);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void daysChanged();
    void totalsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString seriesOf(const UsagePart &part) const;
    double measureOf(double costUsd, qint64 tokens) const;
    QVariantList valuesOf(const DailyUsage &day) const;
    QString tooltipOf(const DailyUsage &day) const;
    QString axisLabel(double value) const;
    void rebuildSeries();

    const UsageSource *m_source;
    QList<DailyUsage> m_rows;
    QStringList m_series;
    double m_axisMax = 0;
    double m_tickStep = 0;
    QDate m_today;
    int m_days = 7;
    GroupBy m_groupBy = GroupBy::Model;
    Measure m_measure = Measure::Cost;
};

} // namespace clawdesk
