#pragma once

#include <QString>

namespace clawdesk {

/// A unified diff (`---`/`+++` headers, `@@` hunks with @p context lines around each change) from
/// @p before to @p after, both labelled @p label; empty when the texts are equal.
QString unifiedDiff(const QString &before, const QString &after, const QString &label, int context = 3);

} // namespace clawdesk
