#pragma once

#include "json5document.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantMap>

namespace clawdesk {

class ConfigController;

/// @brief The configure wizard's config side (QML singleton `Wizard`): what each auth choice
/// writes to openclaw.json (spec §10 and §6), a preview diff, and the write.
///
/// Choices map: `authChoice` ("minimax-portal-global", "minimax-portal-cn", "minimax-api",
/// "minimax-api-lightning", "lmstudio", "anthropic"), `primary` (provider/model, optional),
/// `pickerModels` (list of keys for agents.defaults.models; the others become fallbacks in order).
class WizardController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Wizard)
    QML_SINGLETON
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    explicit WizardController(ConfigController *config, QObject *parent = nullptr);

    /// The models a choice offers, its default first.
    Q_INVOKABLE QStringList modelsFor(const QString &authChoice) const;
    /// The unified diff the write would make (empty when nothing changes).
    Q_INVOKABLE QString preview(const QVariantMap &choices);
    Q_INVOKABLE bool apply(const QVariantMap &choices);
    QString lastError() const { return m_lastError; }

    /// Applies the choices to a document (format-preserving).
    static bool applyChoices(Json5Document &document, const QVariantMap &choices, QString *error);
    /// A small line diff: "  same", "- old", "+ new", with up to 2 lines of context around changes.
    static QString lineDiff(const QString &before, const QString &after);

    static void setInstance(WizardController *instance);
    static WizardController *create(QQmlEngine *, QJSEngine *);

signals:
    void lastErrorChanged();

private:
    void setLastError(const QString &error);

    ConfigController *m_config;
    QString m_lastError;
};

} // namespace clawdesk
