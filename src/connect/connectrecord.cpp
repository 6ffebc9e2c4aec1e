#include "connectrecord.h"

#include "atomicfile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace clawdesk {

QString ConnectRecord::folder(const QString &xdgStateHome, const QString &homeDir)
{
    const QString base = xdgStateHome.isEmpty() ? homeDir + QStringLiteral("/.local/state") : xdgStateHome;
    return base + QStringLiteral("/ClawDesk/connect");
}

QString ConnectRecord::fileFor(const QString &folder, const QString &toolId)
{
    return folder + QLatin1Char('/') + toolId + QStringLiteral(".json");
}

std::optional<ConnectRecord> ConnectRecord::read(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(in.readAll()).object();
    if (!object.value(QStringLiteral("path")).isString())
        return std::nullopt;
    ConnectRecord record;
    record.path = object.value(QStringLiteral("path")).toString();
    record.existed = object.value(QStringLiteral("existed")).toBool();
    record.mode = object.value(QStringLiteral("mode")).toInt(0600);
    record.original = QByteArray::fromBase64(object.value(QStringLiteral("original")).toString().toLatin1());
    return record;
}

bool ConnectRecord::write(const QString &file, QString *error) const
{
    const QJsonObject object{{QStringLiteral("path"), path},
                             {QStringLiteral("existed"), existed},
                             {QStringLiteral("mode"), mode},
                             {QStringLiteral("original"), QString::fromLatin1(original.toBase64())}};
    return writeFileAtomically(file, QJsonDocument(object).toJson(QJsonDocument::Indented), error);
}

} // namespace clawdesk
