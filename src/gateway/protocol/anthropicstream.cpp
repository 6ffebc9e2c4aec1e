#include "anthropicformat.h"

#include "jsonhelpers.h"
#include "sseparser.h"
#include "toolids.h"

#include <QHash>
#include <QJsonDocument>

namespace clawdesk::anthropic {

namespace {

/// Internal events → Anthropic SSE. Block indices are renumbered densely from 0.
class Encoder : public StreamEncoder
{
public:
    QByteArray encode(const StreamEvent &e) override
    {
        using T = StreamEvent::Type;
        if (m_finished)
            return {};
        QByteArray out;
        if (!m_started && e.type != T::MessageStart && e.type != T::Error)
            out += encode(StreamEvent::messageStart(QString(), QString()));
        switch (e.type) {
        case T::MessageStart: {
            m_started = true;
            const QJsonObject message{
                {QLatin1String("id"), toolids::withPrefix(e.id, QStringLiteral("msg_"))},
                {QLatin1String("type"), QLatin1String("message")},
                {QLatin1String("role"), QLatin1String("assistant")},
                {QLatin1String("model"), e.model},
                {QLatin1String("content"), QJsonArray()},
                {QLatin1String("stop_reason"), QJsonValue::Null},
                {QLatin1String("stop_sequence"), QJsonValue::Null},
                {QLatin1String("usage"), usageToJson(e.usage)},
            };
            out += event("message_start", {{QLatin1String("message"), message}});
            break;
        }
        case T::BlockStart: {
            const int index = m_nextIndex++;
            m_indices.insert(e.index, index);
            QJsonObject block;
            switch (e.blockKind) {
            case StreamEvent::BlockKind::Text:
                block = {{QLatin1String("type"), QLatin1String("text")}, {QLatin1String("text"), QString()}};
                break;
            case StreamEvent::BlockKind::ToolUse:
                block = {{QLatin1String("type"), QLatin1String("tool_use")},
                         {QLatin1String("id"), e.toolId},
                         {QLatin1String("name"), e.toolName},
                         {QLatin1String("input"), QJsonObject()}};
                break;
            case StreamEvent::BlockKind::Thinking:
                block = {{QLatin1String("type"), QLatin1String("thinking")},
                         {QLatin1String("thinking"), QString()},
                         {QLatin1String("signature"), QString()}};
                break;
            case StreamEvent::BlockKind::RedactedThinking:
                block = {{QLatin1String("type"), QLatin1String("redacted_thinking")},
                         {QLatin1String("data"), e.text}};
                break;
            }
            out += event("content_block_start",
                         {{QLatin1String("index"), index}, {QLatin1String("content_block"), block}});
            break;
        }
        case T::TextDelta:
            out += delta(e.index, QStringLiteral("text_delta"), QStringLiteral("text"), e.text);
            break;
        case T::ToolArgumentsDelta:
            out += delta(e.index, QStringLiteral("input_json_delta"), QStringLiteral("partial_json"), e.text);
            break;
        case T::ThinkingDelta:
            out += delta(e.index, QStringLiteral("thinking_delta"), QStringLiteral("thinking"), e.text);
            break;
        case T::SignatureDelta:
            out += delta(e.index, QStringLiteral("signature_delta"), QStringLiteral("signature"), e.text);
            break;
        case T::BlockStop:
            if (m_indices.contains(e.index))
                out += event("content_block_stop", {{QLatin1String("index"), m_indices.value(e.index)}});
            break;
        case T::MessageDelta: {
            const QJsonObject d{{QLatin1String("stop_reason"), stopReasonToString(e.stopReason)},
                                {QLatin1String("stop_sequence"), e.stopSequence.isEmpty()
                                                                     ? QJsonValue(QJsonValue::Null)
                                                                     : QJsonValue(e.stopSequence)}};
            out += event("message_delta",
                         {{QLatin1String("delta"), d}, {QLatin1String("usage"), usageToJson(e.usage)}});
            break;
        }
        case T::MessageStop:
            out += event("message_stop", {});
            m_finished = true;
            break;
        case T::Error:
            out += encodeError(e.error);
            break;
        }
        return out;
    }

    QByteArray encodeError(const ApiError &error) override
    {
        if (m_finished)
            return {};
        m_finished = true;
        return sse::event("error", json::compact(errorToJson(error)));
    }

private:
    static QByteArray event(const char *type, QJsonObject payload)
    {
        // "type" first, as Anthropic sends it (QJsonObject orders keys alphabetically anyway).
        payload.insert(QLatin1String("type"), QLatin1String(type));
        return sse::event(type, json::compact(payload));
    }

    QByteArray delta(int internalIndex, const QString &type, const QString &key, const QString &value)
    {
        if (!m_indices.contains(internalIndex))
            return {};
        const QJsonObject d{{QLatin1String("type"), type}, {key, value}};
        return event("content_block_delta",
                     {{QLatin1String("index"), m_indices.value(internalIndex)}, {QLatin1String("delta"), d}});
    }

    QHash<int, int> m_indices;
    int m_nextIndex = 0;
    bool m_started = false;
    bool m_finished = false;
};

/// Anthropic SSE → internal events.
class Decoder : public StreamDecoder
{
public:
    QList<StreamEvent> feed(const QByteArray &bytes) override
    {
        QList<StreamEvent> out;
        for (const SseEvent &e : m_parser.feed(bytes))
            handle(e, &out);
        return out;
    }

