#include "openairesponsesformat.h"

#include "jsonhelpers.h"
#include "openaicommon.h"
#include "sseparser.h"
#include "toolids.h"

#include <QHash>
#include <QMap>

namespace clawdesk::openairesponses {

namespace {

/// Internal events → Responses SSE ("event: <type>" + data with a running sequence_number).
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
            m_id = responseId(e.id);
            m_model = e.model;
            m_created = json::nowSeconds();
            m_usage = e.usage;
            const QJsonObject skeleton = response(QStringLiteral("in_progress"), QJsonArray(), false);
            out += sendEvent("response.created", {{QLatin1String("response"), skeleton}});
            out += sendEvent("response.in_progress", {{QLatin1String("response"), skeleton}});
            break;
        }
        case T::BlockStart:
            out += blockStart(e);
            break;
        case T::TextDelta:
        case T::ToolArgumentsDelta:
        case T::ThinkingDelta:
        case T::SignatureDelta:
            out += blockDelta(e);
            break;
        case T::BlockStop:
            out += blockStop(e.index);
            break;
        case T::MessageDelta:
            m_stopReason = e.stopReason;
            m_usage = e.usage;
            break;
        case T::MessageStop: {
            const bool incomplete =
                m_stopReason == StopReason::MaxTokens || m_stopReason == StopReason::ContentFilter;
            QJsonArray output;
            for (const QJsonObject &item : std::as_const(m_done))
                output.append(item);
            const QJsonObject finalResponse = response(QString(), output, true);
            out += sendEvent(incomplete ? "response.incomplete" : "response.completed",
                             {{QLatin1String("response"), finalResponse}});
            m_finished = true;
            break;
        }
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
        QByteArray out;
        if (!m_started) {
            m_started = true;
            m_id = responseId(QString());
            m_created = json::nowSeconds();
        }
        QJsonObject r = response(QStringLiteral("failed"), QJsonArray(), false);
        r.insert(QLatin1String("error"),
                 QJsonObject{{QLatin1String("code"),
                              error.code.isEmpty() ? ApiError::openAIType(error.kind) : error.code},
                             {QLatin1String("message"), error.message}});
        out += sendEvent("response.failed", {{QLatin1String("response"), r}});
        m_finished = true;
        return out;
    }

