#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <initializer_list>
#include <optional>

/// Small JSON helpers shared by the codecs (internal to clawdesk_protocol).
namespace clawdesk::json {

QByteArray compact(const QJsonObject &object);
QString compactString(const QJsonObject &object);
/// Parses a request body; errors: "body: invalid JSON (…)" / "body: expected a JSON object".
std::optional<QJsonObject> parseObject(const QByteArray &body, ApiError *error);
/// Parses a JSON text into an object; nullopt if it is not one.
std::optional<QJsonObject> parseObjectText(const QString &text);
/// Sets *error to a 400 "<path>: <what>" with param = path and returns nullopt-friendly false.
bool fail(ApiError *error, const QString &path, const QString &what);
/// Copy of `object` without `keys` (the modelled fields), i.e. what goes into `extra`.
QJsonObject without(const QJsonObject &object, std::initializer_list<const char *> keys);
/// Inserts every key of `extra` that `target` does not have yet.
void mergeMissing(QJsonObject &target, const QJsonObject &extra);
/// Integer test that accepts 12 and 12.0 but not 12.5 or "12".
bool isInteger(const QJsonValue &value);
/// An upstream response that could not be understood (502).
ApiError badUpstream(const QString &what);
/// The error a stream decoder reports when the upstream body ends before the stream's end.
ApiError truncatedStream();
qint64 nowSeconds();

} // namespace clawdesk::json
