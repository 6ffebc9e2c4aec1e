#include "configissue.h"

namespace clawdesk {

QString ConfigIssue::toString() const
{
    QString text = QStringLiteral("- %1: %2").arg(path.isEmpty() ? QStringLiteral("<root>") : path, message);
    if (!file.isEmpty() && line > 0)
        text += QStringLiteral(" (%1:%2:%3)").arg(file).arg(line).arg(column);
    return text;
}

} // namespace clawdesk
