#include "regularfile.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace clawdesk {

RegularFile RegularFile::read(const QString &path, qint64 maxBytes)
{
    RegularFile file;
    const auto fail = [&](const QString &why) {
        file.m_error = QStringLiteral("cannot read %1: %2").arg(path, why);
        return file;
    };
    // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused just below.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        file.m_exists = errno != ENOENT && errno != ENOTDIR;
        return fail(QString::fromLocal8Bit(std::strerror(errno)));
    }
    file.m_exists = true;
    struct stat info = {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        return fail(QStringLiteral("not a regular file"));
    }
    const auto tooLarge = [&] {
        ::close(fd);
        return fail(QStringLiteral("larger than %1 MB").arg(maxBytes / (1024 * 1024)));
    };
    if (info.st_size > maxBytes)
        return tooLarge();
    // The size may change while reading: never take more than the limit allows.
    QByteArray bytes;
    bytes.resize(qsizetype(info.st_size) + 1);
    qsizetype filled = 0;
    for (;;) {
        if (filled == bytes.size()) {
            if (filled > maxBytes)
                return tooLarge();
            bytes.resize(qMin<qsizetype>(bytes.size() * 2, maxBytes + 1));
        }
        const ssize_t n = ::read(fd, bytes.data() + filled, size_t(bytes.size() - filled));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const QString why = QString::fromLocal8Bit(std::strerror(errno));
            ::close(fd);
            return fail(why);
        }
        if (n == 0)
            break;
        filled += n;
    }
    ::close(fd);
    if (filled > maxBytes)
        return fail(QStringLiteral("larger than %1 MB").arg(maxBytes / (1024 * 1024)));
    bytes.resize(filled);
    file.m_bytes = bytes;
    file.m_ok = true;
    return file;
}

} // namespace clawdesk
