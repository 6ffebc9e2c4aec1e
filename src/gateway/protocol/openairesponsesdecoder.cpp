#include "openairesponsesformat.h"

#include "jsonhelpers.h"
#include "openaicommon.h"
#include "sseparser.h"
#include "toolids.h"

#include <QJsonDocument>
#include <QMap>

namespace clawdesk::openairesponses {

namespace {

/// Responses SSE → internal events. Each output_text part, function_call item and reasoning
/// item becomes one internal block.
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
    struct Block
    {
        int index = 0;
        bool argumentsSeen = false;
        bool isTool = false;
    };

    static qint64 key(const QJsonObject &o, bool withContent)
    {
        const qint64 output = o.value(QLatin1String("output_index")).toInt();
        return withContent ? output * 4096 + o.value(QLatin1String("content_index")).toInt() + 1
                           : output * 4096;
    }

    void handle(const SseEvent &sse, QList<StreamEvent> *out)
    {
        if (m_done)
            return;
        const QJsonDocument doc = QJsonDocument::fromJson(sse.data);
        if (!doc.isObject()) {
            if (sse.data.trimmed() == "[DONE]")
                return;
            out->append(StreamEvent::makeError(
                json::badUpstream(QStringLiteral("stream event is not a JSON object"))));
            m_done = true;
            return;
        }
        const QJsonObject o = doc.object();
        QString type = o.value(QLatin1String("type")).toString();
        if (type.isEmpty())
            type = QString::fromUtf8(sse.event);
        if (type == QLatin1String("response.created")) {
            const QJsonObject r = o.value(QLatin1String("response")).toObject();
            m_started = true;
            out->append(StreamEvent::messageStart(r.value(QLatin1String("id")).toString(),
                                                  r.value(QLatin1String("model")).toString()));
            return;
        }
        if (!m_started && type != QLatin1String("error") && type != QLatin1String("response.failed")) {
            m_started = true;
            out->append(StreamEvent::messageStart(QString(), QString()));
        }
        if (type == QLatin1String("response.output_item.added")) {
            const QJsonObject item = o.value(QLatin1String("item")).toObject();
            const QString itemType = item.value(QLatin1String("type")).toString();
            if (itemType == QLatin1String("function_call")) {
                Block b = open(key(o, false));
                b.isTool = true;
                m_sawCall = true;
                QString callId = item.value(QLatin1String("call_id")).toString();
                if (callId.isEmpty())
                    callId = toolids::generate(QStringLiteral("call_"));
                out->append(StreamEvent::blockStart(b.index, StreamEvent::BlockKind::ToolUse, callId,
                                                    item.value(QLatin1String("name")).toString()));
                const QString args = item.value(QLatin1String("arguments")).toString();
                if (!args.isEmpty()) {
                    out->append(StreamEvent::toolArgumentsDelta(b.index, args));
                    b.argumentsSeen = true;
                }
                m_blocks.insert(key(o, false), b);
            } else if (itemType == QLatin1String("reasoning")) {
                const Block b = open(key(o, false));
                m_blocks.insert(key(o, false), b);
                out->append(StreamEvent::blockStart(b.index, StreamEvent::BlockKind::Thinking));
            }
        } else if (type == QLatin1String("response.content_part.added")) {
            const QJsonObject part = o.value(QLatin1String("part")).toObject();
            const Block b = open(key(o, true));
            m_blocks.insert(key(o, true), b);
            out->append(StreamEvent::blockStart(b.index, StreamEvent::BlockKind::Text));
            const QString text = part.value(QLatin1String("text")).toString();
            if (!text.isEmpty())
                out->append(StreamEvent::textDelta(b.index, text));
        } else if (type == QLatin1String("response.output_text.delta") ||
                   type == QLatin1String("response.refusal.delta")) {
            const Block *b = find(key(o, true));
            if (!b) {
                // Some servers send text deltas without announcing the part first: the first delta opens it.
                m_blocks.insert(key(o, true), open(key(o, true)));
                b = find(key(o, true));
                out->append(StreamEvent::blockStart(b->index, StreamEvent::BlockKind::Text));
            }
            out->append(StreamEvent::textDelta(b->index, o.value(QLatin1String("delta")).toString()));
        } else if (type == QLatin1String("response.content_part.done")) {
            close(key(o, true), out);
        } else if (type == QLatin1String("response.function_call_arguments.delta")) {
            if (Block *b = find(key(o, false))) {
                b->argumentsSeen = true;
                out->append(
                    StreamEvent::toolArgumentsDelta(b->index, o.value(QLatin1String("delta")).toString()));
            }
        } else if (type == QLatin1String("response.function_call_arguments.done")) {
            Block *b = find(key(o, false));
            const QString args = o.value(QLatin1String("arguments")).toString();
            if (b && !b->argumentsSeen && !args.isEmpty()) {
                b->argumentsSeen = true;
                out->append(StreamEvent::toolArgumentsDelta(b->index, args));
            }
        } else if (type == QLatin1String("response.reasoning_summary_text.delta") ||
                   type == QLatin1String("response.reasoning_text.delta")) {
            if (const Block *b = find(key(o, false)))
                out->append(StreamEvent::thinkingDelta(b->index, o.value(QLatin1String("delta")).toString()));
        } else if (type == QLatin1String("response.reasoning_summary_part.added")) {
            const Block *b = find(key(o, false));
            if (b && o.value(QLatin1String("summary_index")).toInt() > 0)
                out->append(StreamEvent::thinkingDelta(b->index, QStringLiteral("\n\n")));
        } else if (type == QLatin1String("response.output_item.done")) {
            const QJsonObject item = o.value(QLatin1String("item")).toObject();
            Block *b = find(key(o, false));
            if (b && b->isTool && !b->argumentsSeen) {
                const QString args = item.value(QLatin1String("arguments")).toString();
                if (!args.isEmpty())
                    out->append(StreamEvent::toolArgumentsDelta(b->index, args));
            }
            const QString signature = item.value(QLatin1String("encrypted_content")).toString();
            if (b && !signature.isEmpty())
                out->append(StreamEvent::signatureDelta(b->index, signature));
            close(key(o, false), out);
        } else if (type == QLatin1String("response.completed") ||
                   type == QLatin1String("response.incomplete")) {
            const QJsonObject r = o.value(QLatin1String("response")).toObject();
            for (auto it = m_blocks.cbegin(); it != m_blocks.cend(); ++it)
                out->append(StreamEvent::blockStop(it->index));
            m_blocks.clear();
            const QString reason = r.value(QLatin1String("incomplete_details"))
                                       .toObject()
                                       .value(QLatin1String("reason"))
                                       .toString();
            StopReason stop = m_sawCall ? StopReason::ToolUse : StopReason::EndTurn;
            if (reason == QLatin1String("max_output_tokens"))
                stop = StopReason::MaxTokens;
            else if (reason == QLatin1String("content_filter"))
                stop = StopReason::ContentFilter;
            out->append(
                StreamEvent::messageDelta(stop, usageFromJson(r.value(QLatin1String("usage")).toObject())));
            out->append(StreamEvent::messageStop());
            m_done = true;
        } else if (type == QLatin1String("response.failed") || type == QLatin1String("error")) {
            const QJsonObject err =
                type == QLatin1String("error")
                    ? o
                    : o.value(QLatin1String("response")).toObject().value(QLatin1String("error")).toObject();
            ApiError e = openai::errorFromObject(err);
            if (e.message.isEmpty())
                e.message = QStringLiteral("Upstream response failed");
            out->append(StreamEvent::makeError(e));
            m_done = true;
        }
        // response.in_progress, *.done summaries, web search events …: nothing to translate
    }

    Block open(qint64)
    {
        Block b;
        b.index = m_nextIndex++;
        return b;
    }

    Block *find(qint64 k)
    {
        const auto it = m_blocks.find(k);
        return it == m_blocks.end() ? nullptr : &*it;
    }

    void close(qint64 k, QList<StreamEvent> *out)
    {
        const auto it = m_blocks.find(k);
        if (it == m_blocks.end())
            return;
        out->append(StreamEvent::blockStop(it->index));
        m_blocks.erase(it);
    }

    SseParser m_parser;
    QMap<qint64, Block> m_blocks; ///< open blocks by (output_index, content_index)
    int m_nextIndex = 0;
    bool m_started = false;
    bool m_done = false;
    bool m_sawCall = false;
};

} // namespace

std::unique_ptr<StreamDecoder> createStreamDecoder()
{
    return std::make_unique<Decoder>();
}

} // namespace clawdesk::openairesponses
