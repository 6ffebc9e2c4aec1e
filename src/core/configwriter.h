#pragma once

#include <QByteArray>
#include <QString>

namespace clawdesk {

/// @brief Saves openclaw.json safely: only if the file on disk is still what was read, written to
/// a temporary file, flushed and renamed (mode 0600, folder 0700 when created). The backups
/// `.bak` … `.bak.4` move on only once the new content is safely on disk, so a save that fails
/// (read-only file, full disk) leaves the backup history as it was.
///
/// The caller holds the config's FileLock (ConfigStore::edit does), which makes the compare with
/// what was read and the rename one step for every ClawDesk process.
class ConfigWriter
{
public:
    static constexpr int BackupCount = 5; // .bak, .bak.1 … .bak.4

    enum class Status { Saved, Unchanged, ChangedOnDisk, Failed };
    struct Outcome
    {
        Status status = Status::Failed;
        QString error;
    };

    /// `expected` is the file content that was read (empty with `existed` false for a new file).
    static Outcome save(const QString &path, const QByteArray &expected, bool existed,
                        const QByteArray &content);
    static QString backupName(const QString &path, int index);

private:
    /// Shifts `.bak` → `.bak.1` … and stores @p previous (the content being replaced) as `.bak`.
    static void rotateBackups(const QString &path, const QByteArray &previous);
};

} // namespace clawdesk
