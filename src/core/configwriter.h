#pragma once

#include <QByteArray>
#include <QString>

namespace clawdesk {

/// @brief Saves openclaw.json safely: only if the file on disk is still what was read, with
/// `.bak` … `.bak.4` rotation, written to a temporary file, fsync'ed and renamed (mode 0600,
/// directory 0700 when created).
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
    static void rotateBackups(const QString &path);
};

} // namespace clawdesk
