#include "filelock.h"

#include "atomicfile.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace clawdesk {

QString FileLock::lockPathFor(const QString &path)
{
    // Not `<path>.lock`: OpenClaw locks its files with exactly that sidecar, and a leftover one of
    // ours makes every later OpenClaw write of the file time out ("file lock timeout").
    const QFileInfo file(path);
    return file.absoluteDir().filePath(QStringLiteral(".clawdesk-") + file.fileName() +
                                       QStringLiteral(".lock"));
}

FileLock::FileLock(const QString &path, int timeoutMs)
{
    const QString lockPath = lockPathFor(path);
    QString dirError;
    if (!makePrivateDirs(QFileInfo(lockPath).absolutePath(), &dirError)) {
        m_unavailable = true;
        m_error = dirError;
        return;
    }
    const QByteArray encoded = QFile::encodeName(lockPath);
    int fd = ::open(encoded.constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0 && (errno == EACCES || errno == EROFS || errno == EPERM))
        fd = ::open(encoded.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW); // flock needs no write access
    if (fd < 0) {
        m_unavailable = errno == EACCES || errno == EROFS || errno == EPERM;
        m_error = QStringLiteral("Cannot open the lock file %1: %2")
                      .arg(displayPath(lockPath), QString::fromLocal8Bit(std::strerror(errno)));
        return;
    }
    const QDeadlineTimer deadline(timeoutMs);
    int pauseMs = 2;
    while (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int err = errno;
        if (err == EINTR)
            continue;
        if (err != EWOULDBLOCK || deadline.hasExpired()) {
            m_error =
                err == EWOULDBLOCK
                    ? QStringLiteral("%1 is being changed by another process (locked for more than %2 s)")
                          .arg(displayPath(path))
                          .arg(timeoutMs / 1000)
                    : QStringLiteral("Cannot lock %1: %2")
                          .arg(displayPath(lockPath), QString::fromLocal8Bit(std::strerror(err)));
            ::close(fd);
            return;
        }
        QThread::msleep(pauseMs);
        pauseMs = qMin(pauseMs * 2, 50);
    }
    m_fd = fd;
}

FileLock::~FileLock()
{
    if (m_fd >= 0)
        ::close(m_fd); // closing the only descriptor releases the lock
}

} // namespace clawdesk
