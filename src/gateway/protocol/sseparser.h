#pragma once

#include <QByteArray>
#include <QList>

namespace clawdesk {

/// @brief One dispatched Server-Sent Event.
struct SseEvent
{
    QByteArray event; ///< empty when no "event:" field was given
    QByteArray data;  ///< "data:" lines joined with '\n'
    QByteArray id;
    bool operator==(const SseEvent &) const = default;
};

/// @brief Incremental SSE parser (WHATWG rules): bytes may arrive in any split, lines end in
/// "\r\n", "\r" or "\n", comments are skipped, multi-line data is joined.
class SseParser
{
public:
    QList<SseEvent> feed(const QByteArray &bytes);
    /// End of input: an unterminated last line is processed and a pending event dispatched if
    /// `dispatchPending` (WHATWG's SSE rules discard it; lenient upstreams omit the final blank line).
    QList<SseEvent> finish(bool dispatchPending = true);
    /// True if bytes of an event that was not yet dispatched are buffered.
    bool hasPending() const;
    QByteArray lastEventId() const { return m_lastId; }

private:
    void processLine(const QByteArray &line, QList<SseEvent> *out);

    QByteArray m_line;
    QByteArray m_event;
    QByteArray m_data;
    QByteArray m_lastId;
    bool m_hasData = false;
    bool m_sawEventField = false;
    bool m_lastWasCR = false;
    bool m_started = false; ///< BOM check done
};

/// SSE framing helpers for writers.
namespace sse {
/// "event: <name>\ndata: <line>\n…\n\n" (no event line when name is empty).
QByteArray event(const QByteArray &name, const QByteArray &data);
QByteArray data(const QByteArray &data);
QByteArray comment(const QByteArray &text);
} // namespace sse

} // namespace clawdesk
