#include "streamevent.h"

namespace clawdesk {

StreamEvent StreamEvent::messageStart(const QString &id, const QString &model, const Usage &usage)
{
    StreamEvent e;
    e.type = Type::MessageStart;
    e.id = id;
    e.model = model;
    e.usage = usage;
    return e;
}

StreamEvent StreamEvent::blockStart(int index, BlockKind kind, const QString &toolId, const QString &toolName)
{
    StreamEvent e;
    e.type = Type::BlockStart;
    e.index = index;
    e.blockKind = kind;
    e.toolId = toolId;
    e.toolName = toolName;
    return e;
}

static StreamEvent delta(StreamEvent::Type type, int index, const QString &text)
{
    StreamEvent e;
    e.type = type;
    e.index = index;
    e.text = text;
    return e;
}

StreamEvent StreamEvent::textDelta(int index, const QString &text)
{
    return delta(Type::TextDelta, index, text);
}

StreamEvent StreamEvent::toolArgumentsDelta(int index, const QString &fragment)
{
    return delta(Type::ToolArgumentsDelta, index, fragment);
}

StreamEvent StreamEvent::thinkingDelta(int index, const QString &text)
{
    return delta(Type::ThinkingDelta, index, text);
}

StreamEvent StreamEvent::signatureDelta(int index, const QString &signature)
{
    return delta(Type::SignatureDelta, index, signature);
}

StreamEvent StreamEvent::blockStop(int index)
{
    StreamEvent e;
    e.type = Type::BlockStop;
    e.index = index;
    return e;
}

StreamEvent StreamEvent::messageDelta(StopReason reason, const Usage &usage, const QString &stopSequence)
{
    StreamEvent e;
    e.type = Type::MessageDelta;
    e.stopReason = reason;
    e.usage = usage;
    e.stopSequence = stopSequence;
    return e;
}

StreamEvent StreamEvent::messageStop()
{
    StreamEvent e;
    e.type = Type::MessageStop;
    return e;
}

StreamEvent StreamEvent::makeError(const ApiError &error)
{
    StreamEvent e;
    e.type = Type::Error;
    e.error = error;
    return e;
}

static QString kindName(StreamEvent::BlockKind kind)
{
    switch (kind) {
    case StreamEvent::BlockKind::Text:
        return QStringLiteral("text");
    case StreamEvent::BlockKind::ToolUse:
        return QStringLiteral("tool_use");
    case StreamEvent::BlockKind::Thinking:
        return QStringLiteral("thinking");
    case StreamEvent::BlockKind::RedactedThinking:
        return QStringLiteral("redacted_thinking");
    }
    return {};
}

static QString usageString(const Usage &u)
{
    return QStringLiteral("in=%1 out=%2 cr=%3 cw=%4 rs=%5")
        .arg(u.input)
        .arg(u.output)
        .arg(u.cacheRead)
        .arg(u.cacheWrite)
        .arg(u.reasoning);
}

QString StreamEvent::debugString() const
{
    switch (type) {
    case Type::MessageStart:
        return QStringLiteral("MessageStart id=%1 model=%2 %3").arg(id, model, usageString(usage));
    case Type::BlockStart:
        return QStringLiteral("BlockStart #%1 %2 %3 %4 %5")
            .arg(index)
            .arg(kindName(blockKind), toolId, toolName, text);
    case Type::TextDelta:
        return QStringLiteral("TextDelta #%1 %2").arg(index).arg(text);
    case Type::ToolArgumentsDelta:
        return QStringLiteral("ToolArgumentsDelta #%1 %2").arg(index).arg(text);
    case Type::ThinkingDelta:
        return QStringLiteral("ThinkingDelta #%1 %2").arg(index).arg(text);
    case Type::SignatureDelta:
        return QStringLiteral("SignatureDelta #%1 %2").arg(index).arg(text);
    case Type::BlockStop:
        return QStringLiteral("BlockStop #%1").arg(index);
    case Type::MessageDelta:
        return QStringLiteral("MessageDelta %1 %2 %3")
            .arg(stopReasonName(stopReason), stopSequence, usageString(usage));
    case Type::MessageStop:
        return QStringLiteral("MessageStop");
    case Type::Error:
        return QStringLiteral("Error %1 %2").arg(error.httpStatus).arg(error.message);
    }
    return {};
}

} // namespace clawdesk
