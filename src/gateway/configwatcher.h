#pragma once

#include "configpaths.h"
#include "configsnapshot.h"
#include "environment.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace clawdesk {

/// @brief Follows openclaw.json live: watches the file and its directory (editors replace files),
/// debounces, reloads, and keeps the last good snapshot when an edit does not parse.
class ConfigWatcher : public QObject
{
    Q_OBJECT
public:
    ConfigWatcher(const ConfigPaths &paths, const Environment &env, QObject *parent = nullptr);

    /// Loads the config now (the first load also starts watching).
    void reload();
    ConfigSnapshotPtr snapshot() const { return m_snapshot; }
    QString problem() const { return m_problem; }
    void setDebounceMs(int ms) { m_debounce.setInterval(ms); }

signals:
    void snapshotChanged(const clawdesk::ConfigSnapshotPtr &snapshot);
    /// "file:line:column: message" when the file stopped parsing; empty when it parses again.
    void configProblem(const QString &fileLineColumnMessage);

private:
    void rewatch();

    ConfigPaths m_paths;
    Environment m_env;
    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
    ConfigSnapshotPtr m_snapshot;
    QByteArray m_lastBytes;
    QByteArray m_lastProfileBytes;
    QString m_problem;
    bool m_loadedOnce = false;
};

} // namespace clawdesk
