#include "gatewaystatefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cerrno>
#include <signal.h>

namespace clawdesk {

QString GatewayStateFile::defaultPath()
{
    QString base = qEnvironmentVariable("XDG_STATE_HOME");
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/state");
    return base + QStringLiteral("/ClawDesk/gateway.json");
}

bool GatewayStateFile::write(const QString &path, const GatewayState &state, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const QJsonObject object{{QStringLiteral("pid"), state.pid},
                             {QStringLiteral("port"), int(state.port)},
                             {QStringLiteral("model"), state.model},
                             {QStringLiteral("startedAt"), state.startedAt.toString(Qt::ISODate)}};
    file.write(QJsonDocument(object).toJson());
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

std::optional<GatewayState> GatewayStateFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    if (object.isEmpty())
        return std::nullopt;
    GatewayState state;
    state.pid = qint64(object.value(QStringLiteral("pid")).toDouble());
    state.port = quint16(object.value(QStringLiteral("port")).toInt());
    state.model = object.value(QStringLiteral("model")).toString();
    state.startedAt =
        QDateTime::fromString(object.value(QStringLiteral("startedAt")).toString(), Qt::ISODate);
    return state;
}

void GatewayStateFile::removeIfOwned(const QString &path, qint64 pid)
{
    const auto state = read(path);
    if (state && state->pid == pid)
        QFile::remove(path);
}

bool GatewayStateFile::isProcessAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    if (::kill(pid_t(pid), 0) != 0 && errno != EPERM)
        return false;
    // A zombie (exited, not yet reaped by its parent) is not a running gateway.
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray line = stat.readAll();
        const qsizetype close = line.lastIndexOf(')');
        if (close >= 0 && close + 2 < line.size() && line.at(close + 2) == 'Z')
            return false;
    }
    return true;
}

} // namespace clawdesk
