#pragma once

#include <QByteArray>
#include <QString>

namespace clawdesk {

/// @brief Reads a file that must be a regular file of bounded size: a FIFO, a device (also behind
/// a symlink, like `/dev/zero`), a folder or an oversized file is refused with a clear message
/// instead of hanging or filling memory. Used for openclaw.json and its `$include` files.
class RegularFile
{
public:
    /// openclaw.json itself; far above any real config.
    static constexpr qint64 MaxConfigBytes = 8LL * 1024 * 1024;
    /// One `$include` file (OpenClaw's own limit).
    static constexpr qint64 MaxIncludeBytes = 2LL * 1024 * 1024;

    static RegularFile read(const QString &path, qint64 maxBytes);

    bool exists() const { return m_exists; }
    bool ok() const { return m_ok; }
    const QByteArray &bytes() const { return m_bytes; }
    /// "cannot read <path>: not a regular file" and the like; never any of the content.
    const QString &error() const { return m_error; }

private:
    bool m_exists = false;
    bool m_ok = false;
    QByteArray m_bytes;
    QString m_error;
};

} // namespace clawdesk
