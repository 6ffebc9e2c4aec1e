#include "usagemodel.h"

namespace clawdesk {

void RecordUsageSource::add(const RequestRecord &record)
{
    const QDate day = record.time.toLocalTime().date();
    DailyUsage &usage = m_days[day];
    usage.date = day;
    usage.requests += 1;
    usage.inputTokens += record.inputTokens;
    usage.outputTokens += record.outputTokens;
    usage.costUsd += record.costUsd;
}

void RecordUsageSource::seed(const QList<DailyUsage> &days)
{
    for (const DailyUsage &day : days)
        m_days.insert(day.date, day);
}

QList<DailyUsage> RecordUsageSource::daily(QDate from, QDate to) const
{
    QList<DailyUsage> out;
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        DailyUsage usage = m_days.value(day);
        usage.date = day;
        out.append(usage);
    }
    return out;
}

UsageModel::UsageModel(const UsageSource *source, QObject *parent)
    : QAbstractListModel(parent)
    , m_source(source)
{
    refresh();
}

void UsageModel::setDays(int days)
{
    days = qBound(1, days, 366);
    if (m_days == days)
        return;
    m_days = days;
    emit daysChanged();
    refresh();
}

void UsageModel::setToday(QDate today)
{
    m_today = today;
    refresh();
}

void UsageModel::refresh()
{
    const QDate to = m_today.isValid() ? m_today : QDate::currentDate();
    QList<DailyUsage> rows = m_source ? m_source->daily(to.addDays(1 - m_days), to) : QList<DailyUsage>();
    if (rows.size() == m_rows.size()) {
        // Same range: update values in place (a new request only changes today's bar).
        for (int i = 0; i < rows.size(); ++i) {
            const DailyUsage &a = rows.at(i);
            const DailyUsage &b = m_rows.at(i);
            if (a.date == b.date && a.requests == b.requests && a.inputTokens == b.inputTokens &&
                a.outputTokens == b.outputTokens && a.costUsd == b.costUsd)
                continue;
            m_rows[i] = a;
            emit dataChanged(index(i), index(i));
        }
    } else {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
    emit totalsChanged();
}

double UsageModel::maxCost() const
{
    double max = 0;
    for (const DailyUsage &d : m_rows)
        max = qMax(max, d.costUsd);
    return max;
}

double UsageModel::maxTokens() const
{
    double max = 0;
    for (const DailyUsage &d : m_rows)
        max = qMax(max, double(d.inputTokens + d.outputTokens));
    return max;
}

double UsageModel::totalCost() const
{
    double sum = 0;
    for (const DailyUsage &d : m_rows)
        sum += d.costUsd;
    return sum;
}

double UsageModel::totalTokens() const
{
    double sum = 0;
    for (const DailyUsage &d : m_rows)
        sum += double(d.inputTokens + d.outputTokens);
    return sum;
}

int UsageModel::totalRequests() const
{
    int sum = 0;
    for (const DailyUsage &d : m_rows)
        sum += d.requests;
    return sum;
}

int UsageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant UsageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DailyUsage &d = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case DateRole:
        return d.date;
    case RequestsRole:
        return d.requests;
    case InputTokensRole:
        return d.inputTokens;
    case OutputTokensRole:
        return d.outputTokens;
    case TokensRole:
        return d.inputTokens + d.outputTokens;
    case CostRole:
        return d.costUsd;
    }
    return {};
}

QHash<int, QByteArray> UsageModel::roleNames() const
{
    return {{DateRole, "date"},
            {RequestsRole, "requests"},
            {InputTokensRole, "inputTokens"},
            {OutputTokensRole, "outputTokens"},
            {TokensRole, "tokens"},
            {CostRole, "costUsd"}};
}

} // namespace clawdesk