private:
    struct Item
    {
        StreamEvent::BlockKind kind;
        int outputIndex = 0;
        QString itemId;
        ContentBlock block;
    };

    QJsonObject response(const QString &status, const QJsonArray &output, bool withUsage) const
    {
        ChatResponse r;
        r.id = m_id;
        r.model = m_model;
        r.created = m_created;
        r.stopReason = m_stopReason;
        r.usage = m_usage;
        QJsonObject o = responseToJson(r);
        o.insert(QLatin1String("output"), output);
        if (!status.isEmpty()) {
            o.insert(QLatin1String("status"), status);
            o.insert(QLatin1String("incomplete_details"), QJsonValue::Null);
        }
        if (!withUsage)
            o.insert(QLatin1String("usage"), QJsonValue::Null);
        return o;
    }

    QByteArray sendEvent(const char *type, QJsonObject payload)
    {
        payload.insert(QLatin1String("type"), QLatin1String(type));
        payload.insert(QLatin1String("sequence_number"), m_sequence++);
        return sse::event(type, json::compact(payload));
    }

    QByteArray blockStart(const StreamEvent &e)
    {
        if (e.blockKind == StreamEvent::BlockKind::RedactedThinking)
            return {}; // no Responses equivalent
        Item item;
        item.kind = e.blockKind;
        item.outputIndex = m_nextOutput++;
        const QString core = m_id.mid(5);
        QByteArray out;
        QJsonObject added;
        switch (e.blockKind) {
        case StreamEvent::BlockKind::Text:
            item.itemId = QStringLiteral("msg_%1_%2").arg(core).arg(item.outputIndex);
            added = {{QLatin1String("id"), item.itemId},
                     {QLatin1String("type"), QLatin1String("message")},
                     {QLatin1String("status"), QLatin1String("in_progress")},
                     {QLatin1String("role"), QLatin1String("assistant")},
                     {QLatin1String("content"), QJsonArray()}};
            break;
        case StreamEvent::BlockKind::ToolUse:
            item.block = ContentBlock::makeToolUse(e.toolId, e.toolName, {});
            item.itemId = toolids::responsesItemId(e.toolId);
            added = functionCallItem(item.block, QStringLiteral("in_progress"));
            added.insert(QLatin1String("arguments"), QString());
            break;
        case StreamEvent::BlockKind::Thinking:
            item.block.type = ContentBlock::Type::Thinking;
            item.itemId = QStringLiteral("rs_%1_%2").arg(core).arg(item.outputIndex);
            added = {{QLatin1String("id"), item.itemId},
                     {QLatin1String("type"), QLatin1String("reasoning")},
                     {QLatin1String("summary"), QJsonArray()}};
            break;
        case StreamEvent::BlockKind::RedactedThinking:
            break;
        }
        out += sendEvent("response.output_item.added",
                         {{QLatin1String("output_index"), item.outputIndex}, {QLatin1String("item"), added}});
        if (e.blockKind == StreamEvent::BlockKind::Text)
            out += sendEvent("response.content_part.added",
                             {{QLatin1String("item_id"), item.itemId},
                              {QLatin1String("output_index"), item.outputIndex},
                              {QLatin1String("content_index"), 0},
                              {QLatin1String("part"), outputTextPart(QString())}});
        else if (e.blockKind == StreamEvent::BlockKind::Thinking)
            out += sendEvent("response.reasoning_summary_part.added",
                             {{QLatin1String("item_id"), item.itemId},
                              {QLatin1String("output_index"), item.outputIndex},
                              {QLatin1String("summary_index"), 0},
                              {QLatin1String("part"), summaryPart(QString())}});
        m_items.insert(e.index, item);
        return out;
    }

    static QJsonObject summaryPart(const QString &text)
    {
        return {{QLatin1String("type"), QLatin1String("summary_text")}, {QLatin1String("text"), text}};
    }

    QByteArray blockDelta(const StreamEvent &e)
    {
        auto it = m_items.find(e.index);
        if (it == m_items.end())
            return {};
        Item &item = *it;
        const QJsonObject where{{QLatin1String("item_id"), item.itemId},
                                {QLatin1String("output_index"), item.outputIndex}};
        QJsonObject payload = where;
        switch (e.type) {
        case StreamEvent::Type::TextDelta:
            item.block.text += e.text;
            payload.insert(QLatin1String("content_index"), 0);
            payload.insert(QLatin1String("delta"), e.text);
            payload.insert(QLatin1String("logprobs"), QJsonArray());
            return sendEvent("response.output_text.delta", payload);
        case StreamEvent::Type::ToolArgumentsDelta:
            item.block.rawArguments += e.text;
            payload.insert(QLatin1String("delta"), e.text);
            return sendEvent("response.function_call_arguments.delta", payload);
        case StreamEvent::Type::ThinkingDelta:
            item.block.text += e.text;
            payload.insert(QLatin1String("summary_index"), 0);
            payload.insert(QLatin1String("delta"), e.text);
            return sendEvent("response.reasoning_summary_text.delta", payload);
        case StreamEvent::Type::SignatureDelta:
            item.block.signature += e.text; // sent with the item as encrypted_content
            return {};
        default:
            return {};
        }
    }

    QByteArray blockStop(int index)
    {
        const auto it = m_items.constFind(index);
        if (it == m_items.constEnd())
            return {};
        const Item item = *it;
        m_items.erase(it);
        QJsonObject where{{QLatin1String("item_id"), item.itemId},
                          {QLatin1String("output_index"), item.outputIndex}};
        QByteArray out;
        QJsonObject done;
        switch (item.kind) {
        case StreamEvent::BlockKind::Text: {
            QJsonObject p = where;
            p.insert(QLatin1String("content_index"), 0);
            p.insert(QLatin1String("text"), item.block.text);
            p.insert(QLatin1String("logprobs"), QJsonArray());
            out += sendEvent("response.output_text.done", p);
            p.remove(QLatin1String("text"));
            p.remove(QLatin1String("logprobs"));
            p.insert(QLatin1String("part"), outputTextPart(item.block.text));
            out += sendEvent("response.content_part.done", p);
            done = {{QLatin1String("id"), item.itemId},
                    {QLatin1String("type"), QLatin1String("message")},
                    {QLatin1String("status"), QLatin1String("completed")},
                    {QLatin1String("role"), QLatin1String("assistant")},
                    {QLatin1String("content"), QJsonArray{outputTextPart(item.block.text)}}};
            break;
        }
        case StreamEvent::BlockKind::ToolUse: {
            QJsonObject p = where;
            p.insert(QLatin1String("arguments"), item.block.rawArguments);
            out += sendEvent("response.function_call_arguments.done", p);
            ContentBlock b = item.block;
            b.rawArguments = b.rawArguments.isEmpty() ? QStringLiteral("{}") : b.rawArguments;
            done = functionCallItem(b, QStringLiteral("completed"));
            break;
        }
        case StreamEvent::BlockKind::Thinking: {
            QJsonObject p = where;
            p.insert(QLatin1String("summary_index"), 0);
            p.insert(QLatin1String("text"), item.block.text);
            out += sendEvent("response.reasoning_summary_text.done", p);
            p.remove(QLatin1String("text"));
            p.insert(QLatin1String("part"), summaryPart(item.block.text));
            out += sendEvent("response.reasoning_summary_part.done", p);
            done = reasoningItem(item.block, item.itemId);
            break;
        }
        case StreamEvent::BlockKind::RedactedThinking:
            return {};
        }
        out += sendEvent("response.output_item.done",
                         {{QLatin1String("output_index"), item.outputIndex}, {QLatin1String("item"), done}});
        m_done.insert(item.outputIndex, done);
        return out;
    }

    bool m_started = false;
    bool m_finished = false;
    int m_sequence = 0;
    int m_nextOutput = 0;
    QString m_id;
    QString m_model;
    qint64 m_created = 0;
    StopReason m_stopReason = StopReason::EndTurn;
    Usage m_usage;
    QHash<int, Item> m_items;      ///< open items by internal block index
    QMap<int, QJsonObject> m_done; ///< finished items by output index
};

} // namespace

std::unique_ptr<StreamEncoder> createStreamEncoder()
{
    return std::make_unique<Encoder>();
}

} // namespace clawdesk::openairesponses
