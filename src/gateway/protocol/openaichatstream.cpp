#include "openaichatformat.h"

#include "jsonhelpers.h"
#include "openaicommon.h"
#include "sseparser.h"
#include "toolids.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace clawdesk::openaichat {

namespace {

/// Internal events → chat.completion.chunk SSE, ending with "data: [DONE]".
class Encoder : public StreamEncoder
{
public:
    explicit Encoder(bool includeUsage)
        : m_includeUsage(includeUsage)
    {}

    QByteArray encode(const StreamEvent &e) override
    {
        using T = StreamEvent::Type;
        if (m_finished)
            return {};
        QByteArray out;
        if (!m_started && e.type != T::MessageStart && e.type != T::Error)
            out += encode(StreamEvent::messageStart(QString(), QString()));
        switch (e.type) {
        case T::MessageStart:
            m_started = true;
            m_id = toolids::withPrefix(e.id, QStringLiteral("chatcmpl-"));
            m_model = e.model;
            m_created = json::nowSeconds();
            out += chunk(QJsonObject{{QLatin1String("role"), QLatin1String("assistant")},
                                     {QLatin1String("content"), QString()}});
            break;
        case T::BlockStart:
            if (e.blockKind == StreamEvent::BlockKind::ToolUse) {
                const int toolIndex = m_toolIndices.size();
                m_toolIndices.insert(e.index, toolIndex);
                const QJsonObject call{
                    {QLatin1String("index"), toolIndex},
                    {QLatin1String("id"), e.toolId},
                    {QLatin1String("type"), QLatin1String("function")},
                    {QLatin1String("function"), QJsonObject{{QLatin1String("name"), e.toolName},
                                                            {QLatin1String("arguments"), QString()}}}};
                out += chunk(QJsonObject{{QLatin1String("tool_calls"), QJsonArray{call}}});
            }
            break;
        case T::TextDelta:
            if (!e.text.isEmpty())
                out += chunk(QJsonObject{{QLatin1String("content"), e.text}});
            break;
        case T::ThinkingDelta:
            if (!e.text.isEmpty())
                out += chunk(QJsonObject{{QLatin1String("reasoning_content"), e.text}});
            break;
        case T::ToolArgumentsDelta:
            if (m_toolIndices.contains(e.index) && !e.text.isEmpty()) {
                const QJsonObject call{
                    {QLatin1String("index"), m_toolIndices.value(e.index)},
                    {QLatin1String("function"), QJsonObject{{QLatin1String("arguments"), e.text}}}};
                out += chunk(QJsonObject{{QLatin1String("tool_calls"), QJsonArray{call}}});
            }
            break;
        case T::SignatureDelta:
        case T::BlockStop:
            break;
        case T::MessageDelta:
            out += chunk(QJsonObject(), finishReasonToString(e.stopReason));
            if (m_includeUsage) {
                QJsonObject o = base();
                o.insert(QLatin1String("choices"), QJsonArray());
                o.insert(QLatin1String("usage"), usageToJson(e.usage));
                out += sse::data(json::compact(o));
            }
            break;
        case T::MessageStop:
            out += sse::data("[DONE]");
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
        // The openai SDKs raise an APIError for a data line carrying an "error" object.
        return sse::data(json::compact(openai::errorToJson(error)));
    }

private:
    QJsonObject base() const
    {
        return QJsonObject{{QLatin1String("id"), m_id},
                           {QLatin1String("object"), QLatin1String("chat.completion.chunk")},
                           {QLatin1String("created"), m_created},
                           {QLatin1String("model"), m_model}};
    }

    QByteArray chunk(const QJsonObject &delta, const QString &finishReason = {})
    {
        QJsonObject choice{{QLatin1String("index"), 0},
                           {QLatin1String("delta"), delta},
                           {QLatin1String("logprobs"), QJsonValue::Null},
                           {QLatin1String("finish_reason"), finishReason.isEmpty()
                                                                ? QJsonValue(QJsonValue::Null)
                                                                : QJsonValue(finishReason)}};
        QJsonObject o = base();
        o.insert(QLatin1String("choices"), QJsonArray{choice});
        return sse::data(json::compact(o));
    }

    bool m_includeUsage;
    bool m_started = false;
    bool m_finished = false;
    QString m_id;
    QString m_model;
    qint64 m_created = 0;
    QHash<int, int> m_toolIndices; ///< internal block index → tool_calls index
};

/// chat.completion.chunk SSE → internal events. Blocks are opened and closed as the delta kind
/// changes; the final MessageDelta waits for the usage chunk and "[DONE]".
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
            if (m_finishReason) {
                complete(&out); // lenient: some servers omit "[DONE]"
            } else {
                out << StreamEvent::makeError(json::truncatedStream());
                m_done = true;
            }
        }
        return out;
    }

