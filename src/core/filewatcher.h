#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace clawdesk {

/// @brief Watches a few files (openclaw.json, auth-profiles.json) and reports, debounced, that
/// one of them may have changed. The one file watcher of the desktop app and the gateway.
///
/// Editors, ConfigWriter and OpenClaw save atomically (write a temporary file, rename it over the
/// old one), which drops the file from a QFileSystemWatcher; watching each file's folder too
/// catches the rename, after which the new file is watched again. A file that does not exist yet
/// is picked up when it appears.
class FileWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultDebounceMs = 200;

    explicit FileWatcher(QObject *parent = nullptr);

    void setPaths(const QStringList &files);
    const QStringList &paths() const { return m_files; }
    void setDebounceMs(int ms) { m_debounce.setInterval(ms); }
    /// Watches every file and folder again (new inodes after a rename); changed() does this itself.
    void rewatch();

signals:
    /// Something in a watched file or its folder changed; readers compare content themselves.
    void changed();

private:
    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
    QStringList m_files;
};

} // namespace clawdesk
