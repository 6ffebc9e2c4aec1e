#pragma once

#include "codec.h"
#include "sseparser.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPair>
#include <QTest>

namespace clawdesk::testutil {

inline QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(TEST_DATA_DIR "/protocol/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

inline QString apiTag(WireApi api)
{
    switch (api) {
    case WireApi::AnthropicMessages:
        return QStringLiteral("anthropic");
    case WireApi::OpenAIChat:
        return QStringLiteral("openai_chat");
    case WireApi::OpenAIResponses:
        return QStringLiteral("openai_responses");
    }
    return {};
}

inline const QJsonObject parse(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

/// Client-side view of an SSE body: (event name, data) pairs, all at once.
inline QList<SseEvent> sseEvents(const QByteArray &bytes)
{
    SseParser p;
    QList<SseEvent> out = p.feed(bytes);
    out += p.finish(false);
    return out;
}

/// Runs a stream decoder over `bytes` cut into the given chunk sizes (cycled).
inline QList<StreamEvent> decodeInChunks(WireApi api, const QByteArray &bytes, const QList<int> &sizes)
{
    auto decoder = outboundCodec(api).createStreamDecoder();
    QList<StreamEvent> events;
    qsizetype pos = 0;
    int i = 0;
    while (pos < bytes.size()) {
        const int n = sizes.isEmpty() ? int(bytes.size()) : sizes.at(i++ % sizes.size());
        events += decoder->feed(bytes.mid(pos, n));
        pos += n;
    }
    events += decoder->finish();
    return events;
}

inline QStringList describe(const QList<StreamEvent> &events)
{
    QStringList out;
    for (const StreamEvent &e : events)
        out << e.debugString();
    return out;
}

} // namespace clawdesk::testutil
