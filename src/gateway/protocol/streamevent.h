#pragma once

#include "apierror.h"
#include "chatmodel.h"

namespace clawdesk {

/// @brief One internal streaming event (a small tagged struct, Anthropic-shaped).
///
/// A stream is: MessageStart, then blocks (BlockStart, deltas, BlockStop) with increasing
/// indices, then MessageDelta (stop reason and the final, complete usage), then MessageStop.
/// An Error event ends a stream at any point.
struct StreamEvent
{
    enum class Type {
        MessageStart,
        BlockStart,
        TextDelta,
        ToolArgumentsDelta,
        ThinkingDelta,
        SignatureDelta,
        BlockStop,
        MessageDelta,
        MessageStop,
        Error
    };
    enum class BlockKind { Text, ToolUse, Thinking, RedactedThinking };

    Type type = Type::MessageStart;
    QString id;    ///< MessageStart
    QString model; ///< MessageStart
    Usage usage;   ///< MessageStart (input side so far), MessageDelta (final)
    int index = 0; ///< block events
    BlockKind blockKind = BlockKind::Text;
    QString toolId;                              ///< BlockStart ToolUse
    QString toolName;                            ///< BlockStart ToolUse
    QString text;                                ///< deltas; BlockStart RedactedThinking: the data
    StopReason stopReason = StopReason::EndTurn; ///< MessageDelta
    QString stopSequence;                        ///< MessageDelta
    ApiError error;                              ///< Error

    static StreamEvent messageStart(const QString &id, const QString &model, const Usage &usage = {});
    static StreamEvent blockStart(int index, BlockKind kind, const QString &toolId = {},
                                  const QString &toolName = {});
    static StreamEvent textDelta(int index, const QString &text);
    static StreamEvent toolArgumentsDelta(int index, const QString &fragment);
    static StreamEvent thinkingDelta(int index, const QString &text);
    static StreamEvent signatureDelta(int index, const QString &signature);
    static StreamEvent blockStop(int index);
    static StreamEvent messageDelta(StopReason reason, const Usage &usage, const QString &stopSequence = {});
    static StreamEvent messageStop();
    static StreamEvent makeError(const ApiError &error);

    /// A one-line description for test diffs and logs.
    QString debugString() const;
};

} // namespace clawdesk
