#pragma once

#include "configissue.h"
#include "jsonvalue.h"

namespace clawdesk {

/// @brief Validates the sections ClawDesk reads (`models`, `agents.defaults.model(s)`,
/// `agents.defaults.imageModel`, `auth`, `plugins`, `env`) with OpenClaw's strict-schema rules and
/// messages (spec §1.5, §1.7, §1.8). Other sections are not judged: ClawDesk keeps them as they are.
class ConfigValidator
{
public:
    /// Issues carry path and message only; the loader adds file, line and column.
    static ConfigIssues validate(const JsonValue &config);
};

} // namespace clawdesk
