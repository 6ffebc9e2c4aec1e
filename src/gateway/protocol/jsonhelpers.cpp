#include "jsonhelpers.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace clawdesk::json {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString compactString(const QJsonObject &object)
{
    return QString::fromUtf8(compact(object));
}

std::optional<QJsonObject> parseObject(const QByteArray &body, ApiError *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(error, QStringLiteral("body"),
             QStringLiteral("invalid JSON (%1 at offset %2)")
                 .arg(parseError.errorString())
                 .arg(parseError.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        fail(error, QStringLiteral("body"), QStringLiteral("expected a JSON object"));
        return std::nullopt;
    }
    return doc.object();
}

std::optional<QJsonObject> parseObjectText(const QString &text)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

bool fail(ApiError *error, const QString &path, const QString &what)
{
    if (error) {
        *error = ApiError::invalidRequest(path + QStringLiteral(": ") + what);
        if (path != QLatin1String("body"))
            error->param = path;
    }
    return false;
}

QJsonObject without(const QJsonObject &object, std::initializer_list<const char *> keys)
{
    QJsonObject out = object;
    for (const char *key : keys)
        out.remove(QLatin1String(key));
    return out;
}

void mergeMissing(QJsonObject &target, const QJsonObject &extra)
{
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        if (!target.contains(it.key()))
            target.insert(it.key(), it.value());
    }
}

bool isInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    return std::isfinite(d) && std::floor(d) == d;
}

ApiError badUpstream(const QString &what)
{
    ApiError e =
        ApiError::fromKind(ApiError::Kind::Api, QStringLiteral("Invalid upstream response: ") + what);
    e.httpStatus = 502;
    return e;
}

ApiError truncatedStream()
{
    ApiError e = ApiError::fromKind(ApiError::Kind::Api,
                                    QStringLiteral("Upstream stream ended before the response was complete"));
    e.httpStatus = 502;
    return e;
}

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace clawdesk::json
