#pragma once

#include "streamevent.h"

#include <QHash>

namespace clawdesk {

/// @brief Folds internal stream events into a ChatResponse (serve a non-streaming client from
/// a streaming upstream).
class StreamAccumulator
{
public:
    void add(const StreamEvent &event);
    void addAll(const QList<StreamEvent> &events);

    bool isStarted() const { return m_started; }
    bool isComplete() const { return m_complete; } ///< MessageStop seen
    bool hasError() const { return m_hasError; }
    ApiError error() const { return m_error; }
    /// The response so far; tool arguments are parsed into `input` here.
    ChatResponse response() const;

private:
    ChatResponse m_response;
    QHash<int, qsizetype> m_positions; ///< event block index → position in content
    bool m_started = false;
    bool m_complete = false;
    bool m_hasError = false;
    ApiError m_error;
};

/// A synthetic event list for a complete response (serve a streaming client from a
/// non-streaming upstream): each block's text or arguments in one delta.
QList<StreamEvent> responseToEvents(const ChatResponse &response);

} // namespace clawdesk
