// gatewaybench: requests/s and added latency of the gateway vs calling a stub upstream directly,
// streaming time-to-first-token, and peak RSS. Everything runs on loopback in this process: the stub
// upstream in its own thread, the gateway in its worker thread, the load generator in the main thread.
#include "gatewaycontroller.h"
#include "httpserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace clawdesk;

namespace {

const QByteArray Completion =
    R"({"id":"c1","object":"chat.completion","created":1,"model":"stub","choices":[{"index":0,)"
    R"("message":{"role":"assistant","content":"Hello from the stub"},"finish_reason":"stop"}],)"
    R"("usage":{"prompt_tokens":5,"completion_tokens":4,"total_tokens":9}})";

QByteArray chunk(const QByteArray &delta, const QByteArray &finish = "null")
{
    return "data: "
           "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"stub\",\"choices\":"
           "[{"
           "\"index\":0,\"delta\":" +
           delta + ",\"finish_reason\":" + finish + "}]}\n\n";
}

/// The stub upstream: a fixed chat completion, or a short stream (8 deltas, 5 ms apart after the first).
void handleStub(const HttpRequest &request, HttpResponder *responder)
{
    if (!request.body.contains("\"stream\":true")) {
        responder->respond(200, {{"content-type", "application/json"}}, Completion);
        return;
    }
    responder->beginStream(200, {{"content-type", "text/event-stream"}});
    responder->write(chunk(R"({"role":"assistant","content":""})"));
    auto *timer = new QTimer(responder);
    auto sent = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, responder, [responder, timer, sent] {
        if (++*sent <= 8) {
            responder->write(chunk(R"({"content":"tok "})"));
            return;
        }
        timer->stop();
        responder->write(chunk("{}", "\"stop\"") + "data: [DONE]\n\n");
        responder->end();
    });
    timer->start(5);
}

struct Result
{
    double rps = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    double ttftP50Ms = -1;
    int errors = 0;
};

