#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace clawdesk {

/// @brief What ClawDesk keeps about a tool file it connected, so `--undo` can put back the exact
/// bytes: the file's original content (or that there was none) and mode. Kept in ClawDesk's state
/// folder (`$XDG_STATE_HOME/ClawDesk/connect/<tool>.json`, 0600 in a 0700 folder): the original may
/// hold the user's secrets.
struct ConnectRecord
{
    QString path;         ///< the tool's file
    bool existed = false; ///< false: undo removes the file
    int mode = 0600;      ///< permission bits of the original
    QByteArray original;  ///< the bytes before the first connect

    /// `$XDG_STATE_HOME/ClawDesk/connect` (default `~/.local/state/ClawDesk/connect`).
    static QString folder(const QString &xdgStateHome, const QString &homeDir);
    static QString fileFor(const QString &folder, const QString &toolId);

    static std::optional<ConnectRecord> read(const QString &file);
    bool write(const QString &file, QString *error) const;
};

} // namespace clawdesk
