#include "codingplanusage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>
#include <optional>

namespace clawdesk {

namespace {

const QStringList kPercentKeys{QStringLiteral("used_percent"), QStringLiteral("usage_percent"),
                               QStringLiteral("used_rate"),    QStringLiteral("usage_rate"),
                               QStringLiteral("usage_ratio"),  QStringLiteral("used_ratio")};
const QStringList kTotalKeys{QStringLiteral("current_interval_total_count"), QStringLiteral("total"),
                             QStringLiteral("limit"), QStringLiteral("quota"), QStringLiteral("total_count")};
const QStringList kUsedKeys{QStringLiteral("current_interval_usage_count"), QStringLiteral("used"),
                            QStringLiteral("usage"), QStringLiteral("used_count")};
const QStringList kRemainingKeys{QStringLiteral("remain"), QStringLiteral("remains"),
                                 QStringLiteral("remaining"), QStringLiteral("left"),
                                 QStringLiteral("remaining_count")};
const QStringList kResetKeys{
    QStringLiteral("end_time"),          QStringLiteral("reset_at"),
    QStringLiteral("next_reset_time"),   QStringLiteral("reset_time"),
    QStringLiteral("interval_end_time"), QStringLiteral("current_interval_end_time")};
const QStringList kPlanKeys{QStringLiteral("plan"), QStringLiteral("plan_name"), QStringLiteral("product"),
                            QStringLiteral("tier")};

std::optional<double> number(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}

std::optional<double> firstNumber(const QJsonObject &o, const QStringList &keys)
{
    for (const QString &k : keys)
        if (auto n = number(o, k))
            return n;
    return std::nullopt;
}

bool hasAny(const QJsonObject &o, const QStringList &keys)
{
    for (const QString &k : keys)
        if (o.contains(k))
            return true;
    return false;
}

QDateTime parseReset(const QJsonValue &v)
{
    if (v.isDouble() || (v.isString() && !v.toString().isEmpty() && v.toString().at(0).isDigit() &&
                         !v.toString().contains(QLatin1Char('-')))) {
        const double n = v.isDouble() ? v.toDouble() : v.toString().toDouble();
        if (n <= 0)
            return QDateTime();
        return n < 1e12 ? QDateTime::fromSecsSinceEpoch(static_cast<qint64>(n), Qt::UTC)
                        : QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(n), Qt::UTC);
    }
    if (v.isString())
        return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return QDateTime();
}

QDateTime firstReset(const QJsonObject &o, const QStringList &keys)
{
    for (const QString &k : keys) {
        const QDateTime t = parseReset(o.value(k));
        if (t.isValid())
            return t;
    }
    return QDateTime();
}

double asPercent(double value)
{
    return value <= 1.0 ? value * 100.0 : value; // OpenClaw: a percent field <= 1 is a ratio
}

QString shortLabel(const QJsonObject &o)
{
    if (auto h = firstNumber(
            o, {QStringLiteral("window_hours"), QStringLiteral("hours"), QStringLiteral("interval_hours")}))
        return QStringLiteral("%1h").arg(static_cast<qint64>(*h));
    if (auto m = firstNumber(o, {QStringLiteral("window_minutes"), QStringLiteral("interval_minutes")}))
        return QStringLiteral("%1m").arg(static_cast<qint64>(*m));
    return QStringLiteral("5h");
}

// Score of an object as OpenClaw's "best usage record".
int score(const QJsonObject &o)
{
    int s = 0;
    if (hasAny(o, kPercentKeys))
        s += 4;
    if (hasAny(o, kTotalKeys))
        s += 3;
    if (hasAny(o, kUsedKeys) || hasAny(o, kRemainingKeys))
        s += 2;
    if (hasAny(o, kResetKeys))
        s += 1;
    if (hasAny(o, kPlanKeys))
        s += 1;
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.key().endsWith(QLatin1String("_remaining_percent")))
            s += 4;
    return s;
}

QJsonObject bestRecord(const QJsonObject &payload)
{
    // model_remains is the documented container; take its first record.
    const QJsonArray remains = payload.value(QLatin1String("model_remains")).toArray();
    if (!remains.isEmpty() && remains.first().isObject())
        return remains.first().toObject();

    // Otherwise scan breadth-first, depth <= 4, at most 60 nodes, like OpenClaw.
    QList<QPair<QJsonValue, int>> queue{{payload, 0}};
    QJsonObject best;
    int bestScore = 0;
    int visited = 0;
    while (!queue.isEmpty() && visited < 60) {
        const auto [value, depth] = queue.takeFirst();
        ++visited;
        if (value.isObject()) {
            const QJsonObject o = value.toObject();
            const int s = score(o);
            if (s > bestScore) {
                bestScore = s;
                best = o;
            }
            if (depth < 4)
                for (auto it = o.begin(); it != o.end(); ++it)
                    if (it->isObject() || it->isArray())
                        queue.append({*it, depth + 1});
        } else if (value.isArray() && depth < 4) {
            for (const QJsonValue &v : value.toArray())
                queue.append({v, depth + 1});
        }
    }
    return best;
}

