#include "configwriter.h"

#include "atomicfile.h"
#include "regularfile.h"

#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>
#include <unistd.h>

namespace clawdesk {

QString ConfigWriter::backupName(const QString &path, int index)
{
    return index == 0 ? path + QStringLiteral(".bak") : path + QStringLiteral(".bak.%1").arg(index);
}

void ConfigWriter::rotateBackups(const QString &path, const QByteArray &previous)
{
    QFile::remove(backupName(path, BackupCount - 1));
    for (int i = BackupCount - 2; i >= 0; --i) {
        if (QFile::exists(backupName(path, i)))
            QFile::rename(backupName(path, i), backupName(path, i + 1));
    }
    writeFileAtomically(backupName(path, 0), previous, nullptr);
}

ConfigWriter::Outcome ConfigWriter::save(const QString &path, const QByteArray &expected, bool existed,
                                         const QByteArray &content)
{
    const RegularFile current = RegularFile::read(path, RegularFile::MaxConfigBytes);
    if (current.exists() != existed)
        return {Status::ChangedOnDisk,
                QStringLiteral("%1 was %2 since it was read")
                    .arg(path, existed ? QStringLiteral("deleted") : QStringLiteral("created"))};
    if (current.exists()) {
        if (!current.ok())
            return {Status::Failed, current.error()};
        if (current.bytes() != expected)
            return {Status::ChangedOnDisk, QStringLiteral("%1 changed on disk since it was read").arg(path)};
        if (content == expected)
            return {Status::Unchanged, {}};
        // A config the user made read-only is not replaced behind their back.
        // (root may write anything, so the mode bits count too).
        struct stat info = {};
        if (::access(QFile::encodeName(path).constData(), W_OK) != 0 ||
            (::stat(QFile::encodeName(path).constData(), &info) == 0 &&
             (info.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0))
            return {Status::Failed, QStringLiteral("cannot write %1: the file is read-only").arg(path)};
    }

    AtomicFile file(path);
    QString error;
    if (!file.write(content, &error))
        return {Status::Failed, error};
    if (existed)
        rotateBackups(path, expected);
    if (!file.commit(&error))
        return {Status::Failed, error};
    return {Status::Saved, {}};
}

} // namespace clawdesk
