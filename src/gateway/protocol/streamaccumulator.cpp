#include "streamaccumulator.h"

#include "jsonhelpers.h"

namespace clawdesk {

void StreamAccumulator::add(const StreamEvent &event)
{
    using T = StreamEvent::Type;
    ContentBlock *block = nullptr;
    if (event.type == T::TextDelta || event.type == T::ToolArgumentsDelta || event.type == T::ThinkingDelta ||
        event.type == T::SignatureDelta) {
        const auto it = m_positions.constFind(event.index);
        if (it == m_positions.constEnd())
            return; // delta for a block that never started: ignore
        block = &m_response.content[*it];
    }
    switch (event.type) {
    case T::MessageStart:
        m_started = true;
        m_response.id = event.id;
        m_response.model = event.model;
        m_response.usage = event.usage;
        break;
    case T::BlockStart: {
        ContentBlock b;
        switch (event.blockKind) {
        case StreamEvent::BlockKind::Text:
            b.type = ContentBlock::Type::Text;
            break;
        case StreamEvent::BlockKind::ToolUse:
            b.type = ContentBlock::Type::ToolUse;
            b.toolId = event.toolId;
            b.toolName = event.toolName;
            break;
        case StreamEvent::BlockKind::Thinking:
            b.type = ContentBlock::Type::Thinking;
            break;
        case StreamEvent::BlockKind::RedactedThinking:
            b.type = ContentBlock::Type::RedactedThinking;
            b.redactedData = event.text;
            break;
        }
        m_positions.insert(event.index, m_response.content.size());
        m_response.content.append(b);
        break;
    }
    case T::TextDelta:
    case T::ThinkingDelta:
        block->text += event.text;
        break;
    case T::ToolArgumentsDelta:
        block->rawArguments += event.text; // parsed in response()
        break;
    case T::SignatureDelta:
        block->signature += event.text;
        break;
    case T::BlockStop:
        break;
    case T::MessageDelta:
        m_response.stopReason = event.stopReason;
        m_response.stopSequence = event.stopSequence;
        m_response.usage = event.usage;
        break;
    case T::MessageStop:
        m_complete = true;
        break;
    case T::Error:
        m_hasError = true;
        m_error = event.error;
        break;
    }
}

void StreamAccumulator::addAll(const QList<StreamEvent> &events)
{
    for (const StreamEvent &e : events)
        add(e);
}

ChatResponse StreamAccumulator::response() const
{
    ChatResponse out = m_response;
    for (ContentBlock &b : out.content) {
        if (b.type != ContentBlock::Type::ToolUse)
            continue;
        if (b.rawArguments.trimmed().isEmpty()) {
            b.rawArguments.clear();
            continue;
        }
        if (const auto parsed = json::parseObjectText(b.rawArguments)) {
            b.input = *parsed;
            b.rawArguments.clear();
        }
    }
    return out;
}

QList<StreamEvent> responseToEvents(const ChatResponse &response)
{
    QList<StreamEvent> events;
    Usage startUsage = response.usage;
    startUsage.output = 0;
    startUsage.reasoning = 0;
    events << StreamEvent::messageStart(response.id, response.model, startUsage);
    int index = 0;
    for (const ContentBlock &b : response.content) {
        switch (b.type) {
        case ContentBlock::Type::Text:
            events << StreamEvent::blockStart(index, StreamEvent::BlockKind::Text);
            if (!b.text.isEmpty())
                events << StreamEvent::textDelta(index, b.text);
            break;
        case ContentBlock::Type::ToolUse:
            events << StreamEvent::blockStart(index, StreamEvent::BlockKind::ToolUse, b.toolId, b.toolName)
                   << StreamEvent::toolArgumentsDelta(index, b.argumentsJson());
            break;
        case ContentBlock::Type::Thinking:
            events << StreamEvent::blockStart(index, StreamEvent::BlockKind::Thinking);
            if (!b.text.isEmpty())
                events << StreamEvent::thinkingDelta(index, b.text);
            if (!b.signature.isEmpty())
                events << StreamEvent::signatureDelta(index, b.signature);
            break;
        case ContentBlock::Type::RedactedThinking: {
            StreamEvent start = StreamEvent::blockStart(index, StreamEvent::BlockKind::RedactedThinking);
            start.text = b.redactedData;
            events << start;
            break;
        }
        case ContentBlock::Type::Image:
        case ContentBlock::Type::ToolResult:
        case ContentBlock::Type::Document:
            continue; // not part of model output
        }
        events << StreamEvent::blockStop(index);
        ++index;
    }
    events << StreamEvent::messageDelta(response.stopReason, response.usage, response.stopSequence)
           << StreamEvent::messageStop();
    return events;
}

} // namespace clawdesk
