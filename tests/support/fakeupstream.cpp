#include "fakeupstream.h"

#include <QPointer>
#include <QTest>
#include <QTimer>

namespace clawdesk {

namespace {

/// @brief Plays one Stream script on one responder; deletes itself when done or the client is gone.
class StreamPlayer : public QObject
{
public:
    StreamPlayer(FakeUpstream *owner, const FakeUpstream::Script &script, HttpResponder *responder,
                 int *openStreams, const bool *released)
        : QObject(owner)
        , m_script(script)
        , m_responder(responder)
        , m_openStreams(openStreams)
        , m_released(released)
    {
        ++*m_openStreams;
        connect(responder, &HttpResponder::clientGone, this, &StreamPlayer::stop);
        connect(owner, &FakeUpstream::released, this, [this] {
            if (m_holding) {
                m_holding = false;
                step();
            }
        });
    }
    ~StreamPlayer() override { --*m_openStreams; }

    void begin()
    {
        HttpHeaders headers = m_script.headers;
        if (!headers.contains("content-type"))
            headers.add("Content-Type", "text/event-stream");
        if (!headers.contains("cache-control"))
            headers.add("Cache-Control", "no-cache");
        m_responder->beginStream(m_script.status, headers);
        step();
    }

private:
    void stop() { deleteLater(); }

    void step()
    {
        while (true) {
            if (!m_responder || m_responder->isFinished() || m_responder->isClientGone())
                return stop();
            if (m_index == m_script.closeAfter) {
                m_responder->abort();
                return stop();
            }
            if (m_index == m_script.holdAfter && !*m_released) {
                m_holding = true;
                return;
            }
            if (m_index >= m_script.chunks.size()) {
                m_responder->end();
                return stop();
            }
            m_responder->write(m_script.chunks.at(m_index++));
            if (m_script.delayMs > 0) {
                QTimer::singleShot(m_script.delayMs, this, [this] { step(); });
                return;
            }
        }
    }

    FakeUpstream::Script m_script;
    QPointer<HttpResponder> m_responder;
    int *m_openStreams;
    const bool *m_released;
    int m_index = 0;
    bool m_holding = false;
};

} // namespace

FakeUpstream::Script FakeUpstream::Script::json(int status, const QByteArray &body,
                                                const HttpHeaders &headers)
{
    Script s;
    s.kind = Kind::Reply;
    s.status = status;
    s.body = body;
    s.headers = headers;
    if (!s.headers.contains("content-type"))
        s.headers.add("Content-Type", "application/json");
    return s;
}

FakeUpstream::Script FakeUpstream::Script::sse(const QList<QByteArray> &events, int delayMs)
{
    Script s;
    s.kind = Kind::Stream;
    s.chunks = events;
    s.delayMs = delayMs;
    return s;
}

FakeUpstream::Script FakeUpstream::Script::drip(const QByteArray &body, int pieceBytes, int delayMs,
                                                const QByteArray &contentType)
{
    Script s;
    s.kind = Kind::Stream;
    s.delayMs = delayMs;
    s.headers.add("Content-Type", contentType);
    for (qsizetype i = 0; i < body.size(); i += qMax(1, pieceBytes))
        s.chunks.append(body.mid(i, qMax(1, pieceBytes)));
    return s;
}

FakeUpstream::Script FakeUpstream::Script::hang()
{
    Script s;
    s.kind = Kind::Hang;
    return s;
}

FakeUpstream::Script FakeUpstream::Script::drop()
{
    Script s;
    s.kind = Kind::Drop;
    return s;
}

FakeUpstream::Script &FakeUpstream::Script::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.add(name, value);
    return *this;
}

FakeUpstream::Script &FakeUpstream::Script::holdingAfter(int count)
{
    holdAfter = count;
    return *this;
}

FakeUpstream::Script &FakeUpstream::Script::closingAfter(int count)
{
    closeAfter = count;
    return *this;
}

FakeUpstream::Script &FakeUpstream::Script::delayingHeaders(int ms)
{
    headersDelayMs = ms;
    return *this;
}

QByteArray FakeUpstream::sseEvent(const QByteArray &data, const QByteArray &event)
{
    QByteArray out;
    if (!event.isEmpty())
        out.append("event: ").append(event).append('\n');
    out.append("data: ").append(data).append("\n\n");
    return out;
}

FakeUpstream::FakeUpstream(QObject *parent)
    : QObject(parent)
{
    m_server.setHandler(
        [this](const HttpRequest &request, HttpResponder *responder) { handle(request, responder); });
    QString error;
    if (!m_server.listen(QHostAddress::LocalHost, 0, &error))
        qWarning("FakeUpstream: %s", qPrintable(error));
}

FakeUpstream::~FakeUpstream()
{
    m_server.close();
    // Stream players point into this object; end them while it is still whole.
    qDeleteAll(findChildren<QObject *>(QString(), Qt::FindDirectChildrenOnly));
}

QUrl FakeUpstream::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path));
}

void FakeUpstream::addRoute(const QByteArray &path, const Script &script)
{
    m_routes.insert(path, script);
}

void FakeUpstream::enqueue(const QByteArray &path, const Script &script)
{
    m_queued[path].append(script);
}

void FakeUpstream::release()
{
    m_released = true;
    emit released();
}

bool FakeUpstream::waitForRequests(int count, int timeoutMs) const
{
    return QTest::qWaitFor([&] { return m_requests.size() >= count; }, timeoutMs);
}

void FakeUpstream::handle(const HttpRequest &request, HttpResponder *responder)
{
    m_requests.append(request);
    emit requestReceived(request);
    QList<Script> &queue = m_queued[request.path];
    if (!queue.isEmpty()) {
        play(queue.takeFirst(), responder);
        return;
    }
    const auto it = m_routes.constFind(request.path);
    if (it == m_routes.constEnd()) {
        responder->respond(404, {{"Content-Type", "application/json"}},
                           R"({"error":{"type":"not_found_error","message":"no route for )" + request.path +
                               R"("}})");
        return;
    }
    play(*it, responder);
}

void FakeUpstream::play(const Script &script, HttpResponder *responder)
{
    if (script.headersDelayMs > 0 && script.kind != Script::Kind::Hang) {
        QPointer<HttpResponder> guard(responder);
        Script delayed = script;
        delayed.headersDelayMs = 0;
        QTimer::singleShot(script.headersDelayMs, this, [this, guard, delayed] {
            if (guard && !guard->isClientGone())
                play(delayed, guard);
        });
        return;
    }
    switch (script.kind) {
    case Script::Kind::Reply:
        responder->respond(script.status, script.headers, script.body);
        break;
    case Script::Kind::Stream:
        startStream(script, responder);
        break;
    case Script::Kind::Drop:
        responder->abort();
        break;
    case Script::Kind::Hang:
        break; // the responder lives until the client gives up
    }
}

void FakeUpstream::startStream(const Script &script, HttpResponder *responder)
{
    auto *player = new StreamPlayer(this, script, responder, &m_openStreams, &m_released);
    player->begin();
}

} // namespace clawdesk
