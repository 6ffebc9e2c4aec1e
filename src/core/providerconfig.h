#pragma once

#include "jsonvalue.h"
#include "modelinfo.h"

#include <QSet>

namespace clawdesk {

/// @brief A `models.providers.<id>` block read from the config, with OpenClaw's defaults filled into
/// omitted model fields, and the set of fields the user actually wrote: OpenClaw merges a configured
/// provider over its implicit one field by field, so only written fields may override.
struct ConfiguredProvider
{
    ProviderInfo info;
    QSet<QString> fields;

    static ConfiguredProvider fromJson(const QString &id, const JsonValue &json);
};

/// One `models.providers.<id>.models[]` entry with OpenClaw's defaults applied.
ModelInfo modelFromJson(const JsonValue &json);
HeaderList headersFromJson(const JsonValue &json);

} // namespace clawdesk
