#pragma once

#include "json5document.h"

namespace clawdesk {

/// Sets `path` to `value` only when it differs, so running an edit twice leaves the file identical.
bool ensureValue(Json5Document &document, const QStringList &path, const JsonValue &value, QString *error);

/// @brief The edits of `models.providers.<id>` shared by onboarding, the provider page and the CLI,
/// applied with format-preserving edits: a new block is written whole (so it gets the document's
/// multi-line layout), an existing one field by field so the user's other fields and comments stay.
class ProvidersEditor
{
public:
    explicit ProvidersEditor(Json5Document &document)
        : m_document(document)
    {}

    static QStringList providerPath(const QString &id);

    bool exists(const QString &id) const;
    /// Writes the fields of `block` (except `models`) where they differ; creates the provider with
    /// the whole block (models included) when it is absent.
    bool ensureProvider(const QString &id, const JsonValue &block, QString *error);
    /// Appends the models of `models` whose id the provider does not list yet; the user's stay.
    bool mergeModels(const QString &id, const JsonValue &models, QString *error);
    /// Appends `{ id, name: id }` entries for ids the provider does not list yet.
    bool addModelIds(const QString &id, const QStringList &modelIds, QString *error);
    /// baseUrl and api of a provider (api left alone when empty); a new provider gets `models: []`.
    bool setConnection(const QString &id, const QString &baseUrl, const QString &api, QString *error);
    /// Removes `apiKey` when it is exactly `placeholder` (OpenClaw drops its old "minimax" stand-in).
    bool dropPlaceholderKey(const QString &id, const QString &placeholder, QString *error);

private:
    QStringList modelIds(const QString &id) const;

    Json5Document &m_document;
};

} // namespace clawdesk
