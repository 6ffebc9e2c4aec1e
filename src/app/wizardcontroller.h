#pragma once

#include "json5document.h"
#include "openclawrelease.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantMap>

#include <optional>

namespace clawdesk {

class ConfigController;

/// @brief The configure wizard's config side (QML singleton `Wizard`): the auth choices of core's
/// onboarding table for the user's OpenClaw release, a preview diff, and the write — the same bytes
/// `clawdesk onboard` writes for the same choice.
///
/// Choices map: `authChoice` (a table id such as "minimax-global-api"; older ids are accepted),
/// `primary` (provider/model, optional), `pickerModels` (keys to allow; those besides the primary
/// become fallbacks in order), `resourceUrl` (from an OAuth sign-in, optional).
class WizardController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Wizard)
    QML_SINGLETON
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    explicit WizardController(ConfigController *config, QObject *parent = nullptr);

    /// The auth choices of a group ("minimax", "anthropic", "lmstudio"; empty: all) the user's release
    /// offers: maps with id, label, hint, group, method ("oauth" | "apiKey" | "local"), provider, region.
    Q_INVOKABLE QVariantList choices(const QString &group = QString()) const;
    /// One choice as `choices` describes it; empty when unknown.
    Q_INVOKABLE QVariantMap choice(const QString &authChoice) const;
    /// The models a choice offers, its default first.
    Q_INVOKABLE QStringList modelsFor(const QString &authChoice) const;
    /// The unified diff the write would make (empty when nothing changes).
    Q_INVOKABLE QString preview(const QVariantMap &choices);
    /// What the file would hold after the write: {primary, fallbacks} (model keys, fallbacks in
    /// order, including ones already there that the choices leave alone); empty when it cannot be
    /// written (lastError says why).
    Q_INVOKABLE QVariantMap outcome(const QVariantMap &choices);
    Q_INVOKABLE bool apply(const QVariantMap &choices);
    QString lastError() const { return m_lastError; }

    /// Applies the choices to a document (format-preserving).
    static bool applyChoices(Json5Document &document, const QVariantMap &choices,
                             const OpenClawRelease &release, QString *error);
    /// A small line diff: "  same", "- old", "+ new", with up to 2 lines of context around changes.
    static QString lineDiff(const QString &before, const QString &after);

    static void setInstance(WizardController *instance);
    static WizardController *create(QQmlEngine *, QJSEngine *);

signals:
    void lastErrorChanged();

private:
    struct Proposal
    {
        OpenClawRelease release;
        QString before; ///< the file's text now (empty when there is none)
        Json5Document document;
    };
    /// The current file with the choices applied, not saved.
    std::optional<Proposal> propose(const QVariantMap &choices);
    void setLastError(const QString &error);
    OpenClawRelease release() const;

    ConfigController *m_config;
    QString m_lastError;
};

} // namespace clawdesk
