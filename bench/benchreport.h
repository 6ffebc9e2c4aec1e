#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <vector>

namespace clawdesk {

/// @brief One measured scenario × target: throughput, latency percentiles (ms), failures, CPU per request.
struct BenchRow
{
    QString scenario;
    QString target;
    bool stream = false;
    double rps = 0;
    double p50 = -1, p99 = -1, p999 = -1; ///< whole response
    double ttft50 = -1, ttft99 = -1;      ///< first SSE event (streams)
    qint64 requests = 0;
    qint64 errors = 0;           ///< failed + lost
    double cpuUsPerRequest = -1; ///< the target process's CPU time / answered requests
};

/// @brief Memory of one target process: right after start (idle) and peak over the run.
struct TargetMemory
{
    QString target;
    qint64 idleRssKb = 0;
    qint64 peakRssKb = 0;
    double cpuSeconds = 0;
};

/// p in [0, 1] of an unsorted sample (sorted in place); -1 if empty.
double percentile(std::vector<double> &values, double p);

/// The targets for @p target (added p99 under 1 ms at the open-loop rate, at least 5,000 req/s in
/// some closed-loop row, idle RSS under 60 MB, no failed or lost request), one "met"/"NOT met" line each.
QString targetVerdicts(const QList<BenchRow> &rows, const QString &target, qint64 idleRssKb);

/// The markdown tables: one row per scenario × target with ratios against "direct" and "nginx"
/// rows of the same scenario, then the memory table.
QString markdownReport(const QList<BenchRow> &rows, const QList<TargetMemory> &memory);

} // namespace clawdesk
