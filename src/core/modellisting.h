#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace clawdesk {

class ModelRegistry;
class ModelSelection;

/// @brief One row of `models list` (and of the GUI's model list): a model key with the same facts
/// and tags OpenClaw's `models list` shows, so the GUI, our CLI and OpenClaw agree.
struct ModelListRow
{
    QString key;
    QString name;
    QString input; ///< "text+image", "-" when missing
    std::optional<qint64> contextWindow;
    std::optional<bool> local;
    std::optional<bool> available; ///< credentials exist (not a live check)
    QStringList tags; ///< default, fallback#N, image, img-fallback#N, configured, alias:a,b, missing
    bool missing = false;
    QStringList aliases;

    bool hasTag(const QString &tag) const { return tags.contains(tag); }
};

/// @brief Builds the rows of `models list` from the selection and the registry.
class ModelListing
{
public:
    struct Filter
    {
        bool all = false;
        bool localOnly = false;
        QString provider; ///< normalised provider id, empty for any
    };

    static QList<ModelListRow> rows(const ModelSelection &selection, const ModelRegistry &registry,
                                    const Filter &filter);
    /// OpenClaw 2026.9.6's context column: 1000-based `k`, raw under 1000, `-` when unknown.
    static QString formatContext(std::optional<qint64> contextWindow);
};

} // namespace clawdesk
