#include "autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace clawdesk {

Autostart::Autostart(const QString &configHome, const QString &executable)
    : m_configHome(configHome)
    , m_executable(executable)
{
    if (m_configHome.isEmpty())
        m_configHome = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    if (m_executable.isEmpty())
        m_executable = QCoreApplication::applicationFilePath();
}

QString Autostart::filePath() const
{
    return m_configHome + QStringLiteral("/autostart/io.clawdesk.ClawDesk.desktop");
}

bool Autostart::isEnabled() const
{
    return QFile::exists(filePath());
}

QString Autostart::desktopEntry() const
{
    QString exec = m_executable;
    if (exec.contains(QLatin1Char(' ')))
        exec = QLatin1Char('"') + exec + QLatin1Char('"');
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=ClawDesk\n"
                          "Comment=Model gateway and settings for OpenClaw\n"
                          "Exec=%1 --minimized\n"
                          "Icon=io.clawdesk.ClawDesk\n"
                          "Terminal=false\n"
                          "X-GNOME-Autostart-enabled=true\n")
        .arg(exec);
}

bool Autostart::setEnabled(bool enabled, QString *error)
{
    if (!enabled) {
        if (!QFile::exists(filePath()) || QFile::remove(filePath()))
            return true;
        if (error)
            *error = QCoreApplication::translate("clawdesk::Autostart", "Cannot remove %1").arg(filePath());
        return false;
    }
    QDir().mkpath(m_configHome + QStringLiteral("/autostart"));
    QSaveFile file(filePath());
    if (file.open(QIODevice::WriteOnly)) {
        file.write(desktopEntry().toUtf8());
        if (file.commit())
            return true;
    }
    if (error)
        *error = QCoreApplication::translate("clawdesk::Autostart", "Cannot write %1: %2")
                     .arg(filePath(), file.errorString());
    return false;
}

} // namespace clawdesk
