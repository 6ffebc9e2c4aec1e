// loadgen: runs the same scenarios against several loopback targets (stub direct, nginx, clawdesk, a peer
// gateway), scenario by scenario so slow drifts of a shared machine hit every target alike, and prints
// a markdown table with ratios. CPU and RSS come from /proc/<pid> of each target.
//
//   loadgen --target direct:18901:1234 --target clawdesk:18902:1240 --header "clawdesk=Authorization: Bearer
//   t"
//           [--seconds 3] [--rate 1000] [--open-seconds 5] [--wrk /usr/bin/wrk] [--out results.md]
#include "benchreport.h"
#include "loadrunner.h"
#include "procstats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace clawdesk;

namespace {

const QByteArray Body = R"({"model":"stub/stub-model","messages":[{"role":"user","content":"hi"}]})";
const QByteArray StreamBody =
    R"({"model":"stub/stub-model","stream":true,"messages":[{"role":"user","content":"hi"}]})";

struct Target
{
    QString name;
    quint16 port = 0;
    qint64 pid = 0;
    QList<QByteArray> headers; ///< "Name: value"
};

struct Scenario
{
    QString name;
    int connections = 1;
    double rate = 0;
    int durationMs = 3000;
    bool stream = false;
    bool wrk = false;
};

QByteArray httpRequest(const Target &target, const QByteArray &body)
{
    QByteArray request =
        "POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(target.port) +
        "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const QByteArray &header : target.headers)
        request += header + "\r\n";
    return request + "\r\n" + body;
}

void log(const QString &line)
{
    std::fprintf(stderr, "%s\n", qPrintable(line));
    std::fflush(stderr);
}

/// Closed-loop throughput with wrk (faster than a Qt client); fills rps, p50, p99 and errors.
bool runWrk(const QString &wrk, const Target &target, const Scenario &scenario, BenchRow &row)
{
    QTemporaryDir dir;
    QFile script(dir.filePath(QStringLiteral("post.lua")));
    if (!script.open(QIODevice::WriteOnly))
        return false;
    script.write("wrk.method = \"POST\"\nwrk.body = [[" + Body +
                 "]]\nwrk.headers[\"Content-Type\"] = \"application/json\"\n");
    for (const QByteArray &header : target.headers) {
        const qsizetype colon = header.indexOf(':');
        script.write("wrk.headers[\"" + header.left(colon).trimmed() + "\"] = \"" +
                     header.mid(colon + 1).trimmed() + "\"\n");
    }
    script.close();
    QProcess process;
    process.start(wrk, {QStringLiteral("-t1"), QStringLiteral("-c%1").arg(scenario.connections),
                        QStringLiteral("-d%1s").arg(scenario.durationMs / 1000), QStringLiteral("--latency"),
                        QStringLiteral("-s"), script.fileName(),
                        QStringLiteral("http://127.0.0.1:%1/v1/chat/completions").arg(target.port)});
    if (!process.waitForFinished(scenario.durationMs + 30000))
        return false;
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const auto number = [&out](const QString &pattern) {
        const QRegularExpressionMatch match = QRegularExpression(pattern).match(out);
        return match.hasMatch() ? match.captured(1).toDouble() : -1.0;
    };
    const auto latencyMs = [&out](const QString &label) {
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("\\s%1%\\s+([0-9.]+)(us|ms|s)").arg(label)).match(out);
        if (!match.hasMatch())
            return -1.0;
        const double value = match.captured(1).toDouble();
        return match.captured(2) == QLatin1String("us")  ? value / 1000
               : match.captured(2) == QLatin1String("s") ? value * 1000
                                                         : value;
    };
    row.rps = number(QStringLiteral("Requests/sec:\\s+([0-9.]+)"));
    row.requests = qint64(number(QStringLiteral("\\s([0-9]+) requests in")));
    row.p50 = latencyMs(QStringLiteral("50"));
    row.p99 = latencyMs(QStringLiteral("99"));
    row.errors = std::max<qint64>(0, qint64(number(QStringLiteral("Non-2xx or 3xx responses:\\s+([0-9]+)"))));
    const QRegularExpressionMatch socket =
        QRegularExpression(
            QStringLiteral("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)"))
            .match(out);
    if (socket.hasMatch()) {
        for (int i = 1; i <= 4; ++i)
            row.errors += socket.captured(i).toLongLong();
    }
    if (row.rps < 0)
        log(QStringLiteral("wrk output not understood:\n") + out);
    return row.rps >= 0;
}

