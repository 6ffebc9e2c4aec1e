#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace clawdesk {

/// @brief What a running headless gateway tells `gateway status/stop/restart` about itself.
struct GatewayState
{
    qint64 pid = 0;
    quint16 port = 0;
    QString model; ///< primary model at start
    QDateTime startedAt;
};

/// @brief The small JSON state file of a headless gateway in ClawDesk's state dir.
class GatewayStateFile
{
public:
    /// $XDG_STATE_HOME/ClawDesk/gateway.json (default ~/.local/state/ClawDesk/gateway.json).
    static QString defaultPath();
    static bool write(const QString &path, const GatewayState &state, QString *error = nullptr);
    static std::optional<GatewayState> read(const QString &path);
    /// Removes the file only if it still names @p pid (a second instance must not remove the first's).
    static void removeIfOwned(const QString &path, qint64 pid);
    static bool isProcessAlive(qint64 pid);
};

} // namespace clawdesk
