#include "openclawinstall.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>

namespace clawdesk {

namespace {

const QString kBinaryOverride = QStringLiteral("CLAWDESK_OPENCLAW_BIN");
// A cold Node 24 start on a busy machine can take tens of seconds; a hung one must not hang us.
constexpr int kVersionTimeoutMs = 90000;

bool isExecutableFile(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}

QString locate(const Environment &env)
{
    if (env.contains(kBinaryOverride)) {
        const QString path = env.value(kBinaryOverride).trimmed();
        return isExecutableFile(path) ? path : QString();
    }
    for (const QString &dir : env.value(QStringLiteral("PATH")).split(QLatin1Char(':'), Qt::SkipEmptyParts)) {
        const QString candidate = QDir(dir).filePath(QStringLiteral("openclaw"));
        if (isExecutableFile(candidate))
            return candidate;
    }
    return {};
}

/// npm installs the package with its manifest beside (or one level above) the entry script.
QString versionFromManifest(const QString &resolved)
{
    QDir dir = QFileInfo(resolved).absoluteDir();
    for (int level = 0; level < 2; ++level) {
        QFile manifest(dir.filePath(QStringLiteral("package.json")));
        if (manifest.open(QIODevice::ReadOnly)) {
            const QJsonObject json = QJsonDocument::fromJson(manifest.readAll()).object();
            if (json.value(u"name").toString() == u"openclaw")
                return json.value(u"version").toString();
        }
        if (!dir.cdUp())
            break;
    }
    return {};
}

QString fingerprint(const QFileInfo &info)
{
    return QStringLiteral("%1:%2").arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch());
}

QJsonObject readCache(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void writeCache(const QString &path, const QJsonObject &cache)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile::setPermissions(QFileInfo(path).absolutePath(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return; // a cache that cannot be written only costs time next run
    file.write(QJsonDocument(cache).toJson(QJsonDocument::Compact));
    file.commit();
}

QString runVersion(const QString &binary, const Environment &env)
{
    QProcess process;
    QProcessEnvironment processEnv;
    for (auto it = env.begin(); it != env.end(); ++it)
        processEnv.insert(it.key(), it.value());
    process.setProcessEnvironment(processEnv);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(binary, {QStringLiteral("--version")});
    if (!process.waitForFinished(kVersionTimeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return {};
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {};
    return OpenClawInstall::versionFromOutput(QString::fromUtf8(process.readAll()));
}

} // namespace

QString OpenClawInstall::versionFromOutput(const QString &output)
{
    static const QRegularExpression release(QStringLiteral("\\b(\\d{4}\\.\\d{1,2}\\.\\d{1,3})\\b"));
    return release.match(output).captured(1);
}

QString OpenClawInstall::cachePath(const Environment &env, const QString &homeDir)
{
    QString base = env.value(QStringLiteral("XDG_CACHE_HOME")).trimmed();
    if (base.isEmpty())
        base = homeDir + QStringLiteral("/.cache");
    return base + QStringLiteral("/ClawDesk/openclaw-version.json");
}

std::optional<OpenClawInstall> OpenClawInstall::find(const Environment &env, const QString &homeDir)
{
    const QString binary = locate(env);
    if (binary.isEmpty())
        return std::nullopt;
    const QFileInfo resolved(QFileInfo(binary).canonicalFilePath());
    OpenClawInstall install;
    install.binary = resolved.filePath();
    install.version = versionFromManifest(install.binary);
    if (!install.version.isEmpty())
        return install;

    const QString cacheFile = cachePath(env, homeDir);
    QJsonObject cache = readCache(cacheFile);
    const QJsonObject entry = cache.value(install.binary).toObject();
    if (entry.value(u"fingerprint").toString() == fingerprint(resolved)) {
        install.version = entry.value(u"version").toString();
        if (!install.version.isEmpty())
            return install;
    }
    install.version = runVersion(binary, env);
    if (install.version.isEmpty())
        return std::nullopt;
    cache.insert(install.binary, QJsonObject{{QStringLiteral("fingerprint"), fingerprint(resolved)},
                                             {QStringLiteral("version"), install.version}});
    writeCache(cacheFile, cache);
    return install;
}

} // namespace clawdesk
