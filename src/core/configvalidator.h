#pragma once

#include "configissue.h"
#include "jsonvalue.h"
#include "openclawrelease.h"

namespace clawdesk {

/// @brief Validates the sections ClawDesk reads (`models`, `agents.defaults.model(s)`,
/// `agents.defaults.imageModel`, `auth`, `plugins`, `env`) with OpenClaw's messages. Other sections
/// are not judged: ClawDesk keeps them as they are.
///
/// Never rejects what the user's OpenClaw accepts: only where the release is known to be 2026.1.30
/// (its version is written in the file or installed) do its strict rules apply — an unknown key or
/// enum value is an error there. Otherwise such keys are not errors; `unknownKeys` names them (by
/// path, never by value) against OpenClaw 2026.9.6's own schema.
class ConfigValidator
{
public:
    /// Issues carry path and message only; the loader adds file, line and column.
    static ConfigIssues validate(const JsonValue &config, const OpenClawRelease &release);
    /// True when 2026.1.30's strict rules apply.
    static bool strictLegacy(const OpenClawRelease &release);
    /// Keys and enum values that OpenClaw 2026.9.6's schema does not know, in the checked sections.
    /// Messages name the key path only.
    static ConfigIssues unknownKeys(const JsonValue &config);
};

} // namespace clawdesk
