#include "toolconnector.h"

#include "atomicfile.h"
#include "connectrecord.h"
#include "secretmask.h"
#include "textdiff.h"

#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace clawdesk {

namespace {

bool readFile(const QString &path, QByteArray *bytes, int *mode)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    *bytes = file.readAll();
    struct stat info
    {};
    if (mode && ::stat(QFile::encodeName(path).constData(), &info) == 0)
        *mode = int(info.st_mode & 07777);
    return true;
}

} // namespace

ToolConnector::ToolConnector(Environment env, QString homeDir, GatewayEndpoint endpoint)
    : m_env(std::move(env))
    , m_home(std::move(homeDir))
    , m_endpoint(std::move(endpoint))
{}

QString ToolConnector::recordFolder() const
{
    return ConnectRecord::folder(m_env.value(QStringLiteral("XDG_STATE_HOME")), m_home);
}

QString ToolConnector::recordFile(const ToolConfig &tool) const
{
    return ConnectRecord::fileFor(recordFolder(), tool.id());
}

ConnectPlan ToolConnector::plan(const ToolConfig &tool) const
{
    ConnectPlan plan;
    plan.tool = ToolConfig::find(tool.id());
    plan.path = tool.configPath(m_env, m_home);
    plan.exists = readFile(plan.path, &plan.before, nullptr);
    plan.overrides = tool.overrides(m_env, m_home);
    QString error;
    if (!tool.merge(plan.before, m_endpoint, &plan.after, &error)) {
        plan.error = displayPath(plan.path) + QLatin1Char(':') + error;
        return plan;
    }
    QString diff =
        unifiedDiff(QString::fromUtf8(plan.before), QString::fromUtf8(plan.after), displayPath(plan.path));
    if (!m_endpoint.token.isEmpty())
        diff.replace(m_endpoint.token, maskSecret(m_endpoint.token));
    plan.diff = diff;
    return plan;
}

bool ToolConnector::apply(const ConnectPlan &plan, QString *error) const
{
    if (!plan.ok()) {
        *error = plan.error;
        return false;
    }
    if (!plan.changes())
        return true;
    const QString file = recordFile(*plan.tool);
    const std::optional<ConnectRecord> kept = ConnectRecord::read(file);
    if (kept && kept->path != plan.path) {
        *error = QStringLiteral("%1 was connected at %2; undo that first (clawdesk connect %1 --undo)")
                     .arg(plan.tool->id(), displayPath(kept->path));
        return false;
    }
    if (!kept) {
        ConnectRecord record;
        record.path = plan.path;
        record.existed = plan.exists;
        record.original = plan.before;
        readFile(plan.path, &record.original, &record.mode);
        if (!makePrivateDirs(recordFolder(), error) || !record.write(file, error))
            return false;
    }
    return writeFileAtomically(plan.path, plan.after, error);
}

bool ToolConnector::undo(const ToolConfig &tool, QString *restoredPath, QString *error) const
{
    const QString file = recordFile(tool);
    const std::optional<ConnectRecord> record = ConnectRecord::read(file);
    if (!record) {
        *error = QStringLiteral("ClawDesk has not connected %1 (nothing to undo)").arg(tool.displayName());
        return false;
    }
    *restoredPath = record->path;
    // Edits the user made after connecting are not lost: the file as it is now stays next to the
    // record when it holds more than ClawDesk's own change.
    QByteArray current;
    QByteArray connected;
    QString mergeError;
    const bool edited =
        readFile(record->path, &current, nullptr) && current != record->original &&
        !(tool.merge(record->original, m_endpoint, &connected, &mergeError) && connected == current);
    if (edited &&
        !writeFileAtomically(recordFolder() + QLatin1Char('/') + tool.id() + QStringLiteral(".replaced"),
                             current, error))
        return false;
    if (record->existed) {
        if (!writeFileAtomically(record->path, record->original, error))
            return false;
        ::chmod(QFile::encodeName(record->path).constData(), mode_t(record->mode));
    } else if (QFileInfo::exists(record->path) && !QFile::remove(record->path)) {
        *error = QStringLiteral("Cannot remove %1").arg(displayPath(record->path));
        return false;
    }
    QFile::remove(file);
    return true;
}

ToolConnector::State ToolConnector::state(const ToolConfig &tool) const
{
    const ConnectPlan current = plan(tool);
    if (!current.ok() || current.changes())
        return State::NotConnected;
    return current.overrides.isEmpty() ? State::Connected : State::Overridden;
}

bool ToolConnector::canUndo(const ToolConfig &tool) const
{
    return ConnectRecord::read(recordFile(tool)).has_value();
}

} // namespace clawdesk
