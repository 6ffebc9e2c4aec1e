#pragma once

#include <QByteArray>
#include <QString>

namespace clawdesk {

/// Writes @p data to @p path so that readers see the old or the new file, never a torn one:
/// temp file (created 0600) in the same folder, fsync, rename over, fsync the folder.
/// Missing parent folders are created with mode 0700.
bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error);

/// Creates @p dir and missing parents with mode 0700 (existing folders keep their mode).
bool makePrivateDirs(const QString &dir, QString *error);

/// @p path with the home folder shown as "~", for the UI.
QString displayPath(const QString &path);

} // namespace clawdesk
