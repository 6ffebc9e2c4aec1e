#pragma once

#include "configsnapshot.h"
#include "configstore.h"
#include "fallbackmodel.h"
#include "filewatcher.h"
#include "modellistmodel.h"

#include <QObject>
#include <QQmlEngine>

#include <functional>
#include <optional>

namespace clawdesk {

class ModelsEditor;

/// @brief openclaw.json for the GUI (QML singleton `Config`): its health, the model selection and
/// every model edit. Edits go through ConfigStore::edit (format-preserving, validated, atomic);
/// changes made by others are picked up live through a FileWatcher.
class ConfigController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Config)
    QML_SINGLETON
    Q_PROPERTY(Status status READ status NOTIFY changed)
    Q_PROPERTY(QString configPath READ configPath NOTIFY changed)
    Q_PROPERTY(QString displayPath READ displayPath NOTIFY changed)
    Q_PROPERTY(QString errorString READ errorString NOTIFY changed)
    Q_PROPERTY(QString errorLocation READ errorLocation NOTIFY changed)
    Q_PROPERTY(int errorLine READ errorLine NOTIFY changed)
    Q_PROPERTY(int errorColumn READ errorColumn NOTIFY changed)
    Q_PROPERTY(QString primary READ primary NOTIFY changed)
    Q_PROPERTY(QString primaryWarning READ primaryWarning NOTIFY changed)
    Q_PROPERTY(QStringList fallbackKeys READ fallbackKeys NOTIFY changed)
    Q_PROPERTY(QVariantList aliases READ aliases NOTIFY changed)
    Q_PROPERTY(QStringList modelKeys READ modelKeys NOTIFY changed)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(QString undoText READ undoText NOTIFY undoChanged)
    /// The config's problems for the user's OpenClaw release: maps with id, severity ("error" |
    /// "warning"), path, message, fixLabel (empty when there is no fix).
    Q_PROPERTY(QVariantList findings READ findings NOTIFY findingsChanged)
    Q_PROPERTY(ModelListModel *models READ models CONSTANT)
    Q_PROPERTY(FallbackModel *fallbacks READ fallbacks CONSTANT)

public:
    /// Missing: no openclaw.json yet; Invalid: parses but OpenClaw would reject it;
    /// Unparsable: not JSON5 (the file is never written until fixed).
    enum class Status { Missing, Ok, Invalid, Unparsable };
    Q_ENUM(Status)

    explicit ConfigController(const ConfigPaths &paths, const Environment &env, QObject *parent = nullptr);

    Status status() const;
    QString configPath() const { return m_store.paths().configPath; }
    QString displayPath() const;
    QString errorString() const;
    /// "file:line:column" of the first problem, empty when healthy.
    QString errorLocation() const;
    int errorLine() const;
    int errorColumn() const;
    QString primary() const;
    QString primaryWarning() const;
    QStringList fallbackKeys() const;
    QVariantList aliases() const;
    /// Every model key the registry knows (for pickers).
    QStringList modelKeys() const;
    QString lastError() const { return m_lastError; }
    /// What undo() would put back ("Alias opus removed."); empty when there is nothing to undo.
    QString undoText() const { return m_undo.text; }
    ModelListModel *models() { return &m_models; }
    FallbackModel *fallbacks() { return &m_fallbacks; }

    const ConfigStore &store() const { return m_store; }
    ConfigSnapshotPtr snapshot() const { return m_snapshot; }
    /// Applies a document edit through the store; updates the snapshot and lastError.
    bool applyEdit(const ConfigStore::Mutation &mutation);

    Q_INVOKABLE void reload();
    Q_INVOKABLE bool setPrimary(const QString &model);
    Q_INVOKABLE bool addAlias(const QString &alias, const QString &model);
    Q_INVOKABLE bool removeAlias(const QString &alias);
    /// Renames an alias in place, keeping its model and the entry's layout.
    Q_INVOKABLE bool renameAlias(const QString &oldAlias, const QString &newAlias);
    /// What removing the alias would change elsewhere ("The primary model and fallback #2 use opus…");
    /// empty when nothing names it.
    Q_INVOKABLE QString aliasUseWarning(const QString &alias) const;
    /// OpenClaw's validation text for an alias being typed, or a clash; empty when fine.
    Q_INVOKABLE QString aliasError(const QString &alias, const QString &forModel = QString()) const;
    Q_INVOKABLE bool addFallback(const QString &model);
    Q_INVOKABLE bool removeFallback(int index);
    Q_INVOKABLE bool moveFallback(int from, int to);
    Q_INVOKABLE bool clearFallbacks();
    /// Puts back the file as it was before the last removal, when nobody changed it since.
    Q_INVOKABLE bool undo();
    Q_INVOKABLE void forgetUndo();
    QVariantList findings() const;
    /// Applies a finding's fix as a format-preserving edit.
    Q_INVOKABLE bool fixFinding(const QString &id);
    /// Opens the file in the user's editor (QDesktopServices).
    Q_INVOKABLE bool openInEditor() const;

    static void setInstance(ConfigController *instance);
    static ConfigController *create(QQmlEngine *, QJSEngine *);

signals:
    void changed();
    void lastErrorChanged();
    void undoChanged();
    /// A change was written; `message` says which, for an inline confirmation.
    void saved(const QString &message);
    void findingsChanged();

private:
    using ModelsAction =
        std::function<bool(ModelsEditor &editor, const ModelSelection &selection, QString *error)>;
    /// Applies the edit and announces `message`; `undoable` keeps the bytes before for undo().
    bool editModels(const ModelsAction &action, const QString &message, bool undoable = false);
    void setUndo(const QString &text, const QByteArray &before, const QByteArray &after);
    void setSnapshot(const OpenClawConfig &config);
    void setLastError(const QString &error);
    std::optional<ConfigIssue> firstIssue() const;

    ConfigStore m_store;
    ConfigSnapshotPtr m_snapshot;
    FileWatcher m_watcher;
    ModelListModel m_models;
    FallbackModel m_fallbacks;
    QString m_lastError;
    struct Undo
    {
        QString text;
        QByteArray before;
        QByteArray after;
    } m_undo;
};

} // namespace clawdesk
