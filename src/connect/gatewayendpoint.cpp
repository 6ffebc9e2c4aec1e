#include "gatewayendpoint.h"

#include "modelselection.h"

namespace clawdesk {

ModelSlots ModelSlots::from(const ModelSelection &selection)
{
    const QString primary = selection.primary().key();
    const auto slot = [&](const QString &name) { return selection.aliasTarget(name).value_or(primary); };
    return {primary, slot(QStringLiteral("opus")), slot(QStringLiteral("sonnet")),
            slot(QStringLiteral("haiku"))};
}

} // namespace clawdesk
