#pragma once

#include <QStringList>

namespace clawdesk {

/// @brief Files with secrets or usage (ClawDesk's settings with the gateway token, the usage
/// database and its -wal/-shm side files, gateway.json) are readable by their owner only: mode
/// 0600 in a 0700 folder.
class PrivateFiles
{
public:
    /// Sets the process umask to 077, so every file and folder ClawDesk creates from now on (by
    /// QSettings, SQLite, the gateway) starts owner-only.
    static void restrictNewFiles();

    /// Repairs what an older version or another program left open: each existing file in
    /// @p files becomes 0600 and each existing folder in @p folders 0700. Returns one line per
    /// repair ("~/.config/ClawDesk/ClawDesk.conf was readable by other users (0644); now 0600").
    static QStringList repair(const QStringList &files, const QStringList &folders);
};

} // namespace clawdesk
