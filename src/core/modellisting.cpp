#include "modellisting.h"

#include "modelregistry.h"
#include "modelselection.h"

#include <cmath>

namespace clawdesk {

namespace {

ModelListRow describe(const QString &key, const ModelRegistry &registry)
{
    ModelListRow row;
    row.key = key;
    const auto ref = ModelRef::parse(key);
    const ModelInfo *model = ref ? registry.findModel(*ref) : nullptr;
    if (!model) {
        row.name = key;
        row.input = QStringLiteral("-");
        row.missing = true;
        return row;
    }
    const ProviderInfo *provider = registry.provider(ref->provider);
    row.name = model->name;
    row.input = model->input.join(QLatin1Char('+'));
    row.contextWindow = model->contextWindow;
    row.local = provider->isLocal();
    row.available = registry.hasAuth(ref->provider);
    return row;
}

} // namespace

QString ModelListing::formatContext(std::optional<qint64> contextWindow)
{
    if (!contextWindow)
        return QStringLiteral("-");
    if (*contextWindow < 1000)
        return QString::number(*contextWindow);
    return QString::number(std::llround(static_cast<double>(*contextWindow) / 1000.0)) + QLatin1Char('k');
}

QList<ModelListRow> ModelListing::rows(const ModelSelection &selection, const ModelRegistry &registry,
                                       const Filter &filter)
{
    QStringList order;
    QHash<QString, QStringList> tags;
    const auto tag = [&](const QString &key, const QString &name) {
        if (!order.contains(key))
            order.append(key);
        if (!tags[key].contains(name))
            tags[key].append(name);
    };

    tag(selection.primary().key(), QStringLiteral("default"));
    const QList<ModelRef> fallbacks = selection.fallbacks();
    for (qsizetype i = 0; i < fallbacks.size(); ++i)
        tag(fallbacks.at(i).key(), QStringLiteral("fallback#%1").arg(i + 1));
    if (const auto image = selection.imagePrimary())
        tag(image->key(), QStringLiteral("image"));
    const QList<ModelRef> imageFallbacks = selection.imageFallbacks();
    for (qsizetype i = 0; i < imageFallbacks.size(); ++i)
        tag(imageFallbacks.at(i).key(), QStringLiteral("img-fallback#%1").arg(i + 1));
    for (const QString &key : selection.configuredKeys())
        tag(key, QStringLiteral("configured"));

    QStringList keys = order;
    if (filter.all) {
        keys.clear();
        for (const ProviderInfo *provider : registry.providers()) {
            QStringList ids;
            for (const ModelInfo &model : provider->models)
                ids.append(model.id);
            ids.sort();
            for (const QString &id : ids)
                keys.append(provider->id + QLatin1Char('/') + id);
        }
        for (const QString &key : order) {
            if (!keys.contains(key))
                keys.append(key);
        }
    }

    QList<ModelListRow> rows;
    for (const QString &key : keys) {
        ModelListRow row = describe(key, registry);
        row.tags = tags.value(key);
        row.aliases = selection.aliasesOf(key);
        if (row.missing)
            row.tags.append(QStringLiteral("missing")); // OpenClaw shows no alias tag on missing rows
        else if (!row.aliases.isEmpty())
            row.tags.append(QStringLiteral("alias:") + row.aliases.join(QLatin1Char(',')));
        const QString provider = key.section(QLatin1Char('/'), 0, 0);
        if (!filter.provider.isEmpty() && provider != filter.provider)
            continue;
        if (filter.localOnly && !row.local.value_or(false))
            continue;
        rows.append(row);
    }
    return rows;
}

} // namespace clawdesk