// A window from counts: used/total, or total - remaining. Counts win over percentages.
std::optional<double> usedFromCounts(const QJsonObject &o, const QStringList &totalKeys,
                                     const QStringList &usedKeys, const QStringList &remainingKeys)
{
    const auto total = firstNumber(o, totalKeys);
    if (!total || *total <= 0)
        return std::nullopt;
    if (auto used = firstNumber(o, usedKeys))
        return qBound(0.0, *used / *total * 100.0, 100.0);
    if (auto remaining = firstNumber(o, remainingKeys))
        return qBound(0.0, (*total - *remaining) / *total * 100.0, 100.0);
    return std::nullopt;
}

std::optional<double> usedFromPercent(const QJsonObject &o, const QString &prefix)
{
    if (auto rem = number(o, prefix + QStringLiteral("remaining_percent")))
        return qBound(0.0, 100.0 - asPercent(*rem), 100.0);
    for (const QString &k : kPercentKeys)
        if (auto used = number(o, prefix + k))
            return qBound(0.0, asPercent(*used), 100.0);
    return std::nullopt;
}

void extractWindows(const QJsonObject &o, const QDateTime &now, QList<CodingPlanWindow> *windows)
{
    // Short window ("5h"): counts, then percent under "", "interval_" or "current_interval_".
    std::optional<double> used = usedFromCounts(o, kTotalKeys, kUsedKeys, kRemainingKeys);
    for (const QString &prefix :
         {QString(), QStringLiteral("interval_"), QStringLiteral("current_interval_")}) {
        if (used)
            break;
        used = usedFromPercent(o, prefix);
    }
    if (used) {
        QDateTime reset = firstReset(o, kResetKeys);
        if (!reset.isValid())
            if (auto remainsMs = number(o, QStringLiteral("remains_time")); remainsMs && *remainsMs > 0)
                reset = now.addMSecs(static_cast<qint64>(*remainsMs));
        windows->append({shortLabel(o), *used, reset});
    }

    // Weekly window.
    std::optional<double> weekly = usedFromCounts(
        o, {QStringLiteral("current_weekly_total_count"), QStringLiteral("weekly_total_count")},
        {QStringLiteral("current_weekly_usage_count"), QStringLiteral("weekly_usage_count")},
        {QStringLiteral("current_weekly_remaining_count"), QStringLiteral("weekly_remaining_count")});
    for (const QString &prefix : {QStringLiteral("weekly_"), QStringLiteral("current_weekly_")}) {
        if (weekly)
            break;
        weekly = usedFromPercent(o, prefix);
    }
    if (weekly) {
        const QDateTime reset =
            firstReset(o, {QStringLiteral("weekly_end_time"), QStringLiteral("current_weekly_end_time"),
                           QStringLiteral("weekly_reset_at")});
        windows->append({QStringLiteral("week"), *weekly, reset});
    }
}

// --- Token Plan records: one per model_name, remaining percentages (never ratios) per window. ---

const QString kIntervalRemaining = QStringLiteral("current_interval_remaining_percent");
const QString kWeeklyRemaining = QStringLiteral("current_weekly_remaining_percent");

bool isTokenPlanRecord(const QJsonObject &o)
{
    return o.contains(kIntervalRemaining) || o.contains(kWeeklyRemaining);
}

/// The record of the chat models ("general" or a MiniMax-M model), else the first with numbers.
std::optional<QJsonObject> tokenPlanRecord(const QJsonObject &payload)
{
    QList<QJsonObject> records;
    for (const QJsonValue &value : payload.value(QLatin1String("model_remains")).toArray()) {
        if (value.isObject() && isTokenPlanRecord(value.toObject()))
            records.append(value.toObject());
    }
    if (records.isEmpty())
        return std::nullopt;
    for (const QJsonObject &record : records) {
        const QString name = record.value(QLatin1String("model_name")).toString().toLower();
        if (name == u"general" || name.startsWith(u"minimax-m"))
            return record;
    }
    return records.first();
}