/// Waits (up to 10 s) until @p pid has stopped working off the previous scenario (an overloaded target
/// keeps processing requests whose clients are gone), so it does not steal the next measurement's CPU.
void settle(qint64 pid)
{
    if (pid <= 0)
        return;
    QElapsedTimer clock;
    clock.start();
    qint64 before = ProcStats::read(pid).cpuTicks;
    while (clock.elapsed() < 10000) {
        QThread::msleep(200);
        const qint64 now = ProcStats::read(pid).cpuTicks;
        if (now - before <= 2) // at most ~10 % of a core over 200 ms
            return;
        before = now;
    }
    log(QStringLiteral("  pid %1 still busy after 10 s").arg(pid));
}

BenchRow runScenario(LoadRunner &runner, const Target &target, const Scenario &scenario, const QString &wrk)
{
    BenchRow row;
    row.scenario = scenario.name;
    row.target = target.name;
    row.stream = scenario.stream;
    const ProcStats before = ProcStats::read(target.pid);
    if (scenario.wrk) {
        runWrk(wrk, target, scenario, row);
    } else {
        LoadSpec spec;
        spec.port = target.port;
        spec.request = httpRequest(target, scenario.stream ? StreamBody : Body);
        spec.connections = scenario.connections;
        spec.rate = scenario.rate;
        spec.durationMs = scenario.durationMs;
        LoadResult result = runner.run(spec);
        row.requests = result.ok;
        row.errors = result.errors + result.lost;
        row.rps = result.seconds > 0 ? double(result.ok) / result.seconds : 0;
        row.p50 = percentile(result.latencyMs, 0.50);
        row.p99 = percentile(result.latencyMs, 0.99);
        if (scenario.rate > 0)
            row.p999 = percentile(result.latencyMs, 0.999);
        row.ttft50 = percentile(result.firstEventMs, 0.50);
        row.ttft99 = percentile(result.firstEventMs, 0.99);
        if (row.errors > 0)
            log(QStringLiteral("  %1 / %2: %3 errors (%4 lost), first: %5")
                    .arg(scenario.name, target.name)
                    .arg(row.errors)
                    .arg(result.lost)
                    .arg(QString::fromUtf8(result.firstError)));
        if (scenario.rate > 0)
            log(QStringLiteral("  %1 / %2: %3 connections in the pool")
                    .arg(scenario.name, target.name)
                    .arg(result.connectionsUsed));
    }
    const ProcStats after = ProcStats::read(target.pid);
    if (target.pid > 0 && row.requests > 0)
        row.cpuUsPerRequest = double(after.cpuTicks - before.cpuTicks) / ProcStats::ticksPerSecond() * 1e6 /
                              double(row.requests);
    log(QStringLiteral("  %1 / %2: %3 req/s, p50 %4 ms, p99 %5 ms, ttft p50 %6 ms, %7 requests, %8 errors")
            .arg(scenario.name, target.name)
            .arg(row.rps, 0, 'f', 0)
            .arg(row.p50, 0, 'f', 3)
            .arg(row.p99, 0, 'f', 3)
            .arg(row.ttft50, 0, 'f', 3)
            .arg(row.requests)
            .arg(row.errors));
    return row;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        {"target", "name:port:pid (pid 0 = no CPU/RSS); repeat, in table order.", "spec"},
        {"header", "target=Header: value, sent to that target; repeat.", "spec"},
        {"seconds", "Duration of each closed-loop and stream scenario.", "s", "3"},
        {"rate", "Open-loop rate in requests/s.", "r", "1000"},
        {"open-seconds", "Duration of the open-loop scenario.", "s", "5"},
        {"wrk", "wrk binary for an extra closed-loop throughput row (optional).", "path"},
        {"out", "Also write the markdown table to this file.", "file"},
        {"scenario", "Run only scenarios whose name starts with this (repeat); default all.", "prefix"},
        {"verdict", "Target whose results are checked against the issue's goals.", "name"},
        {"idle-rss-kb", "RSS of the --verdict target right after its start (KiB).", "kb", "0"},
    });
    parser.process(app);

    QList<Target> targets;
    for (const QString &spec : parser.values("target")) {
        const QStringList parts = spec.split(':');
        if (parts.size() != 3) {
            log(QStringLiteral("bad --target %1 (name:port:pid)").arg(spec));
            return 2;
        }
        targets.append({parts[0], quint16(parts[1].toUInt()), parts[2].toLongLong(), {}});
    }
    for (const QString &spec : parser.values("header")) {
        const qsizetype eq = spec.indexOf('=');
        for (Target &target : targets) {
            if (target.name == spec.left(eq))
                target.headers.append(spec.mid(eq + 1).toUtf8());
        }
    }
    const int durationMs = parser.value("seconds").toInt() * 1000;
    QList<Scenario> scenarios;
    for (int connections : {1, 8, 32, 64})
        scenarios.append(
            {QStringLiteral("closed %1 conn").arg(connections), connections, 0, durationMs, false, false});
    const double rate = parser.value("rate").toDouble();
    scenarios.append({QStringLiteral("open %1 req/s").arg(rate), 512, rate,
                      parser.value("open-seconds").toInt() * 1000, false, false});
    for (int connections : {1, 16})
        scenarios.append(
            {QStringLiteral("stream %1 conn").arg(connections), connections, 0, durationMs, true, false});
    const QString wrk = parser.value("wrk");
    if (!wrk.isEmpty())
        scenarios.append({QStringLiteral("wrk 64 conn"), 64, 0, durationMs, false, true});

    const QStringList only = parser.values("scenario");
    if (!only.isEmpty()) {
        scenarios.removeIf([&only](const Scenario &scenario) {
            return std::none_of(only.begin(), only.end(), [&scenario](const QString &prefix) {
                return scenario.name.startsWith(prefix);
            });
        });
    }

    QList<TargetMemory> memory;
    LoadRunner runner;
    for (const Target &target : targets) {
        const ProcStats stats = ProcStats::read(target.pid);
        memory.append({target.name, stats.rssKb, 0, double(stats.cpuTicks)});
        // Warm-up (not measured): connections, caches, a JIT.
        for (bool stream : {false, true}) {
            LoadSpec warm;
            warm.port = target.port;
            warm.request = httpRequest(target, stream ? StreamBody : Body);
            warm.connections = 8;
            warm.durationMs = 1000;
            const LoadResult result = runner.run(warm);
            log(QStringLiteral("warm-up %1%2: %3 ok, %4 errors %5")
                    .arg(target.name, stream ? QStringLiteral(" (stream)") : QString())
                    .arg(result.ok)
                    .arg(result.errors + result.lost)
                    .arg(QString::fromUtf8(result.firstError)));
        }
    }

    QList<BenchRow> rows;
    for (const Scenario &scenario : scenarios) {
        for (const Target &target : targets) {
            rows.append(runScenario(runner, target, scenario, wrk));
            settle(target.pid);
        }
    }
    for (int i = 0; i < targets.size(); ++i) {
        const ProcStats stats = ProcStats::read(targets[i].pid);
        memory[i].peakRssKb = stats.hwmKb;
        memory[i].cpuSeconds = (double(stats.cpuTicks) - memory[i].cpuSeconds) / ProcStats::ticksPerSecond();
    }

    QString report = markdownReport(rows, memory);
    if (parser.isSet("verdict")) {
        report += QStringLiteral("\nTargets of the issue for %1:\n\n").arg(parser.value("verdict")) +
                  targetVerdicts(rows, parser.value("verdict"), parser.value("idle-rss-kb").toLongLong());
    }
    std::printf("%s", qPrintable(report));
    if (parser.isSet("out")) {
        QFile out(parser.value("out"));
        if (out.open(QIODevice::WriteOnly | QIODevice::Append))
            out.write(report.toUtf8());
    }
    return 0;
}