    QList<StreamEvent> finish() override
    {
        QList<StreamEvent> out;
        for (const SseEvent &e : m_parser.finish())
            handle(e, &out);
        if (!m_done) {
            out << StreamEvent::makeError(json::truncatedStream());
            m_done = true;
        }
        return out;
    }

private:
    void handle(const SseEvent &sse, QList<StreamEvent> *out)
    {
        if (m_done)
            return;
        const QJsonDocument doc = QJsonDocument::fromJson(sse.data);
        if (!doc.isObject()) {
            out->append(StreamEvent::makeError(
                json::badUpstream(QStringLiteral("stream event is not a JSON object"))));
            m_done = true;
            return;
        }
        const QJsonObject o = doc.object();
        QString type = o.value(QLatin1String("type")).toString();
        if (type.isEmpty())
            type = QString::fromUtf8(sse.event);
        if (type == QLatin1String("message_start")) {
            const QJsonObject m = o.value(QLatin1String("message")).toObject();
            m_usage = usageFromJson(m.value(QLatin1String("usage")).toObject());
            out->append(StreamEvent::messageStart(m.value(QLatin1String("id")).toString(),
                                                  m.value(QLatin1String("model")).toString(), m_usage));
        } else if (type == QLatin1String("content_block_start")) {
            blockStart(o.value(QLatin1String("index")).toInt(),
                       o.value(QLatin1String("content_block")).toObject(), out);
        } else if (type == QLatin1String("content_block_delta")) {
            const auto it = m_indices.constFind(o.value(QLatin1String("index")).toInt());
            if (it == m_indices.constEnd())
                return;
            const QJsonObject d = o.value(QLatin1String("delta")).toObject();
            const QString dt = d.value(QLatin1String("type")).toString();
            if (dt == QLatin1String("text_delta"))
                out->append(StreamEvent::textDelta(*it, d.value(QLatin1String("text")).toString()));
            else if (dt == QLatin1String("input_json_delta"))
                out->append(
                    StreamEvent::toolArgumentsDelta(*it, d.value(QLatin1String("partial_json")).toString()));
            else if (dt == QLatin1String("thinking_delta"))
                out->append(StreamEvent::thinkingDelta(*it, d.value(QLatin1String("thinking")).toString()));
            else if (dt == QLatin1String("signature_delta"))
                out->append(StreamEvent::signatureDelta(*it, d.value(QLatin1String("signature")).toString()));
        } else if (type == QLatin1String("content_block_stop")) {
            const auto it = m_indices.constFind(o.value(QLatin1String("index")).toInt());
            if (it != m_indices.constEnd())
                out->append(StreamEvent::blockStop(*it));
        } else if (type == QLatin1String("message_delta")) {
            const QJsonObject d = o.value(QLatin1String("delta")).toObject();
            m_usage = usageFromJson(o.value(QLatin1String("usage")).toObject(), m_usage);
            out->append(StreamEvent::messageDelta(
                stopReasonFromString(d.value(QLatin1String("stop_reason")).toString()), m_usage,
                d.value(QLatin1String("stop_sequence")).toString()));
        } else if (type == QLatin1String("message_stop")) {
            out->append(StreamEvent::messageStop());
            m_done = true;
        } else if (type == QLatin1String("error")) {
            const QJsonObject err = o.value(QLatin1String("error")).toObject();
            const ApiError::Kind kind =
                ApiError::kindFromAnthropicType(err.value(QLatin1String("type")).toString());
            ApiError e = ApiError::fromKind(kind, err.value(QLatin1String("message")).toString());
            e.code = err.value(QLatin1String("type")).toString();
            out->append(StreamEvent::makeError(e));
            m_done = true;
        }
        // ping and unknown events: nothing
    }

    void blockStart(int upstreamIndex, const QJsonObject &block, QList<StreamEvent> *out)
    {
        const QString type = block.value(QLatin1String("type")).toString();
        const int index = m_nextIndex;
        if (type == QLatin1String("text")) {
            out->append(StreamEvent::blockStart(index, StreamEvent::BlockKind::Text));
            const QString text = block.value(QLatin1String("text")).toString();
            if (!text.isEmpty())
                out->append(StreamEvent::textDelta(index, text));
        } else if (type == QLatin1String("tool_use")) {
            out->append(StreamEvent::blockStart(index, StreamEvent::BlockKind::ToolUse,
                                                block.value(QLatin1String("id")).toString(),
                                                block.value(QLatin1String("name")).toString()));
            const QJsonObject input = block.value(QLatin1String("input")).toObject();
            if (!input.isEmpty())
                out->append(StreamEvent::toolArgumentsDelta(index, json::compactString(input)));
        } else if (type == QLatin1String("thinking")) {
            out->append(StreamEvent::blockStart(index, StreamEvent::BlockKind::Thinking));
            const QString text = block.value(QLatin1String("thinking")).toString();
            if (!text.isEmpty())
                out->append(StreamEvent::thinkingDelta(index, text));
            const QString signature = block.value(QLatin1String("signature")).toString();
            if (!signature.isEmpty())
                out->append(StreamEvent::signatureDelta(index, signature));
        } else if (type == QLatin1String("redacted_thinking")) {
            StreamEvent start = StreamEvent::blockStart(index, StreamEvent::BlockKind::RedactedThinking);
            start.text = block.value(QLatin1String("data")).toString();
            out->append(start);
        } else {
            return; // server tool blocks are not representable: their deltas and stop are dropped
        }
        m_indices.insert(upstreamIndex, index);
        ++m_nextIndex;
    }

    SseParser m_parser;
    QHash<int, int> m_indices; ///< upstream index → internal index
    int m_nextIndex = 0;
    Usage m_usage;
    bool m_done = false;
};

} // namespace

std::unique_ptr<StreamEncoder> createStreamEncoder()
{
    return std::make_unique<Encoder>();
}

std::unique_ptr<StreamDecoder> createStreamDecoder()
{
    return std::make_unique<Decoder>();
}

} // namespace clawdesk::anthropic
