#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace clawdesk {

/// @brief Watches one file and its folder and reports (debounced) that it may have changed.
///
/// Editors and ConfigWriter save atomically (write a temp file, rename over the old one), which
/// drops the file from a QFileSystemWatcher; watching the folder too catches the rename, after
/// which the file is watched again.
class ConfigFileWatcher : public QObject
{
    Q_OBJECT
public:
    explicit ConfigFileWatcher(QObject *parent = nullptr);

    void setPath(const QString &path);
    QString path() const { return m_path; }

signals:
    void changed();

private:
    void rewatch();

    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
    QString m_path;
};

} // namespace clawdesk
