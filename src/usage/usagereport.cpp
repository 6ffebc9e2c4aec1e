#include "usagereport.h"

#include "ledgerwriter.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace clawdesk {

namespace {

const char *const Aggregates =
    "COUNT(*), SUM(CASE WHEN attempts <> '[]' AND status < 400 THEN 1 ELSE 0 END),"
    " SUM(CASE WHEN status >= 400 THEN 1 ELSE 0 END), TOTAL(input_tokens),"
    " TOTAL(output_tokens), TOTAL(cache_read_tokens), TOTAL(cache_write_tokens), TOTAL(cost_usd)";

UsageTotals readTotals(const QSqlQuery &query, int first)
{
    UsageTotals totals;
    totals.requests = query.value(first).toLongLong();
    totals.failedOver = query.value(first + 1).toLongLong();
    totals.errors = query.value(first + 2).toLongLong();
    totals.inputTokens = query.value(first + 3).toLongLong();
    totals.outputTokens = query.value(first + 4).toLongLong();
    totals.cacheReadTokens = query.value(first + 5).toLongLong();
    totals.cacheWriteTokens = query.value(first + 6).toLongLong();
    totals.costUsd = query.value(first + 7).toDouble();
    return totals;
}

} // namespace

UsageReport::UsageReport(const QString &databasePath)
    : m_connection(QStringLiteral("clawdesk-usage-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(databasePath);
    if (!QFileInfo::exists(databasePath)) {
        m_error = QStringLiteral("no usage recorded yet (%1 does not exist)").arg(databasePath);
        return;
    }
    if (!db.open() || !ensureUsageSchema(m_connection, &m_error)) {
        if (m_error.isEmpty())
            m_error = db.lastError().text();
        return;
    }
    m_open = true;
}

UsageReport::~UsageReport()
{
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

UsageTotals UsageReport::totals(const QDateTime &since) const
{
    if (!m_open)
        return {};
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(
        QStringLiteral("SELECT %1 FROM requests WHERE time_ms >= ?").arg(QLatin1String(Aggregates)));
    query.addBindValue(since.toMSecsSinceEpoch());
    if (!query.exec() || !query.next())
        return {};
    return readTotals(query, 0);
}

QList<UsageTotals> UsageReport::breakdown(const QDateTime &since, GroupBy groupBy) const
{
    QList<UsageTotals> rows;
    if (!m_open)
        return rows;
    QString key;
    switch (groupBy) {
    case GroupBy::Model:
        key = QStringLiteral("COALESCE(NULLIF(served_model, ''), requested_model)");
        break;
    case GroupBy::Provider:
        key = QStringLiteral("COALESCE(NULLIF(provider, ''), '-')");
        break;
    case GroupBy::Day:
        key = QStringLiteral("strftime('%Y-%m-%d', time_ms / 1000, 'unixepoch', 'localtime')");
        break;
    }
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("SELECT %1 AS k, %2 FROM requests WHERE time_ms >= ? GROUP BY k ORDER BY %3")
                      .arg(key, QLatin1String(Aggregates),
                           groupBy == GroupBy::Day
                               ? QStringLiteral("k")
                               : QStringLiteral("TOTAL(cost_usd) DESC, COUNT(*) DESC, k")));
    query.addBindValue(since.toMSecsSinceEpoch());
    if (!query.exec())
        return rows;
    while (query.next()) {
        UsageTotals totals = readTotals(query, 1);
        totals.key = query.value(0).toString();
        rows.append(totals);
    }
    return rows;
}

QList<UsageTotals> UsageReport::dailyByModel(const QDateTime &since) const
{
    QList<UsageTotals> rows;
    if (!m_open)
        return rows;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("SELECT strftime('%Y-%m-%d', time_ms / 1000, 'unixepoch', 'localtime') AS d,"
                                 " COALESCE(NULLIF(served_model, ''), requested_model) AS m,"
                                 " COALESCE(NULLIF(provider, ''), '-') AS p, %1 FROM requests"
                                 " WHERE time_ms >= ? GROUP BY d, m, p ORDER BY d, m")
                      .arg(QLatin1String(Aggregates)));
    query.addBindValue(since.toMSecsSinceEpoch());
    if (!query.exec())
        return rows;
    while (query.next()) {
        UsageTotals totals = readTotals(query, 3);
        totals.day = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        totals.key = query.value(1).toString();
        totals.provider = query.value(2).toString();
        rows.append(totals);
    }
    return rows;
}

QDateTime UsageReport::parseSince(const QString &text, const QDateTime &now)
{
    const QString value = text.trimmed().toLower();
    if (value.isEmpty())
        return now.addDays(-7);
    if (value == u"today")
        return QDateTime(now.date(), QTime(0, 0));
    if (value == u"all")
        return QDateTime::fromMSecsSinceEpoch(0);
    static const QRegularExpression relative(QStringLiteral("^(\\d+)([hdw])$"));
    if (const auto match = relative.match(value); match.hasMatch()) {
        const qint64 n = match.captured(1).toLongLong();
        const QChar unit = match.captured(2).at(0);
        return unit == u'h' ? now.addSecs(-n * 3600) : now.addDays(-(unit == u'w' ? 7 * n : n));
    }
    QDateTime absolute = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!absolute.isValid()) {
        const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
        if (date.isValid())
            absolute = QDateTime(date, QTime(0, 0));
    }
    return absolute;
}

} // namespace clawdesk
