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

AtomicFile::AtomicFile(const QString &path)
    : m_path(QFileInfo(path).absoluteFilePath())
{}

AtomicFile::~AtomicFile()
{
    discard();
}

void AtomicFile::discard()
{
    if (!m_tempPath.isEmpty())
        ::unlink(m_tempPath.constData());
    m_tempPath.clear();
}

bool AtomicFile::write(const QByteArray &data, QString *error)
{
    discard();
    if (!makePrivateDirs(QFileInfo(m_path).absolutePath(), error))
        return false;
    QByteArray tmpl = QFile::encodeName(m_path + QStringLiteral(".tmp-XXXXXX"));
    const int fd = ::mkostemp(tmpl.data(), O_CLOEXEC); // created with mode 0600
    if (fd < 0) {
        if (error)
            *error = errnoText(QStringLiteral("Cannot create a temporary file next to"), m_path);
        return false;
    }
    m_tempPath = tmpl;
    auto failWith = [&](const QString &what) {
        if (error)
            *error = errnoText(what, m_path);
        ::close(fd);
        discard();
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
        if (error)
            *error = errnoText(QStringLiteral("Cannot close"), QFile::decodeName(m_tempPath));
        discard();
        return false;
    }
    return true;
}

bool AtomicFile::commit(QString *error)
{
    if (m_tempPath.isEmpty()) {
        if (error)
            *error = QStringLiteral("Nothing written for %1").arg(displayPath(m_path));
        return false;
    }
    if (::rename(m_tempPath.constData(), QFile::encodeName(m_path).constData()) != 0) {
        if (error)
            *error = errnoText(QStringLiteral("Cannot replace"), m_path);
        discard();
        return false;
    }
    m_tempPath.clear();
    // Make the rename itself durable.
    const int dirFd = ::open(QFile::encodeName(QFileInfo(m_path).absolutePath()).constData(),
                             O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return true;
}

bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error)
{
    AtomicFile file(path);
    return file.write(data, error) && file.commit(error);
}

QString displayPath(const QString &path)
{
    const QString home = QDir::homePath();
    if (!home.isEmpty() && home != QLatin1String("/") && path.startsWith(home + QLatin1Char('/')))
        return QStringLiteral("~") + path.mid(home.size());
    return path;
}

} // namespace clawdesk
