#pragma once

#include <QString>

namespace clawdesk {

/// @brief An exclusive advisory lock (flock) on the side file `.clawdesk-<name>.lock` beside
/// <path> (never `<name>.lock`, which is OpenClaw's own lock file), held for one
/// read-modify-write of <path>.
///
/// Every ClawDesk process (CLI, desktop app, gateway) takes it before it reads a file it is about
/// to change and keeps it until the new file is in place, so two edits never start from the same
/// old text. The lock belongs to the open file, so two threads of one process exclude each other
/// too; it is released when the object is destroyed or the process dies (even by kill -9).
class FileLock
{
public:
    static constexpr int DefaultTimeoutMs = 20000;

    /// Waits up to @p timeoutMs for the lock.
    explicit FileLock(const QString &path, int timeoutMs = DefaultTimeoutMs);
    ~FileLock();
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;

    bool isLocked() const { return m_fd >= 0; }
    /// True when the lock could not be taken because the folder is not writable (read-only
    /// media, foreign folder): nobody can write the file there either, so callers go ahead and
    /// let the write report the real problem.
    bool unavailable() const { return m_unavailable; }
    /// Why the lock was not taken ("… is locked by another process"), empty when locked.
    const QString &error() const { return m_error; }

    static QString lockPathFor(const QString &path);

private:
    int m_fd = -1;
    bool m_unavailable = false;
    QString m_error;
};

} // namespace clawdesk
