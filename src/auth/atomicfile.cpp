#include "atomicfile.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace clawdesk {

namespace {
QString errnoText(const QString &what, const QString &path)
{
    return QStringLiteral("%1 %2: %3")
        .arg(what, displayPath(path), QString::fromLocal8Bit(std::strerror(errno)));
}
} // namespace

bool makePrivateDirs(const QString &dir, QString *error)
{
    const QString clean = QDir::cleanPath(QDir(dir).absolutePath());
    if (QFileInfo(clean).isDir())
        return true;
    const QString parent = QFileInfo(clean).path();
    if (parent != clean && !makePrivateDirs(parent, error))
        return false;
    if (::mkdir(QFile::encodeName(clean).constData(), 0700) != 0 && errno != EEXIST) {
        if (error)
            *error = errnoText(QStringLiteral("Cannot create folder"), clean);
        return false;
    }
    return true;
}

bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error)
{
    const QFileInfo info(path);
    if (!makePrivateDirs(info.absolutePath(), error))
        return false;
    QByteArray tmpl = QFile::encodeName(info.absoluteFilePath() + QStringLiteral(".tmp-XXXXXX"));
    const int fd = ::mkstemp(tmpl.data()); // mkstemp creates the file with mode 0600
    if (fd < 0) {
        if (error)
            *error = errnoText(QStringLiteral("Cannot create a temporary file next to"), path);
        return false;
    }
    const QString tmpPath = QFile::decodeName(tmpl);
    auto failWith = [&](const QString &what) {
        if (error)
            *error = errnoText(what, path);
        ::close(fd);
        ::unlink(tmpl.constData());
        return false;
    };
    qsizetype written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + written, static_cast<size_t>(data.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return failWith(QStringLiteral("Cannot write"));
        written += n;
    }
    if (::fchmod(fd, 0600) != 0)
        return failWith(QStringLiteral("Cannot set permissions of"));
    if (::fsync(fd) != 0)
        return failWith(QStringLiteral("Cannot flush"));
    if (::close(fd) != 0) {
        ::unlink(tmpl.constData());
        if (error)
            *error = errnoText(QStringLiteral("Cannot close"), tmpPath);
        return false;
    }
    if (::rename(tmpl.constData(), QFile::encodeName(info.absoluteFilePath()).constData()) != 0) {
        ::unlink(tmpl.constData());
        if (error)
            *error = errnoText(QStringLiteral("Cannot replace"), path);
        return false;
    }
    // Make the rename itself durable.
    const int dirFd = ::open(QFile::encodeName(info.absolutePath()).constData(), O_RDONLY | O_DIRECTORY);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return true;
}

QString displayPath(const QString &path)
{
    const QString home = QDir::homePath();
    if (!home.isEmpty() && home != QLatin1String("/") && path.startsWith(home + QLatin1Char('/')))
        return QStringLiteral("~") + path.mid(home.size());
    return path;
}

} // namespace clawdesk
