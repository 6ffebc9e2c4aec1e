#pragma once

#include <QByteArray>
#include <QString>

namespace clawdesk {

/// @brief Replaces a file so that readers see the old or the new content, never a torn one: the
/// data goes to a temporary file (created 0600) in the same folder, is flushed to disk, and only
/// commit() renames it over the target. Until then the old file is untouched, so a caller can do
/// work that must follow a *successful* write (rotating backups) between write() and commit().
/// A temporary file that is never committed is removed.
class AtomicFile
{
public:
    explicit AtomicFile(const QString &path);
    ~AtomicFile();
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;

    /// Creates missing parent folders (0700), writes and flushes the temporary file.
    bool write(const QByteArray &data, QString *error);
    /// Renames the temporary file over the target and flushes the folder entry.
    bool commit(QString *error);

private:
    void discard();

    QString m_path;
    QByteArray m_tempPath; ///< encoded; empty when there is no temporary file
};

/// write() + commit() in one step.
bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error);

/// Creates @p dir and missing parents with mode 0700 (existing folders keep their mode).
bool makePrivateDirs(const QString &dir, QString *error);

/// @p path with the home folder shown as "~", for the UI.
QString displayPath(const QString &path);

} // namespace clawdesk