QString tokenPlanLabel(const QJsonObject &o)
{
    if (o.contains(QLatin1String("window_hours")) || o.contains(QLatin1String("hours")) ||
        o.contains(QLatin1String("window_minutes")) || o.contains(QLatin1String("interval_hours")))
        return shortLabel(o);
    const QDateTime start = parseReset(o.value(QLatin1String("start_time")));
    const QDateTime end = parseReset(o.value(QLatin1String("end_time")));
    if (start.isValid() && end.isValid() && end > start) {
        const qint64 minutes = start.secsTo(end) / 60;
        return minutes >= 60 ? QStringLiteral("%1h").arg(std::lround(minutes / 60.0))
                             : QStringLiteral("%1m").arg(minutes);
    }
    return QStringLiteral("5h");
}

void extractTokenPlanWindows(const QJsonObject &o, QList<CodingPlanWindow> *windows)
{
    // Status 3 marks a window the plan does not have.
    const auto shown = [&o](const char *statusKey) {
        return number(o, QString::fromLatin1(statusKey)) != 3.0;
    };
    if (auto remaining = number(o, kIntervalRemaining); remaining && shown("current_interval_status"))
        windows->append({tokenPlanLabel(o), qBound(0.0, 100.0 - *remaining, 100.0),
                         parseReset(o.value(QLatin1String("end_time")))});
    if (auto remaining = number(o, kWeeklyRemaining); remaining && shown("current_weekly_status"))
        windows->append({QStringLiteral("week"), qBound(0.0, 100.0 - *remaining, 100.0),
                         parseReset(o.value(QLatin1String("weekly_end_time")))});
}

CodingPlanUsage failure(CodingPlanUsage::Error error, const QString &text, int status)
{
    CodingPlanUsage u;
    u.error = error;
    u.errorText = text;
    u.httpStatus = status;
    return u;
}

} // namespace

CodingPlanUsage CodingPlanUsage::parse(int httpStatus, const QByteArray &body, const QDateTime &now)
{
    if (httpStatus == 401 || httpStatus == 403)
        return failure(Error::Unauthorized, QStringLiteral("HTTP %1").arg(httpStatus), httpStatus);
    if (httpStatus < 200 || httpStatus >= 300)
        return failure(Error::Http, QStringLiteral("HTTP %1").arg(httpStatus), httpStatus);
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return failure(Error::InvalidJson, QStringLiteral("Invalid JSON"), httpStatus);
    const QJsonObject root = doc.object();
    const QJsonObject baseResp = root.value(QLatin1String("base_resp")).toObject();
    const int code = baseResp.value(QLatin1String("status_code")).toInt();
    if (code == 1004)
        return failure(Error::NoCodingPlan, QStringLiteral("No Coding Plan on this account"), httpStatus);
    if (code != 0) {
        const QString msg = baseResp.value(QLatin1String("status_msg")).toString();
        return failure(Error::Api, msg.isEmpty() ? QStringLiteral("API error") : msg, httpStatus);
    }
    const QJsonValue data = root.value(QLatin1String("data"));
    const QJsonObject payload = data.isObject() ? data.toObject() : root;
    const std::optional<QJsonObject> tokenPlan = tokenPlanRecord(payload);
    const QJsonObject record = tokenPlan ? *tokenPlan : bestRecord(payload);

    CodingPlanUsage usage;
    usage.httpStatus = httpStatus;
    if (tokenPlan)
        extractTokenPlanWindows(record, &usage.windows);
    else
        extractWindows(record, now, &usage.windows);
    if (usage.windows.isEmpty())
        return failure(Error::UnsupportedShape, QStringLiteral("Unsupported response shape"), httpStatus);
    usage.model = record.value(QLatin1String("model_name")).toString();
    for (const QJsonObject &o : {record, payload}) {
        for (const QString &k : kPlanKeys) {
            if (usage.plan.isEmpty() && o.value(k).isString())
                usage.plan = o.value(k).toString();
        }
    }
    return usage;
}

QString CodingPlanUsage::formatDuration(qint64 ms)
{
    const qint64 minutes = qMax<qint64>(0, (ms + 59999) / 60000);
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = (minutes / 60) % 24;
    const qint64 mins = minutes % 60;
    if (days > 0)
        return hours > 0 ? QStringLiteral("%1d %2h").arg(days).arg(hours) : QStringLiteral("%1d").arg(days);
    if (hours > 0)
        return QStringLiteral("%1h %2m").arg(hours).arg(mins);
    return QStringLiteral("%1m").arg(mins);
}

QString CodingPlanUsage::format(const QDateTime &now) const
{
    if (!ok())
        return errorText;
    QStringList parts;
    for (const CodingPlanWindow &w : windows) {
        QString part = QStringLiteral("%1 %2% left").arg(w.label).arg(std::lround(100.0 - w.usedPercent));
        if (w.resetsAt.isValid() && w.resetsAt > now)
            part += QStringLiteral(" ⏱") + formatDuration(now.msecsTo(w.resetsAt));
        parts.append(part);
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace clawdesk
