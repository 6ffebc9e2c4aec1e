#pragma once

#include "jsonvalue.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace clawdesk {

/// Sets each (path, value) in the JSON or JSON5 text @p current (empty: a new `{}` file) with the
/// format-preserving editor, so comments, order and layout of everything else stay as written.
/// False with "line:column: message" in *error when the text does not parse.
bool mergeJsonMembers(const QByteArray &current, const QList<QPair<QStringList, JsonValue>> &members,
                      QByteArray *result, QString *error);

} // namespace clawdesk
