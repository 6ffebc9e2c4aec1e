#include "benchreport.h"

#include <algorithm>
#include <cmath>

namespace clawdesk {

namespace {

QString ms(double value)
{
    return value < 0 ? QStringLiteral("–") : QString::number(value, 'f', value < 10 ? 3 : 1);
}

QString added(double value, double base)
{
    if (value < 0 || base < 0)
        return QStringLiteral("–");
    const double delta = value - base;
    return (delta >= 0 ? QStringLiteral("+") : QString()) + QString::number(delta, 'f', 3);
}

QString ratio(double value, double base)
{
    return value <= 0 || base <= 0 ? QStringLiteral("–") : QString::number(value / base, 'f', 2);
}

const BenchRow *find(const QList<BenchRow> &rows, const QString &scenario, const QString &target)
{
    for (const BenchRow &row : rows) {
        if (row.scenario == scenario && row.target == target)
            return &row;
    }
    return nullptr;
}

} // namespace

double percentile(std::vector<double> &values, double p)
{
    if (values.empty())
        return -1;
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(p * double(values.size()))) - 1;
    return values[size_t(std::clamp<qsizetype>(rank, 0, qsizetype(values.size()) - 1))];
}

QString markdownReport(const QList<BenchRow> &rows, const QList<TargetMemory> &memory)
{
    QString out;
    out += QStringLiteral(
        "| scenario | target | req/s | p50 ms | p99 ms | p99.9 ms | added p50 ms | added p99 ms | "
        "req/s ÷ direct | req/s ÷ nginx | p99 ÷ nginx | errors | CPU µs/req |\n");
    out += QStringLiteral("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
    for (const BenchRow &row : rows) {
        const BenchRow *direct = find(rows, row.scenario, QStringLiteral("direct"));
        const BenchRow *nginx = find(rows, row.scenario, QStringLiteral("nginx"));
        // Streams compare time to first event; everything else the whole response.
        const double p50 = row.stream ? row.ttft50 : row.p50;
        const double p99 = row.stream ? row.ttft99 : row.p99;
        const double directP50 = direct ? (direct->stream ? direct->ttft50 : direct->p50) : -1;
        const double directP99 = direct ? (direct->stream ? direct->ttft99 : direct->p99) : -1;
        const double nginxP99 = nginx ? (nginx->stream ? nginx->ttft99 : nginx->p99) : -1;
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 | %10 | %11 | %12 | %13 |\n")
                   .arg(row.scenario, row.target, QString::number(row.rps, 'f', 0), ms(p50), ms(p99),
                        ms(row.p999),
                        row.target == QLatin1String("direct") ? QStringLiteral("–") : added(p50, directP50),
                        row.target == QLatin1String("direct") ? QStringLiteral("–") : added(p99, directP99),
                        ratio(row.rps, direct ? direct->rps : -1))
                   .arg(ratio(row.rps, nginx ? nginx->rps : -1), ratio(p99, nginxP99),
                        QString::number(row.errors),
                        row.cpuUsPerRequest < 0 ? QStringLiteral("–")
                                                : QString::number(row.cpuUsPerRequest, 'f', 0));
    }
    out += QStringLiteral(
        "\nStream rows: p50/p99 are the time to the first SSE event (TTFT); the whole stream's "
        "p50 is in the log. Open-loop latency counts from each request's scheduled time.\n\n");
    out += QStringLiteral(
        "| target | RSS after start (MB) | peak RSS (MB) | CPU s over the run |\n|---|--:|--:|--:|\n");
    for (const TargetMemory &m : memory) {
        out += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                   .arg(m.target, QString::number(m.idleRssKb / 1024.0, 'f', 1),
                        QString::number(m.peakRssKb / 1024.0, 'f', 1), QString::number(m.cpuSeconds, 'f', 2));
    }
    return out;
}

QString targetVerdicts(const QList<BenchRow> &rows, const QString &target, qint64 idleRssKb)
{
    const auto verdict = [](bool met) { return met ? QStringLiteral("met") : QStringLiteral("**NOT met**"); };
    QString out;
    for (const BenchRow &row : rows) {
        if (row.target != target || row.p999 < 0)
            continue; // only the open-loop row has p99.9
        const BenchRow *direct = find(rows, row.scenario, QStringLiteral("direct"));
        if (!direct)
            continue;
        const double added = row.p99 - direct->p99;
        out += QStringLiteral(
                   "- added p99 latency under 1 ms at %1 (non-streaming): %2 — %3 ms (p99 %4 ms vs %5 ms "
                   "direct)\n")
                   .arg(row.scenario, verdict(added < 1.0), QString::number(added, 'f', 3),
                        QString::number(row.p99, 'f', 3), QString::number(direct->p99, 'f', 3));
    }
    const BenchRow *best = nullptr;
    qint64 failed = 0;
    for (const BenchRow &row : rows) {
        if (row.target != target)
            continue;
        failed += row.errors;
        if (!row.stream && row.p999 < 0 && (!best || row.rps > best->rps))
            best = &row;
    }
    if (best) {
        out += QStringLiteral("- at least 5,000 requests/s: %1 — best %2 req/s (%3)\n")
                   .arg(verdict(best->rps >= 5000), QString::number(best->rps, 'f', 0), best->scenario);
    }
    if (idleRssKb > 0) {
        out += QStringLiteral("- idle RSS under 60 MB: %1 — %2 MB right after start\n")
                   .arg(verdict(idleRssKb < 60 * 1024), QString::number(idleRssKb / 1024.0, 'f', 1));
    }
    out +=
        QStringLiteral("- no request lost or failed under load: %1 — %2 failed or lost over all scenarios\n")
            .arg(verdict(failed == 0))
            .arg(failed);
    return out;
}

} // namespace clawdesk
