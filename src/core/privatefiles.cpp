#include "privatefiles.h"

#include "atomicfile.h"

#include <QFile>

#include <sys/stat.h>

namespace clawdesk {

namespace {

/// Makes @p path owner-only if it exists and gives anything to group or others.
QString tighten(const QString &path, mode_t wanted)
{
    const QByteArray encoded = QFile::encodeName(path);
    struct stat info = {};
    if (path.isEmpty() || ::lstat(encoded.constData(), &info) != 0 || S_ISLNK(info.st_mode))
        return {};
    const mode_t mode = info.st_mode & 07777;
    if ((mode & 077) == 0)
        return {};
    const QString before = QStringLiteral("%1").arg(uint(mode), 4, 8, QLatin1Char('0'));
    const QString after = QStringLiteral("%1").arg(uint(wanted), 4, 8, QLatin1Char('0'));
    if (::chmod(encoded.constData(), wanted) != 0)
        return QStringLiteral("%1 is readable by other users (%2) and could not be made private")
            .arg(displayPath(path), before);
    return QStringLiteral("%1 was readable by other users (%2); now %3")
        .arg(displayPath(path), before, after);
}

} // namespace

void PrivateFiles::restrictNewFiles()
{
    ::umask(077);
}

QStringList PrivateFiles::repair(const QStringList &files, const QStringList &folders)
{
    QStringList repairs;
    for (const QString &folder : folders) {
        if (const QString line = tighten(folder, 0700); !line.isEmpty())
            repairs.append(line);
    }
    for (const QString &file : files) {
        if (const QString line = tighten(file, 0600); !line.isEmpty())
            repairs.append(line);
    }
    return repairs;
}

} // namespace clawdesk
