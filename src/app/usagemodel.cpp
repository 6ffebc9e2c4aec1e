#include "usagemodel.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <utility>

namespace clawdesk {

namespace {

constexpr int MaxSeries = 5; // more stacks than this are unreadable; the rest is "Other"
constexpr int AxisSteps = 4;

/// 1, 2, 2.5 or 5 times a power of ten, at least `raw`: steps people read at a glance.
double niceStep(double raw)
{
    if (raw <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (factor * magnitude >= raw * (1 - 1e-9))
            return factor * magnitude;
    }
    return 10 * magnitude;
}

} // namespace

void DailyUsage::add(const UsagePart &part)
{
    requests += part.requests;
    inputTokens += part.inputTokens;
    outputTokens += part.outputTokens;
    costUsd += part.costUsd;
    for (UsagePart &mine : parts) {
        if (mine.model == part.model && mine.provider == part.provider) {
            mine.requests += part.requests;
            mine.inputTokens += part.inputTokens;
            mine.outputTokens += part.outputTokens;
            mine.costUsd += part.costUsd;
            return;
        }
    }
    parts.append(part);
}

void RecordUsageSource::add(const RequestRecord &record)
{
    const QDate day = record.time.toLocalTime().date();
    DailyUsage &usage = m_days[day];
    usage.date = day;
    const QString model = record.servedModel.isEmpty() ? record.requestedModel : record.servedModel;
    const QString provider = !record.provider.isEmpty()         ? record.provider
                             : model.contains(QLatin1Char('/')) ? model.section(QLatin1Char('/'), 0, 0)
                                                                : QStringLiteral("-");
    usage.add({model, provider, 1, record.inputTokens, record.outputTokens, record.costUsd});
}

void RecordUsageSource::seed(const QList<UsageTotals> &rows)
{
    QMap<QDate, DailyUsage> days;
    for (const UsageTotals &row : rows) {
        DailyUsage &day = days[row.day];
        day.date = row.day;
        day.add({row.key, row.provider, int(row.requests), row.inputTokens, row.outputTokens, row.costUsd});
    }
    for (auto it = days.cbegin(); it != days.cend(); ++it)
        m_days.insert(it.key(), it.value());
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
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
    refresh();
}

bool UsageModel::eventFilter(QObject *watched, QEvent *event)
{
    // Every text here is in the UI language: a switch redraws labels, tooltips and the table.
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance()) {
        beginResetModel();
        rebuildSeries();
        endResetModel();
        emit totalsChanged();
    }
    return QAbstractListModel::eventFilter(watched, event);
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

void UsageModel::setGroupBy(GroupBy groupBy)
{
    if (m_groupBy == groupBy)
        return;
    m_groupBy = groupBy;
    beginResetModel();
    rebuildSeries();
    endResetModel();
    emit totalsChanged();
}

void UsageModel::setMeasure(Measure measure)
{
    if (m_measure == measure)
        return;
    m_measure = measure;
    beginResetModel();
    rebuildSeries();
    endResetModel();
    emit totalsChanged();
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
    const QStringList series = m_series;
    const double axisMax = m_axisMax;
    if (rows.size() == m_rows.size() && !m_rows.isEmpty() && rows.first().date == m_rows.first().date) {
        // Same range: a new request usually changes only today's bar, so only the changed days are
        // announced and the view keeps its state. New stacks or a new scale touch every bar.
        const QList<DailyUsage> old = std::exchange(m_rows, rows);
        rebuildSeries();
        if (m_series != series || m_axisMax != axisMax) {
            emit dataChanged(index(0), index(int(m_rows.size()) - 1));
        } else {
            for (int i = 0; i < rows.size(); ++i) {
                if (!(rows.at(i) == old.at(i)))
                    emit dataChanged(index(i), index(i));
            }
        }
        if (!(rows == old))
            emit totalsChanged();
        return;
    }
    beginResetModel();
    m_rows = rows;
    rebuildSeries();
    endResetModel();
    emit totalsChanged();
}

QString UsageModel::seriesOf(const UsagePart &part) const
{
    return m_groupBy == GroupBy::Model ? part.model : part.provider;
}

double UsageModel::measureOf(double costUsd, qint64 tokens) const
{
    return m_measure == Measure::Cost ? costUsd : double(tokens);
}

void UsageModel::rebuildSeries()
{
    QHash<QString, double> totals;
    for (const DailyUsage &day : m_rows) {
        for (const UsagePart &part : day.parts)
            totals[seriesOf(part)] += measureOf(part.costUsd, part.inputTokens + part.outputTokens);
    }
    QStringList names;
    // A stack of nothing (failed requests only, when showing cost) would only clutter the legend.
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        if (it.value() > 0)
            names.append(it.key());
    }
    std::sort(names.begin(), names.end(), [&](const QString &a, const QString &b) {
        return totals.value(a) != totals.value(b) ? totals.value(a) > totals.value(b) : a < b;
    });
    if (names.size() > MaxSeries) {
        names = names.mid(0, MaxSeries);
        //: The stack of the usage chart that sums every model or provider not shown by name
        names.append(tr("Other"));
    }
    m_series = names;

    double max = 0;
    for (const DailyUsage &day : m_rows)
        max = qMax(max, measureOf(day.costUsd, day.inputTokens + day.outputTokens));
    m_tickStep = niceStep(max / AxisSteps);
    m_axisMax = max > 0 ? std::ceil(max / m_tickStep - 1e-9) * m_tickStep : m_tickStep * AxisSteps;
}

