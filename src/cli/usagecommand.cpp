// `clawdesk usage [--since …] [--by model|provider|day] [--json]`: totals and a breakdown of what
// the gateway recorded (tokens, cost in USD, failovers, errors).
#include "clicommand.h"
#include "clicontext.h"
#include "jsonvalue.h"
#include "usageledger.h"
#include "usagereport.h"

#include <QLocale>

namespace clawdesk {

namespace {

JsonValue totalsJson(const UsageTotals &t)
{
    JsonValue json = JsonValue::object();
    if (!t.key.isEmpty())
        json.insert(QStringLiteral("key"), t.key);
    json.insert(QStringLiteral("requests"), t.requests);
    json.insert(QStringLiteral("failedOver"), t.failedOver);
    json.insert(QStringLiteral("errors"), t.errors);
    json.insert(QStringLiteral("inputTokens"), t.inputTokens);
    json.insert(QStringLiteral("outputTokens"), t.outputTokens);
    json.insert(QStringLiteral("cacheReadTokens"), t.cacheReadTokens);
    json.insert(QStringLiteral("cacheWriteTokens"), t.cacheWriteTokens);
    json.insert(QStringLiteral("costUsd"), t.costUsd);
    return json;
}

QString number(qint64 n)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(n); // CLI output stays English
}

QString usd(double amount)
{
    return QStringLiteral("$") + QString::number(amount, 'f', amount < 1 ? 4 : 2);
}

int usage(CliContext &ctx, const CommandLine &cmd)
{
    const QDateTime now = QDateTime::currentDateTime();
    const QString sinceText = cmd.value(QStringLiteral("since"));
    const QDateTime since = UsageReport::parseSince(sinceText, now);
    if (!since.isValid())
        return ctx.fail(
            QStringLiteral(
                "Cannot read --since \"%1\": use 24h, 7d, 30d, today, all or a date like 2026-11-01.")
                .arg(sinceText));
    const QString by =
        cmd.value(QStringLiteral("by")).isEmpty() ? QStringLiteral("model") : cmd.value(QStringLiteral("by"));
    UsageReport::GroupBy groupBy;
    if (by == u"model")
        groupBy = UsageReport::GroupBy::Model;
    else if (by == u"provider")
        groupBy = UsageReport::GroupBy::Provider;
    else if (by == u"day")
        groupBy = UsageReport::GroupBy::Day;
    else
        return ctx.fail(QStringLiteral("--by takes model, provider or day, not \"%1\".").arg(by));

    const QString path = ctx.env.value(QStringLiteral("CLAWDESK_USAGE_DB"), UsageLedger::defaultPath());
    const UsageReport report(path);
    const UsageTotals totals = report.totals(since);
    const QList<UsageTotals> rows = report.breakdown(since, groupBy);

    if (cmd.isSet(QStringLiteral("json"))) {
        JsonValue json = JsonValue::object();
        json.insert(QStringLiteral("since"), since.toString(Qt::ISODate));
        json.insert(QStringLiteral("database"), path);
        json.insert(QStringLiteral("totals"), totalsJson(totals));
        JsonValue breakdown = JsonValue::array();
        for (const UsageTotals &row : rows)
            breakdown.append(totalsJson(row));
        json.insert(QStringLiteral("by"), by);
        json.insert(QStringLiteral("breakdown"), breakdown);
        ctx.out << json.toJson(2) << Qt::endl;
        return 0;
    }

    ctx.out << "Usage since " << since.toString(QStringLiteral("yyyy-MM-dd HH:mm")) << Qt::endl;
    if (!report.isOpen() || totals.requests == 0) {
        ctx.out << "No requests recorded."
                << (report.isOpen() ? QString()
                                    : QStringLiteral(" (") + report.errorString() + QLatin1Char(')'))
                << Qt::endl;
        return 0;
    }
    ctx.out << "Requests : " << number(totals.requests) << " (" << number(totals.failedOver)
            << " failed over, " << number(totals.errors) << " errors)" << Qt::endl;
    ctx.out << "Tokens   : input " << number(totals.inputTokens) << ", output " << number(totals.outputTokens)
            << ", cache read " << number(totals.cacheReadTokens) << ", cache write "
            << number(totals.cacheWriteTokens) << Qt::endl;
    ctx.out << "Cost     : " << usd(totals.costUsd) << Qt::endl << Qt::endl;
    const QString header = by == u"day"        ? QStringLiteral("Day")
                           : by == u"provider" ? QStringLiteral("Provider")
                                               : QStringLiteral("Model");
    ctx.out << header.leftJustified(42) << ' ' << QStringLiteral("Requests").rightJustified(8) << ' '
            << QStringLiteral("Input").rightJustified(10) << ' '
            << QStringLiteral("Output").rightJustified(10) << ' ' << QStringLiteral("Cost").rightJustified(10)
            << Qt::endl;
    for (const UsageTotals &row : rows)
        ctx.out << row.key.left(42).leftJustified(42) << ' ' << number(row.requests).rightJustified(8) << ' '
                << number(row.inputTokens).rightJustified(10) << ' '
                << number(row.outputTokens).rightJustified(10) << ' ' << usd(row.costUsd).rightJustified(10)
                << Qt::endl;
    return 0;
}

} // namespace

QList<CliCommand> usageCommands()
{
    return {
        {{QStringLiteral("usage")},
         {},
         QStringLiteral("Show requests, tokens and cost recorded by the gateway"),
         {{QStringLiteral("since"), QStringLiteral("when"),
           QStringLiteral("24h, 7d (default), 30d, today, all, or a date")},
          {QStringLiteral("by"), QStringLiteral("model|provider|day"),
           QStringLiteral("Breakdown (default model)")},
          {QStringLiteral("json"), {}, QStringLiteral("Output JSON")}},
         0,
         0,
         usage},
    };
}

} // namespace clawdesk
