#include "filewatcher.h"

#include <QFileInfo>

namespace clawdesk {

FileWatcher::FileWatcher(QObject *parent)
    : QObject(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DefaultDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        rewatch();
        emit changed();
    });
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_debounce, qOverload<>(&QTimer::start));
}

void FileWatcher::setPaths(const QStringList &files)
{
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_files = files;
    rewatch();
}

void FileWatcher::rewatch()
{
    for (const QString &file : std::as_const(m_files)) {
        const QFileInfo info(file);
        if (info.exists() && !m_watcher.files().contains(file))
            m_watcher.addPath(file);
        const QString dir = info.absolutePath();
        if (QFileInfo(dir).isDir() && !m_watcher.directories().contains(dir))
            m_watcher.addPath(dir);
    }
}

} // namespace clawdesk
