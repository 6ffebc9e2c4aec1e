#include "configwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace clawdesk {

namespace {

QString backupName(const QString &path, int index)
{
    return index == 0 ? path + QStringLiteral(".bak") : path + QStringLiteral(".bak.%1").arg(index);
}

constexpr QFile::Permissions OwnerOnlyFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions OwnerOnlyDir = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

} // namespace

void ConfigWriter::rotateBackups(const QString &path)
{
    QFile::remove(backupName(path, BackupCount - 1));
    for (int i = BackupCount - 2; i >= 0; --i) {
        if (QFile::exists(backupName(path, i)))
            QFile::rename(backupName(path, i), backupName(path, i + 1));
    }
    if (QFile::copy(path, backupName(path, 0)))
        QFile::setPermissions(backupName(path, 0), OwnerOnlyFile);
}

ConfigWriter::Outcome ConfigWriter::save(const QString &path, const QByteArray &expected, bool existed,
                                         const QByteArray &content)
{
    const QFileInfo info(path);
    QFile current(path);
    const bool existsNow = current.exists();
    if (existsNow != existed)
        return {Status::ChangedOnDisk,
                QStringLiteral("%1 was %2 since it was read")
                    .arg(path, existed ? QStringLiteral("deleted") : QStringLiteral("created"))};
    if (existsNow) {
        if (!current.open(QIODevice::ReadOnly))
            return {Status::Failed, QStringLiteral("cannot read %1: %2").arg(path, current.errorString())};
        if (current.readAll() != expected)
            return {Status::ChangedOnDisk, QStringLiteral("%1 changed on disk since it was read").arg(path)};
        current.close();
        if (content == expected)
            return {Status::Unchanged, {}};
    }

    const QString dir = info.absolutePath();
    if (!QFileInfo::exists(dir)) {
        if (!QDir().mkpath(dir))
            return {Status::Failed, QStringLiteral("cannot create directory %1").arg(dir)};
        QFile::setPermissions(dir, OwnerOnlyDir);
    }
    if (existsNow)
        rotateBackups(path);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {Status::Failed, QStringLiteral("cannot write %1: %2").arg(path, file.errorString())};
    file.setPermissions(OwnerOnlyFile);
    if (file.write(content) != content.size() || !file.commit()) // commit() fsyncs, then renames
        return {Status::Failed, QStringLiteral("cannot write %1: %2").arg(path, file.errorString())};
    QFile::setPermissions(path, OwnerOnlyFile);
    return {Status::Saved, {}};
}

} // namespace clawdesk
