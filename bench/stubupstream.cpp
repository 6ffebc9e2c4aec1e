// stubupstream: a fast fake OpenAI-compatible upstream for the gateway benchmark (loopback only).
//   POST …/chat/completions            → a fixed chat completion
//   POST …/chat/completions stream:true → an SSE stream: a role chunk, N content deltas, a stop chunk, [DONE]
//   GET  /stats                         → {"requests":N} (how many completions were answered)
// Usage: stubupstream [--port P] [--deltas N] [--interval-ms M]; prints "listening <port>" when ready.
#include "httpserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <cstdio>

using namespace clawdesk;

namespace {

const QByteArray Completion =
    R"({"id":"chatcmpl-stub","object":"chat.completion","created":1,"model":"stub-model","choices":[{"index":0,)"
    R"("message":{"role":"assistant","content":"Hello from the stub"},"finish_reason":"stop"}],)"
    R"("usage":{"prompt_tokens":5,"completion_tokens":4,"total_tokens":9}})";

QByteArray chunk(const QByteArray &delta, const QByteArray &finish = "null")
{
    return R"(data: {"id":"chatcmpl-stub","object":"chat.completion.chunk","created":1,"model":"stub-model",)"
           R"("choices":[{"index":0,"delta":)" +
           delta + R"(,"finish_reason":)" + finish + "}]}\n\n";
}

/// Streams @p deltas content chunks, the first at once and the rest @p intervalMs apart.
void streamAnswer(HttpResponder *responder, int deltas, int intervalMs)
{
    responder->beginStream(200, {{"content-type", "text/event-stream"}, {"cache-control", "no-cache"}});
    responder->write(chunk(R"({"role":"assistant","content":""})"));
    auto *timer = new QTimer(responder); // dies with the responder if the client goes away
    timer->setTimerType(Qt::PreciseTimer);
    QObject::connect(timer, &QTimer::timeout, responder, [responder, timer, deltas, sent = 0]() mutable {
        if (sent++ < deltas) {
            responder->write(chunk(R"({"content":"tok "})"));
            if (sent < deltas)
                return;
        }
        timer->stop();
        responder->write(chunk("{}", R"("stop")") + "data: [DONE]\n\n");
        responder->end();
    });
    timer->start(intervalMs);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{"port", "Port on 127.0.0.1 (0 = any).", "port", "0"},
                       {"deltas", "Content deltas per stream.", "n", "8"},
                       {"interval-ms", "Delay between stream deltas.", "ms", "2"}});
    parser.process(app);
    const int deltas = parser.value("deltas").toInt();
    const int intervalMs = parser.value("interval-ms").toInt();

    quint64 answered = 0;
    HttpServer server;
    HttpServerLimits limits;
    limits.maxConnections = 4096; // the load generator's open-loop pool may grow past the default
    server.setLimits(limits);
    server.setHandler([&](const HttpRequest &request, HttpResponder *responder) {
        if (request.method == "GET" && request.path == "/stats") {
            responder->respond(200, {{"content-type", "application/json"}},
                               R"({"requests":)" + QByteArray::number(answered) + "}");
            return;
        }
        if (request.method != "POST" || !request.path.endsWith("/chat/completions")) {
            responder->respond(404, {{"content-type", "application/json"}}, R"({"error":"not found"})");
            return;
        }
        ++answered;
        // Clients serialise JSON with or without a space after the colon.
        const bool stream =
            request.body.contains(R"("stream":true)") || request.body.contains(R"("stream": true)");
        if (stream)
            streamAnswer(responder, deltas, intervalMs);
        else
            responder->respond(200, {{"content-type", "application/json"}}, Completion);
    });
    QString error;
    if (!server.listen(QHostAddress::LocalHost, quint16(parser.value("port").toUInt()), &error)) {
        std::fprintf(stderr, "stubupstream: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("listening %u\n", server.port());
    std::fflush(stdout);
    return app.exec();
}
