#pragma once

#include <QString>

namespace clawdesk {

class ModelSelection;

/// @brief Which of the user's models answer when a tool asks for its big, everyday or small model
/// (Claude Code's opus, sonnet and haiku slots; the others use `main`).
struct ModelSlots
{
    QString main;
    QString opus;
    QString sonnet;
    QString haiku;

    /// An alias named like the slot (`opus`, `sonnet`, `haiku`) serves it, else the primary.
    static ModelSlots from(const ModelSelection &selection);
};

/// @brief Where a tool reaches the gateway: its origin (`http://127.0.0.1:18790`), the token it
/// sends, and the models it asks for.
struct GatewayEndpoint
{
    QString origin;
    QString token;
    ModelSlots models;

    QString v1() const { return origin + QStringLiteral("/v1"); }
};

} // namespace clawdesk
