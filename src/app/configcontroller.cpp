#include "configcontroller.h"

#include "aliasuses.h"
#include "configfindings.h"
#include "modelseditor.h"

#include <QDesktopServices>
#include <QLocale>
#include <QUrl>

namespace clawdesk {

namespace {
ConfigController *s_instance = nullptr;
}

ConfigController::ConfigController(const ConfigPaths &paths, const Environment &env, QObject *parent)
    : QObject(parent)
    , m_store(paths, env)
{
    m_fallbacks.setEditor({
        [this](const QString &key) { return addFallback(key); },
        [this](int index) { return removeFallback(index); },
        [this](int from, int to) { return moveFallback(from, to); },
    });
    connect(&m_watcher, &FileWatcher::changed, this, &ConfigController::reload);
    m_watcher.setDebounceMs(150);
    m_watcher.setPaths({paths.configPath});
    setSnapshot(m_store.load());
}

void ConfigController::reload()
{
    const OpenClawConfig config = m_store.load();
    // Our own saves come back through the watcher: skip identical bytes.
    if (m_snapshot && config.exists() == m_snapshot->config().exists() &&
        config.bytes() == m_snapshot->config().bytes())
        return;
    setSnapshot(config);
}

void ConfigController::setSnapshot(const OpenClawConfig &config)
{
    m_snapshot = ConfigSnapshot::create(config, m_store.paths());
    m_models.setSnapshot(m_snapshot);
    m_fallbacks.setSnapshot(m_snapshot);
    emit changed();
    emit findingsChanged();
}

QVariantList ConfigController::findings() const
{
    QVariantList list;
    for (const ConfigFinding &finding :
         ConfigFindings::find(m_snapshot->config().document().value(), m_snapshot->release())) {
        list.append(QVariantMap{{QStringLiteral("id"), finding.id},
                                {QStringLiteral("severity"), ConfigFinding::severityName(finding.severity)},
                                {QStringLiteral("path"), finding.path},
                                {QStringLiteral("message"), finding.message},
                                {QStringLiteral("fixLabel"), finding.fixLabel}});
    }
    return list;
}

bool ConfigController::fixFinding(const QString &id)
{
    return applyEdit([&](Json5Document &document, const OpenClawConfig &current, QString *error) {
        return ConfigFindings::applyFix(document, id, ConfigSnapshot::releaseFor(current, m_store.paths()),
                                        error);
    });
}

void ConfigController::setLastError(const QString &error)
{
    if (m_lastError == error)
        return;
    m_lastError = error;
    emit lastErrorChanged();
}

ConfigController::Status ConfigController::status() const
{
    const OpenClawConfig &config = m_snapshot->config();
    if (!config.exists())
        return Status::Missing;
    if (!config.parsed())
        return Status::Unparsable;
    return config.isValid() ? Status::Ok : Status::Invalid;
}

QString ConfigController::displayPath() const
{
    return m_store.paths().displayPath(configPath());
}

std::optional<ConfigIssue> ConfigController::firstIssue() const
{
    const ConfigIssues &issues = m_snapshot->config().issues();
    if (issues.isEmpty())
        return std::nullopt;
    return issues.first();
}

QString ConfigController::errorString() const
{
    if (status() == Status::Ok || status() == Status::Missing)
        return {};
    return ConfigStore::describeInvalid(m_snapshot->config());
}

QString ConfigController::errorLocation() const
{
    const auto issue = firstIssue();
    if (!issue)
        return {};
    const QString file = issue->file.isEmpty() ? configPath() : issue->file;
    return QStringLiteral("%1:%2:%3")
        .arg(m_store.paths().displayPath(file))
        .arg(issue->line)
        .arg(issue->column);
}

int ConfigController::errorLine() const
{
    const auto issue = firstIssue();
    return issue ? issue->line : 0;
}

int ConfigController::errorColumn() const
{
    const auto issue = firstIssue();
    return issue ? issue->column : 0;
}

QString ConfigController::primary() const
{
    return m_snapshot->selection().primary().key();
}

QString ConfigController::primaryWarning() const
{
    return m_snapshot->selection().primaryWarning();
}

QStringList ConfigController::fallbackKeys() const
{
    return m_fallbacks.keys();
}

QVariantList ConfigController::aliases() const
{
    QVariantList out;
    for (const ModelSelection::Alias &alias : m_snapshot->selection().aliases())
        out.append(QVariantMap{{QStringLiteral("alias"), alias.alias}, {QStringLiteral("key"), alias.key}});
    return out;
}

QStringList ConfigController::modelKeys() const
{
    QStringList keys;
    for (const ProviderInfo *provider : m_snapshot->registry().providers()) {
        for (const ModelInfo &model : provider->models)
            keys.append(provider->id + QLatin1Char('/') + model.id);
    }
    return keys;
}

bool ConfigController::applyEdit(const ConfigStore::Mutation &mutation)
{
    const ConfigStore::EditResult result = m_store.edit(mutation);
    setLastError(result.ok ? QString() : result.error);
    if (result.ok || !m_snapshot || result.config.bytes() != m_snapshot->config().bytes())
        setSnapshot(result.config);
    return result.ok;
}

bool ConfigController::editModels(const ModelsAction &action, const QString &message, bool undoable)
{
    QByteArray before;
    const bool ok = applyEdit([&](Json5Document &document, const OpenClawConfig &current, QString *error) {
        before = current.bytes();
        const ConfigSnapshotPtr snapshot = ConfigSnapshot::create(current, m_store.paths());
        ModelsEditor editor(document, snapshot->selection());
        return action(editor, snapshot->selection(), error);
    });
    if (!ok)
        return false;
    if (undoable)
        setUndo(message, before, m_snapshot->config().bytes());
    else
        forgetUndo();
    emit saved(message);
    return true;
}

void ConfigController::setUndo(const QString &text, const QByteArray &before, const QByteArray &after)
{
    m_undo = {text, before, after};
    emit undoChanged();
}

void ConfigController::forgetUndo()
{
    if (m_undo.text.isEmpty())
        return;
    m_undo = {};
    emit undoChanged();
}

bool ConfigController::undo()
{
    if (m_undo.text.isEmpty())
        return false;
    const Undo step = m_undo;
    const bool ok = applyEdit([&](Json5Document &document, const OpenClawConfig &current, QString *error) {
        // Someone else's later change would be lost by putting the old bytes back.
        if (current.bytes() != step.after) {
            *error = tr("openclaw.json changed since; nothing was undone.");
            return false;
        }
        Json5Error parseError;
        Json5Document previous = Json5Document::parse(step.before, &parseError);
        if (!previous.isValid()) {
            *error = tr("The earlier version cannot be read; nothing was undone.");
            return false;
        }
        document = previous;
        return true;
    });
    forgetUndo();
    if (ok)
        emit saved(tr("Undone."));
    return ok;
}

bool ConfigController::setPrimary(const QString &model)
{
    return editModels(
        [&](ModelsEditor &editor, const ModelSelection &, QString *error) {
            QString key;
            return editor.setPrimary(model, &key, error);
        },
        tr("Primary model set to %1.").arg(model));
}

bool ConfigController::addAlias(const QString &alias, const QString &model)
{
    return editModels(
        [&](ModelsEditor &editor, const ModelSelection &, QString *error) {
            QString key;
            return editor.addAlias(alias.trimmed(), model, &key, error);
        },
        tr("Alias %1 added.").arg(alias.trimmed()));
}

bool ConfigController::removeAlias(const QString &alias)
{
    return editModels(
        [&](ModelsEditor &editor, const ModelSelection &selection, QString *error) {
            // The chain keeps meaning the same model: its uses of the alias are written out first.
            return AliasUses(selection, alias).replace(editor.document(), error) &&
                   editor.removeAlias(alias, error);
        },
        tr("Alias %1 removed.").arg(alias.trimmed()), true);
}

QString ConfigController::aliasUseWarning(const QString &alias) const
{
    const AliasUses uses(m_snapshot->selection(), alias);
    if (uses.isEmpty())
        return {};
    QStringList places;
    if (uses.usedByPrimary())
        places.append(tr("the primary model"));
    for (const int position : uses.fallbackPositions())
        places.append(tr("fallback #%1").arg(position + 1));
    return tr("%1 is used by %2. Removing it writes %3 there instead, so the chain keeps the same model.")
        .arg(alias.trimmed(), QLocale().createSeparatedList(places), uses.target());
}

bool ConfigController::renameAlias(const QString &oldAlias, const QString &newAlias)
{
    const QString fresh = newAlias.trimmed();
    if (fresh == oldAlias)
        return true;
    return editModels(
        [&](ModelsEditor &editor, const ModelSelection &selection, QString *error) {
            // Entries that name the old alias follow it to its new name.
            return AliasUses(selection, oldAlias).replace(editor.document(), error, fresh) &&
                   editor.renameAlias(oldAlias, fresh, error);
        },
        tr("Alias %1 renamed to %2.").arg(oldAlias, fresh));
}

QString ConfigController::aliasError(const QString &alias, const QString &forModel) const
{
    const QString error = ModelsEditor::aliasError(alias);
    if (!error.isEmpty())
        return error;
    const auto target = m_snapshot->selection().aliasTarget(alias);
    if (target && *target != forModel)
        return tr("Alias %1 already points to %2.").arg(alias.trimmed(), *target);
    return {};
}

bool ConfigController::addFallback(const QString &model)
{
    return editModels([&](ModelsEditor &editor, const ModelSelection &,
                          QString *error) { return editor.addFallback(model, error); },
                      tr("%1 added to the fallback chain.").arg(model));
}

bool ConfigController::removeFallback(int index)
{
    const QStringList raw = m_snapshot->selection().rawFallbacks();
    if (index < 0 || index >= raw.size())
        return false;
    const QString entry = raw.at(index);
    return editModels([&](ModelsEditor &editor, const ModelSelection &,
                          QString *error) { return editor.removeFallback(entry, error); },
                      tr("Fallback %1 removed.").arg(entry), true);
}

bool ConfigController::moveFallback(int from, int to)
{
    return editModels([&](ModelsEditor &editor, const ModelSelection &,
                          QString *error) { return editor.moveFallback(from, to, error); },
                      tr("Fallback chain reordered."));
}

bool ConfigController::clearFallbacks()
{
    return editModels([&](ModelsEditor &editor, const ModelSelection &,
                          QString *error) { return editor.clearFallbacks(error); },
                      tr("Fallback chain cleared."), true);
}

bool ConfigController::openInEditor() const
{
    return QDesktopServices::openUrl(QUrl::fromLocalFile(configPath()));
}

void ConfigController::setInstance(ConfigController *instance)
{
    s_instance = instance;
}

ConfigController *ConfigController::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

} // namespace clawdesk
