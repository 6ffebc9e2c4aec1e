#pragma once

#include "configpaths.h"
#include "configsnapshot.h"
#include "environment.h"
#include "filewatcher.h"

#include <QObject>

namespace clawdesk {

/// @brief Follows openclaw.json and auth-profiles.json live (through the shared FileWatcher),
/// reloads, and keeps the last good snapshot when an edit does not parse.
class ConfigWatcher : public QObject
{
    Q_OBJECT
public:
    ConfigWatcher(const ConfigPaths &paths, const Environment &env, QObject *parent = nullptr);

    /// Loads the config now (the first load also starts watching).
    void reload();
    ConfigSnapshotPtr snapshot() const { return m_snapshot; }
    QString problem() const { return m_problem; }
    void setDebounceMs(int ms) { m_watcher.setDebounceMs(ms); }

signals:
    void snapshotChanged(const clawdesk::ConfigSnapshotPtr &snapshot);
    /// "file:line:column: message" when the file stopped parsing; empty when it parses again.
    void configProblem(const QString &fileLineColumnMessage);

private:
    ConfigPaths m_paths;
    Environment m_env;
    FileWatcher m_watcher;
    ConfigSnapshotPtr m_snapshot;
    QByteArray m_lastBytes;
    QByteArray m_lastProfileBytes;
    QString m_problem;
    bool m_loadedOnce = false;
};

} // namespace clawdesk
