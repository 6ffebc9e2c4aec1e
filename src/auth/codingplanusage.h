#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace clawdesk {

/// @brief One quota window of a MiniMax Coding Plan ("5h", "week").
struct CodingPlanWindow
{
    QString label;          ///< "5h", "30m", "week"
    double usedPercent = 0; ///< 0…100
    QDateTime resetsAt;     ///< invalid when unknown
};

/**
 * @brief A MiniMax plan's quota answer, parsed: `GET {api}/v1/token_plan/remains` (Token Plan) or
 * `GET {api}/v1/api/openplatform/coding_plan/remains` (Coding Plan).
 *
 * Token Plan: `model_remains[{model_name, current_interval_remaining_percent,
 * current_weekly_remaining_percent, current_*_status (3 = no such window), start_time, end_time,
 * weekly_end_time}]`; the chat models' record ("general" or "MiniMax-M…") counts, remaining values
 * are percentages. Coding Plan, two shapes:
 * - count-based (older): `model_remains[{current_interval_total_count, current_interval_usage_count,
 *   end_time | remains_time, current_weekly_total_count?, current_weekly_usage_count?, weekly_end_time?}]`
 *   where, as in OpenClaw, counts win over percentages and `*_usage_count` is the used amount;
 * - percent-based (newer): `model_remains[{model_name, interval_hours?, interval_remaining_percent,
 *   interval_end_time, weekly_remaining_percent?, weekly_end_time?}]`.
 * Other layouts fall back to OpenClaw's generic key scoring (used/total/remaining/percent keys).
 */
struct CodingPlanUsage
{
    enum class Error { None, Http, Unauthorized, InvalidJson, NoCodingPlan, Api, UnsupportedShape };

    Error error = Error::None;
    QString errorText; ///< user-facing, e.g. "HTTP 500", "No Coding Plan on this account"
    int httpStatus = 0;
    QString plan;
    QString model;
    QList<CodingPlanWindow> windows; ///< the short window first, then the weekly one if present

    bool ok() const { return error == Error::None; }

    static CodingPlanUsage parse(int httpStatus, const QByteArray &body, const QDateTime &now);
    /// "5h 63% left ⏱2h 10m · week 88% left ⏱3d 4h" (windows joined by " · ").
    QString format(const QDateTime &now) const;
    static QString formatDuration(qint64 ms);
};

} // namespace clawdesk

Q_DECLARE_METATYPE(clawdesk::CodingPlanUsage::Error)
