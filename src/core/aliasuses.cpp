#include "aliasuses.h"

namespace clawdesk {

namespace {
const QStringList ModelPath{QStringLiteral("agents"), QStringLiteral("defaults"), QStringLiteral("model")};
const QStringList FallbacksPath = ModelPath + QStringList{QStringLiteral("fallbacks")};
} // namespace

AliasUses::AliasUses(const ModelSelection &selection, const QString &alias)
    : m_selection(selection)
    , m_alias(alias.trimmed())
    , m_target(selection.aliasTarget(alias).value_or(QString()))
{
    if (m_target.isEmpty())
        return;
    m_primary = names(selection.rawPrimary());
    const QStringList fallbacks = selection.rawFallbacks();
    for (int i = 0; i < fallbacks.size(); ++i) {
        if (names(fallbacks.at(i)))
            m_fallbacks.append(i);
    }
}

bool AliasUses::names(const QString &entry) const
{
    const QString text = entry.trimmed();
    return !text.contains(QLatin1Char('/')) && text.compare(m_alias, Qt::CaseInsensitive) == 0;
}

bool AliasUses::replace(Json5Document &document, QString *error, const QString &replacement) const
{
    const QString with = replacement.isEmpty() ? m_target : replacement;
    if (m_primary) {
        const JsonValue *model = document.value().find(ModelPath);
        const QStringList path =
            model && model->isString() ? ModelPath : ModelPath + QStringList{QStringLiteral("primary")};
        if (!document.set(path, with, error))
            return false;
    }
    if (m_fallbacks.isEmpty())
        return true;
    const JsonValue *list = document.value().find(FallbacksPath);
    if (list && list->isArray()) {
        for (const int position : m_fallbacks) {
            if (!document.set(FallbacksPath + QStringList{QString::number(position)}, with, error))
                return false;
        }
        return true;
    }
    // The list comes from an $include: the main file gets its own copy with the uses written out.
    QList<JsonValue> items;
    const QStringList raw = m_selection.rawFallbacks();
    for (int i = 0; i < raw.size(); ++i)
        items.append(m_fallbacks.contains(i) ? with : raw.at(i));
    return document.set(FallbacksPath, JsonValue::array(items), error);
}

} // namespace clawdesk