/// Closed-loop load: @p connections keep-alive connections, each sending the next request as soon as the
/// previous response is complete, for @p durationMs.
Result runLoad(quint16 port, const QByteArray &request, bool stream, int connections, int durationMs)
{
    struct Conn
    {
        std::unique_ptr<QTcpSocket> socket;
        QByteArray buffer;
        QElapsedTimer sent;
        bool gotFirst = false;
    };
    std::vector<Conn> conns(connections);
    std::vector<double> latencies;
    std::vector<double> ttfts;
    int errors = 0;
    bool running = true;
    QElapsedTimer clock;
    const auto send = [&](Conn &c) {
        c.buffer.clear();
        c.gotFirst = false;
        c.sent.start();
        c.socket->write(request);
    };
    for (Conn &c : conns) {
        c.socket = std::make_unique<QTcpSocket>();
        c.socket->connectToHost(QHostAddress::LocalHost, port);
        c.socket->waitForConnected(5000);
        QObject::connect(c.socket.get(), &QTcpSocket::readyRead, c.socket.get(), [&, cp = &c] {
            Conn &conn = *cp;
            conn.buffer += conn.socket->readAll();
            if (stream && !conn.gotFirst && conn.buffer.contains("\"delta\"")) {
                conn.gotFirst = true;
                ttfts.push_back(conn.sent.nsecsElapsed() / 1e6);
            }
            const qsizetype headerEnd = conn.buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            bool done = false;
            if (stream) {
                done = conn.buffer.endsWith("0\r\n\r\n") && conn.buffer.contains("[DONE]");
            } else {
                const QByteArray head = conn.buffer.left(headerEnd).toLower();
                const qsizetype at = head.indexOf("content-length:");
                const qint64 length =
                    at < 0 ? 0 : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
                done = conn.buffer.size() >= headerEnd + 4 + length;
            }
            if (!done)
                return;
            if (!conn.buffer.startsWith("HTTP/1.1 200"))
                ++errors;
            latencies.push_back(conn.sent.nsecsElapsed() / 1e6);
            if (running)
                send(conn);
        });
    }
    clock.start();
    for (Conn &c : conns)
        send(c);
    QTimer::singleShot(durationMs, [&] { running = false; });
    while (running)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const double seconds = clock.elapsed() / 1000.0;
    QElapsedTimer drain;
    drain.start();
    while (drain.elapsed() < 2000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    Result result;
    std::sort(latencies.begin(), latencies.end());
    std::sort(ttfts.begin(), ttfts.end());
    if (!latencies.empty()) {
        result.rps = latencies.size() / seconds;
        result.p50Ms = latencies[latencies.size() / 2];
        result.p99Ms = latencies[std::min(latencies.size() - 1, latencies.size() * 99 / 100)];
    }
    if (!ttfts.empty())
        result.ttftP50Ms = ttfts[ttfts.size() / 2];
    result.errors = errors;
    return result;
}

QByteArray httpPost(quint16 port, const QByteArray &path, const QByteArray &body, const QByteArray &token)
{
    return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) +
           "\r\nAuthorization: Bearer " + token +
           "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\n\r\n" + body;
}

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int durationMs = qEnvironmentVariableIntValue("BENCH_SECONDS") > 0
                               ? qEnvironmentVariableIntValue("BENCH_SECONDS") * 1000
                               : 3000;
    const int concurrency = qEnvironmentVariableIntValue("BENCH_CONNECTIONS") > 0
                                ? qEnvironmentVariableIntValue("BENCH_CONNECTIONS")
                                : 32;

    // Stub upstream in its own thread.
    QThread stubThread;
    stubThread.start();
    HttpServer *stub = nullptr;
    QObject anchor;
    anchor.moveToThread(&stubThread);
    QMetaObject::invokeMethod(
        &anchor,
        [&stub] {
            stub = new HttpServer;
            stub->setHandler(handleStub);
            stub->listen(QHostAddress::LocalHost, 0);
        },
        Qt::BlockingQueuedConnection);
    const quint16 stubPort = stub->port();

    QTemporaryDir home;
    const QString configPath = home.filePath(QStringLiteral("openclaw.json"));
    QFile config(configPath);
    config.open(QIODevice::WriteOnly);
    config.write(QStringLiteral(R"({ models: { providers: { stub: { baseUrl: "http://127.0.0.1:%1/v1",
      api: "openai-completions", apiKey: "stub-key", models: [{ id: "stub-model", name: "Stub" }] } } },
      agents: { defaults: { model: { primary: "stub/stub-model" } } } })")
                     .arg(stubPort)
                     .toUtf8());
    config.close();

    GatewayController gateway;
    GatewayOptions options;
    options.port = 0;
    options.token = QStringLiteral("bench-token");
    options.configPath = configPath;
    options.environment = Environment{};
    options.homeDir = home.path();
    gateway.start(options);
    while (gateway.state() != GatewayController::State::Running &&
           gateway.state() != GatewayController::State::Error)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    if (gateway.state() != GatewayController::State::Running) {
        std::fprintf(stderr, "gateway did not start: %s\n", qPrintable(gateway.errorString()));
        return 1;
    }

    const QByteArray body = R"({"model":"stub/stub-model","messages":[{"role":"user","content":"hi"}]})";
    const QByteArray streamBody =
        R"({"model":"stub/stub-model","stream":true,"messages":[{"role":"user","content":"hi"}]})";
    const Result directOne =
        runLoad(stubPort, httpPost(stubPort, "/v1/chat/completions", body, "x"), false, 1, durationMs);
    const Result gatewayOne =
        runLoad(gateway.port(), httpPost(gateway.port(), "/v1/chat/completions", body, "bench-token"), false,
                1, durationMs);
    const Result directMany = runLoad(stubPort, httpPost(stubPort, "/v1/chat/completions", body, "x"), false,
                                      concurrency, durationMs);
    const Result gatewayMany =
        runLoad(gateway.port(), httpPost(gateway.port(), "/v1/chat/completions", body, "bench-token"), false,
                concurrency, durationMs);
    const Result directStream =
        runLoad(stubPort, httpPost(stubPort, "/v1/chat/completions", streamBody, "x"), true, 1, durationMs);
    const Result gatewayStream =
        runLoad(gateway.port(), httpPost(gateway.port(), "/v1/chat/completions", streamBody, "bench-token"),
                true, 1, durationMs);

    std::printf("%-34s %10s %10s %10s %8s\n", "scenario", "req/s", "p50 ms", "p99 ms", "errors");
    const auto row = [](const char *name, const Result &r) {
        std::printf("%-34s %10.0f %10.3f %10.3f %8d\n", name, r.rps, r.p50Ms, r.p99Ms, r.errors);
    };
    row("stub direct, 1 connection", directOne);
    row("via gateway, 1 connection", gatewayOne);
    const QByteArray manyDirect = "stub direct, " + QByteArray::number(concurrency) + " connections";
    const QByteArray manyGateway = "via gateway, " + QByteArray::number(concurrency) + " connections";
    row(manyDirect.constData(), directMany);
    row(manyGateway.constData(), gatewayMany);
    row("stream direct, 1 connection", directStream);
    row("stream via gateway, 1 connection", gatewayStream);
    std::printf("\nadded latency p50 (1 connection): %.3f ms, p99: %.3f ms\n",
                gatewayOne.p50Ms - directOne.p50Ms, gatewayOne.p99Ms - directOne.p99Ms);
    std::printf("streaming TTFT p50: direct %.3f ms, via gateway %.3f ms\n", directStream.ttftP50Ms,
                gatewayStream.ttftP50Ms);
    std::printf("peak RSS (whole process: stub + gateway + load generator): %lld KiB\n",
                static_cast<long long>(peakRssKb()));

    gateway.stop();
    while (gateway.state() != GatewayController::State::Stopped)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    QMetaObject::invokeMethod(
        &anchor, [&stub] { delete stub; }, Qt::BlockingQueuedConnection);
    stubThread.quit();
    stubThread.wait();
    return 0;
}
