#include "sseparser.h"

namespace clawdesk {

QList<SseEvent> SseParser::feed(const QByteArray &bytes)
{
    QList<SseEvent> out;
    qsizetype i = 0;
    if (!m_started && !bytes.isEmpty()) {
        // A UTF-8 BOM may only appear at the very start; it can itself be split across feeds.
        const QByteArray probe = m_line + bytes;
        if (probe.size() < 3 && QByteArray("\xEF\xBB\xBF").startsWith(probe)) {
            m_line = probe;
            return out;
        }
        m_started = true;
        if (probe.startsWith("\xEF\xBB\xBF")) {
            i = 3 - m_line.size();
            m_line.clear();
        }
    }
    for (; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c == '\n') {
            if (m_lastWasCR) {
                m_lastWasCR = false; // second half of "\r\n"
                continue;
            }
            processLine(m_line, &out);
            m_line.clear();
        } else if (c == '\r') {
            m_lastWasCR = true;
            processLine(m_line, &out);
            m_line.clear();
        } else {
            m_lastWasCR = false;
            m_line.append(c);
        }
    }
    return out;
}

QList<SseEvent> SseParser::finish(bool dispatchPending)
{
    QList<SseEvent> out;
    if (!m_line.isEmpty()) {
        processLine(m_line, &out);
        m_line.clear();
    }
    if (dispatchPending && m_hasData)
        processLine(QByteArray(), &out);
    m_data.clear();
    m_event.clear();
    m_hasData = false;
    m_sawEventField = false;
    return out;
}

bool SseParser::hasPending() const
{
    return !m_line.isEmpty() || m_hasData || m_sawEventField;
}

void SseParser::processLine(const QByteArray &line, QList<SseEvent> *out)
{
    if (line.isEmpty()) {
        if (m_hasData) {
            out->append(SseEvent{m_event, m_data, m_lastId});
        }
        m_event.clear();
        m_data.clear();
        m_hasData = false;
        m_sawEventField = false;
        return;
    }
    if (line.startsWith(':'))
        return; // comment (keep-alive)
    const qsizetype colon = line.indexOf(':');
    QByteArray field = colon < 0 ? line : line.left(colon);
    QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
    if (value.startsWith(' '))
        value.remove(0, 1);
    if (field == "event") {
        m_event = value;
        m_sawEventField = true;
    } else if (field == "data") {
        if (m_hasData)
            m_data.append('\n');
        m_data.append(value);
        m_hasData = true;
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_lastId = value;
    }
    // "retry" and unknown fields are ignored.
}

namespace sse {

QByteArray event(const QByteArray &name, const QByteArray &payload)
{
    QByteArray out;
    if (!name.isEmpty())
        out += "event: " + name + '\n';
    out += data(payload);
    return out;
}

QByteArray data(const QByteArray &payload)
{
    QByteArray out;
    // Every line of the payload needs its own "data:" prefix.
    for (const QByteArray &line : payload.split('\n'))
        out += "data: " + line + '\n';
    out += '\n';
    return out;
}

QByteArray comment(const QByteArray &text)
{
    return ": " + text + "\n\n";
}

} // namespace sse
} // namespace clawdesk
