#pragma once

#include <QString>

namespace clawdesk {

/// @brief The XDG autostart entry (`~/.config/autostart/clawdesk.desktop`) that starts ClawDesk
/// minimized at login.
class Autostart
{
public:
    /// `configHome` empty: $XDG_CONFIG_HOME or ~/.config.
    explicit Autostart(const QString &configHome = QString(), const QString &executable = QString());

    QString filePath() const;
    bool isEnabled() const;
    bool setEnabled(bool enabled, QString *error = nullptr);
    /// The file's text for the executable.
    QString desktopEntry() const;

private:
    QString m_configHome;
    QString m_executable;
};

} // namespace clawdesk
