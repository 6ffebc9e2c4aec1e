#include "jsonmerge.h"

#include "json5document.h"

namespace clawdesk {

bool mergeJsonMembers(const QByteArray &current, const QList<QPair<QStringList, JsonValue>> &members,
                      QByteArray *result, QString *error)
{
    Json5Error parseError;
    const bool fresh = current.trimmed().isEmpty();
    Json5Document document = Json5Document::parse(fresh ? QByteArray("{}\n") : current, &parseError);
    if (!document.isValid()) {
        *error = parseError.toString();
        return false;
    }
    if (!document.value().isObject()) {
        *error = QStringLiteral("1:1: the file holds no JSON object");
        return false;
    }
    for (const auto &[path, value] : members) {
        if (!document.set(path, value, error))
            return false;
    }
    *result = document.text().toUtf8();
    return true;
}

} // namespace clawdesk