QVariantList UsageModel::valuesOf(const DailyUsage &day) const
{
    QList<double> values(m_series.size(), 0.0);
    const bool other = m_series.size() > MaxSeries;
    for (const UsagePart &part : day.parts) {
        qsizetype at = m_series.indexOf(seriesOf(part));
        if (at < 0 || (other && at == MaxSeries))
            at = other ? MaxSeries : -1;
        if (at >= 0)
            values[at] += measureOf(part.costUsd, part.inputTokens + part.outputTokens);
    }
    QVariantList out;
    for (const double value : values)
        out.append(value);
    return out;
}

QString UsageModel::tooltipOf(const DailyUsage &day) const
{
    const QLocale locale;
    QStringList lines{locale.toString(day.date, QStringLiteral("ddd d MMM"))};
    if (day.requests == 0) {
        lines.append(tr("No requests"));
        return lines.join(QLatin1Char('\n'));
    }
    lines.append(tr("%1 · %2 tokens · %n request(s)", "", day.requests)
                     .arg(formatCost(day.costUsd), formatTokens(double(day.inputTokens + day.outputTokens))));
    const QVariantList values = valuesOf(day);
    for (int i = 0; i < m_series.size(); ++i) {
        const double value = values.at(i).toDouble();
        if (value > 0)
            lines.append(QStringLiteral("%1: %2").arg(
                m_series.at(i), m_measure == Measure::Cost ? formatCost(value) : formatTokens(value)));
    }
    return lines.join(QLatin1Char('\n'));
}

QString UsageModel::axisLabel(double value) const
{
    const QLocale locale;
    if (m_measure == Measure::Cost)
        return locale.toCurrencyString(value, QStringLiteral("$"), m_tickStep < 1 ? 2 : 0);
    if (m_axisMax >= 1e6)
        //: Millions of tokens on the chart's axis, e.g. "2.5M"
        return tr("%1M").arg(locale.toString(value / 1e6, 'g', 3));
    if (m_axisMax >= 1e4)
        //: Thousands of tokens on the chart's axis, e.g. "250k"
        return tr("%1k").arg(locale.toString(value / 1e3, 'g', 4));
    return locale.toString(qint64(value));
}

QVariantList UsageModel::ticks() const
{
    QVariantList out;
    if (m_tickStep <= 0)
        return out;
    for (double value = 0; value <= m_axisMax * (1 + 1e-9); value += m_tickStep)
        out.append(
            QVariantMap{{QStringLiteral("value"), value}, {QStringLiteral("label"), axisLabel(value)}});
    return out;
}

QVariantList UsageModel::breakdown() const
{
    struct Group
    {
        QString name;
        qint64 requests = 0;
        qint64 tokens = 0;
        double cost = 0;
    };
    QMap<QString, Group> groups;
    double measureTotal = 0;
    for (const DailyUsage &day : m_rows) {
        for (const UsagePart &part : day.parts) {
            Group &group = groups[seriesOf(part)];
            group.name = seriesOf(part);
            group.requests += part.requests;
            group.tokens += part.inputTokens + part.outputTokens;
            group.cost += part.costUsd;
            measureTotal += measureOf(part.costUsd, part.inputTokens + part.outputTokens);
        }
    }
    QList<Group> sorted = groups.values();
    std::sort(sorted.begin(), sorted.end(), [&](const Group &a, const Group &b) {
        const double x = measureOf(a.cost, a.tokens);
        const double y = measureOf(b.cost, b.tokens);
        return x != y ? x > y : a.name < b.name;
    });
    const QLocale locale;
    QVariantList out;
    for (const Group &group : sorted) {
        const double share = measureTotal > 0 ? measureOf(group.cost, group.tokens) / measureTotal : 0;
        out.append(QVariantMap{
            {QStringLiteral("name"), group.name},
            {QStringLiteral("requests"), locale.toString(group.requests)},
            {QStringLiteral("tokens"), formatTokens(double(group.tokens))},
            {QStringLiteral("cost"), formatCost(group.cost)},
            {QStringLiteral("share"), share},
            {QStringLiteral("shareText"), locale.toString(share * 100, 'f', 0) + locale.percent()}});
    }
    return out;
}

QString UsageModel::summary() const
{
    return tr("%1 · %2 tokens · %n request(s)", "", totalRequests())
        .arg(formatCost(totalCost()), formatTokens(totalTokens()));
}

QString UsageModel::formatCost(double usd)
{
    const QLocale locale;
    if (usd > 0 && usd < 0.005)
        return QStringLiteral("<") + locale.toCurrencyString(0.01, QStringLiteral("$"), 2);
    return locale.toCurrencyString(usd, QStringLiteral("$"), 2);
}

QString UsageModel::formatTokens(double tokens)
{
    return QLocale().toString(qint64(std::llround(tokens)));
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
    case DateRole:
        return d.date;
    case Qt::DisplayRole:
    case LabelRole:
        return QLocale().toString(d.date, QStringLiteral("d MMM"));
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
    case TotalRole:
        return measureOf(d.costUsd, d.inputTokens + d.outputTokens);
    case ValuesRole:
        return valuesOf(d);
    case TooltipRole:
        return tooltipOf(d);
    }
    return {};
}

QHash<int, QByteArray> UsageModel::roleNames() const
{
    return {{DateRole, "date"},
            {LabelRole, "label"},
            {RequestsRole, "requests"},
            {InputTokensRole, "inputTokens"},
            {OutputTokensRole, "outputTokens"},
            {TokensRole, "tokens"},
            {CostRole, "costUsd"},
            {TotalRole, "total"},
            {ValuesRole, "values"},
            {TooltipRole, "tooltip"}};
}

} // namespace clawdesk
