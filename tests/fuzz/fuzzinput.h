#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace clawdesk::fuzz {

/// @brief Reads the fuzzer's bytes as a small program: numbers that steer a target (chunk sizes,
/// which edit to make), then the payload.
class FuzzInput
{
public:
    FuzzInput(const uint8_t *data, size_t size)
        : m_data(reinterpret_cast<const char *>(data))
        , m_size(qsizetype(size))
    {}

    /// The next byte, 0 when exhausted.
    uint8_t byte() { return m_pos < m_size ? uint8_t(m_data[m_pos++]) : 0; }
    /// Up to @p n bytes.
    QByteArray take(qsizetype n)
    {
        n = qMin(n, m_size - m_pos);
        const QByteArray out(m_data + m_pos, n);
        m_pos += n;
        return out;
    }
    QByteArray rest() { return take(m_size - m_pos); }
    bool empty() const { return m_pos >= m_size; }

private:
    const char *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
};

} // namespace clawdesk::fuzz