private:
    enum class Open { None, Text, Thinking, Tool };

    void handle(const SseEvent &sse, QList<StreamEvent> *out)
    {
        if (m_done)
            return;
        if (sse.data.trimmed() == "[DONE]") {
            complete(out);
            return;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(sse.data);
        if (!doc.isObject()) {
            out->append(StreamEvent::makeError(
                json::badUpstream(QStringLiteral("stream chunk is not a JSON object"))));
            m_done = true;
            return;
        }
        const QJsonObject o = doc.object();
        if (o.value(QLatin1String("error")).isObject()) {
            out->append(
                StreamEvent::makeError(openai::errorFromObject(o.value(QLatin1String("error")).toObject())));
            m_done = true;
            return;
        }
        if (!m_started) {
            m_started = true;
            out->append(StreamEvent::messageStart(o.value(QLatin1String("id")).toString(),
                                                  o.value(QLatin1String("model")).toString()));
        }
        if (o.value(QLatin1String("usage")).isObject())
            m_usage = usageFromJson(o.value(QLatin1String("usage")).toObject());
        const QJsonArray choices = o.value(QLatin1String("choices")).toArray();
        if (choices.isEmpty())
            return;
        const QJsonObject choice = choices.first().toObject();
        const QJsonObject delta = choice.value(QLatin1String("delta")).toObject();
        QString reasoning = delta.value(QLatin1String("reasoning_content")).toString();
        if (reasoning.isEmpty())
            reasoning = delta.value(QLatin1String("reasoning")).toString();
        if (!reasoning.isEmpty()) {
            open(Open::Thinking, out);
            out->append(StreamEvent::thinkingDelta(m_index, reasoning));
        }
        const QString content = delta.value(QLatin1String("content")).toString();
        if (!content.isEmpty()) {
            open(Open::Text, out);
            out->append(StreamEvent::textDelta(m_index, content));
        }
        for (const QJsonValue &v : delta.value(QLatin1String("tool_calls")).toArray())
            toolCall(v.toObject(), out);
        const QJsonValue finish = choice.value(QLatin1String("finish_reason"));
        if (finish.isString()) {
            close(out);
            m_finishReason = finishReasonFromString(finish.toString());
        }
    }

    void toolCall(const QJsonObject &call, QList<StreamEvent> *out)
    {
        const int toolIndex = call.value(QLatin1String("index")).toInt(m_lastToolIndex + 1);
        const QJsonObject fn = call.value(QLatin1String("function")).toObject();
        if (m_open != Open::Tool || toolIndex != m_lastToolIndex) {
            close(out);
            m_open = Open::Tool;
            m_lastToolIndex = toolIndex;
            QString id = call.value(QLatin1String("id")).toString();
            if (id.isEmpty())
                id = toolids::generate(QStringLiteral("call_"));
            out->append(StreamEvent::blockStart(m_index, StreamEvent::BlockKind::ToolUse, id,
                                                fn.value(QLatin1String("name")).toString()));
        }
        // Parallel calls whose fragments interleave are not supported by the block model; all
        // known providers send each call's fragments contiguously.
        const QString args = fn.value(QLatin1String("arguments")).toString();
        if (!args.isEmpty())
            out->append(StreamEvent::toolArgumentsDelta(m_index, args));
    }

    void open(Open kind, QList<StreamEvent> *out)
    {
        if (m_open == kind)
            return;
        close(out);
        m_open = kind;
        out->append(StreamEvent::blockStart(m_index, kind == Open::Text ? StreamEvent::BlockKind::Text
                                                                        : StreamEvent::BlockKind::Thinking));
    }

    void close(QList<StreamEvent> *out)
    {
        if (m_open == Open::None)
            return;
        out->append(StreamEvent::blockStop(m_index));
        ++m_index;
        m_open = Open::None;
    }

    void complete(QList<StreamEvent> *out)
    {
        if (!m_started)
            out->append(StreamEvent::messageStart(QString(), QString()));
        close(out);
        out->append(StreamEvent::messageDelta(m_finishReason.value_or(StopReason::EndTurn), m_usage));
        out->append(StreamEvent::messageStop());
        m_done = true;
    }

    SseParser m_parser;
    bool m_started = false;
    bool m_done = false;
    Open m_open = Open::None;
    int m_index = 0;
    int m_lastToolIndex = -1;
    std::optional<StopReason> m_finishReason;
    Usage m_usage;
};

} // namespace

std::unique_ptr<StreamEncoder> createStreamEncoder(bool includeUsage)
{
    return std::make_unique<Encoder>(includeUsage);
}

std::unique_ptr<StreamDecoder> createStreamDecoder()
{
    return std::make_unique<Decoder>();
}

} // namespace clawdesk::openaichat
